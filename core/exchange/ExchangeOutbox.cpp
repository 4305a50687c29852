#include "exchange/ExchangeOutbox.h"

#include "documents/DocumentRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

namespace vanban {

namespace {
QString iso(const QDateTime& t) {
    return t.toString(Qt::ISODate);
}
QString newRequestId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
} // namespace

qint64 ExchangeOutbox::backoffSeconds(int attempts) {
    static constexpr qint64 schedule[] = {5, 30, 120, 600, 1800};
    const qint64 base = schedule[std::clamp(attempts - 1, 0, 4)];
    const double factor = 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
    return std::max<qint64>(1, qint64(double(base) * factor));
}

Result<QList<Organization>> ExchangeOutbox::recipientsFromDirectory(const QStringList& organIds,
                                                                    const QString& ownOrganId) {
    if (organIds.isEmpty())
        return Error::invalid(QStringLiteral("to"), tr("Choose at least one receiving agency."));
    QList<Organization> out;
    for (const QString& raw : organIds) {
        const QString id = raw.trimmed();
        if (id.isEmpty())
            continue;
        if (id == ownOrganId)
            return Error::invalid(QStringLiteral("to"), tr("An agency cannot send a document to itself (%1).").arg(id));
        auto q = m_ws.database().exec(
            QStringLiteral("SELECT organ_id, name, parent_id, old_codes, active FROM organizations WHERE organ_id = ?"),
            {id});
        if (!q)
            return q.error();
        if (!q->next())
            return Error{
                ErrorCode::NotFound,
                tr("The agency %1 is not in the directory. Synchronise the directory or check the code.").arg(id),
                QStringLiteral("to")};
        if (!q->value(4).toBool())
            return Error::invalid(
                QStringLiteral("to"),
                tr("The agency %1 (%2) is no longer active on the exchange.").arg(id, q->value(1).toString()));
        if (std::none_of(out.begin(), out.end(), [&](const Organization& o) { return o.organId == id; }))
            out << Organization{id, q->value(1).toString(), q->value(2).toString(), q->value(3).toString()};
    }
    if (out.isEmpty())
        return Error::invalid(QStringLiteral("to"), tr("Choose at least one receiving agency."));
    return out;
}

Result<StoredBlob> ExchangeOutbox::buildDocumentPackage(const Document& document, const QList<Organization>& recipients,
                                                        const AgencyProfile& agency) {
    QString position;
    auto q = m_ws.database().exec(QStringLiteral("SELECT * FROM documents WHERE id = ?"), {document.id});
    if (q && q->next()) {
        const int column = q->record().indexOf(QStringLiteral("signer_position"));
        if (column >= 0)
            position = q->value(column).toString();
    }
    if (q)
        q->finish();
    const edxml::EdocPackage package =
        PackageBuilder::edocFor(document, position, agency, recipients, m_ws.blobs(), m_clock.now());
    return PackageBuilder::store(package, m_ws.blobs());
}

Result<qint64> ExchangeOutbox::queueDocument(const User& actor, qint64 documentId, const QStringList& organIds) {
    if (!actor.mayRegisterDocuments())
        return Error{ErrorCode::Permission, tr("Only a clerk (văn thư) or an administrator sends documents through the "
                                               "exchange.")};
    DocumentRepository repository(m_ws.database());
    Result<Document> document = repository.get(documentId, true);
    if (!document)
        return document.error();
    if (document->direction != Direction::Outgoing)
        return Error::invalid(QStringLiteral("id"), tr("Document %1 is not an outgoing document; only outgoing "
                                                       "documents are sent through the exchange.")
                                                        .arg(documentId));
    if (document->secrecy != Secrecy::None)
        return Error{ErrorCode::Permission,
                     tr("Document %1 is marked “%2”: secret documents are never sent through the electronic exchange "
                        "(Luật Bảo vệ bí mật nhà nước). Send it on paper by the secret channel.")
                         .arg(documentId)
                         .arg(Enums::label(document->secrecy)),
                     QStringLiteral("secrecy")};
    if (document->files.isEmpty())
        return Error::invalid(QStringLiteral("file"),
                              tr("Document %1 has no file; attach the signed PDF before sending it.").arg(documentId));
    Result<AgencyProfile> agency = m_ws.agency();
    if (!agency)
        return agency.error();
    Result<QList<Organization>> recipients = recipientsFromDirectory(organIds, agency->organId);
    if (!recipients)
        return recipients.error();
    for (const DocumentFile& f : document->files)
        if (Status s = m_ws.blobs().verify(f.sha256); !s)
            return s.error();
    Result<StoredBlob> package = buildDocumentPackage(document.value(), recipients.value(), agency.value());
    if (!package)
        return package.error();

    const QString edxmlId = edxml::EdocPackage::makeDocumentId(agency->organId, document->issuedDate,
                                                               document->codeNumber, document->codeNotation);
    const QString now = iso(m_clock.now());
    qint64 outboxId = 0;
    Database& db = m_ws.database();
    const Status saved = db.write([&]() -> Status {
        for (const Organization& r : recipients.value()) {
            auto existing =
                db.exec(QStringLiteral("SELECT state FROM exchange_recipients WHERE document_id = ? AND organ_id = ?"),
                        {documentId, r.organId});
            if (!existing)
                return existing.error();
            if (existing->next() && existing->value(0).toString() != QLatin1String("failed"))
                return Error{ErrorCode::Conflict,
                             tr("Document %1 was already sent to %2 (%3).").arg(documentId).arg(r.name, r.organId),
                             QStringLiteral("to")};
        }
        auto insert = db.exec(
            QStringLiteral("INSERT INTO exchange_outbox (message_type, document_id, edxml_document_id, package_sha256, "
                           "package_size, request_id, state, next_attempt_at, created_at) VALUES ('edoc', ?, ?, ?, ?, "
                           "?, 'queued', ?, ?)"),
            {documentId, edxmlId, package->sha256, package->size, newRequestId(), now, now});
        if (!insert)
            return insert.error();
        outboxId = insert->lastInsertId().toLongLong();
        QJsonArray to;
        for (const Organization& r : recipients.value()) {
            auto row = db.exec(
                QStringLiteral("INSERT INTO exchange_recipients (document_id, outbox_id, organ_id, organ_name, state, "
                               "updated_at) VALUES (?, ?, ?, ?, 'queued', ?) ON CONFLICT (document_id, organ_id) DO "
                               "UPDATE SET outbox_id = excluded.outbox_id, state = 'queued', status_code = '', reason "
                               "= '', updated_at = excluded.updated_at"),
                {documentId, outboxId, r.organId, r.name, now});
            if (!row)
                return row.error();
            to.append(r.organId);
        }
        auto history = db.exec(
            QStringLiteral("INSERT INTO document_history (document_id, at, user_id, action, details) "
                           "VALUES (?, ?, ?, 'exchange-queued', ?)"),
            {documentId, now, actor.id,
             QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("to"), to}}).toJson(QJsonDocument::Compact))});
        if (!history)
            return history.error();
        return {};
    });
    if (!saved)
        return saved.error();
    return outboxId;
}

