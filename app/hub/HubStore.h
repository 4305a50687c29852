#pragma once
// The hub's persistent state in --data: hub.db (SQLite, WAL) and packages/<docId>.edxml. A package file is
// written to tmp/, fsynced and renamed into packages/ before the database commit that makes it visible; files
// left in tmp/ or packages/ without a row by a crash are removed at the next start.
//
// Tables: organizations (from the units file, upserted at start), packages, deliveries (one per package and
// recipient organ: initial|done|fail), request_ids (SystemId + X-Request-Id → the original response).

#include "UnitDirectory.h"
#include "common/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

namespace vanban::hub {

struct OrganizationRow {
    QString organId;
    QString name;
    QString parentId;
    QString email;
    QString oldCode;
    QString systemId;
    bool active = true;
    qint64 updatedMs = 0;
};

// A request's identity for idempotency; empty requestId means "no X-Request-Id".
struct RequestKey {
    QString systemId;
    QString requestId;
    bool isEmpty() const { return requestId.isEmpty(); }
};

struct StoredResponse {
    int httpStatus = 200;
    QByteArray body;
};

struct NewPackage {
    QString docId;
    QString messageType; // edoc | status
    QString fromOrgan;
    QString senderSystemId;
    QString sha256; // hex, lower case
    qint64 size = 0;
    QStringList recipients;
};

struct PackageInfo {
    QString docId;
    QString messageType;
    QString fromOrgan;
    QString filePath;
    QString sha256;
    qint64 size = 0;
    qint64 createdMs = 0;
};

struct DeliveryRow {
    QString docId;
    QString messageType;
    QString fromOrgan;
    QString toOrgan;
    QString status; // initial | done | fail
    QString reason;
    qint64 createdMs = 0;
    qint64 updatedMs = 0;
};

class HubStore {
public:
    static Result<std::unique_ptr<HubStore>> open(const QString& dataDir);
    ~HubStore();
    HubStore(const HubStore&) = delete;
    HubStore& operator=(const HubStore&) = delete;

    // Where request bodies and packages being received are written (same file system as packages/).
    QString tempDir() const;

    // Upserts the units of the file; a changed row gets updatedMs = nowMs; known organs missing from the file
    // become inactive.
    Status syncOrganizations(const QList<HubUnit>& units, qint64 nowMs);
    // All organizations, or those changed at or after `updatedSinceMs`.
    Result<QList<OrganizationRow>> organizations(std::optional<qint64> updatedSinceMs = std::nullopt);

    Result<std::optional<StoredResponse>> storedResponse(const RequestKey& key);

    // Moves `tempFile` (in tempDir()) to packages/<docId>.edxml and records the package, one `initial` delivery
    // per recipient and, when `key` is not empty, `response` for it: all or nothing.
    Status addPackage(const NewPackage& package, const QString& tempFile, qint64 nowMs, const RequestKey& key,
                      const StoredResponse& response);
    // The package when it is addressed to `recipientOrgan`.
    Result<std::optional<PackageInfo>> packageFor(const QString& docId, const QString& recipientOrgan);
    // Sets the status of the delivery (docId, organ); NotFound when there is none. The time changes only when
    // the status or reason does.
    Status acknowledge(const QString& docId, const QString& organ, const QString& status, const QString& reason,
                       qint64 nowMs, const RequestKey& key, const StoredResponse& response);

    // Deliveries to `organ` of one message type still `initial`, created in [fromMs, toMs), oldest first.
    Result<QList<DeliveryRow>> pendingFor(const QString& organ, const QString& messageType, qint64 fromMs, qint64 toMs);
    // One row per (package, recipient) of the packages `organ` sent, created in [fromMs, toMs), oldest first.
    Result<QList<DeliveryRow>> sentBy(const QString& organ, qint64 fromMs, qint64 toMs);

private:
    HubStore(QString dataDir, QString connectionName);
    Status initialize();
    Status removeOrphans();
    Result<QSqlQuery> exec(const QString& sql, const QVariantList& bind = {});
    Status transaction(const std::function<Status()>& body);
    Status storeResponse(const RequestKey& key, const StoredResponse& response, qint64 nowMs);
    QString packagePath(const QString& docId) const;
    QList<DeliveryRow> deliveryRows(QSqlQuery& query);

    QString m_dataDir;
    QString m_connectionName;
    QSqlDatabase m_db;
};

} // namespace vanban::hub
