#pragma once
// A certificate found on a token (CKO_CERTIFICATE, CKC_X_509), parsed with OpenSSL, and whether the token holds the
// matching key (same CKA_ID).

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace vanban {

enum class KeyType { Rsa, Ec, Other };

struct TokenCertificate {
    Q_DECLARE_TR_FUNCTIONS(TokenCertificate)

public:
    QString idHex;   // CKA_ID, lower-case hex; the key pair has the same CKA_ID
    QString label;   // CKA_LABEL
    QByteArray der;  // CKA_VALUE
    QString subject; // RFC 2253, UTF-8 ("CN=Nguyễn Văn An,O=UBND xã Thử Nghiệm,C=VN")
    QString issuer;  // RFC 2253
    QString subjectCommonName;
    QString subjectOrganization;
    QString issuerCommonName;
    QByteArray subjectDer; // DER of the Name, for chain building
    QByteArray issuerDer;
    QString serialHex;
    QByteArray serialDer; // DER INTEGER, for issuerAndSerialNumber
    QDateTime notBefore;  // UTC
    QDateTime notAfter;   // UTC
    QString sha256;       // lower-case hex of SHA-256 over the DER
    KeyType keyType = KeyType::Other;
    int keyBits = 0;
    QString curve;       // "P-256" for EC keys (NIST name when there is one, else the OpenSSL short name)
    bool isCa = false;   // basicConstraints CA:TRUE
    bool hasKey = false; // the token holds a private key (or, before login, a public key) with the same CKA_ID
    QString keyLabel;    // CKA_LABEL of that key object

    // Parses a DER certificate. Fails with Invalid when it is not one.
    static Result<TokenCertificate> fromDer(const QByteArray& der);

    bool isValidAt(const QDateTime& when) const { return when >= notBefore && when <= notAfter; }
    QString keyDescription() const; // "RSA 2048", "EC P-256"
};

} // namespace vanban
