#pragma once
// Revocation of a certificate (TT 15/2025 Phụ lục II): OCSP (RFC 6960) when the certificate names a responder, else
// the CRL (RFC 5280) of its distribution point; validation data already in the PDF (/DSS) first. Without a fetcher
// (offline) or when nothing answers, the status is Unknown with the reason: the caller warns.
//
// An answer is used only when it is verified and covers the time asked about: an OCSP response signed by the issuer
// or by a responder it delegated to (chained to the trust anchors at the response's production time), a CRL signed
// by the issuer; and its thisUpdate at or after that time, or its nextUpdate at or after it (thisUpdate never more
// than five minutes in the future). The signing side (ValidationDataCollector) uses the same readers.

#include "signing/SignatureVerification.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <openssl/x509.h>

namespace vanban {

class RevocationFetcher;

struct RevocationCheck {
    RevocationStatus status = RevocationStatus::Unknown;
    QString detail;            // translated: where the answer came from, or why there is none
    QDateTime revokedAt;       // when revoked
    bool fromDocument = false; // the answer came from the PDF's /DSS (not from the network)
};

// One OCSP response or CRL read for one certificate.
struct RevocationAnswer {
    bool usable = false; // verified, about this certificate, and covering the time asked about
    bool revoked = false;
    QDateTime revokedAt, thisUpdate, nextUpdate;
    QString problem;                         // translated, when not usable
    QList<QByteArray> responderCertificates; // OCSP: the certificates the response carries (DER)
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

    // The OCSP responder addresses (authorityInfoAccess) and CRL distribution points (URIs) of a certificate.
    static QStringList ocspUrls(X509* certificate);
    static QStringList crlUrls(X509* certificate);
    // A DER OCSPRequest for one certificate (empty on failure).
    static QByteArray ocspRequest(X509* certificate, X509* issuer);
    // Reads an OCSP response (DER) or a CRL (DER or PEM) about `certificate` for the time `at`.
    static RevocationAnswer readOcsp(const QByteArray& der, X509* certificate, X509* issuer, STACK_OF(X509) * untrusted,
                                     const QList<QByteArray>& anchors, const QDateTime& at);
    static RevocationAnswer readCrl(const QByteArray& data, X509* certificate, X509* issuer, const QDateTime& at);
};

} // namespace vanban
