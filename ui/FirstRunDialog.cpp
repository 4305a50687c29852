#include "FirstRunDialog.h"

#include "AsyncTask.h"
#include "auth/UserDirectory.h"
#include "workspace/Workspace.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace vanban::ui {

FirstRunDialog::FirstRunDialog(const QString& workspaceDir, QWidget* parent)
    : QDialog(parent)
    , m_dir(workspaceDir) {
    setObjectName(QStringLiteral("firstRunDialog"));
    setWindowTitle(tr("VanBan — New workspace"));
    auto* intro = new QLabel(tr("<b>Welcome to VanBan.</b><br>There is no workspace in %1 yet. Enter your agency and "
                                "its first administrator to create one.")
                                 .arg(QDir::toNativeSeparators(m_dir).toHtmlEscaped()));
    intro->setWordWrap(true);
    auto edit = [this](const char* name, const QString& field) {
        auto* e = new QLineEdit(this);
        e->setObjectName(QLatin1String(name));
        m_fields.insert(field, e);
        return e;
    };
    m_organId = edit("organIdEdit", QStringLiteral("organId"));
    m_organId->setPlaceholderText(tr("e.g. 000.00.12.H41"));
    m_organName = edit("organNameEdit", QStringLiteral("organName"));
    m_organName->setPlaceholderText(tr("e.g. UBND huyện Nam Đàn"));
    m_login = edit("adminLoginEdit", QStringLiteral("name"));
    m_login->setText(QStringLiteral("admin"));
    m_fullName = edit("adminFullNameEdit", QStringLiteral("fullName"));
    m_password = edit("passwordEdit", QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password2 = edit("passwordRepeatEdit", QStringLiteral("password2"));
    m_password2->setEchoMode(QLineEdit::Password);

    auto* form = new QFormLayout;
    // QFormLayout::addRow(text, field) makes the label the field's buddy (its &-mnemonic focuses the field).
    form->addRow(tr("Agency &identifier:"), m_organId);
    form->addRow(tr("Agency &name:"), m_organName);
    form->addRow(tr("Administrator's &user name:"), m_login);
    form->addRow(tr("Administrator's &full name:"), m_fullName);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Repeat password:"), m_password2);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->setVisible(false);

    auto* buttons = new QDialogButtonBox(this);
    m_create = buttons->addButton(tr("&Create workspace"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createButton"));
    m_create->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstRunDialog::create);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(520);
    m_organId->setFocus();
}

QString FirstRunDialog::adminLogin() const {
    return m_login->text().trimmed();
}

void FirstRunDialog::showError(const QString& message, const QString& field) {
    m_error->setText(message);
    m_error->setVisible(true);
    if (QLineEdit* e = m_fields.value(field)) {
        e->setFocus();
        e->selectAll();
    }
}

void FirstRunDialog::setBusy(bool busy) {
    m_busy = busy;
    for (QLineEdit* e : std::as_const(m_fields))
        e->setEnabled(!busy);
    m_create->setEnabled(!busy);
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

void FirstRunDialog::create() {
    if (m_busy)
        return;
    if (m_password->text() != m_password2->text()) {
        showError(tr("The two passwords are different."), QStringLiteral("password2"));
        return;
    }
    m_error->setVisible(false);
    setBusy(true);
    const QString dir = m_dir;
    const AgencyProfile agency{m_organId->text(), m_organName->text()};
    const NewUser admin{m_login->text().trimmed(), m_fullName->text().simplified(), Role::Admin, {}};
    const QByteArray password = m_password->text().toUtf8();
    // The connection made while creating belongs to the worker thread and is closed there; the window opens
    // its own afterwards.
    AsyncTask::run(
        this,
        [dir, agency, admin, password]() -> Status {
            auto ws = Workspace::create(dir, agency, admin, password);
            return ws ? Status{} : Status{ws.error()};
        },
        [this](Status created) {
            setBusy(false);
            if (!created) {
                showError(created.error().message, created.error().field);
                return;
            }
            m_password->clear();
            m_password2->clear();
            accept();
        });
}

} // namespace vanban::ui
