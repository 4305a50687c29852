#pragma once
// The file dialogs VanBan shows for files the user picks (signed PDFs, signature images, PKCS#11 modules), behind a
// facade like MessageBox (DESIGN.md pattern 9): in test mode no dialog opens, each call takes the next queued answer
// (default: cancelled, an empty path) and the captions asked are recorded.

#include <QString>
#include <QStringList>

class QWidget;

namespace vanban::ui {

class FileDialog {
public:
    // The chosen path, or empty when cancelled.
    static QString saveFileName(QWidget* parent, const QString& caption, const QString& start, const QString& filter);
    static QString openFileName(QWidget* parent, const QString& caption, const QString& start, const QString& filter);

    // Test seams.
    static void setTestMode(bool on);
    static void queueAnswer(const QString& path);
    static QStringList takeAskedCaptions();
};

} // namespace vanban::ui
