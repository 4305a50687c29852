#pragma once
// Revocation of the signer certificate (TT 15/2025 Phụ lục II): OCSP (RFC 6960) when the certificate names a
// responder, else the CRL (RFC 5280) of its distribution point; validation data already in the PDF (/DSS) first.
// Without a fetcher (offline) or when nothing answers, the status is Unknown with the reason: the caller warns.

#include "signing/SignatureVerification.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <openssl/x509.h>

namespace vanban {

class RevocationFetcher;

struct RevocationCheck {
    RevocationStatus status = RevocationStatus::Unknown;
    QString detail;      // translated: where the answer came from, or why there is none
    QDateTime revokedAt; // when revoked
};

class RevocationChecker {
    Q_DECLARE_TR_FUNCTIONS(RevocationChecker)

public:
    // issuer: the certificate that issued `certificate` (null when the chain is unknown). untrusted: extra
    // certificates (the CMS's, the DSS's) for OCSP responder chains. embeddedOcsp / embeddedCrls: DER from /DSS.
    // signingTime: a revocation after it does not invalidate the signature when `timeIsTrusted` (a timestamp).
    static RevocationCheck check(X509* certificate, X509* issuer, STACK_OF(X509) * untrusted,
                                 const QList<QByteArray>& anchors, const QList<QByteArray>& embeddedOcsp,
                                 const QList<QByteArray>& embeddedCrls, const QDateTime& signingTime,
                                 bool timeIsTrusted, RevocationFetcher* fetcher);
};

} // namespace vanban
