#pragma once
// “Gửi liên thông”: choose the receiving agencies of an outgoing document from the directory (active agencies of
// the exchange; search by name or code, diacritics optional) and queue the document in the outbox
// (ExchangeOutbox::queueDocument, on the worker: the package is written there). It leaves with the next
// synchronisation.

#include "model/User.h"

#include <QDialog>
#include <QSet>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace vanban {
class Workspace;
}

namespace vanban::ui {

class WorkspaceWorker;

class SendExchangeDialog : public QDialog {
    Q_OBJECT

public:
    // workspace: the UI thread's connection (reads the directory); worker: queues the document.
    SendExchangeDialog(Workspace& workspace, WorkspaceWorker& worker, const User& user, qint64 documentId,
                       const QString& documentTitle, QWidget* parent = nullptr);

    // Ticks or unticks an agency (as a click on its row does); false when it is not listed.
    bool setChosen(const QString& organId, bool chosen);
    QStringList chosenOrganIds() const;
    int listedCount() const;
    qint64 outboxId() const { return m_outboxId; }
    QString errorText() const;
    bool isSending() const { return m_sending; }

public slots:
    void send();

private:
    void fillList();
    void updateSummary();

    Workspace& m_ws;
    WorkspaceWorker& m_worker;
    User m_user;
    qint64 m_documentId;
    QString m_ownOrganId;
    QSet<QString> m_chosen;
    QStringList m_chosenOrder;
    qint64 m_outboxId = 0;
    bool m_sending = false;
    QLineEdit* m_search;
    QTreeWidget* m_list;
    QLabel* m_summary;
    QLabel* m_error;
    QPushButton* m_send;
};

} // namespace vanban::ui
