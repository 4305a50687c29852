#pragma once
// The REST routes of shared/spec/exchange-api.md over HubStore: authentication (X-SystemId / X-SecretKey),
// sendEdoc, syncReceivedEdocList, downloadEdoc, getEdoc, updateStatus, getSentEdocList, organizations;
// X-Request-Id idempotency; and the injected faults of FaultInjector. Errors are JSON
// {"success": false, "errorCode": "NN", "errorDesc": "…"} with the HTTP status of the spec's table.

#include "FaultInjector.h"
#include "HttpMessage.h"
#include "HttpRequestParser.h"
#include "HubStore.h"
#include "UnitDirectory.h"

#include <QHash>

namespace vanban::hub {

class HubApi {
public:
    static constexpr qint64 kMaxPackageBytes = 200ll << 20;                  // 200 MiB (errorCode 41 above)
    static constexpr qint64 kMaxRequestBytes = kMaxPackageBytes + (1 << 20); // room for the multipart envelope

    HubApi(HubStore& store, const UnitDirectory& units, FaultInjector& faults,
           qint64 maxPackageBytes = kMaxPackageBytes);

    // Reads the organization directory (after HubStore::syncOrganizations).
    Status loadDirectory();

    HttpResponse handle(const HttpRequest& request);
    // The answer to a request the parser refused (malformed, too large).
    static HttpResponse failure(const HttpRequestParser::Failure& failure);

private:
    enum class Route { SendEdoc, SyncReceived, Download, GetEdoc, UpdateStatus, SentList, Organizations };

    HttpResponse route(const HttpRequest& request, QString& who, std::optional<Route>& matched);
    HttpResponse sendEdoc(const HttpRequest& request, const HubUnit& unit, const RequestKey& key);
    HttpResponse updateStatus(const HttpRequest& request, const HubUnit& unit, const RequestKey& key);
    HttpResponse syncReceived(const HttpRequest& request, const HubUnit& unit);
    HttpResponse download(const HttpRequest& request, const HubUnit& unit);
    HttpResponse getEdoc(const HttpRequest& request, const HubUnit& unit);
    HttpResponse sentList(const HttpRequest& request, const HubUnit& unit);
    HttpResponse organizations(const HttpRequest& request);

    HubStore& m_store;
    const UnitDirectory& m_units;
    FaultInjector& m_faults;
    qint64 m_maxPackageBytes;
    QHash<QString, OrganizationRow> m_organs;
    quint64 m_requestCount = 0;
};

} // namespace vanban::hub