Status ExchangeOutbox::queueStatus(qint64 inboxId, const StatusTarget& target, const QString& statusCode,
                                   const QString& description, const QString& staffName) {
    Database& db = m_ws.database();
    auto existing =
        db.exec(QStringLiteral(
                    "SELECT 1 FROM exchange_outbox WHERE message_type = 'status' AND inbox_id = ? AND status_code = ?"),
                {inboxId, statusCode});
    if (!existing)
        return existing.error();
    if (existing->next())
        return {}; // each code at most once per received document
    existing->finish();
    Result<AgencyProfile> agency = m_ws.agency();
    if (!agency)
        return agency.error();
    const QDateTime now = m_clock.now();
    const edxml::StatusPackage status =
        PackageBuilder::statusFor(target, agency.value(), statusCode, description, staffName, now);
    Result<StoredBlob> package = PackageBuilder::store(status, m_ws.blobs());
    if (!package)
        return package.error();
    auto insert =
        db.exec(QStringLiteral("INSERT INTO exchange_outbox (message_type, inbox_id, edxml_document_id, status_code, "
                               "package_sha256, package_size, request_id, state, next_attempt_at, created_at) VALUES "
                               "('status', ?, ?, ?, ?, ?, ?, 'queued', ?, ?)"),
                {inboxId, target.edxmlDocumentId, statusCode, package->sha256, package->size, newRequestId(), iso(now),
                 iso(now)});
    if (!insert)
        return insert.error();
    return {};
}

