#include "exchange/ExchangeClient.h"

#include "common/Sha256.h"
#include "exchange/HttpGetConnection.h"

#include <QEventLoop>
#include <QFile>
#include <QHostAddress>
#include <QHttpMultiPart>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QUrlQuery>

namespace vanban {

namespace {

constexpr qint64 kMaxJsonBytes = 64ll << 20; // a list of a few hundred thousand rows at most
constexpr qint64 kMaxErrorBodyBytes = 64 << 10;

QString jsonString(const QJsonObject& o, const char* key) {
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isDouble())
        return QString::number(v.toInteger());
    return v.toString();
}

bool isTlsError(QNetworkReply::NetworkError e) {
    return e == QNetworkReply::SslHandshakeFailedError || e == QNetworkReply::UnknownNetworkError;
}

// Waits for a reply on a local event loop. The caller's thread keeps processing its own events meanwhile.
void waitFor(QNetworkReply* reply) {
    if (reply->isFinished())
        return;
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}

} // namespace

// What the failure of one request is judged by, whichever way it travelled (QNetworkAccessManager or
// HttpGetConnection).
struct Answer {
    int httpStatus = 0; // 0: no answer
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    bool https = false;
    QByteArray retryAfter;
};

static Answer answerOf(QNetworkReply* reply) {
    return Answer{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->error(),
                  reply->errorString(), reply->url().scheme() == QLatin1String("https"),
                  reply->rawHeader("Retry-After")};
}

// The usual transport errors in the user's language (Qt's own texts are English only); others as Qt says them.
static QString networkProblem(const Answer& answer) {
    switch (answer.error) {
    case QNetworkReply::ConnectionRefusedError:
        return ExchangeClient::tr("the exchange refused the connection (is its address right, is it running?)");
    case QNetworkReply::HostNotFoundError:
        return ExchangeClient::tr("the exchange's address was not found (check the network and the address)");
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return ExchangeClient::tr("no answer in time (the network is slow or down)");
    case QNetworkReply::RemoteHostClosedError:
        return ExchangeClient::tr("the connection was cut before the answer was complete");
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
        return ExchangeClient::tr("this computer has no network connection");
    default:
        return answer.errorString;
    }
}

