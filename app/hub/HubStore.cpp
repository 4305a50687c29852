#include "HubStore.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QSqlError>
#include <QUuid>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace vanban::hub {

namespace {
constexpr int kSchemaVersion = 1;

const char* const kSchema[] = {
    "CREATE TABLE IF NOT EXISTS organizations("
    " organ_id TEXT PRIMARY KEY, name TEXT NOT NULL, parent_id TEXT NOT NULL, email TEXT NOT NULL,"
    " old_code TEXT NOT NULL, system_id TEXT NOT NULL, active INTEGER NOT NULL, updated_ms INTEGER NOT NULL)",
    "CREATE TABLE IF NOT EXISTS packages("
    " seq INTEGER PRIMARY KEY, doc_id TEXT NOT NULL UNIQUE, message_type TEXT NOT NULL, from_organ TEXT NOT NULL,"
    " sender_system_id TEXT NOT NULL, file_name TEXT NOT NULL, sha256 TEXT NOT NULL, size INTEGER NOT NULL,"
    " created_ms INTEGER NOT NULL)",
    "CREATE INDEX IF NOT EXISTS packages_by_sender ON packages(from_organ, created_ms)",
    "CREATE TABLE IF NOT EXISTS deliveries("
    " doc_id TEXT NOT NULL REFERENCES packages(doc_id), to_organ TEXT NOT NULL,"
    " status TEXT NOT NULL CHECK (status IN ('initial', 'done', 'fail')), reason TEXT NOT NULL,"
    " updated_ms INTEGER NOT NULL, PRIMARY KEY (doc_id, to_organ))",
    "CREATE INDEX IF NOT EXISTS deliveries_by_recipient ON deliveries(to_organ, status)",
    "CREATE TABLE IF NOT EXISTS request_ids("
    " system_id TEXT NOT NULL, request_id TEXT NOT NULL, http_status INTEGER NOT NULL, body BLOB NOT NULL,"
    " created_ms INTEGER NOT NULL, PRIMARY KEY (system_id, request_id))",
};

// Makes a file's or a directory's content durable.
Status syncPath(const QString& path) {
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return Error{ErrorCode::External, QStringLiteral("cannot open %1 to sync it").arg(path)};
    const int rc = ::fsync(fd);
    ::close(fd);
    if (rc != 0)
        return Error{ErrorCode::External, QStringLiteral("fsync of %1 failed").arg(path)};
#else
    Q_UNUSED(path);
#endif
    return {};
}

// A null QString binds as SQL NULL; the text columns are NOT NULL.
QString text(const QString& s) {
    return s.isNull() ? QString(QLatin1String("")) : s;
}

OrganizationRow organizationFrom(const HubUnit& u) {
    return OrganizationRow{text(u.organId), text(u.name),     text(u.parentId), text(u.email),
                           text(u.oldCode), text(u.systemId), u.active,         0};
}

bool sameContent(const OrganizationRow& a, const OrganizationRow& b) {
    return a.name == b.name && a.parentId == b.parentId && a.email == b.email && a.oldCode == b.oldCode &&
           a.systemId == b.systemId && a.active == b.active;
}
} // namespace

HubStore::HubStore(QString dataDir, QString connectionName)
    : m_dataDir(std::move(dataDir))
    , m_connectionName(std::move(connectionName)) {}

