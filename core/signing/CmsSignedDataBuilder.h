#pragma once
// Builds the detached CMS SignedData of a PAdES baseline signature (ETSI EN 319 142-1, CAdES detached) by hand,
// because OpenSSL 3.0's CMS_SignerInfo_sign always adds a signing-time attribute, which PAdES forbids:
//   signed attributes exactly content-type (id-data), message-digest and signing-certificate-v2 (ESSCertIDv2 with
//   the SHA-256 of the signer certificate and its issuer/serial); sid = issuerAndSerialNumber; digest SHA-256;
//   signature algorithm sha256WithRSAEncryption, RSASSA-PSS (SHA-256, MGF1-SHA-256, salt 32) or ecdsa-with-SHA256;
//   the signer certificate and its chain in `certificates`; optionally the RFC 3161 token as the unsigned attribute
//   id-aa-signatureTimeStampToken.
// The token signs the SHA-256 of signedAttributes() (the DER SET OF), see Pkcs11Signer::sign.

#include "common/Result.h"
#include "signing/Pkcs11Signer.h"
#include "signing/TokenCertificate.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace vanban {

class CmsSignedDataBuilder {
    Q_DECLARE_TR_FUNCTIONS(CmsSignedDataBuilder)

public:
    // From the certificate as the token listing parsed it (no second parse: OpenSSL 3's certificate decoding costs
    // about 0.4 ms, a fifth of signing a 1 MB file).
    static Result<CmsSignedDataBuilder> create(const TokenCertificate& signer, const QList<QByteArray>& chainDer,
                                               SignatureScheme scheme);

    // The DER SET OF the three signed attributes for a SHA-256 digest of the signed bytes.
    QByteArray signedAttributes(const QByteArray& contentSha256) const;
    // The DER ContentInfo. `signatureValue` is the token's signature over SHA-256(signedAttributes); the timestamp
    // token (a DER ContentInfo from the TSA), when given, becomes the unsigned attribute.
    QByteArray build(const QByteArray& signedAttributes, const QByteArray& signatureValue,
                     const QByteArray& timestampToken = {}) const;

private:
    CmsSignedDataBuilder() = default;
    QByteArray signatureAlgorithm() const;

    QByteArray m_certificate;
    QList<QByteArray> m_chain;
    QByteArray m_issuerName;   // DER Name
    QByteArray m_serialNumber; // DER INTEGER
    SignatureScheme m_scheme = SignatureScheme::RsaPkcs1v15;
};

} // namespace vanban
