#pragma once
// The trust anchors signatures are verified against (DOMAIN.md §7.4: the Vietnam National Root CA and Ban Cơ yếu's
// RootCA G2, imported by an administrator): a directory of certificates, PEM (one or several), DER or PKCS#7
// (.p7b, as rootca.gov.vn publishes them). A value type: load it once and hand it to PdfSignatureVerifier.

#include "common/Result.h"
#include "signing/TokenCertificate.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace vanban {

class TrustStore {
    Q_DECLARE_TR_FUNCTIONS(TrustStore)

public:
    // <AppConfigLocation>/trust-anchors ("~/.config/VanBan/VanBan/trust-anchors" on Linux).
    static QString defaultDirectory();

    // Every certificate in the directory's files. A missing directory is an empty store; a file that holds no
    // certificate is skipped with a warning.
    static Result<TrustStore> load(const QString& directory);

    // Checks that the file holds CA certificates fit to be anchors (basicConstraints CA, keyCertSign when key usage
    // is present, a self-signed one's signature verifies, valid today, RSA ≥ 2048 / EC ≥ 256 bits) and copies
    // each into `directory` as <sha256>.pem with a provenance header (source file, date). Invalid: not fit.
    static Result<QList<TokenCertificate>> import(const QString& file, const QString& directory);

    // Certificates from PEM, DER or PKCS#7 bytes.
    static QList<QByteArray> readCertificates(const QByteArray& data);

    const QList<TokenCertificate>& anchors() const { return m_anchors; }
    QList<QByteArray> anchorsDer() const;
    const QStringList& warnings() const { return m_warnings; }
    bool isEmpty() const { return m_anchors.isEmpty(); }

private:
    QList<TokenCertificate> m_anchors;
    QStringList m_warnings;
};

} // namespace vanban
