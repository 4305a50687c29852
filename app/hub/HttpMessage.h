#pragma once
// The request and response values passed between HttpConnection and HubApi. A request body is a temporary file on
// disk (packages can be hundreds of MiB); a response body is either bytes or a device streamed from disk.

#include <QByteArray>
#include <QIODevice>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QTemporaryFile>
#include <QUrlQuery>
#include <memory>

namespace vanban::hub {

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

struct HttpRequest {
    QByteArray method;
    QByteArray target; // as sent: /v1/getEdoc?docId=…
    QString path;      // decoded path without the query
    QUrlQuery query;
    HttpHeaders headers;                  // names in lower case
    std::shared_ptr<QTemporaryFile> body; // null when the request has no body
    qint64 bodySize = 0;

    QByteArray header(const QByteArray& lowerCaseName) const {
        for (const auto& [name, value] : headers)
            if (name == lowerCaseName)
                return value;
        return {};
    }
};

struct HttpResponse {
    int status = 200;
    HttpHeaders headers;                   // besides Content-Length and Connection
    QByteArray body;                       // used when bodyDevice is null
    std::shared_ptr<QIODevice> bodyDevice; // open for reading, positioned at the start of the body
    qint64 bodyDeviceSize = 0;
    bool closeAfter = false; // answer with Connection: close and close
    // Faults (FaultInjector): close the connection without answering; or send the headers with the full
    // Content-Length, then half of the body, then close.
    bool dropWithoutAnswer = false;
    bool truncateBody = false;

    qint64 contentLength() const { return bodyDevice ? bodyDeviceSize : body.size(); }

    static HttpResponse json(int status, const QJsonObject& object);
};

} // namespace vanban::hub
