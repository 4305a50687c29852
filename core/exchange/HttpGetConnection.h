#pragma once
// GET requests whose body is handed to the caller as it arrives, on one keep-alive HTTP/1.1 connection of their own,
// read on the calling thread. The thread's event loop runs meanwhile, so its other replies are still delivered.
// ExchangeClient downloads packages with it: QNetworkAccessManager reads the socket on a thread of its own and hands
// every chunk over to ours, which cost 2.8 ms of a 1 MiB package on loopback where curl's whole copy took 1.4 ms
// (docs/PERFORMANCE.md). Here the socket is read straight into one buffer, without Qt's socket buffer in between.
//
// TLS as QNetworkAccessManager does it: the peer verified against the given configuration and its name checked.
// Bodies framed by Content-Length, chunked, or ending with the connection; 1xx answers skipped; no redirects (a 3xx is
// an answer like any other); the application's proxy setting applies as for any Qt socket. A reused connection that
// the server closed while idle is opened again once, before any byte of the answer arrived (GET is idempotent).

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QNetworkReply> // the transport error codes, shared with ExchangeClient's classification
#include <QSslConfiguration>
#include <QUrl>
#include <functional>
#include <memory>
#include <optional>
#include <utility>

class QTcpSocket;

namespace vanban {

class HttpGetConnection {
    Q_DECLARE_TR_FUNCTIONS(HttpGetConnection)

public:
    struct Response {
        int httpStatus = 0;                               // 0: no answer at all
        QList<std::pair<QByteArray, QByteArray>> headers; // names in lower case, values trimmed
        std::optional<qint64> contentLength;
        qint64 bodyBytes = 0;                                       // handed to the sink
        QNetworkReply::NetworkError error = QNetworkReply::NoError; // why the answer is missing or incomplete
        QString errorString;

        QByteArray header(QByteArrayView lowerCaseName) const;
    };
    // Receives the body piece by piece, and the status and headers before the first piece. Returning false stops the
    // transfer (the connection is closed; the response says OperationCanceledError).
    using BodySink = std::function<bool(const Response& head, const char* data, qint64 size)>;

    // tls applies to https URLs. No byte for idleTimeoutMs: the attempt ends with TimeoutError.
    HttpGetConnection(QSslConfiguration tls, int idleTimeoutMs);
    ~HttpGetConnection();
    HttpGetConnection(const HttpGetConnection&) = delete;
    HttpGetConnection& operator=(const HttpGetConnection&) = delete;

    Response get(const QUrl& url, const QList<std::pair<QByteArray, QByteArray>>& headers, const BodySink& body);

private:
    class Exchange; // one request and its answer
    bool connectTo(const QUrl& url);

    QSslConfiguration m_tls;
    int m_idleTimeoutMs;
    std::unique_ptr<QTcpSocket> m_socket;
    QString m_origin;    // scheme://host:port of the open connection
    QByteArray m_buffer; // the socket is read into it
};

} // namespace vanban
