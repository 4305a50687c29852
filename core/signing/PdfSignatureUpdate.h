#pragma once
// The incremental update that carries one signature, before the CMS exists: the signature dictionary with a
// /ByteRange already filled in and a zero /Contents placeholder of a given size, the signature field and widget
// (new, or an existing empty signature field filled), the page's /Annots (also an indirect array), the AcroForm
// (created if missing; /SigFlags 3; /Fields), and the appearance form XObject. Built once in memory (it changes
// qpdf's objects of the source); the placeholder can then be made again with more room without reading the PDF again.

#include "common/Result.h"
#include "signing/PdfIncrementalUpdate.h"
#include "signing/PdfSource.h"
#include "signing/SignatureAppearance.h"

#include <optional>

namespace vanban {

struct SignaturePlaceholder {
    QByteArray update;         // the bytes to append to the source: /ByteRange set, /Contents all zeros
    qint64 contentsStart = 0;  // offset in the signed document of the first hex digit inside < >
    qint64 contentsLength = 0; // hex digits
    qint64 documentSize = 0;   // the source's bytes + the update
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
};

class PdfSignatureUpdate {
    Q_DECLARE_TR_FUNCTIONS(PdfSignatureUpdate)

public:
    // `source` must outlive the update.
    static Result<PdfSignatureUpdate> build(const PdfSource& source, const SignatureFieldRequest& request);

    const QString& fieldName() const { return m_fieldName; }
    // The update with room for `contentsBytes` DER bytes in /Contents.
    Result<SignaturePlaceholder> placeholder(int contentsBytes);

private:
    explicit PdfSignatureUpdate(const PdfSource& source)
        : m_source(&source)
        , m_update(source) {}

    const PdfSource* m_source;
    PdfIncrementalUpdate m_update;
    int m_signature = 0;        // the signature dictionary's object number
    QByteArray m_afterContents; // the dictionary's entries after /Contents
    QString m_fieldName;
};

} // namespace vanban
