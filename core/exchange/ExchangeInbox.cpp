#include "exchange/ExchangeInbox.h"

#include "exchange/ExchangeOutbox.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace vanban {

namespace {

QString iso(const QDateTime& t) {
    return t.toString(Qt::ISODate);
}
QVariant isoDate(const QDate& d) {
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

// The recipient state a status code moves to, and how far along the way that is.
struct StateStep {
    QString state;
    int rank;
};
std::optional<StateStep> stepFor(const QString& code) {
    static const QHash<QString, StateStep> steps = {
        {QStringLiteral("01"), {QStringLiteral("arrived"), 2}},
        {QStringLiteral("02"), {QStringLiteral("returned"), 3}},
        {QStringLiteral("03"), {QStringLiteral("accepted"), 3}},
        {QStringLiteral("04"), {QStringLiteral("assigned"), 4}},
        {QStringLiteral("05"), {QStringLiteral("in-progress"), 5}},
        {QStringLiteral("06"), {QStringLiteral("done"), 6}},
    };
    auto it = steps.find(code);
    if (it == steps.end())
        return std::nullopt;
    return *it;
}
int rankOf(const QString& state) {
    static const QHash<QString, int> ranks = {
        {QStringLiteral("failed"), 0},   {QStringLiteral("queued"), 0},      {QStringLiteral("sent"), 1},
        {QStringLiteral("arrived"), 2},  {QStringLiteral("accepted"), 3},    {QStringLiteral("returned"), 3},
        {QStringLiteral("assigned"), 4}, {QStringLiteral("in-progress"), 5}, {QStringLiteral("done"), 6},
    };
    return ranks.value(state, 0);
}

StatusTarget targetOf(const InboxItem& item) {
    return StatusTarget{item.fromOrganId,  item.fromOrganName,    item.codeNumber,
                        item.codeNotation, item.promulgationDate, item.edxmlDocumentId};
}

} // namespace

Result<ExchangeInbox::Outcome> ExchangeInbox::recordDocument(const QString& hubDocId, const edxml::EdocPackage& package,
                                                             const StoredBlob& packageBlob,
                                                             const QList<StoredBlob>& files) {
    Database& db = m_ws.database();
    const QString now = iso(m_clock.now());
    Outcome outcome = Outcome::Stored;
    const Status saved = db.write([&]() -> Status {
        auto receipt = db.exec(QStringLiteral("INSERT INTO exchange_received (hub_doc_id, message_type, outcome, "
                                              "received_at) VALUES (?, 'edoc', 'done', ?)"),
                               {hubDocId, now});
        if (!receipt)
            return receipt.error();
        const int businessType = int(package.business.docType);
        if (businessType == 0) {
            auto seen = db.exec(QStringLiteral("SELECT 1 FROM exchange_inbox WHERE edxml_document_id = ? AND "
                                               "business_doc_type = 0"),
                                {package.documentId});
            if (!seen)
                return seen.error();
            if (seen->next()) {
                outcome = Outcome::Duplicate; // the same document delivered again (e.g. re-sent by its sender)
                return {};
            }
        }
        auto insert = db.exec(
            QStringLiteral(
                "INSERT INTO exchange_inbox (hub_doc_id, edxml_document_id, business_doc_type, business_reason, "
                "from_organ_id, from_organ_name, code_number, code_notation, promulgation_date, type_name, subject, "
                "signer_full_name, priority, due_date, page_amount, package_sha256, package_size, state, received_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?)"),
            {hubDocId, package.documentId, businessType, package.business.reason, package.from.organId,
             package.from.organName, package.codeNumber, package.codeNotation, isoDate(package.promulgationDate),
             package.typeName, package.subject, package.signer.fullName, package.priority, isoDate(package.dueDate),
             package.pageAmount > 0 ? QVariant(package.pageAmount) : QVariant(), packageBlob.sha256, packageBlob.size,
             now});
        if (!insert)
            return insert.error();
        const qint64 inboxId = insert->lastInsertId().toLongLong();
        for (int i = 0; i < files.size() && i < package.attachments.size(); ++i) {
            const edxml::Attachment& a = package.attachments[i];
            auto f = db.exec(QStringLiteral("INSERT INTO exchange_inbox_files (inbox_id, position, name, content_type, "
                                            "size, sha256) VALUES (?, ?, ?, ?, ?, ?)"),
                             {inboxId, i, a.name, a.contentType, files[i].size, files[i].sha256});
            if (!f)
                return f.error();
        }
        InboxItem item;
        item.fromOrganId = package.from.organId;
        item.fromOrganName = package.from.organName;
        item.codeNumber = package.codeNumber;
        item.codeNotation = package.codeNotation;
        item.promulgationDate = package.promulgationDate;
        item.edxmlDocumentId = package.documentId;
        return ExchangeOutbox(m_ws, m_clock).queueStatus(inboxId, targetOf(item), QStringLiteral("01"), {}, {});
    });
    if (!saved)
        return saved.error();
    return outcome;
}

Result<ExchangeInbox::Outcome> ExchangeInbox::recordStatus(const QString& hubDocId,
                                                           const edxml::StatusPackage& status) {
    Database& db = m_ws.database();
    const QString now = iso(m_clock.now());
    Outcome outcome = Outcome::Stored;
    const Status saved = db.write([&]() -> Status {
        auto receipt = db.exec(QStringLiteral("INSERT INTO exchange_received (hub_doc_id, message_type, outcome, "
                                              "received_at) VALUES (?, 'status', 'done', ?)"),
                               {hubDocId, now});
        if (!receipt)
            return receipt.error();
        bool anyNew = false;
        for (const edxml::ResponseFor& about : status.responseFor) {
            auto insert = db.exec(
                QStringLiteral("INSERT INTO exchange_status_received (edxml_document_id, status_code, from_organ_id, "
                               "description, staff, status_time, received_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT "
                               "DO NOTHING"),
                {about.documentId, status.statusCode, status.from.organId, status.description, status.staff.staff,
                 status.timestamp.isValid() ? QVariant(iso(status.timestamp)) : QVariant(), now});
            if (!insert)
                return insert.error();
            if (insert->numRowsAffected() == 0)
                continue; // this status was already received
            anyNew = true;
            const std::optional<StateStep> step = stepFor(status.statusCode);
            if (!step)
                continue; // 13/15/16 are recorded only
            auto rows = db.exec(QStringLiteral("SELECT r.id, r.state, r.document_id FROM exchange_recipients r JOIN "
                                               "exchange_outbox o ON o.id = r.outbox_id WHERE o.edxml_document_id = ? "
                                               "AND r.organ_id = ?"),
                                {about.documentId, status.from.organId});
            if (!rows)
                return rows.error();
            QList<std::pair<qint64, qint64>> forward;
            while (rows->next())
                if (step->rank > rankOf(rows->value(1).toString()))
                    forward << std::pair{rows->value(0).toLongLong(), rows->value(2).toLongLong()};
            rows->finish();
            for (const auto& [recipientId, documentId] : forward) {
                auto u = db.exec(
                    QStringLiteral("UPDATE exchange_recipients SET state = ?, status_code = ?, reason = ?, "
                                   "updated_at = ? WHERE id = ?"),
                    {step->state, status.statusCode,
                     status.statusCode == QLatin1String("02") ? status.description : QString(), now, recipientId});
                if (!u)
                    return u.error();
                const QJsonObject details{{QStringLiteral("organId"), status.from.organId},
                                          {QStringLiteral("statusCode"), status.statusCode},
                                          {QStringLiteral("description"), status.description}};
                auto h = db.exec(
                    QStringLiteral("INSERT INTO document_history (document_id, at, user_id, action, "
                                   "details) VALUES (?, ?, NULL, 'exchange-status', ?)"),
                    {documentId, now, QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact))});
                if (!h)
                    return h.error();
            }
        }
        if (!anyNew)
            outcome = Outcome::Duplicate;
        return {};
    });
    if (!saved)
        return saved.error();
    return outcome;
}

