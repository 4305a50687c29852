#include "exchange/HttpGetConnection.h"

#include <QEventLoop>
#include <QSslSocket>
#include <QTimer>
#include <algorithm>

namespace vanban {

namespace {

constexpr qsizetype kReadBufferBytes = 256 << 10;
constexpr qsizetype kMaxHeadBytes = 64 << 10; // status line and headers
constexpr qsizetype kMaxLineBytes = 4 << 10;  // a chunk-size or trailer line

QNetworkReply::NetworkError networkErrorOf(QAbstractSocket::SocketError e) {
    switch (e) {
    case QAbstractSocket::ConnectionRefusedError:
        return QNetworkReply::ConnectionRefusedError;
    case QAbstractSocket::HostNotFoundError:
        return QNetworkReply::HostNotFoundError;
    case QAbstractSocket::RemoteHostClosedError:
        return QNetworkReply::RemoteHostClosedError;
    case QAbstractSocket::SocketTimeoutError:
        return QNetworkReply::TimeoutError;
    case QAbstractSocket::NetworkError:
        return QNetworkReply::TemporaryNetworkFailureError;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        return QNetworkReply::SslHandshakeFailedError;
    default:
        return QNetworkReply::UnknownServerError;
    }
}

std::optional<qint64> parseLength(QByteArrayView text, int base) {
    if (text.isEmpty() || text.size() > 15)
        return std::nullopt;
    qint64 value = 0;
    for (const char c : text) {
        const int digit = c >= '0' && c <= '9'                 ? c - '0'
                          : base == 16 && c >= 'a' && c <= 'f' ? c - 'a' + 10
                          : base == 16 && c >= 'A' && c <= 'F' ? c - 'A' + 10
                                                               : -1;
        if (digit < 0)
            return std::nullopt;
        value = value * base + digit;
    }
    return value;
}

} // namespace

QByteArray HttpGetConnection::Response::header(QByteArrayView lowerCaseName) const {
    for (const auto& [name, value] : headers)
        if (name == lowerCaseName)
            return value;
    return {};
}

// The answer to one request, parsed from the bytes as they arrive.
class HttpGetConnection::Exchange {
public:
    explicit Exchange(const BodySink& sink)
        : m_sink(sink) {}

    Response response;
    bool anyByte = false;  // some byte of the answer arrived
    bool keepAlive = true; // the connection may carry the next request
    bool finished() const { return m_phase == Phase::Done || m_failed; }
    bool complete() const { return m_phase == Phase::Done && !m_failed; }

    void feed(const char* p, qint64 n) {
        anyByte = anyByte || n > 0;
        while (n > 0 && !finished()) {
            qint64 used = 0;
            switch (m_phase) {
            case Phase::Head:
                used = takeHead(p, n);
                break;
            case Phase::Body:
            case Phase::ChunkData:
                used = deliver(p, std::min(n, m_remaining));
                m_remaining -= used;
                if (m_remaining == 0)
                    m_phase = m_phase == Phase::Body ? Phase::Done : Phase::ChunkEnd;
                break;
            case Phase::UntilClose:
                used = deliver(p, n);
                break;
            case Phase::ChunkSize:
            case Phase::ChunkEnd:
            case Phase::Trailer:
                used = takeLine(p, n);
                break;
            case Phase::Done:
                break;
            }
            p += used;
            n -= used;
        }
        if (n > 0)
            keepAlive = false; // bytes after the answer: not a connection to trust with another request
    }

    // The server closed the connection.
    void closed() {
        if (m_phase == Phase::UntilClose)
            m_phase = Phase::Done;
        else
            fail(QNetworkReply::RemoteHostClosedError,
                 HttpGetConnection::tr("the connection was closed before the answer was complete"));
        keepAlive = false;
    }

    void fail(QNetworkReply::NetworkError error, const QString& text) {
        if (finished())
            return;
        m_failed = true;
        keepAlive = false;
        response.error = error;
        response.errorString = text;
    }

private:
    enum class Phase { Head, Body, UntilClose, ChunkSize, ChunkData, ChunkEnd, Trailer, Done };

    qint64 deliver(const char* p, qint64 n) {
        response.bodyBytes += n;
        if (!m_sink(response, p, n))
            fail(QNetworkReply::OperationCanceledError, HttpGetConnection::tr("the transfer was stopped"));
        return n;
    }

    qint64 takeHead(const char* p, qint64 n) {
        const qsizetype before = m_text.size();
        m_text.append(p, qsizetype(std::min<qint64>(n, kMaxHeadBytes + 4)));
        const qsizetype end = m_text.indexOf("\r\n\r\n", std::max<qsizetype>(0, before - 3));
        if (end < 0) {
            if (m_text.size() > kMaxHeadBytes)
                fail(QNetworkReply::ProtocolFailure,
                     HttpGetConnection::tr("the server's answer has too long a header"));
            return m_text.size() - before;
        }
        m_text.truncate(end + 4);
        const qint64 used = m_text.size() - before;
        parseHead();
        m_text.clear();
        return used;
    }

