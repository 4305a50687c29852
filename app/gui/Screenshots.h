#pragma once
// --screenshot and --screenshot-dialog: save a picture of the window (or of the registration dialog) once it
// shows its data, then quit with 0 (1 when the file could not be written). Used by the smoke test and docs.

#include <QString>
#include <QStringList>

namespace vanban::ui {
class MainWindow;
}

namespace vanban::gui {

void scheduleWindowScreenshot(ui::MainWindow* window, const QString& pngPath);
void scheduleDialogScreenshot(ui::MainWindow* window, const QString& pngPath, const QStringList& files);
// The detail pane's Signatures tab showing a (signed) PDF file instead of the first document's own.
void scheduleSignaturesScreenshot(ui::MainWindow* window, const QString& pngPath, const QString& pdf);
// The sign dialog on the first document's PDF, with a PKCS#11 module loaded when one is given.
void scheduleSignDialogScreenshot(ui::MainWindow* window, const QString& pngPath, const QString& module);

} // namespace vanban::gui
