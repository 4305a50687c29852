#pragma once
// Reading documents: one with its files and history, pages of a register (sorted and filtered in SQL, keyset
// friendly), counts. Writing happens in the registries.

#include "common/Result.h"
#include "model/Document.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <optional>

namespace vanban {

// Subject sorts by document type (the column shows "type: subject"); every order ends with the id.
enum class RegisterColumn {
    Number,
    ArrivalDate,
    Organ,
    Code,
    IssuedDate,
    Subject,
    DueDate,
    Priority,
    Status,
    Signer,     // outgoing register
    Recipients, // outgoing register (nơi nhận)
};

struct RegisterQuery {
    Direction direction = Direction::Incoming;
    std::optional<int> year;
    QString status;
    QList<qint64> ids; // when set, only these documents (search results), in this order unless sorted
    RegisterColumn sortColumn = RegisterColumn::Number;
    bool descending = true;
    // Number order with the secret documents' own sequence after the others (printed registers), instead of
    // both sequences interleaved (the window).
    bool secretSequenceLast = false;
    int limit = 100;
    int offset = 0;
};

struct RegisterPage {
    qint64 total = 0;
    QList<Document> items;
};

class DocumentRepository {
    Q_DECLARE_TR_FUNCTIONS(DocumentRepository)

public:
    explicit DocumentRepository(Database& db)
        : m_db(db) {}

    Result<Document> get(qint64 id, bool withFiles = true);
    // A document of the given direction with its files (e.g. an outgoing document for the exchange engine);
    // NotFound when the id is a document of the other direction.
    Result<Document> get(qint64 id, Direction direction, bool withFiles = true);
    Result<QList<Document>> getMany(const QList<qint64>& ids);
    Result<QList<HistoryEntry>> history(qint64 id);
    Result<qint64> count(const RegisterQuery& query);
    Result<QList<Document>> page(const RegisterQuery& query);
    Result<RegisterPage> list(const RegisterQuery& query);
    Result<QList<int>> years(Direction direction);

    static const QString& columns();
    static Document fromRow(const class QSqlQuery& q);

private:
    QString whereClause(const RegisterQuery& query, QVariantList& bind) const;
    Result<QList<DocumentFile>> files(qint64 id);
    Database& m_db;
};

} // namespace vanban