    void parseHead() {
        QList<QByteArray> lines = m_text.split('\n');
        const QByteArray status = lines.takeFirst().trimmed();
        const qint64 code =
            status.size() >= 12 ? parseLength(QByteArrayView(status).sliced(9, 3), 10).value_or(-1) : -1;
        if (!status.startsWith("HTTP/1.") || (status.size() > 12 && status[12] != ' ') || code < 100) {
            fail(QNetworkReply::ProtocolFailure, HttpGetConnection::tr("the server did not answer in HTTP/1.1"));
            return;
        }
        if (code < 200)
            return; // 100 Continue and the like: the real answer follows
        response.httpStatus = int(code);
        bool http10 = status[7] == '0';
        keepAlive = !http10;
        for (const QByteArray& raw : lines) {
            const QByteArray line = raw.trimmed();
            if (line.isEmpty())
                continue;
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0) {
                fail(QNetworkReply::ProtocolFailure,
                     HttpGetConnection::tr("the server's answer has a malformed header"));
                return;
            }
            response.headers.emplaceBack(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
        }
        const QByteArray connection = response.header("connection").toLower();
        if (connection.contains("close"))
            keepAlive = false;
        else if (connection.contains("keep-alive"))
            keepAlive = true;

        if (response.httpStatus == 204 || response.httpStatus == 304) {
            m_phase = Phase::Done;
            return;
        }
        if (response.header("transfer-encoding").toLower().endsWith("chunked")) {
            m_phase = Phase::ChunkSize;
            return;
        }
        const QByteArray length = response.header("content-length");
        if (length.isEmpty()) {
            m_phase = Phase::UntilClose;
            keepAlive = false;
            return;
        }
        response.contentLength = parseLength(length, 10);
        if (!response.contentLength) {
            fail(QNetworkReply::ProtocolFailure,
                 HttpGetConnection::tr("the server's answer has an invalid Content-Length"));
            return;
        }
        m_remaining = *response.contentLength;
        m_phase = m_remaining > 0 ? Phase::Body : Phase::Done;
    }

    // The framing lines of a chunked body: a size, the end of a chunk, the trailer.
    qint64 takeLine(const char* p, qint64 n) {
        const char* newline = static_cast<const char*>(memchr(p, '\n', size_t(n)));
        const qint64 used = newline ? newline - p + 1 : n;
        m_text.append(p, qsizetype(used));
        if (m_text.size() > kMaxLineBytes) {
            fail(QNetworkReply::ProtocolFailure, HttpGetConnection::tr("the server's answer has a malformed chunk"));
            return used;
        }
        if (!newline)
            return used;
        const QByteArray line = m_text.trimmed();
        m_text.clear();
        switch (m_phase) {
        case Phase::ChunkSize: {
            const qsizetype semicolon = line.indexOf(';');
            const std::optional<qint64> size =
                parseLength(QByteArrayView(line).first(semicolon < 0 ? line.size() : semicolon).trimmed(), 16);
            if (!size)
                fail(QNetworkReply::ProtocolFailure,
                     HttpGetConnection::tr("the server's answer has a malformed chunk"));
            else if (*size == 0)
                m_phase = Phase::Trailer;
            else {
                m_remaining = *size;
                m_phase = Phase::ChunkData;
            }
            break;
        }
        case Phase::ChunkEnd:
            if (!line.isEmpty())
                fail(QNetworkReply::ProtocolFailure,
                     HttpGetConnection::tr("the server's answer has a malformed chunk"));
            m_phase = Phase::ChunkSize;
            break;
        default: // Trailer: fields are ignored, an empty line ends the answer
            if (line.isEmpty())
                m_phase = Phase::Done;
            break;
        }
        return used;
    }