HubStore::~HubStore() {
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<HubStore>> HubStore::open(const QString& dataDir) {
    QDir dir(dataDir);
    for (const QString& sub : {QStringLiteral("packages"), QStringLiteral("tmp")})
        if (!dir.mkpath(sub))
            return Error{ErrorCode::External, QStringLiteral("cannot create %1").arg(dir.filePath(sub))};
    std::unique_ptr<HubStore> store(new HubStore(
        dir.absolutePath(), QStringLiteral("vanban-hub-") + QUuid::createUuid().toString(QUuid::WithoutBraces)));
    if (Status s = store->initialize(); !s)
        return s.error();
    if (Status s = store->removeOrphans(); !s)
        return s.error();
    return store;
}

QString HubStore::tempDir() const {
    return m_dataDir + QStringLiteral("/tmp");
}

QString HubStore::packagePath(const QString& docId) const {
    return m_dataDir + QStringLiteral("/packages/") + docId + QStringLiteral(".edxml");
}

Status HubStore::initialize() {
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(m_dataDir + QStringLiteral("/hub.db"));
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open())
        return Error{ErrorCode::External,
                     QStringLiteral("cannot open the hub database: %1").arg(m_db.lastError().text())};
    auto version = exec(QStringLiteral("PRAGMA user_version"));
    if (!version)
        return version.error();
    const int current = version->next() ? version->value(0).toInt() : 0;
    version->finish(); // an open statement would keep a read transaction and forbid the WAL switch
    if (current > kSchemaVersion)
        return Error{ErrorCode::Integrity, QStringLiteral("the hub database has schema %1, newer than this build's %2")
                                               .arg(current)
                                               .arg(kSchemaVersion)};
    for (const char* pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON"})
        if (auto r = exec(QString::fromLatin1(pragma)); !r)
            return r.error();
    return transaction([&]() -> Status {
        for (const char* sql : kSchema)
            if (auto r = exec(QString::fromLatin1(sql)); !r)
                return r.error();
        if (auto r = exec(QStringLiteral("PRAGMA user_version=%1").arg(kSchemaVersion)); !r)
            return r.error();
        return {};
    });
}

Status HubStore::removeOrphans() {
    QDir tmp(tempDir());
    for (const QString& name : tmp.entryList(QDir::Files | QDir::Hidden))
        tmp.remove(name);
    auto known = exec(QStringLiteral("SELECT file_name FROM packages"));
    if (!known)
        return known.error();
    QSet<QString> files;
    while (known->next())
        files.insert(known->value(0).toString());
    QDir packages(m_dataDir + QStringLiteral("/packages"));
    for (const QString& name : packages.entryList(QDir::Files | QDir::Hidden))
        if (!files.contains(name))
            packages.remove(name); // renamed into place by a hub that died before its commit
    return {};
}

Result<QSqlQuery> HubStore::exec(const QString& sql, const QVariantList& bind) {
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return Error{ErrorCode::Internal, QStringLiteral("SQL error in \"%1\": %2").arg(sql, q.lastError().text())};
    for (const QVariant& v : bind)
        q.addBindValue(v);
    if (!q.exec())
        return Error{ErrorCode::External, QStringLiteral("SQL error in \"%1\": %2").arg(sql, q.lastError().text())};
    return q;
}

Status HubStore::transaction(const std::function<Status()>& body) {
    if (!m_db.transaction())
        return Error{ErrorCode::External,
                     QStringLiteral("cannot begin a transaction: %1").arg(m_db.lastError().text())};
    Status s = body();
    if (!s) {
        m_db.rollback();
        return s;
    }
    if (!m_db.commit()) {
        const QString message = m_db.lastError().text();
        m_db.rollback();
        return Error{ErrorCode::External, QStringLiteral("commit failed: %1").arg(message)};
    }
    return {};
}

Status HubStore::syncOrganizations(const QList<HubUnit>& units, qint64 nowMs) {
    auto existing = organizations();
    if (!existing)
        return existing.error();
    QHash<QString, OrganizationRow> known;
    for (const OrganizationRow& row : *existing)
        known.insert(row.organId, row);
    return transaction([&]() -> Status {
        QSet<QString> inFile;
        for (const HubUnit& unit : units) {
            inFile.insert(unit.organId);
            const OrganizationRow row = organizationFrom(unit);
            const auto it = known.constFind(unit.organId);
            if (it != known.constEnd() && sameContent(*it, row))
                continue;
            auto r = exec(
                QStringLiteral("INSERT INTO organizations(organ_id, name, parent_id, email, old_code, "
                               "system_id, active, updated_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                               "ON CONFLICT(organ_id) DO UPDATE SET name = excluded.name, parent_id = "
                               "excluded.parent_id, email = excluded.email, old_code = excluded.old_code, "
                               "system_id = excluded.system_id, active = excluded.active, updated_ms = "
                               "excluded.updated_ms"),
                {row.organId, row.name, row.parentId, row.email, row.oldCode, row.systemId, row.active ? 1 : 0, nowMs});
            if (!r)
                return r.error();
        }
        for (const OrganizationRow& row : known)
            if (!inFile.contains(row.organId) && row.active)
                if (auto r =
                        exec(QStringLiteral("UPDATE organizations SET active = 0, updated_ms = ? WHERE organ_id = ?"),
                             {nowMs, row.organId});
                    !r)
                    return r.error();
        return {};
    });
}

Result<QList<OrganizationRow>> HubStore::organizations(std::optional<qint64> updatedSinceMs) {
    auto q = exec(QStringLiteral("SELECT organ_id, name, parent_id, email, old_code, system_id, active, updated_ms "
                                 "FROM organizations WHERE updated_ms >= ? ORDER BY organ_id"),
                  {updatedSinceMs.value_or(std::numeric_limits<qint64>::min())});
    if (!q)
        return q.error();
    QList<OrganizationRow> rows;
    while (q->next())
        rows.append(OrganizationRow{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                                    q->value(3).toString(), q->value(4).toString(), q->value(5).toString(),
                                    q->value(6).toInt() != 0, q->value(7).toLongLong()});
    return rows;
}

Result<std::optional<StoredResponse>> HubStore::storedResponse(const RequestKey& key) {
    auto q = exec(QStringLiteral("SELECT http_status, body FROM request_ids WHERE system_id = ? AND request_id = ?"),
                  {key.systemId, key.requestId});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<StoredResponse>{};
    return std::optional<StoredResponse>{StoredResponse{q->value(0).toInt(), q->value(1).toByteArray()}};
}

Status HubStore::storeResponse(const RequestKey& key, const StoredResponse& response, qint64 nowMs) {
    if (key.isEmpty())
        return {};
    auto r = exec(QStringLiteral("INSERT INTO request_ids(system_id, request_id, http_status, body, created_ms) "
                                 "VALUES (?, ?, ?, ?, ?)"),
                  {key.systemId, key.requestId, response.httpStatus, response.body, nowMs});
    return r ? Status{} : Status{r.error()};
}

Status HubStore::addPackage(const NewPackage& p, const QString& tempFile, qint64 nowMs, const RequestKey& key,
                            const StoredResponse& response) {
    const QString target = packagePath(p.docId);
    if (Status s = syncPath(tempFile); !s)
        return s;
    if (!QFile::rename(tempFile, target))
        return Error{ErrorCode::External, QStringLiteral("cannot move the package to %1").arg(target)};
    if (Status s = syncPath(m_dataDir + QStringLiteral("/packages")); !s) {
        QFile::remove(target);
        return s;
    }
    Status s = transaction([&]() -> Status {
        auto r = exec(QStringLiteral("INSERT INTO packages(doc_id, message_type, from_organ, sender_system_id, "
                                     "file_name, sha256, size, created_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                      {p.docId, p.messageType, p.fromOrgan, p.senderSystemId,
                       QString(p.docId + QStringLiteral(".edxml")), p.sha256, p.size, nowMs});
        if (!r)
            return r.error();
        for (const QString& organ : p.recipients) {
            auto d = exec(QStringLiteral("INSERT INTO deliveries(doc_id, to_organ, status, reason, updated_ms) "
                                         "VALUES (?, ?, 'initial', '', ?)"),
                          {p.docId, organ, nowMs});
            if (!d)
                return d.error();
        }
        return storeResponse(key, response, nowMs);
    });
    if (!s)
        QFile::remove(target);
    return s;
}

Result<std::optional<PackageInfo>> HubStore::packageFor(const QString& docId, const QString& recipientOrgan) {
    auto q = exec(QStringLiteral("SELECT p.doc_id, p.message_type, p.from_organ, p.file_name, p.sha256, p.size, "
                                 "p.created_ms FROM packages p JOIN deliveries d ON d.doc_id = p.doc_id "
                                 "WHERE p.doc_id = ? AND d.to_organ = ?"),
                  {docId, recipientOrgan});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<PackageInfo>{};
    return std::optional<PackageInfo>{
        PackageInfo{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                    m_dataDir + QStringLiteral("/packages/") + q->value(3).toString(), q->value(4).toString(),
                    q->value(5).toLongLong(), q->value(6).toLongLong()}};
}

Status HubStore::acknowledge(const QString& docId, const QString& organ, const QString& status, const QString& reason,
                             qint64 nowMs, const RequestKey& key, const StoredResponse& response) {
    // An acknowledgement lost to a power cut only makes the package listed again, which receivers recognise
    // (at-least-once delivery): it is committed without waiting for the disk, unlike the packages themselves.
    if (auto r = exec(QStringLiteral("PRAGMA synchronous=NORMAL")); !r)
        return r.error();
    const Status saved = transaction([&]() -> Status {
        auto found = exec(QStringLiteral("SELECT status, reason FROM deliveries WHERE doc_id = ? AND to_organ = ?"),
                          {docId, organ});
        if (!found)
            return found.error();
        if (!found->next())
            return Error{ErrorCode::NotFound, docId};
        if (found->value(0).toString() != status || found->value(1).toString() != reason) {
            auto r = exec(QStringLiteral("UPDATE deliveries SET status = ?, reason = ?, updated_ms = ? "
                                         "WHERE doc_id = ? AND to_organ = ?"),
                          {status, text(reason), nowMs, docId, organ});
            if (!r)
                return r.error();
        }
        return storeResponse(key, response, nowMs);
    });
    if (auto r = exec(QStringLiteral("PRAGMA synchronous=FULL")); !r)
        return r.error();
    return saved;
}

QList<DeliveryRow> HubStore::deliveryRows(QSqlQuery& q) {
    QList<DeliveryRow> rows;
    while (q.next())
        rows.append(DeliveryRow{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                                q.value(6).toLongLong(), q.value(7).toLongLong()});
    return rows;
}

Result<QList<DeliveryRow>> HubStore::pendingFor(const QString& organ, const QString& messageType, qint64 fromMs,
                                                qint64 toMs) {
    auto q = exec(QStringLiteral("SELECT p.doc_id, p.message_type, p.from_organ, d.to_organ, d.status, d.reason, "
                                 "p.created_ms, d.updated_ms FROM deliveries d JOIN packages p ON p.doc_id = d.doc_id "
                                 "WHERE d.to_organ = ? AND d.status = 'initial' AND p.message_type = ? "
                                 "AND p.created_ms >= ? AND p.created_ms < ? ORDER BY p.created_ms, p.seq"),
                  {organ, messageType, fromMs, toMs});
    if (!q)
        return q.error();
    return deliveryRows(*q);
}

Result<QList<DeliveryRow>> HubStore::sentBy(const QString& organ, qint64 fromMs, qint64 toMs) {
    auto q = exec(QStringLiteral("SELECT p.doc_id, p.message_type, p.from_organ, d.to_organ, d.status, d.reason, "
                                 "p.created_ms, d.updated_ms FROM packages p JOIN deliveries d ON d.doc_id = p.doc_id "
                                 "WHERE p.from_organ = ? AND p.created_ms >= ? AND p.created_ms < ? "
                                 "ORDER BY p.created_ms, p.seq, d.to_organ"),
                  {organ, fromMs, toMs});
    if (!q)
        return q.error();
    return deliveryRows(*q);
}

} // namespace vanban::hub
