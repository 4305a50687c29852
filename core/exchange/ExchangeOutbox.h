#pragma once
// The durable outbox: every package VanBan sends (an outgoing document, a status message) is written here in the
// same transaction as the action that causes it, with an X-Request-Id chosen once, and leaves only when the
// exchange has accepted it or refused it for good. Back-off times are stored, so they survive restarts.

#include "common/Clock.h"
#include "common/Result.h"
#include "exchange/ExchangeFailure.h"
#include "exchange/PackageBuilder.h"
#include "model/User.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>

namespace vanban {

struct OutboxItem {
    qint64 id = 0;
    QString messageType; // edoc | status
    qint64 documentId = 0;
    qint64 inboxId = 0;
    QString edxmlDocumentId;
    QString statusCode;
    QString packageSha256;
    qint64 packageSize = 0;
    QString requestId;
    QString state; // queued | sent | failed
    int attempts = 0;
    QDateTime nextAttemptAt;
    QString lastError;
    QString hubDocId;
    QDateTime createdAt;
    QStringList recipients; // organ ids (edoc: the document's recipients in this package; status: the sender)
};

// Where an outgoing document stands with one recipient.
struct RecipientState {
    QString organId;
    QString organName;
    QString state; // queued | sent | arrived | accepted | returned | assigned | in-progress | done | failed
    QString statusCode;
    QString reason;
    QDateTime updated;
};

class ExchangeOutbox {
    Q_DECLARE_TR_FUNCTIONS(ExchangeOutbox)

public:
    explicit ExchangeOutbox(Workspace& ws, const Clock& clock = Clock::system())
        : m_ws(ws)
        , m_clock(clock) {}

    // Queues an outgoing document for agencies of the directory: writes its edXML package and records the outbox
    // row and every recipient in one transaction. Clerks and administrators only; secret documents are refused.
    Result<qint64> queueDocument(const User& actor, qint64 documentId, const QStringList& organIds);
    // Queues a status message about a received package. Runs inside the caller's transaction (Database::write);
    // a code already queued for that package is not queued again.
    Status queueStatus(qint64 inboxId, const StatusTarget& target, const QString& statusCode,
                       const QString& description, const QString& staffName);

    Result<QList<OutboxItem>> items(bool waitingOnly);
    // What should be sent now: queued items whose back-off has passed (all queued items when ignoreBackoff).
    Result<QList<OutboxItem>> due(bool ignoreBackoff);

    Status markSent(const OutboxItem& item, const QString& hubDocId);
    Status markRetry(const OutboxItem& item, const ExchangeFailure& failure);
    // A refusal for good. When the exchange names one unknown or locked recipient of a document package, only
    // that recipient fails and the package is rebuilt for the others.
    Status markFailed(const OutboxItem& item, const ExchangeFailure& failure);

    Result<QList<RecipientState>> recipients(qint64 documentId);

    // 5 s, 30 s, 2 min, 10 min, then every 30 min, each ±20 % at random.
    static qint64 backoffSeconds(int attempts);

private:
    Result<QList<OutboxItem>> select(const QString& where, const QVariantList& bind);
    Result<QList<Organization>> recipientsFromDirectory(const QStringList& organIds, const QString& ownOrganId);
    Result<StoredBlob> buildDocumentPackage(const Document& document, const QList<Organization>& recipients,
                                            const AgencyProfile& agency);

    Workspace& m_ws;
    const Clock& m_clock;
};

} // namespace vanban
