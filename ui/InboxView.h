#pragma once
// The “Chờ tiếp nhận” section: what the exchange delivered, with a filter (awaiting / accepted / returned / all),
// the table and the detail pane of the package selected. Reading the inbox and the clerk's decisions (accept →
// registered in the incoming book; return with a reason) run on the worker; a probable duplicate asks before it is
// registered anyway.

#include "model/User.h"

#include <QWidget>

class QComboBox;
class QTableView;

namespace vanban {
class BlobStore;
}

namespace vanban::ui {

class InboxDetailPane;
class InboxModel;
class WorkspaceWorker;

class InboxView : public QWidget {
    Q_OBJECT

public:
    InboxView(const BlobStore& blobs, WorkspaceWorker& worker, const User& user, QWidget* parent = nullptr);

    InboxModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    InboxDetailPane* detail() const { return m_detail; }
    QComboBox* filter() const { return m_filter; }
    int pendingCount() const { return m_pending; }
    bool isLoading() const { return m_loading > 0; }
    bool isBusy() const { return m_busy; }
    void selectFirstRow();

public slots:
    // Reads the inbox again (off the UI thread), keeping the selection when it is still there.
    void reload();
    void acceptItem(qint64 inboxId);
    void returnItem(qint64 inboxId);

signals:
    void loaded();
    void pendingCountChanged(int pending);
    // An accepted package is now this incoming document (0 for an accepted revocation).
    void documentRegistered(qint64 documentId, const QString& arrivalNumberText);
    // A decision was saved (a status message waits in the outbox).
    void decided();
    void statusMessage(const QString& message);

private:
    void accept(qint64 inboxId, bool forceDuplicate);
    void currentRowChanged();
    void setBusy(bool busy);

    WorkspaceWorker& m_worker;
    User m_user;
    InboxModel* m_model;
    QComboBox* m_filter;
    QTableView* m_table;
    InboxDetailPane* m_detail;
    int m_pending = 0;
    int m_loading = 0;
    bool m_busy = false;
};

} // namespace vanban::ui
