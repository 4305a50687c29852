#pragma once
// Backups of a whole workspace in one file, taken while the program may be running:
//   "VANBANBK" · version (4 bytes) · manifest length (8 bytes, big endian) · manifest JSON · entries' bytes.
// The manifest names the schema version and every entry (vanban.db, then blobs/…) with its size and SHA-256.
// The database is a VACUUM INTO snapshot; blobs are immutable and written before the rows that reference them,
// so every blob the snapshot names exists. Restore verifies every digest and the database before it replaces
// anything, and keeps what it replaces.

#include "common/Result.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QJsonObject>

class QIODevice;

namespace vanban {

struct BackupInfo {
    int schemaVersion = 0;
    qint64 documents = 0;
    qint64 blobs = 0;
    qint64 bytes = 0;
    QString replacedKeptAt; // restore over an existing workspace: where the old one was moved
};

class Backup {
    Q_DECLARE_TR_FUNCTIONS(Backup)

public:
    static Result<BackupInfo> create(Workspace& workspace, const QString& outFile);
    // Reads and verifies a backup without restoring it.
    static Result<BackupInfo> verify(const QString& backupFile);
    static Result<BackupInfo> verify(QIODevice& backup, const QString& name);
    // Restores into targetDir. If a workspace exists there, it is moved aside (the path is returned) — callers
    // check that the user is an administrator of it first.
    static Result<BackupInfo> restore(const QString& backupFile, const QString& targetDir);
};

} // namespace vanban