Result<QList<OutboxItem>> ExchangeOutbox::select(const QString& where, const QVariantList& bind) {
    auto q = m_ws.database().exec(
        QStringLiteral(
            "SELECT o.id, o.message_type, o.document_id, o.inbox_id, o.edxml_document_id, o.status_code, "
            "o.package_sha256, o.package_size, o.request_id, o.state, o.attempts, o.next_attempt_at, "
            "o.last_error, o.hub_doc_id, o.created_at, CASE WHEN o.message_type = 'edoc' THEN (SELECT "
            "group_concat(r.organ_id, ',') FROM exchange_recipients r WHERE r.outbox_id = o.id) ELSE (SELECT "
            "i.from_organ_id FROM exchange_inbox i WHERE i.id = o.inbox_id) END FROM exchange_outbox o ") +
            where,
        bind);
    if (!q)
        return q.error();
    QList<OutboxItem> items;
    while (q->next()) {
        OutboxItem i;
        i.id = q->value(0).toLongLong();
        i.messageType = q->value(1).toString();
        i.documentId = q->value(2).toLongLong();
        i.inboxId = q->value(3).toLongLong();
        i.edxmlDocumentId = q->value(4).toString();
        i.statusCode = q->value(5).toString();
        i.packageSha256 = q->value(6).toString();
        i.packageSize = q->value(7).toLongLong();
        i.requestId = q->value(8).toString();
        i.state = q->value(9).toString();
        i.attempts = q->value(10).toInt();
        i.nextAttemptAt = QDateTime::fromString(q->value(11).toString(), Qt::ISODate);
        i.lastError = q->value(12).toString();
        i.hubDocId = q->value(13).toString();
        i.createdAt = QDateTime::fromString(q->value(14).toString(), Qt::ISODate);
        i.recipients = q->value(15).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        items << i;
    }
    return items;
}

Result<QList<OutboxItem>> ExchangeOutbox::items(bool waitingOnly) {
    return select(
        waitingOnly ? QStringLiteral("WHERE o.state = 'queued' ORDER BY o.id") : QStringLiteral("ORDER BY o.id"), {});
}

Result<QList<OutboxItem>> ExchangeOutbox::due(bool ignoreBackoff) {
    if (ignoreBackoff)
        return select(QStringLiteral("WHERE o.state = 'queued' ORDER BY o.id"), {});
    return select(QStringLiteral("WHERE o.state = 'queued' AND o.next_attempt_at <= ? ORDER BY o.id"),
                  {iso(m_clock.now())});
}

Status ExchangeOutbox::markSent(const OutboxItem& item, const QString& hubDocId) {
    Database& db = m_ws.database();
    const QString now = iso(m_clock.now());
    return db.write([&]() -> Status {
        auto q = db.exec(QStringLiteral("UPDATE exchange_outbox SET state = 'sent', hub_doc_id = ?, sent_at = ?, "
                                        "attempts = attempts + 1, last_error = '' WHERE id = ?"),
                         {hubDocId, now, item.id});
        if (!q)
            return q.error();
        if (item.messageType == QLatin1String("edoc")) {
            auto r = db.exec(QStringLiteral("UPDATE exchange_recipients SET state = 'sent', updated_at = ? WHERE "
                                            "outbox_id = ? AND state = 'queued'"),
                             {now, item.id});
            if (!r)
                return r.error();
            auto h = db.exec(
                QStringLiteral("INSERT INTO document_history (document_id, at, user_id, action, details) "
                               "VALUES (?, ?, NULL, 'exchange-sent', ?)"),
                {item.documentId, now,
                 QString::fromUtf8(
                     QJsonDocument(QJsonObject{{QStringLiteral("docId"), hubDocId}}).toJson(QJsonDocument::Compact))});
            if (!h)
                return h.error();
        }
        return {};
    });
}

