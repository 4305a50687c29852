#pragma once
// Screenshots of a window (the smoke test and the documentation use them): the screen's pixels when there is a
// real screen, otherwise the widget's own rendering (offscreen platform, or a screen grab that came out black).

#include <QString>

class QWidget;

namespace vanban::ui {

class WindowCapture {
public:
    // Saves a PNG; returns whether it could be written.
    static bool save(QWidget* window, const QString& pngPath);
};

} // namespace vanban::ui
