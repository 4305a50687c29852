#pragma once
// Finds a text on the pages of a PDF with Poppler, for placing a signature or a number next to it ("anchor"): the
// first occurrence, on a given page or on any page (the last page first, where signatures usually are).
// The rectangle is in PDF default user space (points, origin bottom left), for PadesSignRequest.

#include "common/Result.h"

#include <QCoreApplication>
#include <QRectF>
#include <optional>

namespace vanban {

struct TextLocation {
    int page = 0; // 0-based
    QRectF rect;  // x, y = bottom left; PDF points
    QSizeF pageSize;
};

class PdfTextLocator {
    Q_DECLARE_TR_FUNCTIONS(PdfTextLocator)

public:
    static Result<TextLocation> find(const QString& pdfPath, const QString& text, std::optional<int> page = {},
                                     bool lastPageFirst = true);
};

} // namespace vanban
