#include "storage/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>
#include <atomic>
#include <sqlite3.h>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <unistd.h>
#endif

namespace vanban {

namespace {
QString nextConnectionName() {
    static std::atomic<int> counter{0};
    return QStringLiteral("vanban-%1").arg(++counter);
}

constexpr int kBusyTimeoutMs = 10000;

// Migration files are named NNNN_description.sql; returns them sorted by number.
QStringList migrationFiles(const SqlDialect& dialect) {
    QDir dir(QStringLiteral(":/vanban/migrations/") + dialect.migrationFolder());
    QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (QString& f : files)
        f = dir.filePath(f);
    return files;
}

// Splits a migration script into statements at semicolons that end a line. Migrations contain no triggers.
QStringList statementsOf(const QString& script) {
    QStringList out;
    QString current;
    for (const QString& line : script.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1String("--")) || trimmed.isEmpty())
            continue;
        current += line + QLatin1Char('\n');
        if (trimmed.endsWith(QLatin1Char(';'))) {
            out << current.trimmed();
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        out << current.trimmed();
    return out;
}
} // namespace

int Database::latestSchemaVersion() {
    static const int latest = [] {
        const QStringList files = migrationFiles(SqlDialect(SqlDialect::Kind::SQLite));
        return files.isEmpty() ? 0 : QFileInfo(files.last()).fileName().left(4).toInt();
    }();
    return latest;
}

Database::Database(QSqlDatabase db, QString path)
    : m_db(std::move(db))
    , m_path(std::move(path)) {}

Database::~Database() {
    const QString name = m_db.connectionName();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

Error Database::errorFrom(const QSqlError& error, const QString& what) {
    const int native = error.nativeErrorCode().toInt();
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    switch (native & 0xff) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return {ErrorCode::External,
                tr("The database is locked by another program and stayed locked for 10 seconds (%1). "
                   "Try again in a moment.")
                    .arg(what)};
    case 13: // SQLITE_FULL
        return {ErrorCode::External,
                tr("The disk is full (%1). Nothing was saved; free some space and try again.").arg(what)};
    case 8: // SQLITE_READONLY
        return {ErrorCode::External,
                tr("The database is read-only (%1). Check the permissions of the workspace folder.").arg(what)};
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return {ErrorCode::Integrity,
                tr("The database file is damaged (%1: %2). Restore it from a backup; the damaged file "
                   "was left untouched.")
                    .arg(what, detail)};
    case 10: // SQLITE_IOERR
        return {ErrorCode::External, tr("Disk read or write error (%1: %2).").arg(what, detail)};
    case 14: // SQLITE_CANTOPEN
        return {ErrorCode::External, tr("Cannot open the database file (%1: %2).").arg(what, detail)};
    case 19: // SQLITE_CONSTRAINT
        return {ErrorCode::Conflict, tr("The change conflicts with existing data (%1: %2).").arg(what, detail)};
    default:
        return {ErrorCode::Internal, tr("Database error (%1: %2).").arg(what, detail)};
    }
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, OpenMode mode, IntegrityCheck check) {
    const QFileInfo info(path);
    if (mode == OpenMode::MustExist && !info.exists())
        return Error{ErrorCode::NotFound, tr("No workspace database at %1.").arg(QDir::toNativeSeparators(path))};
    if (!info.dir().exists())
        return Error{ErrorCode::NotFound,
                     tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(info.absolutePath()))};

    std::unique_ptr<Database> database;
    {
        // No copy of the handle may outlive `database` (removeDatabase warns about connections still in use).
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), nextConnectionName());
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
        database.reset(new Database(db, path));
    }
    if (!database->m_db.open())
        return errorFrom(database->m_db.lastError(), tr("opening %1").arg(path));
    if (Status s = database->configure(); !s) {
#ifdef Q_OS_UNIX
        // A WAL database needs its folder writable (for the -wal and -shm files), even to be read.
        if (::access(QFile::encodeName(info.absolutePath()).constData(), W_OK) != 0)
            return Error{
                ErrorCode::External,
                tr("The workspace folder %1 is read-only (%2). VanBan needs to write there; check the disk and "
                   "its permissions. Nothing was changed.")
                    .arg(QDir::toNativeSeparators(info.absolutePath()), QString::fromLocal8Bit(strerror(errno)))};
#endif
        return s.error();
    }
    if (check == IntegrityCheck::Always) {
        if (Status s = database->checkIntegrity(false); !s)
            return s.error();
    }
    if (Status s = database->migrate(latestSchemaVersion()); !s)
        return s.error();
    if (check == IntegrityCheck::Periodic) {
        if (Status s = database->periodicQuickCheck(); !s)
            return s.error();
    }
    return database;
}

Status Database::configure() {
    // journal_mode=WAL persists in the file; the rest is per connection.
    for (const char* pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON",
                               "PRAGMA temp_store=MEMORY", "PRAGMA cache_size=-32000"}) {
        QSqlQuery q(m_db);
        if (!q.exec(QString::fromLatin1(pragma)))
            return errorFrom(q.lastError(), QString::fromLatin1(pragma));
    }
    return {};
}

Status Database::checkIntegrity(bool full) {
    QSqlQuery q(m_db);
    if (!q.exec(full ? QStringLiteral("PRAGMA integrity_check") : QStringLiteral("PRAGMA quick_check")))
        return errorFrom(q.lastError(), tr("integrity check"));
    QStringList problems;
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    if (!problems.isEmpty())
        return Error{ErrorCode::Integrity,
                     tr("The database %1 is damaged: %2. Restore it from a backup; the damaged file was "
                        "left untouched.")
                         .arg(QDir::toNativeSeparators(m_path), problems.mid(0, 5).join(QStringLiteral("; ")))};
    return {};
}

