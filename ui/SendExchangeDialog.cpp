#include "SendExchangeDialog.h"

#include "WorkspaceWorker.h"
#include "documents/OrganizationDirectory.h"
#include "exchange/ExchangeOutbox.h"
#include "workspace/Workspace.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace vanban::ui {

SendExchangeDialog::SendExchangeDialog(Workspace& workspace, WorkspaceWorker& worker, const User& user,
                                       qint64 documentId, const QString& documentTitle, QWidget* parent)
    : QDialog(parent)
    , m_ws(workspace)
    , m_worker(worker)
    , m_user(user)
    , m_documentId(documentId) {
    setObjectName(QStringLiteral("sendExchangeDialog"));
    setWindowTitle(tr("Send through the exchange"));
    if (auto agency = workspace.agency())
        m_ownOrganId = agency->organId;

    auto* intro = new QLabel(
        tr("Send <b>%1</b> through the provincial document exchange to:").arg(documentTitle.toHtmlEscaped()));
    intro->setWordWrap(true);
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("agencySearch"));
    m_search->setPlaceholderText(tr("Search agencies by name or code (diacritics optional)…"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, &SendExchangeDialog::fillList);

    m_list = new QTreeWidget;
    m_list->setObjectName(QStringLiteral("agencyList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Agency"), tr("Identifier")});
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    connect(m_list, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem* item) {
        const QString id = item->data(0, Qt::UserRole).toString();
        const bool on = item->checkState(0) == Qt::Checked;
        if (on && !m_chosen.contains(id)) {
            m_chosen.insert(id);
            m_chosenOrder << id;
        } else if (!on && m_chosen.remove(id)) {
            m_chosenOrder.removeAll(id);
        }
        updateSummary();
    });
    connect(m_list, &QTreeWidget::itemActivated, this, [](QTreeWidgetItem* item) {
        item->setCheckState(0, item->checkState(0) == Qt::Checked ? Qt::Unchecked : Qt::Checked);
    });

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("chosenSummary"));
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->setVisible(false);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_send = buttons->button(QDialogButtonBox::Ok);
    m_send->setText(tr("&Send"));
    m_send->setObjectName(QStringLiteral("sendButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SendExchangeDialog::send);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(620, 480);
    fillList();
    m_search->setFocus();
}

void SendExchangeDialog::fillList() {
    auto agencies = OrganizationDirectory::searchActive(m_ws.database(), m_search->text(), m_ownOrganId);
    const QSignalBlocker block(m_list);
    m_list->clear();
    if (!agencies) {
        m_error->setText(agencies.error().message);
        m_error->setVisible(true);
        return;
    }
    for (const Organization& o : agencies.value()) {
        auto* item = new QTreeWidgetItem(m_list, {o.name, o.organId});
        item->setData(0, Qt::UserRole, o.organId);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(0, m_chosen.contains(o.organId) ? Qt::Checked : Qt::Unchecked);
    }
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateSummary();
}

void SendExchangeDialog::updateSummary() {
    if (m_list->topLevelItemCount() == 0 && m_search->text().isEmpty())
        m_summary->setText(tr("The agency directory is empty: synchronise with the exchange first (Ctrl+R)."));
    else if (m_list->topLevelItemCount() == 0)
        m_summary->setText(tr("No active agency matches “%1”.").arg(m_search->text()));
    else
        m_summary->setText(tr("%n agency(ies) chosen", nullptr, int(m_chosen.size())));
    m_send->setEnabled(!m_chosen.isEmpty() && !m_sending);
}

bool SendExchangeDialog::setChosen(const QString& organId, bool chosen) {
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_list->topLevelItem(i);
        if (item->data(0, Qt::UserRole).toString() == organId) {
            item->setCheckState(0, chosen ? Qt::Checked : Qt::Unchecked);
            return true;
        }
    }
    return false;
}

QStringList SendExchangeDialog::chosenOrganIds() const {
    return m_chosenOrder;
}

int SendExchangeDialog::listedCount() const {
    return m_list->topLevelItemCount();
}

QString SendExchangeDialog::errorText() const {
    return m_error->isHidden() ? QString() : m_error->text();
}

void SendExchangeDialog::send() {
    if (m_chosen.isEmpty() || m_sending)
        return;
    m_sending = true;
    m_error->setVisible(false);
    updateSummary();
    m_summary->setText(tr("Preparing the package…"));
    const User user = m_user;
    const qint64 id = m_documentId;
    const QStringList to = m_chosenOrder;
    m_worker.post(
        this, [user, id, to](Workspace& ws) { return ExchangeOutbox(ws).queueDocument(user, id, to); },
        [this](Result<qint64> queued) {
            m_sending = false;
            if (!queued) {
                updateSummary();
                m_error->setText(queued.error().message);
                m_error->setVisible(true);
                return;
            }
            m_outboxId = queued.value();
            accept();
        });
}

} // namespace vanban::ui
