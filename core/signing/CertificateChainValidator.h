#pragma once
// Builds the signer's (or a TSA's) certificate chain to the configured trust anchors with an X509_STORE at a given
// time (X509_V_FLAG_USE_CHECK_TIME), and tells apart "not trusted" from "trusted, but not valid at that time".

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <openssl/x509.h>

namespace vanban {

struct ChainValidation {
    bool trusted = false;     // a chain to an anchor exists (ignoring validity periods)
    bool validAtTime = false; // every certificate of the chain (or, untrusted, the certificate itself) was valid then
    QString error;            // translated reason when not trusted or not valid
    QList<QByteArray> chain;  // DER, the certificate first, the anchor last (when trusted)
};

class CertificateChainValidator {
    Q_DECLARE_TR_FUNCTIONS(CertificateChainValidator)

public:
    // anchors: DER certificates (self-signed roots, or intermediates an administrator chose to trust); untrusted:
    // the certificates the signature carries (and the DSS's). `purpose` is an X509_PURPOSE_* or 0 for none.
    static ChainValidation validate(X509* certificate, STACK_OF(X509) * untrusted, const QList<QByteArray>& anchors,
                                    const QDateTime& at, int purpose = 0);
    // A store holding the anchors, checking at `at` (partial chains allowed: an anchor may be an intermediate).
    static X509_STORE* newStore(const QList<QByteArray>& anchors, const QDateTime& at);
};

} // namespace vanban
