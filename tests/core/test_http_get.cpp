// HttpGetConnection against a scripted HTTP server on loopback: each way a body can be framed, keep-alive, a
// connection closed while idle, and answers that must be refused.
#include <catch2/catch.hpp>

#include "exchange/HttpGetConnection.h"

#include <QCoreApplication>
#include <QTcpServer>
#include <QTcpSocket>

using vanban::HttpGetConnection;

namespace {

// Answers each request on a connection with the next of `answers`; an answer may close the connection after it.
class ScriptedServer {
public:
    struct Answer {
        QByteArray bytes;
        bool closeAfter = false;
    };
    explicit ScriptedServer(QList<Answer> answers)
        : m_answers(std::move(answers)) {
        REQUIRE(m_server.listen(QHostAddress::LocalHost));
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                ++connections;
                auto* pending = new QByteArray;
                QObject::connect(socket, &QTcpSocket::disconnected, socket, [socket, pending] {
                    delete pending;
                    socket->deleteLater();
                });
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, pending] {
                    pending->append(socket->readAll());
                    qsizetype end;
                    while ((end = pending->indexOf("\r\n\r\n")) >= 0) {
                        requests << pending->left(end);
                        pending->remove(0, end + 4);
                        const Answer a = m_next < m_answers.size() ? m_answers[m_next++] : Answer{};
                        socket->write(a.bytes);
                        if (a.closeAfter)
                            socket->disconnectFromHost();
                    }
                });
            }
        });
    }
    QUrl url(const QString& path) const {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
    }
    int connections = 0;
    QList<QByteArray> requests;

private:
    QTcpServer m_server;
    QList<Answer> m_answers;
    int m_next = 0;
};

struct Received {
    HttpGetConnection::Response response;
    QByteArray body;
};

Received get(HttpGetConnection& c, const QUrl& url) {
    Received r;
    r.response =
        c.get(url, {{"X-SystemId", "000.00.00.H01"}}, [&](const HttpGetConnection::Response&, const char* d, qint64 n) {
            r.body.append(d, qsizetype(n));
            return true;
        });
    return r;
}

HttpGetConnection connection() {
    return HttpGetConnection(QSslConfiguration::defaultConfiguration(), 5000);
}

} // namespace

TEST_CASE(
    "HttpGetConnection: Content-Length, chunked and close-delimited bodies arrive whole, on one kept connection") {
    ScriptedServer server({
        {"HTTP/1.1 200 OK\r\nContent-Length: 5\r\nX-Content-SHA256: abc\r\n\r\nhello"},
        {"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
         "4;ext=1\r\nWiki\r\n5\r\npedia\r\nE\r\n in\r\n\r\nchunks.\r\n0\r\nTrailer: x\r\n\r\n"},
        {"HTTP/1.1 404 Not Found\r\nContent-Length: 2\r\n\r\n{}"},
        {"HTTP/1.0 200 OK\r\n\r\nuntil the end", true},
    });
    auto c = connection();
    Received first = get(c, server.url(QStringLiteral("/v1/downloadEdoc?docId=a%20b")));
    CHECK(first.response.error == QNetworkReply::NoError);
    CHECK(first.response.httpStatus == 200);
    CHECK(first.body == "hello");
    CHECK(first.response.contentLength == 5);
    CHECK(first.response.header("x-content-sha256") == "abc");
    REQUIRE(server.requests.size() == 1);
    CHECK(server.requests[0].startsWith("GET /v1/downloadEdoc?docId=a%20b HTTP/1.1\r\n"));
    CHECK(server.requests[0].contains("\r\nX-SystemId: 000.00.00.H01"));

    Received chunked = get(c, server.url(QStringLiteral("/second")));
    CHECK(chunked.response.error == QNetworkReply::NoError);
    CHECK(chunked.body == "Wikipedia in\r\n\r\nchunks.");

    Received missing = get(c, server.url(QStringLiteral("/third")));
    CHECK(missing.response.httpStatus == 404);
    CHECK(missing.body == "{}");

    Received toTheEnd = get(c, server.url(QStringLiteral("/fourth")));
    CHECK(toTheEnd.response.error == QNetworkReply::NoError);
    CHECK(toTheEnd.body == "until the end");
    CHECK(server.connections == 1); // the first three on one connection
}

TEST_CASE("HttpGetConnection: a connection the server closed while idle is opened again once") {
    ScriptedServer server({{"HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\none", true},
                           {"HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\ntwo"}});
    auto c = connection();
    CHECK(get(c, server.url(QStringLiteral("/1"))).body == "one");
    // The close may or may not have been seen before the next request: either way the answer arrives.
    Received second = get(c, server.url(QStringLiteral("/2")));
    CHECK(second.response.error == QNetworkReply::NoError);
    CHECK(second.body == "two");
    CHECK(server.connections == 2);
}

TEST_CASE("HttpGetConnection: a cut body, a broken answer, a refused connection and a stopped transfer are errors") {
    SECTION("the body is cut") {
        ScriptedServer server({{"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nhalf", true}});
        auto c = connection();
        Received r = get(c, server.url(QStringLiteral("/")));
        CHECK(r.response.error == QNetworkReply::RemoteHostClosedError);
        CHECK(r.response.httpStatus == 200);
        CHECK(r.body == "half");
    }
    SECTION("not HTTP, or a malformed chunk") {
        for (const QByteArray& answer : {QByteArray("SSH-2.0-OpenSSH\r\n\r\n"),
                                         QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n"),
                                         QByteArray("HTTP/1.1 200 OK\r\nContent-Length: -3\r\n\r\n")}) {
            ScriptedServer server({{answer}});
            auto c = connection();
            INFO(answer.toStdString());
            Received r = get(c, server.url(QStringLiteral("/")));
            CHECK(r.response.error == QNetworkReply::ProtocolFailure);
            CHECK_FALSE(r.response.errorString.isEmpty());
        }
    }
    SECTION("nobody listens") {
        quint16 port;
        {
            QTcpServer probe;
            REQUIRE(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        auto c = connection();
        Received r = get(c, QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port)));
        CHECK(r.response.httpStatus == 0);
        CHECK(r.response.error == QNetworkReply::ConnectionRefusedError);
    }
    SECTION("the sink stops the transfer") {
        ScriptedServer server({{"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello"}});
        auto c = connection();
        HttpGetConnection::Response r =
            c.get(server.url(QStringLiteral("/")), {},
                  [](const HttpGetConnection::Response&, const char*, qint64) { return false; });
        CHECK(r.error == QNetworkReply::OperationCanceledError);
    }
    SECTION("a header value with a line break is never sent") {
        ScriptedServer server({});
        auto c = connection();
        HttpGetConnection::Response r =
            c.get(server.url(QStringLiteral("/")), {{"X-SecretKey", "a\r\nX-Evil: 1"}},
                  [](const HttpGetConnection::Response&, const char*, qint64) { return true; });
        CHECK(r.error == QNetworkReply::ProtocolUnknownError);
        CHECK(server.connections == 0);
    }
}
