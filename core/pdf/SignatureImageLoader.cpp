#include "pdf/SignatureImageLoader.h"

#include <QFile>
#include <QImage>
#include <QImageReader>

namespace vanban {

Result<SignatureImage> SignatureImageLoader::load(const QString& path) {
    if (!QFile::exists(path))
        return Error{ErrorCode::NotFound, tr("The image %1 does not exist.").arg(path), QStringLiteral("image")};
    QImageReader reader(path);
    reader.setAllocationLimit(256); // MB; a seal or a signature is small
    QImage image = reader.read();
    if (image.isNull())
        return Error{ErrorCode::Invalid, tr("%1 is not a readable image: %2.").arg(path, reader.errorString()),
                     QStringLiteral("image")};
    if (image.width() > 4000 || image.height() > 4000)
        return Error{ErrorCode::Invalid, tr("The image %1 is too large (at most 4000 × 4000 pixels).").arg(path),
                     QStringLiteral("image")};
    const bool alpha = image.hasAlphaChannel();
    image = image.convertToFormat(QImage::Format_RGBA8888); // not premultiplied: PDF wants plain colour + /SMask
    SignatureImage out;
    out.width = image.width();
    out.height = image.height();
    out.rgb.reserve(qsizetype(out.width) * out.height * 3);
    if (alpha)
        out.alpha.reserve(qsizetype(out.width) * out.height);
    for (int y = 0; y < image.height(); ++y) {
        const uchar* row = image.constScanLine(y);
        for (int x = 0; x < image.width(); ++x) {
            out.rgb.append(reinterpret_cast<const char*>(row + 4 * x), 3);
            if (alpha)
                out.alpha.append(char(row[4 * x + 3]));
        }
    }
    return out;
}

} // namespace vanban