Status ExchangeInbox::recordFailure(const QString& hubDocId, const QString& messageType, const QString& reason) {
    auto q = m_ws.database().exec(QStringLiteral("INSERT INTO exchange_received (hub_doc_id, message_type, outcome, "
                                                 "reason, received_at) VALUES (?, ?, 'fail', ?, ?) ON CONFLICT DO "
                                                 "NOTHING"),
                                  {hubDocId, messageType, reason.left(1000), iso(m_clock.now())});
    if (!q)
        return q.error();
    return {};
}

Result<std::optional<ReceivedRecord>> ExchangeInbox::received(const QString& hubDocId) {
    auto q = m_ws.database().exec(
        QStringLiteral("SELECT outcome, reason, acked_at IS NOT NULL FROM exchange_received WHERE hub_doc_id = ?"),
        {hubDocId});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<ReceivedRecord>();
    return std::optional<ReceivedRecord>(
        ReceivedRecord{q->value(0).toString(), q->value(1).toString(), q->value(2).toBool()});
}

Status ExchangeInbox::markAcknowledged(const QStringList& hubDocIds) {
    Database& db = m_ws.database();
    const QString now = iso(m_clock.now());
    return db.write([&]() -> Status {
        for (const QString& id : hubDocIds) {
            auto q = db.exec(
                QStringLiteral("UPDATE exchange_received SET acked_at = ? WHERE hub_doc_id = ? AND acked_at IS NULL"),
                {now, id});
            if (!q)
                return q.error();
        }
        return {};
    });
}

