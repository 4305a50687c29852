// vanban-hub: a provincial document exchange (LGSP) simulator for tests and demos (shared/spec/cli.md,
// shared/spec/exchange-api.md). Composition only: options, units, store, API, HTTP server, signals.
#include "FaultInjector.h"
#include "HttpServer.h"
#include "HubApi.h"
#include "HubOptions.h"
#include "HubStore.h"
#include "SignalWatcher.h"
#include "UnitDirectory.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <cstdio>

using namespace vanban;
using namespace vanban::hub;

namespace {
int fail(const Error& e) {
    std::fprintf(stderr, "vanban-hub: %s\n", qPrintable(e.message));
    return int(e.code);
}

Result<QSslConfiguration> tlsConfiguration(const HubOptions& o) {
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(o.tlsCert, QSsl::Pem);
    if (chain.isEmpty())
        return Error::invalid(QStringLiteral("--tls-cert"),
                              QStringLiteral("--tls-cert: no PEM certificate in %1").arg(o.tlsCert));
    QFile keyFile(o.tlsKey);
    if (!keyFile.open(QIODevice::ReadOnly))
        return Error::invalid(QStringLiteral("--tls-key"),
                              QStringLiteral("--tls-key: cannot read %1: %2").arg(o.tlsKey, keyFile.errorString()));
    const QByteArray pem = keyFile.readAll();
    QSslKey key;
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        key = QSslKey(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            break;
    }
    if (key.isNull())
        return Error::invalid(QStringLiteral("--tls-key"),
                              QStringLiteral("--tls-key: no unencrypted PEM private key in %1").arg(o.tlsKey));
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificateChain(chain);
    config.setPrivateKey(key);
    config.setPeerVerifyMode(QSslSocket::VerifyNone); // clients authenticate with X-SystemId / X-SecretKey
    config.setProtocol(QSsl::TlsV1_2OrLater);
    return config;
}
} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("vanban-hub"));

    auto options = HubOptions::parse(app.arguments());
    if (!options) {
        std::fprintf(stderr, "vanban-hub: %s\n\n%s", qPrintable(options.error().message),
                     qPrintable(HubOptions::usage()));
        return int(options.error().code);
    }
    if (options->help) {
        std::fputs(qPrintable(HubOptions::usage()), stdout);
        return 0;
    }
    std::optional<QSslConfiguration> tls;
    if (options->tls()) {
        auto config = tlsConfiguration(*options);
        if (!config)
            return fail(config.error());
        tls = *config;
    }
    auto units = UnitDirectory::load(options->unitsFile);
    if (!units)
        return fail(units.error());
    auto store = HubStore::open(options->dataDir);
    if (!store)
        return fail(store.error());
    if (Status s = (*store)->syncOrganizations(units->units(), QDateTime::currentMSecsSinceEpoch()); !s)
        return fail(s.error());

    FaultInjector faults(options->rates, options->seed);
    HubApi api(**store, *units, faults, options->maxPackageBytes);
    if (Status s = api.loadDirectory(); !s)
        return fail(s.error());

    HttpServer server(HttpHandlers{[&api](const HttpRequest& r) { return api.handle(r); }, &HubApi::failure},
                      HttpConfig{(*store)->tempDir(), options->maxPackageBytes + (1 << 20), options->latencyMs});
    SignalWatcher signalWatcher;
    if (!signalWatcher.isValid())
        return fail(Error{ErrorCode::Internal, QStringLiteral("cannot install the SIGTERM handler")});
    QObject::connect(&signalWatcher, &SignalWatcher::terminationRequested, &app, [&](int signalNumber) {
        std::fprintf(stderr, "vanban-hub: signal %d, stopping\n", signalNumber);
        server.close();
        app.quit();
    });
    if (Status s = server.listen(options->address, options->port, tls); !s)
        return fail(s.error());

    QString host = options->host;
    if (options->address.protocol() == QAbstractSocket::IPv6Protocol && !host.startsWith(QLatin1Char('[')))
        host = QLatin1Char('[') + host + QLatin1Char(']');
    std::printf("listening on %s://%s:%u\n", tls ? "https" : "http", qPrintable(host), unsigned(server.port()));
    std::fflush(stdout);

    const int rc = app.exec();
    server.close();
    return rc;
}
