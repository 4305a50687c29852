#pragma once
// The SoftHSM2 test PKI of tests/signing/make-test-pki.sh, made once per test process in a temporary folder.
// SOFTHSM2_CONF is set for this process, so a Pkcs11Module loaded afterwards sees the "VanBan Test" token.
// When softhsm2 or pkcs11-tool is missing, available() is false and reason() says why: tests WARN and return.

#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace vanban::test {

class SoftHsmPki {
public:
    static SoftHsmPki& instance() {
        static SoftHsmPki pki;
        return pki;
    }

    bool available() const { return m_available; }
    const QString& reason() const { return m_reason; }
    QString value(const QString& key) const { return m_env.value(key); }
    QString modulePath() const { return value(QStringLiteral("PKCS11_MODULE")); }
    QString certificatePem(const QString& label) const {
        return QDir(value(QStringLiteral("CERT_DIR"))).filePath(label + QStringLiteral(".pem"));
    }
    QString certificateDer(const QString& label) const {
        return QDir(value(QStringLiteral("CERT_DIR"))).filePath(label + QStringLiteral(".der"));
    }
    QString dir() const { return m_dir.path(); }

private:
    SoftHsmPki() {
        const QString module = qEnvironmentVariable("VANBAN_SOFTHSM_MODULE", QStringLiteral(VANBAN_SOFTHSM_MODULE));
        for (const char* tool : {"softhsm2-util", "pkcs11-tool", "openssl", "python3"}) {
            if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty()) {
                m_reason = QStringLiteral("%1 is not installed: the token tests are skipped").arg(QLatin1String(tool));
                return;
            }
        }
        if (!QFile::exists(module)) {
            m_reason = QStringLiteral("no SoftHSM2 module at %1: the token tests are skipped").arg(module);
            return;
        }
        QProcess script;
        script.setProcessChannelMode(QProcess::MergedChannels);
        script.start(QStringLiteral("bash"),
                     {QStringLiteral(VANBAN_MAKE_TEST_PKI), m_dir.filePath(QStringLiteral("pki"))});
        if (!script.waitForFinished(300000) || script.exitStatus() != QProcess::NormalExit || script.exitCode() != 0) {
            // The tools are there, so a failure of the script is a test failure, not a skip.
            m_failed = QStringLiteral("make-test-pki.sh failed: ") + QString::fromUtf8(script.readAll());
            m_reason = m_failed;
            return;
        }
        QFile env(m_dir.filePath(QStringLiteral("pki/pki.env")));
        if (!env.open(QIODevice::ReadOnly)) {
            m_failed = m_reason = QStringLiteral("make-test-pki.sh wrote no pki.env");
            return;
        }
        for (const QByteArray& line : env.readAll().split('\n')) {
            const int eq = line.indexOf('=');
            if (eq > 0) // values are shell-quoted with %q; only the token label has an escaped space
                m_env.insert(QString::fromUtf8(line.left(eq)),
                             QString::fromUtf8(line.mid(eq + 1)).replace(QStringLiteral("\\ "), QStringLiteral(" ")));
        }
        qputenv("SOFTHSM2_CONF", value(QStringLiteral("SOFTHSM2_CONF")).toLocal8Bit());
        m_available = true;
    }

public:
    // Non-empty when the tools exist but the fixture could not be made (the tests must fail, not skip).
    const QString& failure() const { return m_failed; }

private:
    QTemporaryDir m_dir;
    QHash<QString, QString> m_env;
    bool m_available = false;
    QString m_reason;
    QString m_failed;
};

} // namespace vanban::test

// Use at the start of a token test: skips with a warning when the tools are absent, fails when the fixture broke.
#define VANBAN_REQUIRE_SOFTHSM()                                                                                       \
    auto& pki = ::vanban::test::SoftHsmPki::instance();                                                                \
    if (!pki.available()) {                                                                                            \
        REQUIRE(pki.failure().toStdString() == "");                                                                    \
        WARN(pki.reason().toStdString());                                                                              \
        return;                                                                                                        \
    }
