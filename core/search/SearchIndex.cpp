#include "search/SearchIndex.h"

#include "search/VietnameseFolding.h"

namespace vanban {

QString SearchIndex::metadataText(const Document& doc) {
    const QStringList parts = {doc.code(), doc.typeName, doc.subject, doc.organName, doc.organId, doc.signerFullName};
    return VietnameseFolding::fold(parts.join(QLatin1Char(' ')));
}

Status SearchIndex::indexMetadata(Database& db, const Document& doc) {
    auto q = db.exec(QStringLiteral("INSERT INTO document_search (rowid, meta, body) VALUES (?, ?, '')"),
                     {doc.id, metadataText(doc)});
    return q ? Status{} : Status{q.error()};
}

Status SearchIndex::setBodyText(Database& db, qint64 documentId, const QString& text) {
    auto q = db.exec(QStringLiteral("UPDATE document_search SET body = ? WHERE rowid = ?"),
                     {VietnameseFolding::fold(text), documentId});
    return q ? Status{} : Status{q.error()};
}

Status SearchIndex::rebuildMetadata(Database& db) {
    auto del = db.exec(QStringLiteral("DELETE FROM document_search"));
    if (!del)
        return del.error();
    auto q = db.exec(QStringLiteral("SELECT id, code_number, code_notation, type_name, subject, organ_name, organ_id, "
                                    "signer_full_name FROM documents"));
    if (!q)
        return q.error();
    while (q->next()) {
        Document d;
        d.id = q->value(0).toLongLong();
        d.codeNumber = q->value(1).toString();
        d.codeNotation = q->value(2).toString();
        d.typeName = q->value(3).toString();
        d.subject = q->value(4).toString();
        d.organName = q->value(5).toString();
        d.organId = q->value(6).toString();
        d.signerFullName = q->value(7).toString();
        if (Status s = indexMetadata(db, d); !s)
            return s;
    }
    return {};
}

QString SearchIndex::matchExpression(const QString& query) {
    const QStringList words = VietnameseFolding::words(query);
    QStringList terms;
    for (int i = 0; i < words.size(); ++i) {
        const bool prefix = i == words.size() - 1 && words[i].size() >= 2;
        terms << QLatin1Char('"') + words[i] + (prefix ? QStringLiteral("\"*") : QStringLiteral("\""));
    }
    return terms.join(QLatin1Char(' '));
}

Result<SearchHits> SearchIndex::search(Database& db, const QString& query, const SearchFilters& filters, int limit,
                                       int offset) {
    const QString match = matchExpression(query);
    if (match.isEmpty())
        return Error::invalid(QStringLiteral("query"), tr("The search text has no letters or digits."));

    QString where;
    QVariantList bind{match};
    if (filters.direction) {
        where += QStringLiteral(" AND d.direction = ?");
        bind << Enums::code(*filters.direction);
    }
    if (filters.year) {
        where += QStringLiteral(" AND d.year = ?");
        bind << *filters.year;
    }
    if (!filters.typeName.isEmpty()) {
        where += QStringLiteral(" AND d.type_name = ?");
        bind << filters.typeName;
    }
    if (!filters.organ.isEmpty()) {
        where += QStringLiteral(" AND (d.organ_id = ? OR d.organ_name = ?)");
        bind << filters.organ << filters.organ;
    }
    if (filters.priority) {
        where += QStringLiteral(" AND d.priority = ?");
        bind << int(*filters.priority);
    }
    if (filters.arrivedFrom.isValid()) {
        where += QStringLiteral(" AND d.arrival_date >= ?");
        bind << filters.arrivedFrom.toString(Qt::ISODate);
    }
    if (filters.arrivedTo.isValid()) {
        where += QStringLiteral(" AND d.arrival_date < ?");
        bind << filters.arrivedTo.addDays(1).toString(Qt::ISODate);
    }
    const bool filtered = !where.isEmpty();
    const QString from = filtered
                             ? QStringLiteral(" FROM document_search JOIN documents d ON d.id = document_search.rowid"
                                              " WHERE document_search MATCH ?")
                             : QStringLiteral(" FROM document_search WHERE document_search MATCH ?");

    SearchHits hits;
    // Counting every match of a broad query costs more than the page itself (a million documents, common
    // words), so the count stops at kCountCap; beyond it the total is reported as "more than".
    {
        QVariantList countBind = bind;
        countBind << kCountCap + 1;
        auto count = db.exec(
            QStringLiteral("SELECT count(*) FROM (SELECT 1") + from + where + QStringLiteral(" LIMIT ?)"), countBind);
        if (!count)
            return count.error();
        if (count->next())
            hits.total = count->value(0).toLongLong();
    }
    if (hits.total > kCountCap) {
        hits.total = kCountCap;
        hits.totalExact = false;
    }
    if (hits.total == 0)
        return hits;

    hits.rankedByRelevance = hits.totalExact && hits.total <= kRankLimit;
    // Metadata weighs 4× body text; ties go to the newest document.
    const QString order = hits.rankedByRelevance
                              ? QStringLiteral(" ORDER BY bm25(document_search, 4.0, 1.0), document_search.rowid DESC")
                              : QStringLiteral(" ORDER BY document_search.rowid DESC");
    QVariantList pageBind = bind;
    pageBind << limit << offset;
    auto page = db.exec(QStringLiteral("SELECT document_search.rowid") + from + where + order +
                            QStringLiteral(" LIMIT ? OFFSET ?"),
                        pageBind);
    if (!page)
        return page.error();
    while (page->next())
        hits.ids << page->value(0).toLongLong();
    return hits;
}

} // namespace vanban
