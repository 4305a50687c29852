#include "pdf/PdfTextLocator.h"

#include <QFile>
#include <poppler-qt6.h>

namespace vanban {

Result<TextLocation> PdfTextLocator::find(const QString& pdfPath, const QString& text, std::optional<int> page,
                                          bool lastPageFirst) {
    if (text.trimmed().isEmpty())
        return Error{ErrorCode::Invalid, tr("The anchor text is empty."), QStringLiteral("anchor")};
    if (!QFile::exists(pdfPath))
        return Error{ErrorCode::NotFound, tr("The file %1 does not exist.").arg(pdfPath), QStringLiteral("in")};
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(pdfPath);
    if (!doc || doc->isLocked())
        return Error{ErrorCode::Invalid, tr("%1 is not a readable PDF file.").arg(pdfPath), QStringLiteral("in")};
    QList<int> pages;
    if (page) {
        pages << *page;
    } else {
        for (int i = 0; i < doc->numPages(); ++i)
            pages << (lastPageFirst ? doc->numPages() - 1 - i : i);
    }
    for (int index : pages) {
        std::unique_ptr<Poppler::Page> p = doc->page(index);
        if (!p)
            continue;
        const QList<QRectF> hits = p->search(text, Poppler::Page::NoSearchFlags, Poppler::Page::Rotate0);
        if (hits.isEmpty())
            continue;
        const QSizeF size = p->pageSizeF();
        const QRectF hit = hits.first(); // points, origin top left
        TextLocation location;
        location.page = index;
        location.pageSize = size;
        location.rect = QRectF(hit.left(), size.height() - hit.bottom(), hit.width(), hit.height());
        return location;
    }
    return Error{ErrorCode::NotFound,
                 page ? tr("The text “%1” is not on page %2 of %3.").arg(text).arg(*page + 1).arg(pdfPath)
                      : tr("The text “%1” is not in %2.").arg(text, pdfPath),
                 QStringLiteral("anchor")};
}

} // namespace vanban
