#pragma once
// One client connection: reads requests with HttpRequestParser, hands each complete request to the handler,
// writes the response (streaming a body device from disk as the socket drains), and keeps the connection open
// for the next request unless either side asked to close. One request at a time; pipelined bytes wait.

#include "HttpMessage.h"
#include "HttpRequestParser.h"

#include <QObject>
#include <QPointer>
#include <QTcpSocket>
#include <functional>

namespace vanban::hub {

struct HttpHandlers {
    std::function<HttpResponse(const HttpRequest&)> request;
    std::function<HttpResponse(const HttpRequestParser::Failure&)> failure; // malformed or too large
};

struct HttpConfig {
    QString tempDir; // request bodies are written here
    qint64 maxBodyBytes = 0;
    int responseDelayMs = 0; // added before every response (--latency-ms)
};

class HttpConnection : public QObject {
    Q_OBJECT

public:
    HttpConnection(QTcpSocket* socket, const HttpHandlers& handlers, const HttpConfig& config,
                   QObject* parent = nullptr);
    ~HttpConnection() override;

    void abort();

signals:
    void finished(vanban::hub::HttpConnection* connection);

private:
    void onReadyRead();
    void processBuffer();
    void respond(HttpResponse response, bool closeAfter);
    void send(HttpResponse response);
    void pumpBody();
    void endResponse();
    void closeGracefully();

    QPointer<QTcpSocket> m_socket;
    HttpHandlers m_handlers;
    HttpConfig m_config;
    HttpRequestParser m_parser;
    QByteArray m_buffer;
    bool m_busy = false;    // a request is being answered
    bool m_closing = false; // no more requests on this connection
    std::shared_ptr<QIODevice> m_bodyDevice;
    qint64 m_bodyLeft = 0;
    bool m_closeAfterResponse = false;
};

} // namespace vanban::hub
