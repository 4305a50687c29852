#include "exchange/SyncEngine.h"

#include "edxml/EdxmlReader.h"
#include "exchange/ExchangeInbox.h"
#include "exchange/ExchangeOutbox.h"

#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTemporaryFile>

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
    for (const ReceivedItem& item : pending.value())
        receiveOne(item, report);
    return true;
}

void SyncEngine::acknowledge(const QString& docId, bool done, const QString& reason, SyncReport& report) {
    ExchangeStatus ack = m_client.acknowledge(docId, done, reason);
    if (!ack) {
        // Not acknowledged: the exchange lists the package again and the receipt recognises it.
        report.problems << ack.failure().error.message;
        return;
    }
    ExchangeInbox inbox(m_ws, m_clock);
    if (Status s = inbox.markAcknowledged(docId); !s)
        report.problems << s.error().message;
    report.acknowledged++;
}

void SyncEngine::receiveOne(const ReceivedItem& item, SyncReport& report) {
    ExchangeInbox inbox(m_ws, m_clock);
    Result<std::optional<ReceivedRecord>> known = inbox.received(item.docId);
    if (!known) {
        report.problems << known.error().message;
        return;
    }
    if (known->has_value()) {
        // Stored before (a crash or a lost answer came between our commit and the acknowledgement).
        report.duplicates++;
        acknowledge(item.docId, known->value().outcome == QLatin1String("done"), known->value().reason, report);
        return;
    }

    BlobStore& blobs = m_ws.blobs();
    Result<std::unique_ptr<QTemporaryFile>> temp = blobs.createTemp();
    if (!temp) {
        report.problems << temp.error().message;
        return;
    }
    ExchangeResult<DownloadedPackage> downloaded = m_client.download(item.docId, temp.value()->fileName());
    if (!downloaded) {
        report.problems << downloaded.failure().error.message;
        if (!downloaded.failure().retryable && downloaded.failure().error.code != ErrorCode::NotFound) {
            if (Status s = inbox.recordFailure(item.docId, item.messageType, downloaded.failure().error.message); s)
                acknowledge(item.docId, false, downloaded.failure().error.message, report);
        }
        return; // retried next round
    }

    // Attachments are decoded next to the blobs (same file system), then moved in without a copy.
    QTemporaryDir attachments(blobs.root() + QStringLiteral("/receive-XXXXXX"));
    if (!attachments.isValid()) {
        report.problems << tr("Cannot create a temporary folder in the workspace.");
        return;
    }
    QFile package(temp.value()->fileName());
    if (!package.open(QIODevice::ReadOnly)) {
        report.problems << package.errorString();
        return;
    }
    Result<edxml::Package> parsed = edxml::EdxmlReader::read(package, attachments.path());
    package.close();
    const bool isEdoc = parsed && std::holds_alternative<edxml::EdocPackage>(parsed.value());
    QString unusable;
    if (!parsed)
        unusable = parsed.error().message;
    else if (isEdoc != (item.messageType == QLatin1String("edoc")))
        unusable = tr("The package was listed as “%1” but holds a %2.")
                       .arg(item.messageType, isEdoc ? QStringLiteral("edoc") : QStringLiteral("status"));
    if (!unusable.isEmpty()) {
        if (Status s = inbox.recordFailure(item.docId, item.messageType, unusable); !s) {
            report.problems << s.error().message;
            return;
        }
        report.rejected++;
        report.problems << tr("Package %1 from %2 cannot be processed: %3").arg(item.docId, item.from, unusable);
        acknowledge(item.docId, false, unusable, report);
        return;
    }

    if (!isEdoc) {
        Result<ExchangeInbox::Outcome> applied =
            inbox.recordStatus(item.docId, std::get<edxml::StatusPackage>(parsed.value()));
        if (!applied) {
            report.problems << applied.error().message;
            return;
        }
        (applied.value() == ExchangeInbox::Outcome::Stored ? report.statuses : report.duplicates)++;
        acknowledge(item.docId, true, {}, report);
        return;
    }

    edxml::EdocPackage& edoc = std::get<edxml::EdocPackage>(parsed.value());
    Result<StoredBlob> packageBlob = blobs.adoptTemp(*temp.value(), downloaded.value().sha256, downloaded.value().size);
    if (!packageBlob) {
        report.problems << packageBlob.error().message;
        return;
    }
    QList<StoredBlob> files;
    for (const edxml::Attachment& a : edoc.attachments) {
        Result<StoredBlob> stored = blobs.adoptFile(a.filePath, a.sha256, a.size);
        if (!stored) {
            report.problems << stored.error().message;
            return;
        }
        files << stored.value();
    }
    Result<ExchangeInbox::Outcome> recorded = inbox.recordDocument(item.docId, edoc, packageBlob.value(), files);
    if (!recorded) {
        report.problems << recorded.error().message;
        return;
    }
    (recorded.value() == ExchangeInbox::Outcome::Stored ? report.received : report.duplicates)++;
    acknowledge(item.docId, true, {}, report);
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
