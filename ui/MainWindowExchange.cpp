// The exchange in the main window: the “Chờ tiếp nhận” section, sending an outgoing document, the background
// synchronisation and its settings. (MainWindow.cpp holds the registers.)
#include "MainWindow.h"

#include "DocumentDetailPane.h"
#include "ExchangeSettingsDialog.h"
#include "InboxModel.h"
#include "InboxView.h"
#include "RegisterModel.h"
#include "SendExchangeDialog.h"
#include "SyncController.h"
#include "SyncStatusLabel.h"
#include "TextIndexingController.h"
#include "WorkspaceWorker.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTreeWidget>

namespace vanban::ui {

void MainWindow::createExchange() {
    connect(m_inbox, &InboxView::statusMessage, this, [this](const QString& message) {
        if (message.isEmpty())
            statusBar()->clearMessage();
        else
            statusBar()->showMessage(message, 8000);
    });
    connect(m_inbox, &InboxView::pendingCountChanged, this, &MainWindow::updateInboxNavText);
    connect(m_inbox, &InboxView::loaded, this, [this] {
        if (m_inboxShown)
            updateCountLabel();
    });
    connect(m_inbox, &InboxView::decided, this, &MainWindow::afterInboxDecision);
    connect(m_inbox, &InboxView::documentRegistered, this, [this](qint64, const QString& arrivalNumber) {
        if (!arrivalNumber.isEmpty())
            statusBar()->showMessage(tr("Registered with arrival number %1.").arg(arrivalNumber), 8000);
    });
    connect(m_sync, &SyncController::stateChanged, this,
            [this](const SyncState& state) { updateInboxNavText(state.pendingInbox); });
    connect(m_sync, &SyncController::roundFinished, this, &MainWindow::afterSyncRound);
    connect(m_syncLabel, &SyncStatusLabel::configureRequested, this, &MainWindow::configureExchange);
    m_sync->refreshState();
}

void MainWindow::startSync() {
    m_sync->start();
}

void MainWindow::syncNow() {
    m_sync->syncNow();
}

void MainWindow::showInbox() {
    if (!m_inboxShown) {
        m_current->currentId = m_currentId;
        m_inboxShown = true;
        m_stack->setCurrentWidget(m_inbox);
        m_yearCombo->setEnabled(false);
        m_searchBox->setEnabled(false);
        m_exportAction->setEnabled(false);
        m_inbox->reload();
        updateCountLabel();
        updateSendAction();
    }
    if (m_nav->currentItem() != m_inboxNavItem)
        m_nav->setCurrentItem(m_inboxNavItem);
}

void MainWindow::updateInboxNavText(int pending) {
    m_inboxNavItem->setText(0, pending > 0 ? tr("Awaiting acceptance (%1)").arg(pending) : tr("Awaiting acceptance"));
    QFont font = m_inboxNavItem->font(0);
    font.setBold(pending > 0);
    m_inboxNavItem->setFont(0, font);
}

void MainWindow::afterSyncRound() {
    // New packages, new states of what was sent.
    m_inbox->reload();
    m_outgoing.detail->refreshExchange();
}

void MainWindow::afterInboxDecision() {
    // An accepted package is a new document of the incoming register; its status message waits in the outbox.
    m_incoming.model->refresh();
    m_sync->refreshState();
    startIndexing();
    if (m_sync->state().configured)
        m_sync->syncNow(); // the sender learns it at once
}

void MainWindow::updateSendAction() {
    const bool outgoingShown = !m_inboxShown && m_current == &m_outgoing;
    const Document& doc = m_outgoing.detail->document();
    QString why;
    if (!m_user.mayRegisterDocuments())
        why = tr("Only a records clerk or an administrator sends documents through the exchange");
    else if (!outgoingShown)
        why = tr("Select an outgoing document (Văn bản đi) to send it");
    else if (doc.id == 0)
        why = tr("Select the outgoing document to send");
    else if (doc.secrecy != Secrecy::None)
        why = tr("Secret documents (%1) are never sent through the electronic exchange; send them on paper by the "
                 "secret channel")
                  .arg(Enums::label(doc.secrecy));
    else if (doc.files.isEmpty())
        why = tr("This document has no file; attach the signed PDF before sending it");
    m_sendAction->setEnabled(why.isEmpty());
    const QString shortcut = m_sendAction->shortcut().toString(QKeySequence::NativeText);
    m_sendAction->setToolTip(why.isEmpty() ? tr("Send the selected outgoing document to other agencies through the "
                                                "exchange (%1)")
                                                 .arg(shortcut)
                                           : why);
    m_sendAction->setStatusTip(m_sendAction->toolTip());
}

void MainWindow::sendThroughExchange() {
    updateSendAction();
    if (!m_sendAction->isEnabled())
        return;
    const Document doc = m_outgoing.detail->document();
    SendExchangeDialog dialog(*m_ws, *m_queries, m_user, doc.id,
                              doc.subject.isEmpty() ? doc.code() : tr("%1 — %2").arg(doc.code(), doc.subject), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    statusBar()->showMessage(tr("Queued for %n agency(ies); it leaves with the next synchronisation.", nullptr,
                                int(dialog.chosenOrganIds().size())),
                             8000);
    m_outgoing.detail->refreshExchange();
    m_sync->refreshState();
    if (m_sync->state().configured)
        m_sync->syncNow();
}

void MainWindow::configureExchange() {
    if (!m_user.mayManageUsers())
        return;
    ExchangeSettingsDialog dialog(*m_ws, *m_queries, m_user, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    statusBar()->showMessage(tr("The exchange settings were saved."), 5000);
    m_sync->refreshState();
    m_sync->syncNow();
}

} // namespace vanban::ui
