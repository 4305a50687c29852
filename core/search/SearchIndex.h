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
    QList<qint64> ids; // best match first
};

class SearchIndex {
    Q_DECLARE_TR_FUNCTIONS(SearchIndex)

public:
    static QString metadataText(const Document& doc);
    static Status indexMetadata(Database& db, const Document& doc);
    static Status setBodyText(Database& db, qint64 documentId, const QString& text);
    static Status rebuildMetadata(Database& db);

    // FTS5 MATCH expression for a user's query: every folded word must occur, each as a prefix.
    static QString matchExpression(const QString& query);

    static Result<SearchHits> search(Database& db, const QString& query, const SearchFilters& filters, int limit,
                                     int offset = 0);
};

} // namespace vanban
