#include "exchange/SyncEngine.h"

#include "exchange/ExchangeOutbox.h"
#include "exchange/PackageReceiver.h"

#include <QDir>
#include <QLockFile>
#include <QSqlQuery>

namespace vanban {

Result<SyncReport> SyncEngine::runOnce(bool onDemand) {
    QLockFile lock(QDir(m_ws.dir()).filePath(QStringLiteral("exchange.lock")));
    lock.setStaleLockTime(0); // a lock left by a killed process is detected by its PID, not by age
    if (!lock.tryLock(0))
        return Error{ErrorCode::Conflict,
                     tr("Another synchronisation with the exchange is running for this workspace.")};
    SyncReport report;
    sendOutbox(onDemand, report);
    if (receive(QStringLiteral("edoc"), report))
        receive(QStringLiteral("status"), report);
    // Status 01 for what just arrived goes out in the same round.
    if (report.received > 0)
        sendOutbox(true, report);
    trackDeliveries(report);
    refreshDirectory(report);
    ExchangeOutbox outbox(m_ws, m_clock);
    if (Result<QList<OutboxItem>> waiting = outbox.items(true))
        report.waiting = int(waiting->size());
    return report;
}

void SyncEngine::sendOutbox(bool onDemand, SyncReport& report) {
    ExchangeOutbox outbox(m_ws, m_clock);
    Result<QList<OutboxItem>> due = outbox.due(onDemand);
    if (!due) {
        report.problems << due.error().message;
        return;
    }
    for (const OutboxItem& item : due.value()) {
        const QString path = m_ws.blobs().pathOf(item.packageSha256);
        if (Status intact = m_ws.blobs().verify(item.packageSha256); !intact) {
            ExchangeFailure broken = ExchangeFailure::final(intact.error());
            if (Status s = outbox.markFailed(item, broken); !s)
                report.problems << s.error().message;
            report.sendFailed++;
            report.problems << intact.error().message;
            continue;
        }
        ExchangeResult<QString> sent = m_client.sendPackage(item.messageType, path, item.requestId);
        Status recorded;
        if (sent) {
            recorded = outbox.markSent(item, sent.value());
            report.sent++;
        } else if (sent.failure().retryable) {
            recorded = outbox.markRetry(item, sent.failure());
            report.sendDeferred++;
            report.problems << sent.failure().error.message;
            if (sent.failure().httpStatus == 0 || sent.failure().retryAfterSeconds >= 0)
                return; // the exchange is unreachable or asks us to wait: leave the rest for the next round
        } else if (sent.failure().error.code == ErrorCode::Permission) {
            // Wrong credentials or an unregistered sender: the installation is at fault, not the package. It stays
            // queued, and nothing else is tried until an administrator fixes the configuration.
            report.problems << sent.failure().error.message;
            return;
        } else {
            recorded = outbox.markFailed(item, sent.failure());
            report.sendFailed++;
            report.problems << sent.failure().error.message;
        }
        if (!recorded)
            report.problems << recorded.error().message;
    }
}

bool SyncEngine::receive(const QString& messageType, SyncReport& report) {
    ExchangeResult<QList<ReceivedItem>> pending = m_client.pendingPackages(messageType);
    if (!pending) {
        report.problems << pending.failure().error.message;
        return pending.failure().httpStatus != 0;
    }
    return PackageReceiver(m_ws, m_client, m_clock, report).receive(pending.value());
}

void SyncEngine::trackDeliveries(SyncReport& report) {
    Database& db = m_ws.database();
    // Only while some recipient has not answered yet, and only the last 30 days of the exchange's list.
    auto open = db.exec(QStringLiteral("SELECT count(*) FROM exchange_recipients WHERE state = 'sent'"));
    if (!open || !open->next() || open->value(0).toLongLong() == 0)
        return;
    open->finish();
    ExchangeResult<QList<SentItem>> sent = m_client.sentPackages(m_clock.now().date().addDays(-30));
    if (!sent) {
        report.problems << sent.failure().error.message;
        return;
    }
    const QString now = m_clock.now().toString(Qt::ISODate);
    const Status saved = db.write([&]() -> Status {
        for (const SentItem& item : sent.value()) {
            if (item.receiveStatus != QLatin1String("fail") || item.messageType != QLatin1String("edoc"))
                continue;
            const QString reason = item.reason.isEmpty() ? item.receiveStatusDesc : item.reason;
            auto q = db.exec(
                QStringLiteral("UPDATE exchange_recipients SET state = 'failed', reason = ?, updated_at = "
                               "? WHERE state = 'sent' AND organ_id = ? AND outbox_id IN (SELECT id FROM "
                               "exchange_outbox WHERE hub_doc_id = ?)"),
                {tr("The recipient's system could not process the package: %1").arg(reason), now, item.to, item.docId});
            if (!q)
                return q.error();
            report.undeliverable += q->numRowsAffected();
        }
        return {};
    });
    if (!saved)
        report.problems << saved.error().message;
}

void SyncEngine::refreshDirectory(SyncReport& report) {
    Database& db = m_ws.database();
    QDateTime since;
    if (auto q = db.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'exchange_directory_synced_at'"));
        q && q->next())
        since = QDateTime::fromString(q->value(0).toString(), Qt::ISODate);
    const QDateTime started = m_clock.now();
    ExchangeResult<QList<OrganizationRecord>> rows = m_client.organizations(since);
    if (!rows) {
        report.problems << rows.failure().error.message;
        return;
    }
    const Status saved = db.write([&]() -> Status {
        for (const OrganizationRecord& r : rows.value()) {
            auto q = db.exec(QStringLiteral("INSERT INTO organizations (organ_id, name, parent_id, old_codes, email, "
                                            "active) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (organ_id) DO UPDATE SET "
                                            "name = excluded.name, parent_id = excluded.parent_id, old_codes = "
                                            "excluded.old_codes, email = excluded.email, active = excluded.active"),
                             {r.organId, r.name, r.parentId.isEmpty() ? QVariant() : QVariant(r.parentId), r.oldCode,
                              r.email, r.active ? 1 : 0});
            if (!q)
                return q.error();
        }
        // Ask next time for what changed since this round started (a minute of overlap for clock skew).
        auto m = db.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('exchange_directory_synced_at', ?) ON "
                                        "CONFLICT (key) DO UPDATE SET value = excluded.value"),
                         {started.addSecs(-60).toString(Qt::ISODate)});
        if (!m)
            return m.error();
        return {};
    });
    if (!saved) {
        report.problems << saved.error().message;
        return;
    }
    report.organizations += int(rows->size());
}

} // namespace vanban
