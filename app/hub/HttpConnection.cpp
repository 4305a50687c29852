#include "HttpConnection.h"

#include <QTimer>

namespace vanban::hub {

namespace {
constexpr qint64 kChunk = 256 * 1024;
constexpr qint64 kMaxQueued = 1024 * 1024; // socket write buffer kept below this while streaming

QByteArray reasonPhrase(int status) {
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 413:
        return "Payload Too Large";
    case 422:
        return "Unprocessable Entity";
    case 423:
        return "Locked";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}
} // namespace

HttpConnection::HttpConnection(QTcpSocket* socket, const HttpHandlers& handlers, const HttpConfig& config,
                               QObject* parent)
    : QObject(parent)
    , m_socket(socket)
    , m_handlers(handlers)
    , m_config(config)
    , m_parser(config.tempDir, config.maxBodyBytes) {
    socket->setParent(this);
    connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(socket, &QTcpSocket::bytesWritten, this, &HttpConnection::pumpBody);
    connect(socket, &QTcpSocket::disconnected, this, [this] { emit finished(this); });
    connect(socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (error != QAbstractSocket::RemoteHostClosedError)
            abort();
    });
    if (socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpConnection::onReadyRead, Qt::QueuedConnection);
}

HttpConnection::~HttpConnection() = default;

void HttpConnection::abort() {
    m_closing = true;
    m_bodyDevice.reset();
    if (m_socket && m_socket->state() != QAbstractSocket::UnconnectedState)
        m_socket->abort();
    emit finished(this);
}

void HttpConnection::onReadyRead() {
    if (!m_socket)
        return;
    m_buffer.append(m_socket->readAll());
    processBuffer();
}

void HttpConnection::processBuffer() {
    while (!m_busy && !m_closing && !m_buffer.isEmpty()) {
        const auto state = m_parser.feed(m_buffer);
        if (m_parser.takeContinueRequest() && m_socket)
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        if (state == HttpRequestParser::State::NeedMore)
            return;
        if (state == HttpRequestParser::State::Error) {
            m_buffer.clear();
            respond(m_handlers.failure(m_parser.failure()), true);
            return;
        }
        const HttpRequest request = m_parser.takeRequest();
        const QByteArray connection = request.header("connection").toLower();
        respond(m_handlers.request(request), connection.contains("close"));
    }
}

void HttpConnection::respond(HttpResponse response, bool closeAfter) {
    m_busy = true;
    response.closeAfter = response.closeAfter || closeAfter;
    if (m_config.responseDelayMs > 0)
        QTimer::singleShot(m_config.responseDelayMs, this, [this, response] { send(response); });
    else
        send(std::move(response));
}

void HttpConnection::send(HttpResponse response) {
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState) {
        abort();
        return;
    }
    if (response.dropWithoutAnswer) {
        closeGracefully();
        return;
    }
    const qint64 length = response.contentLength();
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    for (const auto& [name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    head += "Content-Length: " + QByteArray::number(length) + "\r\n";
    head += response.closeAfter ? "Connection: close\r\n\r\n" : "Connection: keep-alive\r\n\r\n";
    m_socket->write(head);
    m_closeAfterResponse = response.closeAfter || response.truncateBody;
    const qint64 toSend = response.truncateBody ? length / 2 : length;
    if (!response.bodyDevice) {
        m_socket->write(response.body.constData(), toSend);
        endResponse();
        return;
    }
    m_bodyDevice = std::move(response.bodyDevice);
    m_bodyLeft = toSend;
    pumpBody();
}

void HttpConnection::pumpBody() {
    if (!m_bodyDevice || !m_socket)
        return;
    while (m_bodyLeft > 0 && m_socket->bytesToWrite() < kMaxQueued) {
        const QByteArray chunk = m_bodyDevice->read(std::min(kChunk, m_bodyLeft));
        if (chunk.isEmpty()) { // the file shrank or failed: the client sees a short body
            abort();
            return;
        }
        m_socket->write(chunk);
        m_bodyLeft -= chunk.size();
    }
    if (m_bodyLeft == 0) {
        m_bodyDevice.reset();
        endResponse();
    }
}

void HttpConnection::endResponse() {
    if (m_closeAfterResponse) {
        closeGracefully();
        return;
    }
    m_busy = false;
    QMetaObject::invokeMethod(this, &HttpConnection::processBuffer, Qt::QueuedConnection);
}

void HttpConnection::closeGracefully() {
    m_closing = true;
    m_buffer.clear();
    if (m_socket)
        m_socket->disconnectFromHost(); // sends what is queued, then closes; `disconnected` ends the connection
}

} // namespace vanban::hub
