#pragma once
// What the exchange delivered: document packages waiting for the clerk ("Chờ tiếp nhận"), status messages about
// what we sent, and the record of every package the exchange handed over (so that a package listed again after a
// crash is recognised and only acknowledged). The clerk accepts a package (→ registered in the incoming book,
// status 03 back to the sender) or returns it with a reason (status 02). Nothing is ever overwritten silently:
// revoke / update / replace packages wait for the clerk like any other.

#include "common/Clock.h"
#include "common/Result.h"
#include "edxml/EdxmlPackage.h"
#include "model/User.h"
#include "registry/IncomingRegistry.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <optional>

namespace vanban {

struct InboxFile {
    int position = 0;
    QString name;
    QString contentType;
    qint64 size = 0;
    QString sha256;
};

struct InboxItem {
    qint64 id = 0;
    QString hubDocId;
    QString edxmlDocumentId;
    int businessDocType = 0; // 0 new, 1 revoke, 2 update, 3 replace
    QString businessReason;
    QString fromOrganId;
    QString fromOrganName;
    QString codeNumber;
    QString codeNotation;
    QDate promulgationDate;
    QString typeName;
    QString subject;
    QString signerFullName;
    int priority = 0;
    QDate dueDate;
    int pageAmount = 0;
    QString packageSha256;
    QString state; // pending | accepted | returned
    QString reason;
    qint64 registeredDocumentId = 0;
    QDateTime receivedAt;
    QList<InboxFile> files;

    QString code() const { return codeNotation.isEmpty() ? codeNumber : codeNumber + QLatin1Char('/') + codeNotation; }
};

struct ReceivedRecord {
    QString outcome; // done | fail
    QString reason;
    bool acknowledged = false;
};

class ExchangeInbox {
    Q_DECLARE_TR_FUNCTIONS(ExchangeInbox)

public:
    enum class Outcome { Stored, Duplicate };

    explicit ExchangeInbox(Workspace& ws, const Clock& clock = Clock::system())
        : m_ws(ws)
        , m_clock(clock) {}

    // Records a received document package whose package and files are already in the blob store. One transaction:
    // the inbox entry with its files, the receipt, and status 01 queued for the sender. A new document whose
    // DocumentId was already received is a duplicate: only the receipt is written.
    Result<Outcome> recordDocument(const QString& hubDocId, const edxml::EdocPackage& package,
                                   const StoredBlob& packageBlob, const QList<StoredBlob>& files);
    // Records a status message about a document we sent, once per (document, code, organ), and moves that
    // recipient's state forward.
    Result<Outcome> recordStatus(const QString& hubDocId, const edxml::StatusPackage& status);
    // A package that can never be processed (not edXML, corrupt): remembered, then acknowledged `fail`.
    Status recordFailure(const QString& hubDocId, const QString& messageType, const QString& reason);
    Result<std::optional<ReceivedRecord>> received(const QString& hubDocId);
    // Notes that the exchange took our acknowledgement of these packages (one transaction).
    Status markAcknowledged(const QStringList& hubDocIds);

    Result<QList<InboxItem>> items(const QString& state = QStringLiteral("pending"));
    Result<InboxItem> get(qint64 id);

    // Registers the package in the incoming book (status 03 to the sender). A revoke order is acknowledged instead
    // (03 = the revocation is accepted) and noted in the history of the document it revokes.
    Result<Registration> accept(const User& actor, qint64 inboxId, const QString& bookId = {},
                                bool forceDuplicate = false);
    // Sends the package back with a reason (status 02).
    Status returnToSender(const User& actor, qint64 inboxId, const QString& reason);

private:
    Result<InboxItem> pendingItem(qint64 inboxId);
    // Items with their files; `where` is empty or "WHERE … " with its bound values.
    Result<QList<InboxItem>> select(const QString& where, const QVariantList& bind);

    Workspace& m_ws;
    const Clock& m_clock;
};

} // namespace vanban
