#pragma once
// Accepts connections on a QTcpServer, or a QSslServer when a TLS configuration is given, and runs an
// HttpConnection for each.

#include "HttpConnection.h"
#include "common/Result.h"

#include <QHostAddress>
#include <QObject>
#include <QSet>
#include <QSslConfiguration>
#include <QTcpServer>
#include <memory>
#include <optional>

namespace vanban::hub {

class HttpServer : public QObject {
    Q_OBJECT

public:
    HttpServer(HttpHandlers handlers, HttpConfig config, QObject* parent = nullptr);
    ~HttpServer() override;

    Status listen(const QHostAddress& address, quint16 port, const std::optional<QSslConfiguration>& tls);
    quint16 port() const;
    // Stops listening and drops every connection.
    void close();

private:
    void acceptPending();
    void forget(HttpConnection* connection);

    HttpHandlers m_handlers;
    HttpConfig m_config;
    std::unique_ptr<QTcpServer> m_server;
    QSet<HttpConnection*> m_connections;
};

} // namespace vanban::hub
