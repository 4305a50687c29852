#pragma once
// Every blob the database refers to: the files of documents, and the exchange's packages and received files.
// `check` verifies them and `backup` copies them; a new table holding blob digests must be added here.

#include <QString>

namespace vanban {

struct BlobReferences {
    // Rows of (sha256, a file name, the owner — "document 12", "outbox 3", "inbox 5"), one per distinct blob.
    static QString query() {
        return QStringLiteral("SELECT sha256, min(name), min(owner) FROM ("
                              "SELECT sha256, name, 'document ' || document_id AS owner FROM document_files "
                              "UNION ALL SELECT package_sha256, 'edXML', 'outbox ' || id FROM exchange_outbox "
                              "UNION ALL SELECT package_sha256, 'edXML', 'inbox ' || id FROM exchange_inbox "
                              "UNION ALL SELECT sha256, name, 'inbox ' || inbox_id FROM exchange_inbox_files"
                              ") GROUP BY sha256 ORDER BY sha256");
    }
    static QString count() { return QStringLiteral("SELECT count(*) FROM (") + query() + QLatin1Char(')'); }
};

} // namespace vanban
