#include "documents/DocumentRepository.h"

#include <QSqlQuery>

namespace vanban {

const QString& DocumentRepository::columns() {
    static const QString cols = QStringLiteral(
        "d.id, d.direction, d.book_id, d.year, d.number, d.secret_sequence, d.arrival_date, d.code_number, "
        "d.code_notation, "
        "d.issued_date, d.type_name, d.subject, d.organ_id, d.organ_name, d.signer_full_name, d.priority, d.secrecy, "
        "d.due_date, d.page_amount, d.status, d.signer_position, d.to_places");
    return cols;
}

Document DocumentRepository::fromRow(const QSqlQuery& q) {
    Document d;
    d.id = q.value(0).toLongLong();
    d.direction = q.value(1).toString() == QLatin1String("outgoing") ? Direction::Outgoing : Direction::Incoming;
    d.bookId = q.value(2).toString();
    d.year = q.value(3).toInt();
    d.number = q.value(4).toInt();
    d.secretSequence = q.value(5).toBool();
    d.arrivalDate = QDateTime::fromString(q.value(6).toString(), Qt::ISODate);
    d.codeNumber = q.value(7).toString();
    d.codeNotation = q.value(8).toString();
    d.issuedDate = QDate::fromString(q.value(9).toString(), Qt::ISODate);
    d.typeName = q.value(10).toString();
    d.subject = q.value(11).toString();
    d.organId = q.value(12).toString();
    d.organName = q.value(13).toString();
    d.signerFullName = q.value(14).toString();
    d.priority = Priority(qBound(0, q.value(15).toInt(), 3));
    d.secrecy = Secrecy(qBound(0, q.value(16).toInt(), 3));
    d.dueDate = QDate::fromString(q.value(17).toString(), Qt::ISODate);
    d.pageAmount = q.value(18).toInt();
    d.status = q.value(19).toString();
    d.signerPosition = q.value(20).toString();
    d.toPlaces = q.value(21).toString();
    return d;
}

Result<QList<DocumentFile>> DocumentRepository::files(qint64 id) {
    auto q =
        m_db.exec(QStringLiteral("SELECT f.id, f.position, f.name, f.size, f.sha256, f.text_state, "
                                 "f.signature_state, c.report FROM document_files f LEFT JOIN "
                                 "document_signature_checks c ON c.file_id = f.id WHERE f.document_id = ? ORDER BY "
                                 "f.position"),
                  {id});
    if (!q)
        return q.error();
    QList<DocumentFile> out;
    while (q->next())
        out << DocumentFile{q->value(0).toLongLong(), q->value(1).toInt(),    q->value(2).toString(),
                            q->value(3).toLongLong(), q->value(4).toString(), q->value(5).toString(),
                            q->value(6).toString(),   q->value(7).toString()};
    return out;
}

Result<Document> DocumentRepository::get(qint64 id, bool withFiles) {
    auto q =
        m_db.exec(QStringLiteral("SELECT ") + columns() + QStringLiteral(" FROM documents d WHERE d.id = ?"), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return Error{ErrorCode::NotFound, tr("There is no document with id %1.").arg(id)};
    Document d = fromRow(*q);
    if (withFiles) {
        auto f = files(id);
        if (!f)
            return f.error();
        d.files = *f;
    }
    return d;
}

Result<Document> DocumentRepository::get(qint64 id, Direction direction, bool withFiles) {
    auto doc = get(id, withFiles);
    if (doc && doc->direction != direction)
        return Error{ErrorCode::NotFound, direction == Direction::Outgoing
                                              ? tr("There is no outgoing document with id %1.").arg(id)
                                              : tr("There is no incoming document with id %1.").arg(id)};
    return doc;
}

Result<QList<Document>> DocumentRepository::getMany(const QList<qint64>& ids) {
    QList<Document> out;
    if (ids.isEmpty())
        return out;
    QStringList marks;
    QVariantList bind;
    for (qint64 id : ids) {
        marks << QStringLiteral("?");
        bind << id;
    }
    auto q = m_db.exec(QStringLiteral("SELECT ") + columns() + QStringLiteral(" FROM documents d WHERE d.id IN (") +
                           marks.join(QLatin1Char(',')) + QLatin1Char(')'),
                       bind);
    if (!q)
        return q.error();
    QHash<qint64, Document> byId;
    while (q->next()) {
        Document d = fromRow(*q);
        byId.insert(d.id, d);
    }
    for (qint64 id : ids)
        if (byId.contains(id))
            out << byId.value(id);
    return out;
}

Result<QList<HistoryEntry>> DocumentRepository::history(qint64 id) {
    auto q = m_db.exec(QStringLiteral("SELECT h.at, u.login, u.full_name, h.action, h.details FROM document_history h "
                                      "LEFT JOIN users u ON u.id = h.user_id WHERE h.document_id = ? ORDER BY h.id"),
                       {id});
    if (!q)
        return q.error();
    QList<HistoryEntry> out;
    while (q->next())
        out << HistoryEntry{QDateTime::fromString(q->value(0).toString(), Qt::ISODate), q->value(1).toString(),
                            q->value(2).toString(), q->value(3).toString(), q->value(4).toString()};
    return out;
}

QString DocumentRepository::whereClause(const RegisterQuery& query, QVariantList& bind) const {
    QString where = QStringLiteral(" WHERE d.direction = ?");
    bind << Enums::code(query.direction);
    if (query.year) {
        where += QStringLiteral(" AND d.year = ?");
        bind << *query.year;
    }
    if (!query.status.isEmpty()) {
        where += QStringLiteral(" AND d.status = ?");
        bind << query.status;
    }
    if (!query.ids.isEmpty()) {
        QStringList marks;
        for (qint64 id : query.ids) {
            marks << QStringLiteral("?");
            bind << id;
        }
        where += QStringLiteral(" AND d.id IN (") + marks.join(QLatin1Char(',')) + QLatin1Char(')');
    }
    return where;
}

Result<qint64> DocumentRepository::count(const RegisterQuery& query) {
    QVariantList bind;
    const QString where = whereClause(query, bind);
    auto q = m_db.exec(QStringLiteral("SELECT count(*) FROM documents d") + where, bind);
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

Result<QList<Document>> DocumentRepository::page(const RegisterQuery& query) {
    QVariantList bind;
    const QString where = whereClause(query, bind);
    const QString dir = query.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QString order;
    switch (query.sortColumn) {
    case RegisterColumn::Number:
        order = QStringLiteral("d.year") + dir +
                (query.secretSequenceLast ? QStringLiteral(", d.secret_sequence") : QString()) +
                QStringLiteral(", d.number") + dir;
        break;
    case RegisterColumn::ArrivalDate:
        order = QStringLiteral("d.arrival_date") + dir;
        break;
    case RegisterColumn::Organ:
        order = QStringLiteral("d.organ_name") + dir;
        break;
    case RegisterColumn::Code:
        order = QStringLiteral("d.code_notation") + dir + QStringLiteral(", d.code_number") + dir;
        break;
    case RegisterColumn::IssuedDate:
        order = QStringLiteral("d.issued_date") + dir;
        break;
    case RegisterColumn::Subject:
        order = QStringLiteral("d.type_name") + dir;
        break; // grouped by type, see schema 3
    case RegisterColumn::DueDate:
        order = QStringLiteral("d.due_date") + dir;
        break;
    case RegisterColumn::Priority:
        order = QStringLiteral("d.priority") + dir;
        break;
    case RegisterColumn::Status:
        order = QStringLiteral("d.status") + dir;
        break;
    case RegisterColumn::Signer:
        order = QStringLiteral("d.signer_full_name") + dir;
        break;
    case RegisterColumn::Recipients:
        order = QStringLiteral("d.to_places") + dir;
        break;
    }
    order += QStringLiteral(", d.id") + dir;
    bind << query.limit << query.offset;
    auto q = m_db.exec(QStringLiteral("SELECT ") + columns() + QStringLiteral(" FROM documents d") + where +
                           QStringLiteral(" ORDER BY ") + order + QStringLiteral(" LIMIT ? OFFSET ?"),
                       bind);
    if (!q)
        return q.error();
    QList<Document> out;
    while (q->next())
        out << fromRow(*q);
    return out;
}

Result<RegisterPage> DocumentRepository::list(const RegisterQuery& query) {
    auto total = count(query);
    if (!total)
        return total.error();
    auto items = page(query);
    if (!items)
        return items.error();
    return RegisterPage{*total, *items};
}

Result<QList<int>> DocumentRepository::years(Direction direction) {
    auto q = m_db.exec(QStringLiteral("SELECT DISTINCT year FROM documents WHERE direction = ? ORDER BY year DESC"),
                       {Enums::code(direction)});
    if (!q)
        return q.error();
    QList<int> out;
    while (q->next())
        out << q->value(0).toInt();
    return out;
}

} // namespace vanban
