#pragma once
// Content-addressed file store: blobs/ab/abcdef… named by the SHA-256 of their bytes. Files are written to a
// temporary name, flushed, and renamed into place, so a crash leaves either the whole blob or nothing. Reading
// checks the digest.

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <memory>

class QTemporaryFile;

namespace vanban {

struct StoredBlob {
    QString sha256; // lower-case hex
    qint64 size = 0;
};

class BlobStore {
    Q_DECLARE_TR_FUNCTIONS(BlobStore)

public:
    explicit BlobStore(QString root);

    // Copies a file into the store (streaming; large files are fine).
    Result<StoredBlob> addFile(const QString& sourcePath);
    Result<StoredBlob> addBytes(const QByteArray& bytes);

    QString pathOf(const QString& sha256) const;
    bool contains(const QString& sha256) const;

    // Reads a blob and verifies its digest.
    Result<QByteArray> read(const QString& sha256) const;
    // Verifies a blob's digest without keeping its bytes.
    Status verify(const QString& sha256) const;
    // Copies a blob out to a file (atomically), verifying the digest on the way.
    Status exportTo(const QString& sha256, const QString& targetPath) const;

    // A temporary file inside the store (same file system), for content written elsewhere (a download, a built
    // package) and then adopted without a copy.
    Result<std::unique_ptr<QTemporaryFile>> createTemp() const;
    // Hashes a temporary file made by createTemp() and moves it into the store.
    Result<StoredBlob> adoptTemp(QTemporaryFile& temp);
    // The same when the caller computed the digest while writing the file (a download, a decoded attachment).
    Result<StoredBlob> adoptTemp(QTemporaryFile& temp, const QString& sha256, qint64 size);
    // Moves a file inside the store's folder (e.g. in a temporary folder made under root()) into place, given the
    // digest computed while it was written.
    Result<StoredBlob> adoptFile(const QString& path, const QString& sha256, qint64 size);

    const QString& root() const { return m_root; }
    static bool isDigest(const QString& text);

    // Group commit. Between beginBatch() and commitBatch(), files given to the store are neither synced nor moved
    // into place one by one: commitBatch() makes all of them durable with one file-system sync, moves them into
    // place and syncs again, so that a transaction referring to them can commit next. abandonBatch() removes what
    // a batch left pending. BlobBatch below does this for a scope.
    void beginBatch();
    // Starts writing a finished file's pages to disk without waiting for them (Linux), so that the batch's sync
    // later finds little left to do. Safe to call from any thread.
    static void startWriteback(const QString& path);
    Status commitBatch();
    void abandonBatch();
    bool inBatch() const { return m_batching; }

private:
    struct Pending {
        QString tempPath;
        QString target;
    };
    Result<StoredBlob> commitTemp(QTemporaryFile& temp, const QByteArray& digestHex, qint64 size);
    Result<StoredBlob> deferMove(const QString& path, const QString& sha256, qint64 size);
    Status moveIntoPlace(const QString& path, const QString& target);
    QString m_root;
    bool m_batching = false;
    QList<Pending> m_pending;
};

// The files a scope gives to the store become durable together at commit(); those of a scope left without
// commit() are removed.
class BlobBatch {
public:
    explicit BlobBatch(BlobStore& store)
        : m_store(store) {
        m_store.beginBatch();
    }
    ~BlobBatch() {
        if (m_open)
            m_store.abandonBatch();
    }
    BlobBatch(const BlobBatch&) = delete;
    BlobBatch& operator=(const BlobBatch&) = delete;

    Status commit() {
        m_open = false;
        return m_store.commitBatch();
    }

private:
    BlobStore& m_store;
    bool m_open = true;
};

} // namespace vanban
