#pragma once
// A running vanban-hub for tests (shared/spec/cli.md): writes a units file with N units to a temporary folder,
// starts the hub on 127.0.0.1 port 0 with the given extra options (optionally with a self-signed TLS
// certificate made by `openssl req -x509`), reads the "listening on" line, and stops it with SIGTERM.
// The hub's log (stderr) goes to log.txt in the folder. Failures to start throw std::runtime_error.
//
//   vanban::test::HubProcess hub({.units = 3, .tls = true});
//   hub.start({"--fail-rate", "0.3", "--seed", "7"});
//   QUrl url = hub.baseUrl();                  // https://127.0.0.1:PORT/
//   const auto& u = hub.unit(0);               // organId 000.00.01.H41, systemId H41.01, secret …
//   CHECK(hub.stop() == 0);
//
// The program is VANBAN_HUB (a compile definition: $<TARGET_FILE:vanban-hub>) unless another path is given.

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QUrl>
#include <csignal>
#include <stdexcept>

namespace vanban::test {

struct HubUnitInfo {
    QString organId;  // 000.00.01.H41 …
    QString name;     // "Đơn vị 01" …
    QString parentId; // 000.00.00.H41
    QString systemId; // H41.01 …
    QString secret;
    bool active = true;
};

struct HubProcessOptions {
    int units = 3;
    bool tls = false;
    QString program = {}; // empty: VANBAN_HUB
};

class HubProcess {
public:
    using Options = HubProcessOptions;

    explicit HubProcess(Options options = {})
        : m_options(std::move(options)) {
        if (!m_dir.isValid())
            throw std::runtime_error("no temporary folder");
        if (m_options.program.isEmpty()) {
#ifdef VANBAN_HUB
            m_options.program = QStringLiteral(VANBAN_HUB);
#else
            throw std::runtime_error("HubProcess: no program (define VANBAN_HUB or set Options::program)");
#endif
        }
        for (int i = 1; i <= m_options.units; ++i) {
            const QString n = QStringLiteral("%1").arg(i, 2, 10, QLatin1Char('0'));
            m_units.append(HubUnitInfo{QStringLiteral("000.00.%1.H41").arg(n), QStringLiteral("Đơn vị %1").arg(n),
                                       QStringLiteral("000.00.00.H41"), QStringLiteral("H41.%1").arg(n),
                                       QStringLiteral("secret-%1-").arg(n) + QString::number(quintptr(this), 16)});
        }
        writeUnits(m_units);
        if (m_options.tls)
            makeCertificate();
    }
    ~HubProcess() {
        if (m_process.state() != QProcess::NotRunning) {
            ::kill(pid_t(m_process.processId()), SIGTERM);
            if (!m_process.waitForFinished(10000))
                m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    HubProcess(const HubProcess&) = delete;
    HubProcess& operator=(const HubProcess&) = delete;

    // Starts the hub with the same data folder and units file as before, plus `extraArgs` (faults, seed …).
    void start(const QStringList& extraArgs = {}) {
        QStringList args{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                         QStringLiteral("--data"),   dataDir(),
                         QStringLiteral("--units"),  unitsFile()};
        if (m_options.tls)
            args << QStringLiteral("--tls-cert") << certificatePath() << QStringLiteral("--tls-key") << keyPath();
        args << extraArgs;
        m_process.setStandardErrorFile(logPath(), QIODevice::Append);
        m_process.start(m_options.program, args);
        if (!m_process.waitForStarted(10000))
            throw std::runtime_error("vanban-hub did not start: " + m_process.errorString().toStdString());
        QByteArray out;
        while (!out.contains('\n')) {
            if (!m_process.waitForReadyRead(30000))
                throw std::runtime_error("vanban-hub printed no listening line; log:\n" + log().toStdString());
            out += m_process.readAllStandardOutput();
        }
        const QString line = QString::fromUtf8(out.left(out.indexOf('\n'))).trimmed();
        const QString prefix = m_options.tls ? QStringLiteral("listening on https://127.0.0.1:")
                                             : QStringLiteral("listening on http://127.0.0.1:");
        bool ok = false;
        m_port = line.startsWith(prefix) ? line.mid(prefix.size()).toUShort(&ok) : 0;
        if (!ok || m_port == 0)
            throw std::runtime_error("unexpected first line from vanban-hub: " + line.toStdString());
    }

    // SIGTERM (or another signal), then the exit code; -1 when the hub crashed or did not stop in 30 s.
    int stop(int signalNumber = SIGTERM) {
        if (m_process.state() == QProcess::NotRunning)
            return -1;
        ::kill(pid_t(m_process.processId()), signalNumber);
        if (!m_process.waitForFinished(30000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
            return -1;
        }
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }
    int restart(const QStringList& extraArgs = {}) {
        const int rc = stop();
        start(extraArgs);
        return rc;
    }

    bool tls() const {
        return m_options.tls;
    }
    quint16 port() const {
        return m_port;
    }
    QUrl baseUrl() const {
        return QUrl(QStringLiteral("%1://127.0.0.1:%2/").arg(m_options.tls ? "https" : "http").arg(m_port));
    }
    const QList<HubUnitInfo>& units() const {
        return m_units;
    }
    const HubUnitInfo& unit(int index) const {
        return m_units.at(index);
    }
    QProcess& process() {
        return m_process;
    }

    QString dataDir() const {
        return m_dir.filePath(QStringLiteral("data"));
    }
    QString unitsFile() const {
        return m_dir.filePath(QStringLiteral("units.json"));
    }
    QString logPath() const {
        return m_dir.filePath(QStringLiteral("log.txt"));
    }
    QString certificatePath() const {
        return m_dir.filePath(QStringLiteral("hub-cert.pem"));
    }
    QString keyPath() const {
        return m_dir.filePath(QStringLiteral("hub-key.pem"));
    }
    // The self-signed certificate a client must trust (TLS only).
    QList<QSslCertificate> caCertificates() const {
        return QSslCertificate::fromPath(certificatePath());
    }
    QString log() const {
        QFile f(logPath());
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

    // Rewrites the units file (takes effect at the next start).
    void writeUnits(const QList<HubUnitInfo>& units) {
        m_units = units;
        QJsonArray array;
        for (const HubUnitInfo& u : units)
            array.append(QJsonObject{{QStringLiteral("organId"), u.organId},
                                     {QStringLiteral("name"), u.name},
                                     {QStringLiteral("parentId"), u.parentId},
                                     {QStringLiteral("systemId"), u.systemId},
                                     {QStringLiteral("secret"), u.secret},
                                     {QStringLiteral("active"), u.active}});
        QFile f(unitsFile());
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(QJsonDocument(array).toJson()) < 0)
            throw std::runtime_error("cannot write the units file");
    }

private:
    void makeCertificate() {
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                       QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                       QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=127.0.0.1/O=VanBan test hub"), QStringLiteral("-addext"),
                       QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost"), QStringLiteral("-keyout"),
                       keyPath(), QStringLiteral("-out"), certificatePath()});
        if (!openssl.waitForFinished(60000) || openssl.exitStatus() != QProcess::NormalExit || openssl.exitCode() != 0)
            throw std::runtime_error("openssl req -x509 failed: " + openssl.readAllStandardError().toStdString());
    }

    Options m_options;
    QTemporaryDir m_dir;
    QList<HubUnitInfo> m_units;
    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace vanban::test
