#include "RegistrationForm.h"

#include "AsyncTask.h"

#include <QDialog>
#include <QEventLoop>
#include <QLabel>
#include <QProgressDialog>
#include <QStyle>
#include <optional>

namespace vanban::ui {

namespace {
void setInvalid(QWidget* w, bool invalid) {
    w->setProperty("invalid", invalid);
    w->style()->unpolish(w);
    w->style()->polish(w);
}
} // namespace

QString RegistrationForm::invalidFieldStyle() {
    return QStringLiteral(
        "*[invalid=\"true\"] { border: 2px solid #c62828; border-radius: 3px; background-color: #fff4f4; }");
}

QWidget* RegistrationForm::showError(const Error& error) {
    clearError();
    m_error->setText(error.message);
    m_error->setVisible(true);
    QWidget* w = widgetForField(error.field);
    if (w) {
        m_highlighted = w;
        setInvalid(w, true);
        w->setFocus(Qt::OtherFocusReason);
    }
    return w;
}

void RegistrationForm::clearError() {
    m_error->clear();
    m_error->setVisible(false);
    if (m_highlighted)
        setInvalid(m_highlighted, false);
    m_highlighted = nullptr;
}

QString RegistrationForm::errorText() const {
    return m_error->isVisible() ? m_error->text() : QString();
}

Result<StoredFiles> RegistrationForm::storeFiles(QDialog* dialog, const BlobStore& blobs, const QStringList& files,
                                                 const QString& progressText) {
    if (files.isEmpty())
        return StoredFiles{};
    std::optional<Result<StoredFiles>> stored;
    QEventLoop loop;
    QProgressDialog progress(progressText, QString(), 0, 0, dialog);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    progress.setCancelButton(nullptr);
    dialog->setEnabled(false);
    AsyncTask::run(
        &loop, [blobs, files] { return RegistryCommon::storeFiles(blobs, files); },
        [&](Result<StoredFiles> result) {
            stored = std::move(result);
            loop.quit();
        });
    if (!stored)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    dialog->setEnabled(true);
    return std::move(*stored);
}

} // namespace vanban::ui