    const BodySink& m_sink;
    Phase m_phase = Phase::Head;
    bool m_failed = false;
    QByteArray m_text; // the head, or a framing line, gathered across pieces
    qint64 m_remaining = 0;
};

HttpGetConnection::HttpGetConnection(QSslConfiguration tls, int idleTimeoutMs)
    : m_tls(std::move(tls))
    , m_idleTimeoutMs(idleTimeoutMs) {}

HttpGetConnection::~HttpGetConnection() = default;

bool HttpGetConnection::connectTo(const QUrl& url) {
    const bool https = url.scheme() == QLatin1String("https");
    const QString origin =
        url.scheme() + QLatin1Char('|') + url.host() + QLatin1Char('|') + QString::number(url.port(https ? 443 : 80));
    if (m_socket && m_origin == origin && m_socket->state() == QAbstractSocket::ConnectedState)
        return true; // reused
    m_socket.reset();
    m_origin = origin;
    if (https) {
        auto socket = std::make_unique<QSslSocket>();
        socket->setSslConfiguration(m_tls);
        socket->setPeerVerifyName(url.host());
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        socket->connectToHostEncrypted(url.host(), quint16(url.port(443)));
        m_socket = std::move(socket);
    } else {
        m_socket = std::make_unique<QTcpSocket>();
        m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        // Unbuffered: read() takes the bytes from the kernel straight into our buffer.
        m_socket->connectToHost(url.host(), quint16(url.port(80)), QIODevice::ReadWrite | QIODevice::Unbuffered);
    }
    return false;
}

HttpGetConnection::Response
HttpGetConnection::get(const QUrl& url, const QList<std::pair<QByteArray, QByteArray>>& headers, const BodySink& body) {
    QByteArray request = "GET " + url.path(QUrl::FullyEncoded).toLatin1();
    if (!request.endsWith('/') && url.path().isEmpty())
        request += '/';
    if (url.hasQuery())
        request += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    request += " HTTP/1.1\r\nHost: " + url.authority(QUrl::FullyEncoded | QUrl::RemoveUserInfo).toLatin1() + "\r\n";
    for (const auto& [name, value] : headers) {
        if (name.contains('\r') || name.contains('\n') || value.contains('\r') || value.contains('\n')) {
            Response refused;
            refused.error = QNetworkReply::ProtocolUnknownError;
            refused.errorString = HttpGetConnection::tr("a request header holds a line break");
            return refused;
        }
        request += name + ": " + value + "\r\n";
    }
    request += "Connection: keep-alive\r\n\r\n";
    if (m_buffer.isEmpty())
        m_buffer.resize(kReadBufferBytes);

    for (int attempt = 0;; ++attempt) {
        const bool reused = connectTo(url);
        QTcpSocket* socket = m_socket.get();
        const bool https = qobject_cast<QSslSocket*>(socket) != nullptr;
        Exchange exchange(body);
        QEventLoop loop;
        QTimer idle;
        idle.setSingleShot(true);
        idle.setInterval(m_idleTimeoutMs);
        const auto settle = [&] {
            if (exchange.finished())
                loop.quit();
        };
        const auto socketFailed = [&] {
            if (socket->error() == QAbstractSocket::RemoteHostClosedError)
                exchange.closed();
            else
                exchange.fail(networkErrorOf(socket->error()), socket->errorString());
        };
        const auto readAvailable = [&] {
            while (!exchange.finished()) {
                const qint64 n = socket->read(m_buffer.data(), m_buffer.size());
                if (n > 0) {
                    idle.start();
                    exchange.feed(m_buffer.constData(), n);
                } else {
                    if (n < 0 || socket->state() != QAbstractSocket::ConnectedState)
                        socketFailed();
                    break;
                }
            }
            settle();
        };
        const auto send = [&] {
            idle.start();
            if (socket->write(request) != request.size()) {
                socketFailed();
                settle();
            }
        };
        QObject::connect(socket, &QIODevice::readyRead, &loop, readAvailable);
        QObject::connect(socket, &QAbstractSocket::errorOccurred, &loop, [&] {
            readAvailable(); // what arrived before the error counts (a close ends a body read up to the close)
            socketFailed();
            settle();
        });
        QObject::connect(socket, &QAbstractSocket::disconnected, &loop, [&] {
            readAvailable();
            exchange.closed();
            settle();
        });
        QObject::connect(&idle, &QTimer::timeout, &loop, [&] {
            exchange.fail(QNetworkReply::TimeoutError, HttpGetConnection::tr("no answer in time"));
            settle();
        });
        if (reused) {
            send();
            readAvailable(); // also notices a connection the server closed while it was idle
        } else if (https)
            QObject::connect(static_cast<QSslSocket*>(socket), &QSslSocket::encrypted, &loop, send);
        else
            QObject::connect(socket, &QAbstractSocket::connected, &loop, send);
        idle.start();
        if (!exchange.finished())
            loop.exec(QEventLoop::ExcludeUserInputEvents);
        QObject::disconnect(socket, nullptr, &loop, nullptr);

        if (!exchange.keepAlive || !exchange.complete())
            m_socket.reset();
        // A connection the server closed while it was idle: once more on a new one.
        if (reused && attempt == 0 && !exchange.anyByte &&
            exchange.response.error == QNetworkReply::RemoteHostClosedError) {
            m_socket.reset();
            continue;
        }
        return exchange.response;
    }
}

} // namespace vanban
