#include "ExchangeSettingsDialog.h"

#include "WorkspaceWorker.h"
#include "exchange/ExchangeSettings.h"
#include "workspace/Workspace.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace vanban::ui {

ExchangeSettingsDialog::ExchangeSettingsDialog(Workspace& workspace, WorkspaceWorker& worker, const User& user,
                                               QWidget* parent)
    : QDialog(parent)
    , m_worker(worker)
    , m_user(user) {
    setObjectName(QStringLiteral("exchangeSettingsDialog"));
    setWindowTitle(tr("Exchange settings"));
    auto* intro = new QLabel(tr("The provincial document exchange (trục liên thông) this agency sends and receives "
                                "documents through. The province gives the address, the SystemId and the secret "
                                "key."));
    intro->setWordWrap(true);
    m_url = new QLineEdit;
    m_url->setObjectName(QStringLiteral("urlEdit"));
    m_url->setPlaceholderText(QStringLiteral("https://lgsp.example.gov.vn/"));
    m_systemId = new QLineEdit;
    m_systemId->setObjectName(QStringLiteral("systemIdEdit"));
    m_secret = new QLineEdit;
    m_secret->setObjectName(QStringLiteral("secretEdit"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_caFile = new QLineEdit;
    m_caFile->setObjectName(QStringLiteral("caFileEdit"));
    m_caFile->setPlaceholderText(tr("Optional: a PEM file of extra trusted certificates"));
    auto* browse = new QPushButton(tr("&Browse…"));
    connect(browse, &QPushButton::clicked, this, &ExchangeSettingsDialog::browseCaFile);
    auto* caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);

    auto view = ExchangeSettings::view(workspace);
    if (view && view->has_value()) {
        const ExchangeSettingsView& v = view->value();
        m_configured = true;
        m_url->setText(v.baseUrl.toString());
        m_systemId->setText(v.systemId);
        m_caFile->setText(v.caFile);
        m_secret->setPlaceholderText(tr("Leave empty to keep the stored key"));
    } else {
        m_secret->setPlaceholderText(tr("The secret key given with the SystemId"));
    }

    auto* form = new QFormLayout;
    form->addRow(tr("&Address (URL):"), m_url);
    form->addRow(tr("&SystemId:"), m_systemId);
    form->addRow(tr("Secret &key:"), m_secret);
    form->addRow(tr("&CA file:"), caRow);
    auto* note = new QLabel(tr("The secret key is kept in the system keychain or encrypted, never in the database, "
                               "and is never shown again."));
    note->setWordWrap(true);
    note->setEnabled(false);

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->setVisible(false);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("saveButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ExchangeSettingsDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(560, 320);
}

QString ExchangeSettingsDialog::errorText() const {
    return m_error->isHidden() ? QString() : m_error->text();
}

void ExchangeSettingsDialog::showError(const QString& message, QWidget* field) {
    m_error->setText(message);
    m_error->setVisible(true);
    if (field)
        field->setFocus();
}

void ExchangeSettingsDialog::browseCaFile() {
    const QString path = QFileDialog::getOpenFileName(this, tr("CA file"), m_caFile->text(),
                                                      tr("Certificates (*.pem *.crt);;All files (*)"));
    if (!path.isEmpty())
        m_caFile->setText(QDir::toNativeSeparators(path));
}

void ExchangeSettingsDialog::save() {
    if (m_saving)
        return;
    m_error->setVisible(false);
    const QUrl url = QUrl::fromUserInput(m_url->text().trimmed());
    if (m_url->text().trimmed().isEmpty() || !url.isValid())
        return showError(tr("Enter the address of the exchange."), m_url);
    if (m_systemId->text().trimmed().isEmpty())
        return showError(tr("Enter the SystemId of this agency."), m_systemId);
    if (m_secret->text().isEmpty() && !m_configured)
        return showError(tr("Enter the secret key."), m_secret);
    ExchangeEndpoint endpoint{url, m_systemId->text().trimmed(), m_secret->text().toUtf8(),
                              QDir::fromNativeSeparators(m_caFile->text().trimmed())};
    m_secret->clear();
    const User user = m_user;
    m_saving = true;
    m_save->setEnabled(false);
    m_worker.post(
        this,
        [user, endpoint](Workspace& ws) mutable -> Status {
            if (endpoint.secret.isEmpty()) { // keep the stored key
                auto stored = ExchangeSettings::endpoint(ws);
                if (!stored)
                    return stored.error();
                endpoint.secret = stored->secret;
                stored->secret.fill('\0');
            }
            const Status saved = ExchangeSettings::configure(ws, user, endpoint);
            endpoint.secret.fill('\0');
            return saved;
        },
        [this](Status saved) {
            m_saving = false;
            m_save->setEnabled(true);
            if (!saved) {
                showError(saved.error().message);
                return;
            }
            accept();
        });
}

} // namespace vanban::ui