// The failure of one request, from what arrived (HTTP status, JSON body) or from the transport error.
static ExchangeFailure classify(const Answer& answer, const QByteArray& body, const QString& what) {
    ExchangeFailure f;
    f.httpStatus = answer.httpStatus;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject obj = doc.object();
    const bool json = parseError.error == QJsonParseError::NoError && doc.isObject();

    if (f.httpStatus == 0) {
        if (isTlsError(answer.error) && answer.https) {
            f.error = {ErrorCode::External,
                       ExchangeClient::tr("The exchange's TLS certificate could not be verified (%1). Ask the "
                                          "administrator to check the exchange address and its CA file.")
                           .arg(answer.errorString)};
            f.retryable = false;
        } else {
            f.error = {
                ErrorCode::External,
                ExchangeClient::tr("Could not reach the exchange while %1: %2.").arg(what, networkProblem(answer))};
            f.retryable = true;
        }
        return f;
    }

    f.exchangeCode = json ? jsonString(obj, "errorCode") : QString();
    const QString desc = json ? jsonString(obj, "errorDesc") : QString();
    const QString detail = desc.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(desc);
    const int code = f.exchangeCode.toInt();
    auto fail = [&](ErrorCode ec, bool retry, const QString& message) {
        f.error = {ec, message};
        f.retryable = retry;
        return f;
    };
    if (!json || f.exchangeCode.isEmpty()) {
        // No usable answer: a gateway page, a truncated body, invalid JSON. 5xx and broken bodies are retried.
        const bool retry = f.httpStatus >= 500 || f.httpStatus == 200 || answer.error != QNetworkReply::NoError;
        return fail(
            ErrorCode::External, retry,
            ExchangeClient::tr("The exchange gave no valid answer while %1 (HTTP %2).").arg(what).arg(f.httpStatus));
    }
    switch (code) {
    case 15:
        return fail(ErrorCode::Permission, false,
                    ExchangeClient::tr("The exchange refused this agency's SystemId or secret key%1. Ask the "
                                       "administrator to correct them (vanban-cli exchange configure).")
                        .arg(detail));
    case 18:
    case 23: {
        // errorDesc names the recipient; keep the organ id it contains so that only that recipient is marked.
        static const QRegularExpression organPattern(QStringLiteral("[0-9A-Za-z]+(?:\\.[0-9A-Za-z]+){2,}"));
        const QRegularExpressionMatch m = organPattern.match(desc);
        if (m.hasMatch())
            f.organId = m.captured(0);
        return fail(ErrorCode::Invalid, false,
                    code == 18 ? ExchangeClient::tr("A receiving agency does not exist on the exchange%1.").arg(detail)
                               : ExchangeClient::tr("A receiving agency is locked on the exchange%1.").arg(detail));
    }
    case 19:
        return fail(ErrorCode::Permission, false,
                    ExchangeClient::tr("The exchange does not accept this agency as the sender%1.").arg(detail));
    case 10:
    case 22:
        return fail(ErrorCode::Invalid, false,
                    ExchangeClient::tr("The exchange rejected the package as invalid%1.").arg(detail));
    case 40:
        return fail(ErrorCode::NotFound, false,
                    ExchangeClient::tr("The exchange does not know this package%1.").arg(detail));
    case 41:
        return fail(ErrorCode::Invalid, false,
                    ExchangeClient::tr("The package is larger than the exchange accepts (200 MiB)%1.").arg(detail));
    case 42: {
        bool ok = false;
        const int after = QString::fromLatin1(answer.retryAfter).toInt(&ok);
        f.retryAfterSeconds = ok && after >= 0 ? after : 60;
        return fail(
            ErrorCode::External, true,
            ExchangeClient::tr("The exchange asks to wait %1 seconds before trying again.").arg(f.retryAfterSeconds));
    }
    case 20:
    case 21:
        return fail(ErrorCode::External, true,
                    ExchangeClient::tr("The exchange had an internal error while %1%2; VanBan will try again.")
                        .arg(what, detail));
    default:
        return fail(
            ErrorCode::External, f.httpStatus >= 500,
            ExchangeClient::tr("The exchange answered with error %1 while %2%3.").arg(f.exchangeCode, what, detail));
    }
}

