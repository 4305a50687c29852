#pragma once
// The provincial exchange's REST API (shared/spec/exchange-api.md) over QNetworkAccessManager (package downloads
// over an HttpGetConnection of their own). Calls are
// synchronous (a local event loop per request), so a client belongs to one worker thread or to the CLI; never call
// it on a window's UI thread. TLS is always verified (the system's CAs plus an optional CA file); plain http is
// refused except to a loopback address. Packages are streamed from and to disk.

#include "exchange/ExchangeFailure.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QUrl>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;
class QSslConfiguration;

namespace vanban {

class HttpGetConnection;

struct ExchangeEndpoint {
    QUrl baseUrl;
    QString systemId;
    QByteArray secret; // never logged, never shown
    QString caFile;    // PEM bundle trusted in addition to the system's CAs (optional)
};

// One row of syncReceivedEdocList.
struct ReceivedItem {
    QString docId;
    QString messageType; // edoc | status
    QString from;
    QString to;
    QString status; // initial | done | fail
    QString createdTime;
};

// One row of getSentEdocList: a package and one of its recipients.
struct SentItem {
    QString docId;
    QString messageType;
    QString to;
    QString receiveStatus; // initial | done | fail
    QString receiveStatusDesc;
    QString sentTime;
    QString receivedTime;
    QString reason; // why the recipient acknowledged `fail` (hub extension; receiveStatusDesc says it too)
};

struct OrganizationRecord {
    QString organId;
    QString name;
    QString parentId;
    QString email;
    QString oldCode;
    bool active = true;
};

struct DownloadedPackage {
    qint64 size = 0;
    QString sha256;          // of the bytes received (lower-case hex)
    QString announcedSha256; // X-Content-SHA256 as the exchange sent it (lower-case hex; may be empty)
    bool copied = false;     // the bytes are also in the caller's buffer
};

class ExchangeClient {
    Q_DECLARE_TR_FUNCTIONS(ExchangeClient)

public:
    static constexpr int kTransferTimeoutMs = 60000; // no byte for a minute: give up this attempt

    // Checks the endpoint (https, or http to loopback only; a readable CA file) without touching the network.
    static Result<std::unique_ptr<ExchangeClient>> create(ExchangeEndpoint endpoint);
    ~ExchangeClient();

    // POST /v1/sendEdoc: returns the exchange's docId. requestId is the package's X-Request-Id.
    ExchangeResult<QString> sendPackage(const QString& messageType, const QString& packagePath,
                                        const QString& requestId);
    // GET /v1/syncReceivedEdocList for one message type; only the items still 'initial'.
    ExchangeResult<QList<ReceivedItem>> pendingPackages(const QString& messageType);
    // GET /v1/downloadEdoc, streamed into targetPath (created or truncated); the length is checked and the SHA-256
    // computed on the way; the caller compares it with announcedSha256.
    // With `copy`, a package of at most copyLimit bytes is also kept there (`copied`), so that it need not be read
    // back from the file; the buffer's capacity is reused.
    ExchangeResult<DownloadedPackage> download(const QString& docId, const QString& targetPath,
                                               QByteArray* copy = nullptr, qint64 copyLimit = 0);
    // POST /v1/updateStatus: done, or fail with a reason.
    ExchangeStatus acknowledge(const QString& docId, bool done, const QString& reason = {});
    // The same without waiting: `finished` runs with the outcome when the answer arrives, during any later wait of
    // this client (the next download, waitForAcknowledgements()), so acknowledgements travel while packages download.
    void acknowledgeLater(const QString& docId, bool done, const QString& reason,
                          std::function<void(const ExchangeStatus&)> finished);
    // Waits until the answers to every acknowledgeLater() have arrived.
    void waitForAcknowledgements();
    // GET /v1/getSentEdocList (from a date on, when it is valid).
    ExchangeResult<QList<SentItem>> sentPackages(const QDate& from = {});
    // GET /v1/organizations (only rows changed since `since` when it is valid).
    ExchangeResult<QList<OrganizationRecord>> organizations(const QDateTime& since);

    // Where plain http is allowed.
    static bool isLoopback(const QUrl& url);

private:
    explicit ExchangeClient(ExchangeEndpoint endpoint, QList<QSslCertificate> extraCas);
    QUrl url(const QString& path, const QList<std::pair<QString, QString>>& query) const;
    QList<std::pair<QByteArray, QByteArray>> authenticationHeaders() const;
    QSslConfiguration tlsConfiguration() const;
    QNetworkRequest request(const QString& path, const QList<std::pair<QString, QString>>& query = {}) const;
    // Waits for the reply; returns the JSON object of a successful answer or the classified failure.
    // `what` names the operation in messages ("sending a package").
    ExchangeResult<QJsonObject> finishJson(QNetworkReply* reply, const QString& what);
    ExchangeResult<QJsonObject> getJson(const QString& path, const QList<std::pair<QString, QString>>& query,
                                        const QString& what);

    QNetworkReply* postAcknowledgement(const QString& docId, bool done, const QString& reason);

    ExchangeEndpoint m_endpoint;
    int m_acknowledgementsInFlight = 0;
    QList<QSslCertificate> m_extraCas;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<HttpGetConnection> m_downloads; // download()'s connection, opened by the first one
};

} // namespace vanban
