#pragma once
// What the incoming and the outgoing register share besides their numbers (registry/NumberSequence): the checks
// of the common fields (type, subject, signer, pages, files), copying files into the blob store, and writing a
// document's files and history rows inside the registration transaction.

#include "common/Result.h"
#include "storage/BlobStore.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace vanban {

// A draft's files already copied into the blob store (the slow part of a registration, which a window does on a
// worker thread before the short database transaction).
struct StoredFiles {
    QList<StoredBlob> blobs;
    QStringList names;
};

class RegistryCommon {
    Q_DECLARE_TR_FUNCTIONS(RegistryCommon)

public:
    // The type of Nghị định 30 a typed name means ("cong van" → "Công văn"); empty when none.
    static QString canonicalType(const QString& typeName);

    // Each returns an Error::invalid naming the field ("type", "subject", "signer", "pages", "file").
    static Status checkType(const QString& typeName);
    static Status checkSubject(const QString& subject);
    static Status checkSignerName(const QString& fullName);
    static Status checkPages(int pageAmount);
    // Every file readable; the first (the main document) a PDF.
    static Status checkFiles(const QStringList& paths);

    // Copies files into the blob store. Touches no database: safe on any thread.
    static Result<StoredFiles> storeFiles(const BlobStore& store, const QStringList& paths);

    // Inside the registration transaction: the document's file rows (the first is the main document, its text
    // waits for the indexer) and one history entry.
    static Status saveFiles(Database& db, qint64 documentId, const StoredFiles& files);
    static Status saveHistory(Database& db, qint64 documentId, const QString& at, qint64 userId, const QString& action,
                              const QJsonObject& details);
};

} // namespace vanban
