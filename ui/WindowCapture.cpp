#include "WindowCapture.h"

#include <QGuiApplication>
#include <QImage>
#include <QPixmap>
#include <QScreen>
#include <QWidget>

namespace vanban::ui {

namespace {
bool isBlank(const QPixmap& pixmap) {
    if (pixmap.isNull())
        return true;
    const QImage small = pixmap.toImage().scaled(24, 24, Qt::IgnoreAspectRatio, Qt::FastTransformation);
    for (int y = 0; y < small.height(); ++y)
        for (int x = 0; x < small.width(); ++x)
            if (qGray(small.pixel(x, y)) > 8)
                return false;
    return true;
}
} // namespace

bool WindowCapture::save(QWidget* window, const QString& pngPath) {
    QPixmap pixmap;
    const bool offscreen = QGuiApplication::platformName() == QLatin1String("offscreen");
    if (QScreen* screen = window->screen(); screen && !offscreen) {
        const QRect frame = window->frameGeometry();
        pixmap = screen->grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height());
    }
    if (isBlank(pixmap))
        pixmap = window->grab();
    return !pixmap.isNull() && pixmap.save(pngPath, "PNG");
}

} // namespace vanban::ui
