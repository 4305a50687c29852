#pragma once
// One connection to a workspace database: connection set-up (WAL, foreign keys, busy timeout), integrity check
// at open, numbered forward-only migrations, write transactions, and the translation of driver errors into
// clear messages. A Database belongs to the thread that opened it; other threads open their own.

#include "common/Result.h"
#include "storage/SqlDialect.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <functional>
#include <memory>

namespace vanban {

class Database {
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class OpenMode { CreateIfMissing, MustExist };
    // quick_check reads the whole file (2 s for 100,000 documents, 12 s for a million on a 2-core PC). A primary
    // connection (Periodic) runs it when the last successful check is more than a day old: at open when the file
    // is at most kInlineQuickCheckBytes, otherwise it only marks the check as due (quickCheckDue()) and the window
    // runs it in the background (runQuickCheck()). Worker connections skip it. `vanban-cli check` always runs the
    // full integrity_check.
    enum class IntegrityCheck { Periodic, Always, Skip };
    static constexpr qint64 kQuickCheckIntervalSecs = 24 * 3600;
    static constexpr qint64 kInlineQuickCheckBytes = 64ll << 20;
    // The schema version this build writes. Migrations 1..kSchemaVersion live in core/storage/migrations.
    static int latestSchemaVersion();

    static Result<std::unique_ptr<Database>> open(const QString& path, OpenMode mode,
                                                  IntegrityCheck check = IntegrityCheck::Periodic);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase& connection() { return m_db; }
    const SqlDialect& dialect() const { return m_dialect; }
    const QString& path() const { return m_path; }
    int schemaVersion() const { return m_schemaVersion; }

    // Runs body inside a write transaction; commits when it returns success, rolls back otherwise.
    Status write(const std::function<Status()>& body);
    // The same, and the commit is on the disk when this returns (SQLite's WAL is synced at this commit; the
    // connection otherwise runs synchronous=NORMAL, where a power cut may take back the last commits). For what is
    // promised to someone else right after, such as received packages before they are acknowledged.
    Status writeDurably(const std::function<Status()>& body);

    // Prepares and executes; on failure returns an Error with a readable message.
    Result<QSqlQuery> exec(const QString& sql, const QVariantList& bind = {});

    // Runs PRAGMA quick_check (full=false) or integrity_check (full=true).
    Status checkIntegrity(bool full);
    // Runs quick_check and records its success (see IntegrityCheck).
    Status runQuickCheck();
    bool quickCheckDue() const { return m_quickCheckDue; }
    // Makes the statement running on this connection stop with an error (sqlite3_interrupt). The only member that
    // may be called from another thread, e.g. to stop a long check when the program closes.
    void interrupt();

    // Writes a consistent copy of the database to target (which must not exist), while other connections may
    // be writing.
    Status snapshotTo(const QString& target);

    // Classifies a driver error into an Error with a Vietnamese/English message.
    static Error errorFrom(const QSqlError& error, const QString& what);

    // Migrates a database to a given version only (tests use it to build every earlier schema).
    static Status migrateTo(const QString& path, int version);

private:
    Database(QSqlDatabase db, QString path);
    Status configure();
    Status migrate(int target);
    Result<int> readSchemaVersion();
    Status periodicQuickCheck();

    QSqlDatabase m_db;
    QString m_path;
    SqlDialect m_dialect{SqlDialect::Kind::SQLite};
    int m_schemaVersion = 0;
    bool m_inTransaction = false;
    bool m_quickCheckDue = false;
};

} // namespace vanban
