#include "signing/CmsSignedDataBuilder.h"

#include "signing/Der.h"

#include <QCryptographicHash>

namespace vanban {

namespace {
constexpr const char* kSignedData = "1.2.840.113549.1.7.2";
constexpr const char* kData = "1.2.840.113549.1.7.1";
constexpr const char* kContentType = "1.2.840.113549.1.9.3";
constexpr const char* kMessageDigest = "1.2.840.113549.1.9.4";
constexpr const char* kSigningCertificateV2 = "1.2.840.113549.1.9.16.2.47";
constexpr const char* kSignatureTimeStampToken = "1.2.840.113549.1.9.16.2.14";
constexpr const char* kSha256 = "2.16.840.1.101.3.4.2.1";

QByteArray attribute(const char* type, const QByteArray& value) {
    return der::sequence(der::oid(type) + der::setOf({value}));
}

QByteArray sha256Algorithm() {
    return der::sequence(der::oid(kSha256));
}
} // namespace

Result<CmsSignedDataBuilder> CmsSignedDataBuilder::create(const TokenCertificate& signer,
                                                          const QList<QByteArray>& chainDer, SignatureScheme scheme) {
    if (signer.der.isEmpty())
        return Error{ErrorCode::Invalid, tr("The signer certificate is not a DER X.509 certificate.")};
    if (signer.issuerDer.isEmpty() || signer.serialDer.isEmpty())
        return Error{ErrorCode::Invalid, tr("The issuer or serial number of the signer certificate cannot be read.")};
    CmsSignedDataBuilder builder;
    builder.m_certificate = signer.der;
    builder.m_chain = chainDer;
    builder.m_issuerName = signer.issuerDer;
    builder.m_serialNumber = signer.serialDer;
    builder.m_scheme = scheme;
    return builder;
}

QByteArray CmsSignedDataBuilder::signedAttributes(const QByteArray& contentSha256) const {
    // ESSCertIDv2 ::= SEQUENCE { hashAlgorithm DEFAULT sha256 (omitted in DER), certHash, issuerSerial }
    const QByteArray certHash = QCryptographicHash::hash(m_certificate, QCryptographicHash::Sha256);
    const QByteArray issuerSerial = der::sequence(der::sequence(der::tlv(0xa4, m_issuerName)) + m_serialNumber);
    const QByteArray essCertIdV2 = der::sequence(der::octetString(certHash) + issuerSerial);
    const QByteArray signingCertificateV2 = der::sequence(der::sequence(essCertIdV2));
    return der::setOf({attribute(kContentType, der::oid(kData)),
                       attribute(kMessageDigest, der::octetString(contentSha256)),
                       attribute(kSigningCertificateV2, signingCertificateV2)});
}

QByteArray CmsSignedDataBuilder::signatureAlgorithm() const {
    switch (m_scheme) {
    case SignatureScheme::RsaPkcs1v15:
        return der::sequence(der::oid("1.2.840.113549.1.1.11") + der::null());
    case SignatureScheme::RsaPss: {
        const QByteArray sha256 = der::sequence(der::oid(kSha256) + der::null());
        const QByteArray mgf1 = der::sequence(der::oid("1.2.840.113549.1.1.8") + sha256);
        const QByteArray params =
            der::sequence(der::context(0, sha256) + der::context(1, mgf1) + der::context(2, der::integer(32)));
        return der::sequence(der::oid("1.2.840.113549.1.1.10") + params);
    }
    case SignatureScheme::Ecdsa:
        return der::sequence(der::oid("1.2.840.10045.4.3.2"));
    }
    return {};
}

QByteArray CmsSignedDataBuilder::build(const QByteArray& signedAttributes, const QByteArray& signatureValue,
                                       const QByteArray& timestampToken) const {
    // signedAttrs [0] IMPLICIT SET OF: the same content as the signed SET, with the tag changed.
    QByteArray implicitSigned = signedAttributes;
    implicitSigned[0] = char(0xa0);
    const QByteArray issuerAndSerial = der::sequence(m_issuerName + m_serialNumber);
    QByteArray signerInfo = der::integer(1) + issuerAndSerial + sha256Algorithm() + implicitSigned +
                            signatureAlgorithm() + der::octetString(signatureValue);
    if (!timestampToken.isEmpty())
        signerInfo += der::context(1, attribute(kSignatureTimeStampToken, timestampToken));
    QByteArray certificates = m_certificate;
    for (const QByteArray& c : m_chain)
        certificates += c;
    const QByteArray signedData =
        der::sequence(der::integer(1) + der::setOf({sha256Algorithm()}) + der::sequence(der::oid(kData)) +
                      der::context(0, certificates) + der::setOf({der::sequence(signerInfo)}));
    return der::sequence(der::oid(kSignedData) + der::context(0, signedData));
}

} // namespace vanban
