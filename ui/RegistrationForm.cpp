#include "RegistrationForm.h"

#include "AsyncTask.h"

#include <QBoxLayout>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEventLoop>
#include <QGroupBox>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QShortcut>
#include <QStyle>
#include <optional>

namespace vanban::ui {

RegistrationForm::Frame RegistrationForm::buildFrame(QDialog* dialog, QLayout* form, QWidget* nextNumber,
                                                     QWidget* files, const FrameTexts& texts) {
    auto* numberBox = new QGroupBox(texts.numberTitle);
    numberBox->setObjectName(QStringLiteral("nextNumberBox"));
    auto* numberLayout = new QVBoxLayout(numberBox);
    numberLayout->addWidget(nextNumber);
    auto* filesBox = new QGroupBox(texts.filesTitle);
    filesBox->setObjectName(QStringLiteral("filesBox"));
    auto* filesLayout = new QVBoxLayout(filesBox);
    filesLayout->addWidget(files, 1);
    auto* dropHint = new QLabel(texts.dropHint);
    dropHint->setWordWrap(true);
    dropHint->setForegroundRole(QPalette::PlaceholderText);
    filesLayout->addWidget(dropHint);
    auto* side = new QVBoxLayout;
    side->addWidget(numberBox);
    side->addWidget(filesBox, 1);

    auto* formColumn = new QVBoxLayout;
    formColumn->addLayout(form);
    formColumn->addStretch(1);
    auto* columns = new QHBoxLayout;
    columns->addLayout(formColumn, 3);
    columns->addSpacing(12);
    columns->addLayout(side, 2);

    Frame frame;
    frame.error = new QLabel;
    frame.error->setObjectName(QStringLiteral("errorLabel"));
    frame.error->setWordWrap(true);
    frame.error->setStyleSheet(QStringLiteral("color: #c62828; font-weight: bold;"));
    frame.error->setVisible(false);

    auto* buttons = new QDialogButtonBox;
    frame.save = buttons->addButton(texts.saveText, QDialogButtonBox::AcceptRole);
    frame.save->setObjectName(QStringLiteral("saveButton"));
    frame.save->setIcon(dialog->style()->standardIcon(QStyle::SP_DialogSaveButton));
    frame.save->setDefault(true);
    frame.save->setToolTip(texts.saveToolTip);
    frame.cancel = buttons->addButton(QDialogButtonBox::Cancel);
    frame.cancel->setObjectName(QStringLiteral("cancelButton"));
    frame.saveShortcut = new QShortcut(QKeySequence::Save, dialog);

    auto* layout = new QVBoxLayout(dialog);
    layout->addLayout(columns, 1);
    layout->addWidget(frame.error);
    layout->addWidget(buttons);
    return frame;
}

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
