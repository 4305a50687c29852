#include "HubOptions.h"

#include <QHostInfo>

namespace vanban::hub {

namespace {
Error usageError(const QString& message) {
    return Error{ErrorCode::Usage, message};
}

Result<double> parseRate(const QString& option, const QString& value) {
    bool ok = false;
    const double rate = value.toDouble(&ok);
    if (!ok || !(rate >= 0.0 && rate <= 1.0))
        return usageError(QStringLiteral("%1: expected a probability between 0 and 1, got \"%2\"").arg(option, value));
    return rate;
}
} // namespace

QString HubOptions::usage() {
    return QStringLiteral(
        "Usage: vanban-hub --listen HOST:PORT --data DIR --units FILE [--tls-cert PEM --tls-key PEM]\n"
        "                  [--fail-rate P] [--latency-ms N] [--drop-after-commit-rate P] [--truncate-rate P]\n"
        "                  [--max-package-mib N (default 200, as the spec)]\n"
        "                  [--seed N]\n"
        "An LGSP document exchange simulator (shared/spec/exchange-api.md). PORT 0 picks a free port; the hub\n"
        "prints \"listening on http(s)://HOST:PORT\" when ready and stops on SIGTERM or SIGINT.\n"
        "A --listen address other than loopback needs --tls-cert and --tls-key.\n");
}

Result<HubOptions> HubOptions::parse(const QStringList& arguments) {
    HubOptions o;
    QString listen;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString arg = arguments.at(i);
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            o.help = true;
            return o;
        }
        if (!arg.startsWith(QLatin1String("--")))
            return usageError(QStringLiteral("unexpected argument \"%1\"").arg(arg));
        if (i + 1 >= arguments.size())
            return usageError(QStringLiteral("%1 needs a value").arg(arg));
        const QString value = arguments.at(++i);
        if (arg == QLatin1String("--listen")) {
            listen = value;
        } else if (arg == QLatin1String("--data")) {
            o.dataDir = value;
        } else if (arg == QLatin1String("--units")) {
            o.unitsFile = value;
        } else if (arg == QLatin1String("--tls-cert")) {
            o.tlsCert = value;
        } else if (arg == QLatin1String("--tls-key")) {
            o.tlsKey = value;
        } else if (arg == QLatin1String("--fail-rate")) {
            auto r = parseRate(arg, value);
            if (!r)
                return r.error();
            o.rates.fail = *r;
        } else if (arg == QLatin1String("--drop-after-commit-rate")) {
            auto r = parseRate(arg, value);
            if (!r)
                return r.error();
            o.rates.dropAfterCommit = *r;
        } else if (arg == QLatin1String("--truncate-rate")) {
            auto r = parseRate(arg, value);
            if (!r)
                return r.error();
            o.rates.truncate = *r;
        } else if (arg == QLatin1String("--latency-ms")) {
            bool ok = false;
            o.latencyMs = value.toInt(&ok);
            if (!ok || o.latencyMs < 0)
                return usageError(QStringLiteral("--latency-ms: expected milliseconds, got \"%1\"").arg(value));
        } else if (arg == QLatin1String("--max-package-mib")) {
            bool ok = false;
            const qint64 mib = value.toLongLong(&ok);
            if (!ok || mib <= 0)
                return usageError(QStringLiteral("--max-package-mib: expected a positive size, got \"%1\"").arg(value));
            o.maxPackageBytes = mib << 20;
        } else if (arg == QLatin1String("--seed")) {
            bool ok = false;
            o.seed = value.toULongLong(&ok);
            if (!ok)
                return usageError(QStringLiteral("--seed: expected a non-negative integer, got \"%1\"").arg(value));
        } else {
            return usageError(QStringLiteral("unknown option %1").arg(arg));
        }
    }
    for (const auto& [name, value] :
         {std::pair{QStringLiteral("--listen"), listen}, std::pair{QStringLiteral("--data"), o.dataDir},
          std::pair{QStringLiteral("--units"), o.unitsFile}})
        if (value.isEmpty())
            return usageError(QStringLiteral("%1 is required").arg(name));
    if (o.tlsCert.isEmpty() != o.tlsKey.isEmpty())
        return usageError(QStringLiteral("--tls-cert and --tls-key go together"));

    const qsizetype colon = listen.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const uint port = colon > 0 ? listen.mid(colon + 1).toUInt(&portOk) : 0;
    if (colon <= 0 || !portOk || port > 65535)
        return usageError(QStringLiteral("--listen: expected HOST:PORT, got \"%1\"").arg(listen));
    o.port = quint16(port);
    o.host = listen.left(colon);
    QString bare = o.host;
    if (bare.startsWith(QLatin1Char('[')) && bare.endsWith(QLatin1Char(']')))
        bare = bare.mid(1, bare.size() - 2);
    if (bare == QLatin1String("localhost")) {
        o.address = QHostAddress(QHostAddress::LocalHost);
    } else if (!o.address.setAddress(bare)) {
        const QHostInfo info = QHostInfo::fromName(bare);
        if (info.addresses().isEmpty())
            return usageError(QStringLiteral("--listen: unknown host \"%1\"").arg(bare));
        o.address = info.addresses().constFirst();
    }
    if (!o.address.isLoopback() && !o.tls())
        return Error::invalid(QStringLiteral("--listen"),
                              QStringLiteral("refusing to listen on %1, which is not a loopback address, without "
                                             "TLS (--tls-cert and --tls-key)")
                                  .arg(o.host));
    return o;
}

} // namespace vanban::hub