Result<QList<InboxItem>> ExchangeInbox::items(const QString& state) {
    return select(state.isEmpty() ? QString() : QStringLiteral("WHERE state = ? "),
                  state.isEmpty() ? QVariantList{} : QVariantList{state});
}

Result<QList<InboxItem>> ExchangeInbox::select(const QString& where, const QVariantList& bind) {
    auto q = m_ws.database().exec(
        QStringLiteral("SELECT id, hub_doc_id, edxml_document_id, business_doc_type, business_reason, from_organ_id, "
                       "from_organ_name, code_number, code_notation, promulgation_date, type_name, subject, "
                       "signer_full_name, priority, due_date, page_amount, package_sha256, state, reason, "
                       "registered_document_id, received_at FROM exchange_inbox ") +
            where + QStringLiteral("ORDER BY id"),
        bind);
    if (!q)
        return q.error();
    QList<InboxItem> items;
    while (q->next()) {
        InboxItem i;
        i.id = q->value(0).toLongLong();
        i.hubDocId = q->value(1).toString();
        i.edxmlDocumentId = q->value(2).toString();
        i.businessDocType = q->value(3).toInt();
        i.businessReason = q->value(4).toString();
        i.fromOrganId = q->value(5).toString();
        i.fromOrganName = q->value(6).toString();
        i.codeNumber = q->value(7).toString();
        i.codeNotation = q->value(8).toString();
        i.promulgationDate = QDate::fromString(q->value(9).toString(), Qt::ISODate);
        i.typeName = q->value(10).toString();
        i.subject = q->value(11).toString();
        i.signerFullName = q->value(12).toString();
        i.priority = q->value(13).toInt();
        i.dueDate = QDate::fromString(q->value(14).toString(), Qt::ISODate);
        i.pageAmount = q->value(15).toInt();
        i.packageSha256 = q->value(16).toString();
        i.state = q->value(17).toString();
        i.reason = q->value(18).toString();
        i.registeredDocumentId = q->value(19).toLongLong();
        i.receivedAt = QDateTime::fromString(q->value(20).toString(), Qt::ISODate);
        items << i;
    }
    q->finish();
    for (InboxItem& i : items) {
        auto f = m_ws.database().exec(QStringLiteral("SELECT position, name, content_type, size, sha256 FROM "
                                                     "exchange_inbox_files WHERE inbox_id = ? ORDER BY position"),
                                      {i.id});
        if (!f)
            return f.error();
        while (f->next())
            i.files << InboxFile{f->value(0).toInt(), f->value(1).toString(), f->value(2).toString(),
                                 f->value(3).toLongLong(), f->value(4).toString()};
    }
    return items;
}

Result<InboxItem> ExchangeInbox::get(qint64 id) {
    Result<QList<InboxItem>> found = select(QStringLiteral("WHERE id = ? "), {id});
    if (!found)
        return found.error();
    if (!found->isEmpty())
        return found->first();
    return Error{ErrorCode::NotFound, tr("There is no received package %1.").arg(id)};
}

Result<InboxItem> ExchangeInbox::pendingItem(qint64 inboxId) {
    Result<InboxItem> item = get(inboxId);
    if (!item)
        return item.error();
    if (item->state != QLatin1String("pending"))
        return Error{
            ErrorCode::Conflict,
            item->state == QLatin1String("accepted")
                ? tr("Package %1 was already registered (document %2).").arg(inboxId).arg(item->registeredDocumentId)
                : tr("Package %1 was already returned to its sender.").arg(inboxId)};
    return item;
}