bool ExchangeClient::isLoopback(const QUrl& url) {
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

Result<std::unique_ptr<ExchangeClient>> ExchangeClient::create(ExchangeEndpoint endpoint) {
    const QUrl& url = endpoint.baseUrl;
    if (!url.isValid() || url.host().isEmpty())
        return Error::invalid(QStringLiteral("url"), tr("“%1” is not a valid exchange address.").arg(url.toString()));
    if (url.scheme() == QLatin1String("http")) {
        if (!isLoopback(url))
            return Error::invalid(QStringLiteral("url"),
                                  tr("The exchange address must start with https:// (plain http is allowed only to "
                                     "this computer, for tests)."));
    } else if (url.scheme() != QLatin1String("https")) {
        return Error::invalid(QStringLiteral("url"), tr("The exchange address must start with https://."));
    }
    if (endpoint.systemId.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("system-id"), tr("The SystemId is empty."));
    if (endpoint.secret.isEmpty())
        return Error::invalid(QStringLiteral("secret"), tr("The secret key is empty."));
    QList<QSslCertificate> cas;
    if (!endpoint.caFile.isEmpty()) {
        if (!QFile::exists(endpoint.caFile))
            return Error::invalid(QStringLiteral("ca-file"), tr("The CA file %1 does not exist.").arg(endpoint.caFile));
        cas = QSslCertificate::fromPath(endpoint.caFile, QSsl::Pem);
        if (cas.isEmpty())
            return Error::invalid(QStringLiteral("ca-file"),
                                  tr("The CA file %1 holds no PEM certificate.").arg(endpoint.caFile));
    }
    if (!endpoint.baseUrl.path().endsWith(QLatin1Char('/')))
        endpoint.baseUrl.setPath(endpoint.baseUrl.path() + QLatin1Char('/'));
    return std::unique_ptr<ExchangeClient>(new ExchangeClient(std::move(endpoint), std::move(cas)));
}

ExchangeClient::ExchangeClient(ExchangeEndpoint endpoint, QList<QSslCertificate> extraCas)
    : m_endpoint(std::move(endpoint))
    , m_extraCas(std::move(extraCas))
    , m_network(std::make_unique<QNetworkAccessManager>()) {
    m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

ExchangeClient::~ExchangeClient() = default;

QUrl ExchangeClient::url(const QString& path, const QList<std::pair<QString, QString>>& query) const {
    QUrl url = m_endpoint.baseUrl.resolved(QUrl(path));
    if (!query.isEmpty()) {
        QUrlQuery q;
        for (const auto& [key, value] : query)
            q.addQueryItem(key, value);
        url.setQuery(q);
    }
    return url;
}

QList<std::pair<QByteArray, QByteArray>> ExchangeClient::authenticationHeaders() const {
    return {{"X-SystemId", m_endpoint.systemId.toUtf8()},
            {"X-SecretKey", m_endpoint.secret},
            {"User-Agent", "VanBan/" + QCoreApplication::applicationVersion().toLatin1()},
            {"Accept", "application/json"}};
}

QSslConfiguration ExchangeClient::tlsConfiguration() const {
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (!m_extraCas.isEmpty())
        tls.addCaCertificates(m_extraCas);
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    return tls;
}

QNetworkRequest ExchangeClient::request(const QString& path, const QList<std::pair<QString, QString>>& query) const {
    QNetworkRequest r(url(path, query));
    for (const auto& [name, value] : authenticationHeaders())
        r.setRawHeader(name, value);
    r.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    r.setTransferTimeout(kTransferTimeoutMs);
    if (r.url().scheme() == QLatin1String("https"))
        r.setSslConfiguration(tlsConfiguration());
    return r;
}

ExchangeResult<QJsonObject> ExchangeClient::finishJson(QNetworkReply* reply, const QString& what) {
    std::unique_ptr<QNetworkReply, void (*)(QNetworkReply*)> guard(reply, [](QNetworkReply* r) { r->deleteLater(); });
    QByteArray body;
    bool tooLarge = false;
    QObject::connect(reply, &QNetworkReply::readyRead, reply, [&] {
        body += reply->readAll();
        if (body.size() > kMaxJsonBytes) {
            tooLarge = true;
            reply->abort();
        }
    });
    waitFor(reply);
    body += reply->readAll();
    if (tooLarge)
        return ExchangeFailure::retryLater(
            Error{ErrorCode::External, tr("The exchange's answer while %1 is too large.").arg(what)});
    const int http = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() == QNetworkReply::NoError && http == 200) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error == QJsonParseError::NoError && doc.isObject() &&
            doc.object().value(QLatin1String("success")).toBool())
            return doc.object();
    }
    return classify(answerOf(reply), body, what);
}

ExchangeResult<QJsonObject>
ExchangeClient::getJson(const QString& path, const QList<std::pair<QString, QString>>& query, const QString& what) {
    return finishJson(m_network->get(request(path, query)), what);
}

ExchangeResult<QString> ExchangeClient::sendPackage(const QString& messageType, const QString& packagePath,
                                                    const QString& requestId) {
    auto* file = new QFile(packagePath);
    if (!file->open(QIODevice::ReadOnly)) {
        const QString reason = file->errorString();
        delete file;
        return ExchangeFailure::final(
            Error{ErrorCode::Integrity, tr("The package %1 cannot be read: %2.").arg(packagePath, reason)});
    }
    auto* multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    file->setParent(multipart);
    QHttpPart type;
    type.setHeader(QNetworkRequest::ContentDispositionHeader, QStringLiteral("form-data; name=\"messageType\""));
    type.setBody(messageType.toUtf8());
    multipart->append(type);
    QHttpPart package;
    package.setHeader(QNetworkRequest::ContentDispositionHeader,
                      QStringLiteral("form-data; name=\"edocFile\"; filename=\"%1.edxml\"").arg(requestId));
    package.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/xml"));
    package.setBodyDevice(file);
    multipart->append(package);

    QNetworkRequest r = request(QStringLiteral("v1/sendEdoc"));
    r.setRawHeader("X-Request-Id", requestId.toLatin1());
    QNetworkReply* reply = m_network->post(r, multipart);
    multipart->setParent(reply);
    ExchangeResult<QJsonObject> answer = finishJson(reply, tr("sending a package"));
    if (!answer)
        return answer.failure();
    const QString docId = jsonString(answer.value(), "docId");
    if (docId.isEmpty())
        return ExchangeFailure::retryLater(
            Error{ErrorCode::External, tr("The exchange accepted the package but gave no docId.")});
    return docId;
}

