#pragma once
// Writes the số/ký hiệu and date into a page as an incremental update (before the agency signs, ND 30 Art. 15):
// a form XObject with the text (SignatureAppearance, TextOnly) drawn by a content stream appended to the page's
// /Contents, the original content wrapped in q … Q so its graphics state cannot leak into the stamp.

#include "common/Result.h"
#include "signing/PadesSigner.h"
#include "signing/PdfSource.h"

namespace vanban {

class PdfNumberStamper {
    Q_DECLARE_TR_FUNCTIONS(PdfNumberStamper)

public:
    // The update to append to the source's bytes.
    static Result<QByteArray> stamp(const PdfSource& source, const NumberStamp& stamp, const QString& fontPath = {});
};

} // namespace vanban
