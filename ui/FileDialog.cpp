#include "FileDialog.h"

#include <QFileDialog>

namespace vanban::ui {

namespace {
struct TestState {
    bool on = false;
    QStringList answers;
    QStringList asked;
};
TestState& state() {
    static TestState s;
    return s;
}
QString testAnswer(const QString& caption) {
    state().asked << caption;
    return state().answers.isEmpty() ? QString() : state().answers.takeFirst();
}
} // namespace

QString FileDialog::saveFileName(QWidget* parent, const QString& caption, const QString& start, const QString& filter) {
    if (state().on)
        return testAnswer(caption);
    return QFileDialog::getSaveFileName(parent, caption, start, filter);
}

QString FileDialog::openFileName(QWidget* parent, const QString& caption, const QString& start, const QString& filter) {
    if (state().on)
        return testAnswer(caption);
    return QFileDialog::getOpenFileName(parent, caption, start, filter);
}

void FileDialog::setTestMode(bool on) {
    state() = TestState{};
    state().on = on;
}

void FileDialog::queueAnswer(const QString& path) {
    state().answers << path;
}

QStringList FileDialog::takeAskedCaptions() {
    return std::exchange(state().asked, {});
}

} // namespace vanban::ui
