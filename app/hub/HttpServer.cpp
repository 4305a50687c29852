#include "HttpServer.h"

#include <QSslServer>
#include <QSslSocket>

namespace vanban::hub {

HttpServer::HttpServer(HttpHandlers handlers, HttpConfig config, QObject* parent)
    : QObject(parent)
    , m_handlers(std::move(handlers))
    , m_config(std::move(config)) {}

HttpServer::~HttpServer() {
    close();
}

Status HttpServer::listen(const QHostAddress& address, quint16 port, const std::optional<QSslConfiguration>& tls) {
    if (tls) {
        if (!QSslSocket::supportsSsl())
            return Error{ErrorCode::External, QStringLiteral("this Qt build has no TLS support")};
        auto server = std::make_unique<QSslServer>();
        server->setSslConfiguration(*tls);
        server->setHandshakeTimeout(10000);
        // A client that does not trust the certificate ends the handshake; drop that socket.
        QSslServer* raw = server.get();
        connect(raw, &QSslServer::errorOccurred, this, [raw](QSslSocket* socket, QAbstractSocket::SocketError) {
            if (socket->parent() == raw) // not yet handed to an HttpConnection
                socket->deleteLater();
        });
        m_server = std::move(server);
    } else {
        m_server = std::make_unique<QTcpServer>();
    }
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, &HttpServer::acceptPending);
    if (!m_server->listen(address, port))
        return Error{ErrorCode::External, QStringLiteral("cannot listen on %1:%2: %3")
                                              .arg(address.toString())
                                              .arg(port)
                                              .arg(m_server->errorString())};
    return {};
}

quint16 HttpServer::port() const {
    return m_server ? m_server->serverPort() : 0;
}

void HttpServer::acceptPending() {
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        // Answers are written in pieces (headers, then the body); without TCP_NODELAY, Nagle's algorithm and the
        // client's delayed ACK add ~40 ms to every request.
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        auto* connection = new HttpConnection(socket, m_handlers, m_config, this);
        m_connections.insert(connection);
        connect(connection, &HttpConnection::finished, this, &HttpServer::forget);
    }
}

void HttpServer::forget(HttpConnection* connection) {
    if (m_connections.remove(connection))
        connection->deleteLater();
}

void HttpServer::close() {
    if (m_server)
        m_server->close();
    const auto connections = m_connections;
    m_connections.clear();
    for (HttpConnection* c : connections) {
        c->abort();
        delete c;
    }
}

} // namespace vanban::hub
