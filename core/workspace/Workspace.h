#pragma once
// A workspace: a directory holding vanban.db and the blob store (blobs/). Opening one checks and migrates the
// database; creating one refuses to touch an existing workspace.

#include "common/Result.h"
#include "model/User.h"
#include "storage/BlobStore.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <memory>

namespace vanban {

class Workspace {
    Q_DECLARE_TR_FUNCTIONS(Workspace)

public:
    static constexpr const char* kDatabaseFile = "vanban.db";
    static constexpr const char* kBlobFolder = "blobs";

    // The platform's application data folder (…/VanBan/workspace), unless VANBAN_WORKSPACE is set.
    static QString defaultLocation();
    // An explicit --workspace wins over VANBAN_WORKSPACE, which wins over the default.
    static QString resolveLocation(const QString& explicitDir);
    static bool exists(const QString& dir);

    // A program's first connection uses Database::IntegrityCheck::Periodic; its worker threads pass Skip.
    static Result<std::unique_ptr<Workspace>> open(const QString& dir,
                                                   Database::IntegrityCheck check = Database::IntegrityCheck::Periodic);
    // Creates the workspace with its agency profile and first administrator in one step: if anything fails,
    // the database file this call created is removed again and nothing is left behind.
    static Result<std::unique_ptr<Workspace>> create(const QString& dir, const AgencyProfile& agency,
                                                     const struct NewUser& admin, const QByteArray& adminPassword);

    Database& database() { return *m_db; }
    BlobStore& blobs() { return m_blobs; }
    const QString& dir() const { return m_dir; }
    Result<AgencyProfile> agency();

private:
    Workspace(QString dir, std::unique_ptr<Database> db);
    Status afterOpen();

    QString m_dir;
    std::unique_ptr<Database> m_db;
    BlobStore m_blobs;
};

} // namespace vanban
