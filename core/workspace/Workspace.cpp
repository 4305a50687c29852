#include "workspace/Workspace.h"

#include "auth/UserDirectory.h"
#include "search/SearchIndex.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace vanban {

Workspace::Workspace(QString dir, std::unique_ptr<Database> db)
    : m_dir(std::move(dir))
    , m_db(std::move(db))
    , m_blobs(m_dir + QLatin1Char('/') + QLatin1String(kBlobFolder)) {}

QString Workspace::defaultLocation() {
    const QString env = qEnvironmentVariable("VANBAN_WORKSPACE");
    if (!env.isEmpty())
        return env;
    QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return base + QStringLiteral("/VanBan/workspace");
}

QString Workspace::resolveLocation(const QString& explicitDir) {
    return explicitDir.isEmpty() ? defaultLocation() : explicitDir;
}

bool Workspace::exists(const QString& dir) {
    return QFileInfo::exists(dir + QLatin1Char('/') + QLatin1String(kDatabaseFile));
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString& dir, Database::IntegrityCheck check) {
    if (!exists(dir))
        return Error{ErrorCode::NotFound, tr("There is no workspace in %1. Create one with “vanban-cli init” or start "
                                             "VanBan with --demo.")
                                              .arg(QDir::toNativeSeparators(dir))};
    auto db =
        Database::open(dir + QLatin1Char('/') + QLatin1String(kDatabaseFile), Database::OpenMode::MustExist, check);
    if (!db)
        return db.error();
    std::unique_ptr<Workspace> ws(new Workspace(QDir(dir).absolutePath(), std::move(db).value()));
    if (Status s = ws->afterOpen(); !s)
        return s.error();
    return ws;
}

Result<std::unique_ptr<Workspace>> Workspace::create(const QString& dir, const AgencyProfile& agency,
                                                     const NewUser& admin, const QByteArray& adminPassword) {
    if (exists(dir))
        return Error{ErrorCode::Conflict,
                     tr("A workspace already exists in %1; it was left untouched.").arg(QDir::toNativeSeparators(dir))};
    if (agency.organId.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("organId"), tr("The agency identifier (mã định danh) is empty."));
    if (agency.organName.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("organName"), tr("The agency name is empty."));
    if (Status s = UserDirectory::validate(admin, adminPassword); !s)
        return s.error();
    if (!QDir().mkpath(dir))
        return Error{ErrorCode::External, tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(dir))};
    const QString dbPath = dir + QLatin1Char('/') + QLatin1String(kDatabaseFile);
    auto removeCreated = [&] {
        for (const char* suffix : {"", "-wal", "-shm"})
            QFile::remove(dbPath + QLatin1String(suffix));
    };
    auto db =
        Database::open(dir + QLatin1Char('/') + QLatin1String(kDatabaseFile), Database::OpenMode::CreateIfMissing);
    if (!db)
        return db.error();
    std::unique_ptr<Workspace> ws(new Workspace(QDir(dir).absolutePath(), std::move(db).value()));
    Status saved = ws->database().write([&]() -> Status {
        auto q = ws->database().exec(
            QStringLiteral("INSERT INTO agency_profile (id, organ_id, organ_name) VALUES (1, ?, ?)"),
            {agency.organId.trimmed(), agency.organName.trimmed()});
        if (!q)
            return q.error();
        auto org = ws->database().exec(QStringLiteral("INSERT INTO organizations (organ_id, name) VALUES (?, ?) "
                                                      "ON CONFLICT (organ_id) DO NOTHING"),
                                       {agency.organId.trimmed(), agency.organName.trimmed()});
        if (!org)
            return org.error();
        auto user = UserDirectory(ws->database()).addFirstAdmin(admin, adminPassword);
        return user ? Status{} : Status{user.error()};
    });
    if (!saved) {
        ws.reset();
        removeCreated();
        return saved.error();
    }
    if (Status s = ws->afterOpen(); !s)
        return s.error();
    if (!QDir().mkpath(ws->blobs().root()))
        return Error{ErrorCode::External, tr("Cannot create the folder %1.").arg(ws->blobs().root())};
    return ws;
}

Status Workspace::afterOpen() {
    // Schema 2 introduced the search index; documents registered before it are indexed once here. The flag is
    // read and the query finished before the write transaction starts (an open read would pin an old snapshot).
    bool reindex = false;
    {
        auto flag = m_db->exec(QStringLiteral("SELECT value FROM meta WHERE key = 'search_reindex_needed'"));
        if (!flag)
            return flag.error();
        reindex = flag->next();
    }
    if (!reindex)
        return {};
    return m_db->write([&]() -> Status {
        auto still = m_db->exec(QStringLiteral("SELECT value FROM meta WHERE key = 'search_reindex_needed'"));
        if (!still)
            return still.error();
        if (!still->next())
            return {}; // another process did it meanwhile
        still->finish();
        if (Status s = SearchIndex::rebuildMetadata(*m_db); !s)
            return s;
        auto del = m_db->exec(QStringLiteral("DELETE FROM meta WHERE key = 'search_reindex_needed'"));
        return del ? Status{} : Status{del.error()};
    });
}

Result<AgencyProfile> Workspace::agency() {
    auto q = m_db->exec(QStringLiteral("SELECT organ_id, organ_name FROM agency_profile WHERE id = 1"));
    if (!q)
        return q.error();
    if (!q->next())
        return Error{ErrorCode::NotFound, tr("The workspace has no agency profile.")};
    return AgencyProfile{q->value(0).toString(), q->value(1).toString()};
}

} // namespace vanban
