#include "search/TextIndexer.h"

#include "search/SearchIndex.h"

namespace vanban {

Result<int> TextIndexer::indexPending(int max) {
    Database& db = m_ws.database();
    auto q = db.exec(
        QStringLiteral(
            "SELECT id, document_id, sha256 FROM document_files WHERE text_state = 'pending' ORDER BY id LIMIT ?"),
        {max});
    if (!q)
        return q.error();
    struct Pending {
        qint64 fileId, documentId;
        QString sha;
    };
    QList<Pending> pending;
    while (q->next())
        pending << Pending{q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toString()};
    for (const Pending& p : pending) {
        // Extraction happens outside any transaction: it may take seconds for a large scan.
        Result<QString> text = m_extractor.extractText(m_ws.blobs().pathOf(p.sha));
        Status saved = db.write([&]() -> Status {
            if (text) {
                if (Status s = SearchIndex::setBodyText(db, p.documentId, *text); !s)
                    return s;
            }
            auto u = db.exec(QStringLiteral("UPDATE document_files SET text_state = ? WHERE id = ?"),
                             {text ? (text->trimmed().isEmpty() ? QStringLiteral("none") : QStringLiteral("done"))
                                   : QStringLiteral("failed"),
                              p.fileId});
            return u ? Status{} : Status{u.error()};
        });
        if (!saved)
            return saved.error();
    }
    return int(pending.size());
}

} // namespace vanban
