#pragma once
// A PDF opened with Poppler: page count, page sizes, rendering, text. Used by the preview and the text indexer.

#include "common/Result.h"

#include <QCoreApplication>
#include <QImage>
#include <QSizeF>
#include <memory>

namespace Poppler {
class Document;
}

namespace vanban {

class PdfDocument {
    Q_DECLARE_TR_FUNCTIONS(PdfDocument)

public:
    static Result<std::unique_ptr<PdfDocument>> open(const QString& path);
    ~PdfDocument();

    int pageCount() const;
    QSizeF pageSizePoints(int page) const;
    // Renders a page at the given resolution (dots per inch).
    Result<QImage> render(int page, double dpi) const;
    QString text(int page) const;
    QString allText(qint64 maxChars = 2'000'000) const;

private:
    explicit PdfDocument(std::unique_ptr<Poppler::Document> doc);
    std::unique_ptr<Poppler::Document> m_doc;
};

} // namespace vanban
