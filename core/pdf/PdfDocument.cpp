#include "pdf/PdfDocument.h"

#include <QFile>
#include <poppler-qt6.h>

namespace vanban {

PdfDocument::PdfDocument(std::unique_ptr<Poppler::Document> doc)
    : m_doc(std::move(doc)) {}
PdfDocument::~PdfDocument() = default;

Result<std::unique_ptr<PdfDocument>> PdfDocument::open(const QString& path) {
    // Poppler prints parser complaints about damaged files to stderr; the caller reports the failure instead.
    static const bool quiet = [] {
        Poppler::setDebugErrorFunction([](const QString&, const QVariant&) {}, QVariant());
        return true;
    }();
    Q_UNUSED(quiet);
    if (!QFile::exists(path))
        return Error{ErrorCode::NotFound, tr("The file %1 does not exist.").arg(path)};
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(path);
    if (!doc)
        return Error{ErrorCode::Invalid, tr("%1 is not a readable PDF file.").arg(path)};
    if (doc->isLocked())
        return Error{ErrorCode::Invalid, tr("%1 is protected with a password.").arg(path)};
    doc->setRenderHint(Poppler::Document::Antialiasing, true);
    doc->setRenderHint(Poppler::Document::TextAntialiasing, true);
    return std::unique_ptr<PdfDocument>(new PdfDocument(std::move(doc)));
}

int PdfDocument::pageCount() const {
    return m_doc->numPages();
}

QSizeF PdfDocument::pageSizePoints(int page) const {
    std::unique_ptr<Poppler::Page> p = m_doc->page(page);
    return p ? p->pageSizeF() : QSizeF();
}

Result<QImage> PdfDocument::render(int page, double dpi) const {
    std::unique_ptr<Poppler::Page> p = m_doc->page(page);
    if (!p)
        return Error{ErrorCode::NotFound, tr("The document has no page %1.").arg(page + 1)};
    QImage image = p->renderToImage(dpi, dpi);
    if (image.isNull())
        return Error{ErrorCode::Invalid, tr("Page %1 could not be drawn.").arg(page + 1)};
    return image;
}

QString PdfDocument::text(int page) const {
    std::unique_ptr<Poppler::Page> p = m_doc->page(page);
    return p ? p->text(QRectF()) : QString();
}

QString PdfDocument::allText(qint64 maxChars) const {
    QString out;
    for (int i = 0; i < pageCount() && out.size() < maxChars; ++i)
        out += text(i) + QLatin1Char('\n');
    return out.left(maxChars);
}

} // namespace vanban
