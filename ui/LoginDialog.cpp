#include "LoginDialog.h"

#include "WorkspaceWorker.h"
#include "auth/UserDirectory.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace vanban::ui {

LoginDialog::LoginDialog(WorkspaceWorker& worker, const QString& language, QWidget* parent)
    : QDialog(parent)
    , m_worker(worker) {
    setObjectName(QStringLiteral("loginDialog"));
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_agency = new QLabel(this);
    m_agency->setObjectName(QStringLiteral("agencyLabel"));
    m_agency->setVisible(false);
    m_login = new QLineEdit(this);
    m_login->setObjectName(QStringLiteral("loginEdit"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    // Each language in its own name: whoever cannot read the current one finds theirs.
    m_language->addItem(QStringLiteral("Tiếng Việt"), QStringLiteral("vi"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(language)));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->setVisible(false);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("hintLabel"));
    m_hint->setWordWrap(true);
    m_hint->setVisible(false);
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    m_loginLabel = new QLabel(this);
    m_loginLabel->setBuddy(m_login);
    m_passwordLabel = new QLabel(this);
    m_passwordLabel->setBuddy(m_password);
    m_languageLabel = new QLabel(this);
    m_languageLabel->setBuddy(m_language);
    auto* form = new QFormLayout;
    form->addRow(m_loginLabel, m_login);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(m_languageLabel, m_language);

    m_buttons = new QDialogButtonBox(this);
    m_ok = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("signInButton"));
    m_ok->setDefault(true);
    m_buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LoginDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_language, &QComboBox::currentIndexChanged, this,
            [this] { emit languageChanged(m_language->currentData().toString()); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_agency);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_hint);
    layout->addStretch();
    layout->addWidget(m_buttons);
    setMinimumWidth(420);
    retranslate();
    m_login->setFocus();
}

void LoginDialog::retranslate() {
    setWindowTitle(tr("VanBan — Sign in"));
    m_title->setText(tr("Sign in to VanBan"));
    m_loginLabel->setText(tr("&User name:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_languageLabel->setText(tr("&Language:"));
    m_ok->setText(tr("&Sign in"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

void LoginDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void LoginDialog::setAgencyName(const QString& name) {
    m_agency->setText(name);
    m_agency->setVisible(!name.isEmpty());
}

void LoginDialog::setCredentials(const QString& login, const QString& password) {
    m_login->setText(login);
    m_password->setText(password);
    if (!login.isEmpty())
        m_password->setFocus();
}

void LoginDialog::setHint(const QString& hint) {
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
}

QString LoginDialog::language() const {
    return m_language->currentData().toString();
}

void LoginDialog::setBusy(bool busy) {
    m_busy = busy;
    m_login->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_language->setEnabled(!busy);
    m_ok->setEnabled(!busy);
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

void LoginDialog::submit() {
    if (m_busy)
        return;
    const QString login = m_login->text().trimmed();
    if (login.isEmpty()) {
        m_error->setText(tr("Enter your user name."));
        m_error->setVisible(true);
        m_login->setFocus();
        return;
    }
    m_error->setVisible(false);
    setBusy(true);
    const QByteArray password = m_password->text().toUtf8();
    m_worker.post(
        this, [login, password](Workspace& ws) { return UserDirectory(ws.database()).authenticate(login, password); },
        [this](Result<User> user) {
            setBusy(false);
            if (!user) {
                m_error->setText(user.error().message);
                m_error->setVisible(true);
                m_password->selectAll();
                m_password->setFocus();
                return;
            }
            m_user = *user;
            m_password->clear();
            accept();
        });
}

} // namespace vanban::ui
