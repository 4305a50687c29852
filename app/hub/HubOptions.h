#pragma once
// The command line of vanban-hub (cli.md):
//   --listen HOST:PORT --data DIR --units FILE [--tls-cert PEM --tls-key PEM] [--fail-rate P] [--latency-ms N]
//   [--drop-after-commit-rate P] [--truncate-rate P] [--seed N]

#include "FaultInjector.h"
#include "common/Result.h"

#include <QHostAddress>
#include <QStringList>

namespace vanban::hub {

struct HubOptions {
    QString host; // as given, for the "listening on" line
    QHostAddress address;
    quint16 port = 0;
    QString dataDir;
    QString unitsFile;
    QString tlsCert;
    QString tlsKey;
    FaultInjector::Rates rates;
    int latencyMs = 0;
    qint64 maxPackageBytes = 200ll << 20; // the spec's limit (errorCode 41); --max-package-mib for benchmarks
    quint64 seed = 0;
    bool help = false;

    bool tls() const { return !tlsCert.isEmpty(); }

    // Usage errors have ErrorCode::Usage; a non-loopback --listen without TLS is Invalid.
    static Result<HubOptions> parse(const QStringList& arguments);
    static QString usage();
};

} // namespace vanban::hub
