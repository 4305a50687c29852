#include "signing/RevocationFetcher.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace vanban {

Result<QByteArray> HttpRevocationFetcher::fetch(const QUrl& url, const QByteArray& body,
                                                const QByteArray& contentType) {
    if (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
        return Error{ErrorCode::External, tr("Unsupported address %1 (only http and https).").arg(url.toString())};
    QNetworkAccessManager manager;
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply* reply = nullptr;
    if (body.isEmpty()) {
        reply = manager.get(request);
    } else {
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        reply = manager.post(request, body);
    }
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, reply, &QNetworkReply::abort);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    timer.start(m_timeoutMs);
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    const QByteArray data = reply->readAll();
    const bool ok = reply->error() == QNetworkReply::NoError;
    const QString reason = reply->errorString();
    delete reply;
    if (!ok)
        return Error{ErrorCode::External, tr("%1 could not be reached: %2").arg(url.toString(), reason)};
    if (data.size() > 32 * 1024 * 1024)
        return Error{ErrorCode::External, tr("%1 sent too much data.").arg(url.toString())};
    return data;
}

} // namespace vanban
