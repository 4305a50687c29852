#include "pdf/PopplerTextExtractor.h"

#include "pdf/PdfDocument.h"

namespace vanban {

Result<QString> PopplerTextExtractor::extractText(const QString& pdfPath) {
    auto doc = PdfDocument::open(pdfPath);
    if (!doc)
        return doc.error();
    return (*doc)->allText();
}

} // namespace vanban
