#pragma once
// The CMS half of a PDF signature check (OpenSSL, d2i_CMS_bio): a detached SignedData with one SignerInfo; the
// digest of the signed byte ranges against the message-digest attribute; the SignerInfo signature over the DER of
// the signed attributes (RSA PKCS#1 v1.5, RSA-PSS, ECDSA); the PAdES attribute profile (content-type id-data,
// message-digest, signing-certificate-v2 naming the signer certificate; signing-time must not be there); and the
// signature timestamp token (id-aa-signatureTimeStampToken: imprint = hash of the signature value, TSA chain).

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace vanban {

struct TimestampCheck {
    bool valid = false;   // imprint matches the signature value and the token's signature verifies
    bool trusted = false; // the TSA certificate chains to a trust anchor at genTime
    QDateTime genTime;    // UTC
    QString authority;    // the TSA certificate's CN
    QString problem;      // translated
};

struct CmsCheck {
    bool parsed = false;
    QByteArray signerCertificate;   // DER; empty when the CMS does not carry it
    QList<QByteArray> certificates; // every certificate in the CMS, DER
    QString digestAlgorithm;        // "SHA-256"
    QString signatureAlgorithm;     // "RSA PKCS#1 v1.5", "RSA-PSS", "ECDSA"
    bool digestMatches = false;
    bool signatureValid = false;
    bool attributesValid = false; // content-type, message-digest present; ESS (when present) names the signer
    bool hasSigningCertificateV2 = false;
    QDateTime signingTimeAttribute; // invalid when absent
    QByteArray signatureValue;
    std::optional<TimestampCheck> timestamp;
    QStringList errors;   // translated: why integrity fails
    QStringList warnings; // translated
};

class CmsSignatureVerifier {
    Q_DECLARE_TR_FUNCTIONS(CmsSignatureVerifier)

public:
    // cms: the DER (trailing zero padding is ignored); pdf and byteRange: the signed bytes (byteRange must have been
    // checked against pdf's size). anchors: DER trust anchors for the TSA chain.
    static CmsCheck verify(const QByteArray& cms, const QByteArray& pdf, const QList<qint64>& byteRange,
                           const QList<QByteArray>& anchors);
    // The parsing alone, for the fuzz target: no digest of a document.
    static CmsCheck inspect(const QByteArray& cms);
};

} // namespace vanban
