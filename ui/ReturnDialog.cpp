#include "ReturnDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace vanban::ui {

ReturnDialog::ReturnDialog(const QString& what, QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("returnDialog"));
    setWindowTitle(tr("Return to sender"));
    auto* intro = new QLabel(tr("Return %1 to its sender. The sender reads the reason.").arg(what));
    intro->setWordWrap(true);
    auto* label = new QLabel(tr("&Reason (required):"));
    m_reason = new QPlainTextEdit;
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setPlaceholderText(tr("e.g. Sent to the wrong agency; the attachment is missing…"));
    m_reason->setTabChangesFocus(true);
    label->setBuddy(m_reason);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Return"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("returnOkButton"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_reason, &QPlainTextEdit::textChanged, this,
            [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!reason().isEmpty()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!reason().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(label);
    layout->addWidget(m_reason, 1);
    layout->addWidget(m_buttons);
    resize(460, 260);
    m_reason->setFocus();
}

QString ReturnDialog::reason() const {
    return m_reason->toPlainText().trimmed();
}

} // namespace vanban::ui
