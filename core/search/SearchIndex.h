#pragma once
// Full-text search over subject, số/ký hiệu, sender, signer, type (the "meta" column) and the text of the main
// PDF (the "body" column), folded with VietnameseFolding. Ranked by bm25 with metadata weighted above body text.

#include "common/Result.h"
#include "model/Document.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <optional>

namespace vanban {

struct SearchFilters {
    std::optional<Direction> direction;
    std::optional<int> year;
    QString typeName;
    QString organ; // organ id, or a folded part of the sender's name
    std::optional<Priority> priority;
    QDate arrivedFrom;
    QDate arrivedTo;
};

struct SearchHits {
    qint64 total = 0;
    bool totalExact = true;        // false: more than `total` (filtered counts stop at kCountCap)
    bool rankedByRelevance = true; // false: a broad query, newest matches first
    QList<qint64> ids;
};

class SearchIndex {
    Q_DECLARE_TR_FUNCTIONS(SearchIndex)

public:
    static QString metadataText(const Document& doc);
    static Status indexMetadata(Database& db, const Document& doc);
    static Status setBodyText(Database& db, qint64 documentId, const QString& text);
    static Status rebuildMetadata(Database& db);

    // Queries matching more documents than this list the newest matches first instead of ranking them all
    // by bm25 (ranking cost grows with the number of matches; on a broad query relevance is flat anyway).
    static constexpr qint64 kRankLimit = 2000;
    // Queries count their matches up to this number.
    static constexpr qint64 kCountCap = 10000;

    // FTS5 MATCH expression for a user's query: every folded word must occur; the last one may be unfinished
    // (typing) and matches as a prefix when it has two or more characters.
    static QString matchExpression(const QString& query);

    static Result<SearchHits> search(Database& db, const QString& query, const SearchFilters& filters, int limit,
                                     int offset = 0);
};

} // namespace vanban