ExchangeResult<QList<ReceivedItem>> ExchangeClient::pendingPackages(const QString& messageType) {
    ExchangeResult<QJsonObject> answer =
        getJson(QStringLiteral("v1/syncReceivedEdocList"), {{QStringLiteral("messageType"), messageType}},
                messageType == QLatin1String("status") ? tr("listing the status messages waiting for this agency")
                                                       : tr("listing the documents waiting for this agency"));
    if (!answer)
        return answer.failure();
    QList<ReceivedItem> items;
    for (const QJsonValue& v : answer->value(QLatin1String("data")).toArray()) {
        const QJsonObject o = v.toObject();
        ReceivedItem item{jsonString(o, "docId"), jsonString(o, "messageType"), jsonString(o, "from"),
                          jsonString(o, "to"),    jsonString(o, "status"),      jsonString(o, "createdTime")};
        if (item.messageType.isEmpty())
            item.messageType = messageType;
        if (!item.docId.isEmpty() && item.status == QLatin1String("initial") && item.messageType == messageType)
            items << item;
    }
    return items;
}

ExchangeResult<DownloadedPackage> ExchangeClient::download(const QString& docId, const QString& targetPath,
                                                           QByteArray* copy, qint64 copyLimit) {
    QFile out(targetPath);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered))
        return ExchangeFailure::retryLater(
            Error{ErrorCode::External, tr("Cannot write %1: %2.").arg(targetPath, out.errorString())});
    // Our own connection, read on this thread (HttpGetConnection.h says why).
    if (!m_downloads)
        m_downloads = std::make_unique<HttpGetConnection>(tlsConfiguration(), kTransferTimeoutMs);
    QByteArray errorBody;
    QString writeError;
    bool copied = copy != nullptr;
    Sha256 digest; // while the bytes are in the cache: one pass fewer over them
    if (copy)
        copy->resize(0); // keeps its capacity: a buffer reused for every package costs no page faults
    const HttpGetConnection::Response response = m_downloads->get(
        url(QStringLiteral("v1/downloadEdoc"), {{QStringLiteral("docId"), docId}}), authenticationHeaders(),
        [&](const HttpGetConnection::Response& head, const char* data, qint64 size) {
            if (head.httpStatus != 200) {
                if (errorBody.size() < kMaxErrorBodyBytes)
                    errorBody.append(data, qsizetype(size));
                return true;
            }
            digest.addData(data, qsizetype(size));
            if (copied) {
                if (head.contentLength && *head.contentLength <= copyLimit && copy->capacity() < *head.contentLength)
                    copy->reserve(qsizetype(*head.contentLength));
                if (copy->size() + size <= copyLimit)
                    copy->append(data, qsizetype(size));
                else
                    copied = false; // too large to keep in memory: read back from the file
            }
            if (out.write(data, size) == size)
                return true;
            writeError = out.errorString();
            return false;
        });
    if (!writeError.isEmpty() || !out.flush())
        return ExchangeFailure::retryLater(
            Error{ErrorCode::External, tr("Cannot write the downloaded package to %1: %2.")
                                           .arg(targetPath, writeError.isEmpty() ? out.errorString() : writeError)});
    out.close();
    if (response.error != QNetworkReply::NoError || response.httpStatus != 200)
        return classify(Answer{response.httpStatus, response.error, response.errorString,
                               m_endpoint.baseUrl.scheme() == QLatin1String("https"), response.header("retry-after")},
                        errorBody, tr("downloading package %1").arg(docId));
    if (response.contentLength && *response.contentLength != response.bodyBytes)
        return ExchangeFailure::retryLater(
            Error{ErrorCode::External, tr("The download of package %1 was cut off (%2 of %3 bytes).")
                                           .arg(docId)
                                           .arg(response.bodyBytes)
                                           .arg(*response.contentLength)});
    const QString announced = QString::fromLatin1(response.header("x-content-sha256")).trimmed().toLower();
    if (copy && !copied)
        copy->resize(0);
    return DownloadedPackage{response.bodyBytes, QString::fromLatin1(digest.result().toHex()), announced, copied};
}