Status ExchangeOutbox::markRetry(const OutboxItem& item, const ExchangeFailure& failure) {
    const qint64 wait =
        failure.retryAfterSeconds >= 0 ? qint64(failure.retryAfterSeconds) : backoffSeconds(item.attempts + 1);
    auto q = m_ws.database().exec(
        QStringLiteral("UPDATE exchange_outbox SET attempts = attempts + 1, next_attempt_at = ?, last_error = ? WHERE "
                       "id = ? AND state = 'queued'"),
        {iso(m_clock.now().addSecs(wait)), failure.error.message, item.id});
    if (!q)
        return q.error();
    return {};
}

Status ExchangeOutbox::markFailed(const OutboxItem& item, const ExchangeFailure& failure) {
    Database& db = m_ws.database();
    const QString now = iso(m_clock.now());
    const bool oneRecipient = item.messageType == QLatin1String("edoc") && !failure.organId.isEmpty() &&
                              item.recipients.contains(failure.organId) && item.recipients.size() > 1;
    if (oneRecipient) {
        // Only the named recipient fails; the others get a package without it, under a new request id (the
        // exchange delivered nothing of the refused one).
        DocumentRepository repository(db);
        Result<Document> document = repository.get(item.documentId, true);
        if (!document)
            return document.error();
        Result<AgencyProfile> agency = m_ws.agency();
        if (!agency)
            return agency.error();
        QStringList others = item.recipients;
        others.removeAll(failure.organId);
        Result<QList<Organization>> recipients = recipientsFromDirectory(others, agency->organId);
        if (!recipients)
            return recipients.error();
        Result<StoredBlob> package = buildDocumentPackage(document.value(), recipients.value(), agency.value());
        if (!package)
            return package.error();
        return db.write([&]() -> Status {
            auto r = db.exec(QStringLiteral("UPDATE exchange_recipients SET state = 'failed', reason = ?, updated_at = "
                                            "? WHERE outbox_id = ? AND organ_id = ?"),
                             {failure.error.message, now, item.id, failure.organId});
            if (!r)
                return r.error();
            auto o =
                db.exec(QStringLiteral("UPDATE exchange_outbox SET package_sha256 = ?, package_size = ?, "
                                       "request_id = ?, attempts = 0, next_attempt_at = ?, last_error = ? WHERE id "
                                       "= ?"),
                        {package->sha256, package->size, newRequestId(), now, failure.error.message, item.id});
            if (!o)
                return o.error();
            return {};
        });
    }
    return db.write([&]() -> Status {
        auto o = db.exec(QStringLiteral("UPDATE exchange_outbox SET state = 'failed', attempts = attempts + 1, "
                                        "last_error = ? WHERE id = ?"),
                         {failure.error.message, item.id});
        if (!o)
            return o.error();
        if (item.messageType == QLatin1String("edoc")) {
            auto r = db.exec(QStringLiteral("UPDATE exchange_recipients SET state = 'failed', reason = ?, updated_at = "
                                            "? WHERE outbox_id = ? AND state IN ('queued', 'sent')"),
                             {failure.error.message, now, item.id});
            if (!r)
                return r.error();
        }
        return {};
    });
}

Result<QList<RecipientState>> ExchangeOutbox::recipients(qint64 documentId) {
    auto q = m_ws.database().exec(QStringLiteral("SELECT organ_id, organ_name, state, status_code, reason, updated_at "
                                                 "FROM exchange_recipients WHERE document_id = ? ORDER BY id"),
                                  {documentId});
    if (!q)
        return q.error();
    QList<RecipientState> out;
    while (q->next())
        out << RecipientState{q->value(0).toString(), q->value(1).toString(),
                              q->value(2).toString(), q->value(3).toString(),
                              q->value(4).toString(), QDateTime::fromString(q->value(5).toString(), Qt::ISODate)};
    return out;
}

} // namespace vanban
