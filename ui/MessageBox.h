#pragma once
// The message boxes VanBan shows, behind one facade so that tests can answer them (DESIGN.md pattern 9): in test
// mode nothing is shown, each question takes the next queued answer (default: No/Cancel), and every message is
// recorded.

#include <QMessageBox>
#include <QStringList>

namespace vanban::ui {

class MessageBox {
public:
    static void information(QWidget* parent, const QString& title, const QString& text);
    static void warning(QWidget* parent, const QString& title, const QString& text);
    // Yes/No question; No is the default button.
    static bool confirm(QWidget* parent, const QString& title, const QString& text, const QString& yesText);

    // Test seams.
    static void setTestMode(bool on);
    static void queueAnswer(bool yes);
    static QStringList takeShownMessages();
};

} // namespace vanban::ui
