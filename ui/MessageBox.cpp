#include "MessageBox.h"

#include <QPushButton>

namespace vanban::ui {

namespace {
struct TestState {
    bool on = false;
    QList<bool> answers;
    QStringList shown;
};
TestState& state() {
    static TestState s;
    return s;
}
} // namespace

void MessageBox::information(QWidget* parent, const QString& title, const QString& text) {
    if (state().on) {
        state().shown << text;
        return;
    }
    QMessageBox::information(parent, title, text);
}

void MessageBox::warning(QWidget* parent, const QString& title, const QString& text) {
    if (state().on) {
        state().shown << text;
        return;
    }
    QMessageBox::warning(parent, title, text);
}

bool MessageBox::confirm(QWidget* parent, const QString& title, const QString& text, const QString& yesText) {
    if (state().on) {
        state().shown << text;
        return !state().answers.isEmpty() && state().answers.takeFirst();
    }
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    QPushButton* yes = box.addButton(yesText, QMessageBox::AcceptRole);
    QPushButton* no = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(no);
    box.exec();
    return box.clickedButton() == yes;
}

void MessageBox::setTestMode(bool on) {
    state() = TestState{};
    state().on = on;
}

void MessageBox::queueAnswer(bool yes) {
    state().answers << yes;
}

QStringList MessageBox::takeShownMessages() {
    return std::exchange(state().shown, {});
}

} // namespace vanban::ui