Result<Registration> ExchangeInbox::accept(const User& actor, qint64 inboxId, const QString& bookId,
                                           bool forceDuplicate) {
    if (!actor.mayRegisterDocuments())
        return Error{ErrorCode::Permission,
                     tr("Only a records clerk (văn thư) or an administrator can register documents.")};
    Result<InboxItem> item = pendingItem(inboxId);
    if (!item)
        return item.error();
    Database& db = m_ws.database();
    const QString now = iso(m_clock.now());

    if (item->businessDocType == int(edxml::BusinessDocType::Revoke)) {
        // A revoke order: the clerk agrees (03); the revoked document stays, with the order in its history.
        Registration none;
        const Status saved = db.write([&]() -> Status {
            auto revoked = db.exec(QStringLiteral("SELECT registered_document_id FROM exchange_inbox WHERE "
                                                  "edxml_document_id = ? AND state = 'accepted' AND "
                                                  "registered_document_id IS NOT NULL"),
                                   {item->edxmlDocumentId});
            if (!revoked)
                return revoked.error();
            QList<qint64> documents;
            while (revoked->next())
                documents << revoked->value(0).toLongLong();
            revoked->finish();
            for (qint64 documentId : documents) {
                const QJsonObject details{{QStringLiteral("reason"), item->businessReason},
                                          {QStringLiteral("organId"), item->fromOrganId}};
                auto h = db.exec(QStringLiteral("INSERT INTO document_history (document_id, at, user_id, action, "
                                                "details) VALUES (?, ?, ?, 'revoked-by-sender', ?)"),
                                 {documentId, now, actor.id,
                                  QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact))});
                if (!h)
                    return h.error();
                none.id = documentId;
            }
            auto u = db.exec(QStringLiteral("UPDATE exchange_inbox SET state = 'accepted', decided_at = ?, decided_by "
                                            "= ?, registered_document_id = ? WHERE id = ?"),
                             {now, actor.id, none.id ? QVariant(none.id) : QVariant(), inboxId});
            if (!u)
                return u.error();
            return ExchangeOutbox(m_ws, m_clock)
                .queueStatus(inboxId, targetOf(item.value()), QStringLiteral("03"), {}, actor.fullName);
        });
        if (!saved)
            return saved.error();
        return none;
    }

    IncomingDraft draft;
    draft.code = item->code();
    draft.issuedDate = item->promulgationDate;
    draft.typeName = item->typeName;
    draft.subject = item->subject;
    draft.organId = item->fromOrganId;
    draft.organName = item->fromOrganName;
    draft.signerFullName = item->signerFullName;
    draft.priority = Priority(std::clamp(item->priority, 0, 3));
    draft.dueDate = item->dueDate;
    draft.pageAmount = item->pageAmount;
    draft.arrivalDate = item->receivedAt;
    draft.bookId = bookId;
    draft.forceDuplicate = forceDuplicate;
    StoredFiles stored;
    for (const InboxFile& f : item->files) {
        draft.files << m_ws.blobs().pathOf(f.sha256);
        stored.blobs << StoredBlob{f.sha256, f.size};
        stored.names << f.name;
    }
    Registration registration;
    const Status saved = db.write([&]() -> Status {
        Result<Registration> r = IncomingRegistry(m_ws, m_clock).registerDocument(actor, draft, stored);
        if (!r)
            return r.error();
        registration = r.value();
        auto u = db.exec(QStringLiteral("UPDATE exchange_inbox SET state = 'accepted', decided_at = ?, decided_by = ?, "
                                        "registered_document_id = ? WHERE id = ? AND state = 'pending'"),
                         {now, actor.id, registration.id, inboxId});
        if (!u)
            return u.error();
        if (u->numRowsAffected() != 1)
            return Error{ErrorCode::Conflict, tr("Package %1 was handled by someone else meanwhile.").arg(inboxId)};
        const QJsonObject details{{QStringLiteral("hubDocId"), item->hubDocId},
                                  {QStringLiteral("documentId"), item->edxmlDocumentId}};
        auto h = db.exec(
            QStringLiteral("INSERT INTO document_history (document_id, at, user_id, action, details) "
                           "VALUES (?, ?, ?, 'received-from-exchange', ?)"),
            {registration.id, now, actor.id, QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact))});
        if (!h)
            return h.error();
        return ExchangeOutbox(m_ws, m_clock)
            .queueStatus(inboxId, targetOf(item.value()), QStringLiteral("03"), {}, actor.fullName);
    });
    if (!saved)
        return saved.error();
    return registration;
}

Status ExchangeInbox::returnToSender(const User& actor, qint64 inboxId, const QString& reason) {
    if (!actor.mayRegisterDocuments())
        return Error{ErrorCode::Permission,
                     tr("Only a records clerk (văn thư) or an administrator can return a received document.")};
    if (reason.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("reason"),
                              tr("Give the reason for returning the document; the sender will read it."));
    Result<InboxItem> item = pendingItem(inboxId);
    if (!item)
        return item.error();
    Database& db = m_ws.database();
    const QString now = iso(m_clock.now());
    return db.write([&]() -> Status {
        auto u = db.exec(QStringLiteral("UPDATE exchange_inbox SET state = 'returned', reason = ?, decided_at = ?, "
                                        "decided_by = ? WHERE id = ? AND state = 'pending'"),
                         {reason.trimmed(), now, actor.id, inboxId});
        if (!u)
            return u.error();
        if (u->numRowsAffected() != 1)
            return Error{ErrorCode::Conflict, tr("Package %1 was handled by someone else meanwhile.").arg(inboxId)};
        return ExchangeOutbox(m_ws, m_clock)
            .queueStatus(inboxId, targetOf(item.value()), QStringLiteral("02"), reason.trimmed(), actor.fullName);
    });
}

} // namespace vanban
