// The test TSA of make-test-pki.sh + tsa_server.py answers RFC 3161 requests that `openssl ts -verify` accepts.
#include "support/SoftHsmPki.h"

#include <catch2/catch.hpp>

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace {
int runTool(const QString& program, const QStringList& args, QString* output = nullptr) {
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    REQUIRE(p.waitForFinished(60000));
    if (output)
        *output = QString::fromUtf8(p.readAll());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}
} // namespace

TEST_CASE("The test TSA answers an openssl ts query with a reply openssl ts -verify accepts") {
    VANBAN_REQUIRE_SOFTHSM();
    QProcess server;
    server.start(QStringLiteral("python3"), {QStringLiteral(VANBAN_TSA_SERVER), QStringLiteral("--config"),
                                             pki.value(QStringLiteral("TSA_CONFIG"))});
    REQUIRE(server.waitForStarted(10000));
    QByteArray line;
    while (!line.contains('\n') && server.waitForReadyRead(30000))
        line += server.readAllStandardOutput();
    INFO(line.toStdString() + QString::fromUtf8(server.readAllStandardError()).toStdString());
    REQUIRE(line.startsWith("listening on http://127.0.0.1:"));
    const QUrl url(QString::fromLatin1(line.mid(int(qstrlen("listening on "))).trimmed()));
    REQUIRE(url.port() > 0);

    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("document.txt"));
    const QString query = dir.filePath(QStringLiteral("query.tsq"));
    const QString reply = dir.filePath(QStringLiteral("reply.tsr"));
    {
        QFile f(data);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("Quyết định số 12/QĐ-UBND");
    }
    QString out;
    REQUIRE(runTool(QStringLiteral("openssl"),
                    {QStringLiteral("ts"), QStringLiteral("-query"), QStringLiteral("-data"), data,
                     QStringLiteral("-sha256"), QStringLiteral("-cert"), QStringLiteral("-out"), query},
                    &out) == 0);

    QFile queryFile(query);
    REQUIRE(queryFile.open(QIODevice::ReadOnly));
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/timestamp-query"));
    QNetworkReply* answer = network.post(request, queryFile.readAll());
    QEventLoop loop;
    QObject::connect(answer, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit); // a guard against a hung server, not a timing assertion
    loop.exec();
    REQUIRE(answer->isFinished());
    INFO(answer->errorString().toStdString());
    REQUIRE(answer->error() == QNetworkReply::NoError);
    CHECK(answer->header(QNetworkRequest::ContentTypeHeader).toString() ==
          QStringLiteral("application/timestamp-reply"));
    {
        QFile f(reply);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(answer->readAll());
    }
    answer->deleteLater();

    const int verified =
        runTool(QStringLiteral("openssl"),
                {QStringLiteral("ts"), QStringLiteral("-verify"), QStringLiteral("-in"), reply,
                 QStringLiteral("-queryfile"), query, QStringLiteral("-CAfile"), pki.value(QStringLiteral("ROOT_CA")),
                 QStringLiteral("-untrusted"), pki.value(QStringLiteral("INTERMEDIATE_CA"))},
                &out);
    INFO(out.toStdString());
    CHECK(verified == 0);
    CHECK(out.contains(QStringLiteral("Verification: OK")));

    // The reply is bound to the query: another document's query does not verify against it.
    const QString other = dir.filePath(QStringLiteral("other.tsq"));
    {
        QFile f(data);
        REQUIRE(f.open(QIODevice::Append));
        f.write(" (sửa đổi)");
    }
    REQUIRE(runTool(QStringLiteral("openssl"), {QStringLiteral("ts"), QStringLiteral("-query"), QStringLiteral("-data"),
                                                data, QStringLiteral("-sha256"), QStringLiteral("-out"), other}) == 0);
    CHECK(runTool(QStringLiteral("openssl"),
                  {QStringLiteral("ts"), QStringLiteral("-verify"), QStringLiteral("-in"), reply,
                   QStringLiteral("-queryfile"), other, QStringLiteral("-CAfile"), pki.value(QStringLiteral("ROOT_CA")),
                   QStringLiteral("-untrusted"), pki.value(QStringLiteral("INTERMEDIATE_CA"))}) != 0);

    server.terminate();
    CHECK(server.waitForFinished(30000));
}