Status Database::periodicQuickCheck() {
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'last_quick_check'")))
            return errorFrom(q.lastError(), tr("integrity check"));
        if (q.next()) {
            const qint64 last = q.value(0).toLongLong();
            if (last <= now && now - last < kQuickCheckIntervalSecs)
                return {};
        }
    }
    if (QFileInfo(m_path).size() > kInlineQuickCheckBytes) {
        m_quickCheckDue = true; // too long to wait for at open; the window runs it in the background
        return {};
    }
    return runQuickCheck();
}

void Database::interrupt() {
    const QVariant handle = m_db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        if (sqlite3* connection = *static_cast<sqlite3* const*>(handle.data()))
            sqlite3_interrupt(connection);
}

Status Database::runQuickCheck() {
    if (Status s = checkIntegrity(false); !s)
        return s;
    m_quickCheckDue = false;
    // Recording the date is best effort: a read-only workspace is still usable.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('last_quick_check', ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(QString::number(QDateTime::currentSecsSinceEpoch()));
    q.exec();
    return {};
}

Result<int> Database::readSchemaVersion() {
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type='table' AND name='meta'")))
        return errorFrom(q.lastError(), tr("reading the schema version"));
    q.next();
    if (q.value(0).toInt() == 0) {
        if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
            return errorFrom(q.lastError(), tr("reading the schema version"));
        q.next();
        if (q.value(0).toInt() != 0)
            return Error{ErrorCode::Integrity,
                         tr("%1 is not a VanBan workspace database (it has tables but no schema version). "
                            "It was left untouched.")
                             .arg(QDir::toNativeSeparators(m_path))};
        return 0;
    }
    if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key='schema_version'")) || !q.next())
        return errorFrom(q.lastError(), tr("reading the schema version"));
    return q.value(0).toInt();
}

Status Database::migrate(int target) {
    Result<int> current = readSchemaVersion();
    if (!current)
        return current.error();
    m_schemaVersion = *current;
    if (m_schemaVersion > latestSchemaVersion())
        return Error{ErrorCode::Conflict,
                     tr("This workspace was written by a newer version of VanBan (schema %1; this version "
                        "understands up to %2). Install the newer version; the workspace was left untouched.")
                         .arg(m_schemaVersion)
                         .arg(latestSchemaVersion())};
    const QStringList files = migrationFiles(m_dialect);
    for (const QString& file : files) {
        const int number = QFileInfo(file).fileName().left(4).toInt();
        if (number <= m_schemaVersion || number > target)
            continue;
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return Error{ErrorCode::Internal, tr("Missing migration %1.").arg(file)};
        const QStringList statements = statementsOf(QString::fromUtf8(f.readAll()));
        Status applied = write([&]() -> Status {
            for (const QString& sql : statements) {
                QSqlQuery q(m_db);
                if (!q.exec(sql))
                    return errorFrom(q.lastError(), tr("migration %1").arg(number));
            }
            QSqlQuery q(m_db);
            q.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES ('schema_version', ?) "
                                     "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
            q.addBindValue(QString::number(number));
            if (!q.exec())
                return errorFrom(q.lastError(), tr("migration %1").arg(number));
            return {};
        });
        if (!applied)
            return applied;
        m_schemaVersion = number;
    }
    return {};
}

Status Database::migrateTo(const QString& path, int version) {
    std::unique_ptr<Database> database;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), nextConnectionName());
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
        database.reset(new Database(db, path));
    }
    if (!database->m_db.open())
        return errorFrom(database->m_db.lastError(), path);
    if (Status s = database->configure(); !s)
        return s;
    return database->migrate(version);
}

Status Database::write(const std::function<Status()>& body) {
    if (m_inTransaction)
        return body(); // nested: part of the caller's transaction
    QSqlQuery begin(m_db);
    if (!begin.exec(m_dialect.beginWrite()))
        return errorFrom(begin.lastError(), tr("starting a transaction"));
    m_inTransaction = true;
    Status result = body();
    m_inTransaction = false;
    QSqlQuery end(m_db);
    if (!result) {
        end.exec(QStringLiteral("ROLLBACK"));
        return result;
    }
    if (!end.exec(QStringLiteral("COMMIT"))) {
        const Error error = errorFrom(end.lastError(), tr("saving"));
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        return error;
    }
    return {};
}

Status Database::writeDurably(const std::function<Status()>& body) {
    if (m_inTransaction || m_dialect.kind() != SqlDialect::Kind::SQLite)
        return write(body);
    if (auto full = exec(QStringLiteral("PRAGMA synchronous=FULL")); !full)
        return full.error();
    Status result = write(body);
    if (auto normal = exec(QStringLiteral("PRAGMA synchronous=NORMAL")); !normal && result)
        return normal.error();
    return result;
}

Result<QSqlQuery> Database::exec(const QString& sql, const QVariantList& bind) {
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return errorFrom(q.lastError(), sql.left(60));
    for (const QVariant& v : bind) {
        // A null QString binds as '' (columns are NOT NULL DEFAULT ''); SQL NULL is written as QVariant().
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            q.addBindValue(QString(QLatin1String("")));
        else
            q.addBindValue(v);
    }
    if (!q.exec())
        return errorFrom(q.lastError(), sql.left(60));
    return q;
}

Status Database::snapshotTo(const QString& target) {
    // VACUUM INTO reads one consistent snapshot (a read transaction) while other connections keep writing.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(target);
    if (!q.exec())
        return errorFrom(q.lastError(), tr("copying the database"));
    return {};
}

} // namespace vanban
