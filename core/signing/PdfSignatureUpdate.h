#pragma once
// The incremental update that carries one signature, before the CMS exists: the signature dictionary with a
// /ByteRange already filled in and a zero /Contents placeholder of a given size, the signature field and widget
// (new, or an existing empty signature field filled), the page's /Annots (also an indirect array), the AcroForm
// (created if missing; /SigFlags 3; /Fields), and the appearance form XObject.

#include "common/Result.h"
#include "signing/PdfSource.h"
#include "signing/SignatureAppearance.h"

#include <optional>

namespace vanban {

struct SignaturePlaceholder {
    QByteArray document;          // the source bytes + the update, /ByteRange set, /Contents all zeros
    qsizetype contentsStart = 0;  // offset of the first hex digit inside < >
    qsizetype contentsLength = 0; // hex digits
    QString fieldName;
};

struct SignatureFieldRequest {
    std::optional<int> page; // 0-based
    std::optional<QRectF> rect;
    QString fieldName;         // an existing empty field to fill, or the name for a new one
    bool useEmptyField = true; // without a rect, fill the first empty signature field
    AppearanceSpec appearance;
    QByteArray pdfDate; // /M
    QString signerName; // /Name
    QString reason;
    QString location;
    int contentsBytes = 16384; // DER bytes of room in /Contents
};

class PdfSignatureUpdate {
    Q_DECLARE_TR_FUNCTIONS(PdfSignatureUpdate)

public:
    static Result<SignaturePlaceholder> build(const PdfSource& source, const SignatureFieldRequest& request);
};

} // namespace vanban