QNetworkReply* ExchangeClient::postAcknowledgement(const QString& docId, bool done, const QString& reason) {
    QJsonObject body{{QStringLiteral("docId"), docId},
                     {QStringLiteral("status"), done ? QStringLiteral("done") : QStringLiteral("fail")}};
    if (!done)
        body.insert(QStringLiteral("reason"), reason);
    QNetworkRequest r = request(QStringLiteral("v1/updateStatus"));
    r.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    return m_network->post(r, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

ExchangeStatus ExchangeClient::acknowledge(const QString& docId, bool done, const QString& reason) {
    ExchangeResult<QJsonObject> answer =
        finishJson(postAcknowledgement(docId, done, reason), tr("acknowledging package %1").arg(docId));
    if (!answer)
        return answer.failure();
    return std::monostate{};
}

void ExchangeClient::acknowledgeLater(const QString& docId, bool done, const QString& reason,
                                      std::function<void(const ExchangeStatus&)> finished) {
    QNetworkReply* reply = postAcknowledgement(docId, done, reason);
    ++m_acknowledgementsInFlight;
    QObject::connect(reply, &QNetworkReply::finished, reply, [this, reply, docId, finished = std::move(finished)] {
        --m_acknowledgementsInFlight;
        ExchangeResult<QJsonObject> answer = finishJson(reply, tr("acknowledging package %1").arg(docId));
        finished(answer ? ExchangeStatus(std::monostate{}) : ExchangeStatus(answer.failure()));
    });
}

void ExchangeClient::waitForAcknowledgements() {
    while (m_acknowledgementsInFlight > 0)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents | QEventLoop::ExcludeUserInputEvents);
}

ExchangeResult<QList<SentItem>> ExchangeClient::sentPackages(const QDate& from) {
    QList<std::pair<QString, QString>> query;
    if (from.isValid())
        query << std::pair{QStringLiteral("fromDate"), from.toString(QStringLiteral("yyyy/MM/dd"))};
    ExchangeResult<QJsonObject> answer =
        getJson(QStringLiteral("v1/getSentEdocList"), query, tr("reading the list of sent packages"));
    if (!answer)
        return answer.failure();
    QList<SentItem> items;
    for (const QJsonValue& v : answer->value(QLatin1String("data")).toArray()) {
        const QJsonObject o = v.toObject();
        SentItem item{jsonString(o, "docId"),
                      jsonString(o, "messageType"),
                      jsonString(o, "to"),
                      jsonString(o, "receiveStatus"),
                      jsonString(o, "receiveStatusDesc"),
                      jsonString(o, "sentTime"),
                      jsonString(o, "receivedTime"),
                      jsonString(o, "reason")};
        items << item;
    }
    return items;
}

ExchangeResult<QList<OrganizationRecord>> ExchangeClient::organizations(const QDateTime& since) {
    QList<std::pair<QString, QString>> query;
    if (since.isValid())
        query << std::pair{QStringLiteral("updatedSince"), since.toString(QStringLiteral("yyyy/MM/dd HH:mm:ss"))};
    ExchangeResult<QJsonObject> answer =
        getJson(QStringLiteral("v1/organizations"), query, tr("reading the agency directory"));
    if (!answer)
        return answer.failure();
    QList<OrganizationRecord> rows;
    for (const QJsonValue& v : answer->value(QLatin1String("data")).toArray()) {
        const QJsonObject o = v.toObject();
        OrganizationRecord r{jsonString(o, "organId"), jsonString(o, "name"),    jsonString(o, "parentId"),
                             jsonString(o, "email"),   jsonString(o, "oldCode"), true};
        if (o.contains(QLatin1String("active")))
            r.active = o.value(QLatin1String("active")).toBool(true);
        if (!r.organId.isEmpty())
            rows << r;
    }
    return rows;
}

} // namespace vanban
