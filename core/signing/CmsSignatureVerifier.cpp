#include "signing/CmsSignatureVerifier.h"

#include "signing/CertificateChainValidator.h"
#include "signing/OpenSslHandles.h"

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/objects.h>

namespace vanban {

namespace {
struct MdCtxDeleter {
    void operator()(EVP_MD_CTX* c) const { EVP_MD_CTX_free(c); }
};

ASN1_TYPE* signedAttribute(CMS_SignerInfo* si, int nid, int* count = nullptr) {
    int found = 0;
    ASN1_TYPE* value = nullptr;
    for (int i = CMS_signed_get_attr_by_NID(si, nid, -1); i >= 0; i = CMS_signed_get_attr_by_NID(si, nid, i)) {
        ++found;
        X509_ATTRIBUTE* attribute = CMS_signed_get_attr(si, i);
        if (X509_ATTRIBUTE_count(attribute) == 1)
            value = X509_ATTRIBUTE_get0_type(attribute, 0);
    }
    if (count)
        *count = found;
    return value;
}

QString digestName(int nid) {
    switch (nid) {
    case NID_sha256:
        return QStringLiteral("SHA-256");
    case NID_sha384:
        return QStringLiteral("SHA-384");
    case NID_sha512:
        return QStringLiteral("SHA-512");
    case NID_sha1:
        return QStringLiteral("SHA-1");
    default:
        return QString::fromLatin1(OBJ_nid2sn(nid));
    }
}

QString signatureName(int nid, EVP_PKEY* key) {
    if (nid == NID_rsassaPss)
        return QStringLiteral("RSA-PSS");
    if (nid == NID_rsaEncryption || nid == NID_sha256WithRSAEncryption || nid == NID_sha384WithRSAEncryption ||
        nid == NID_sha512WithRSAEncryption || nid == NID_sha1WithRSAEncryption)
        return QStringLiteral("RSA PKCS#1 v1.5");
    if (nid == NID_X9_62_id_ecPublicKey || nid == NID_ecdsa_with_SHA256 || nid == NID_ecdsa_with_SHA384 ||
        nid == NID_ecdsa_with_SHA512 || nid == NID_ecdsa_with_SHA1)
        return QStringLiteral("ECDSA");
    if (key && EVP_PKEY_get_base_id(key) == EVP_PKEY_RSA)
        return QStringLiteral("RSA");
    return QString::fromLatin1(OBJ_nid2sn(nid));
}

QString commonName(X509* cert) {
    const X509_NAME* name = X509_get_subject_name(cert);
    const int index = X509_NAME_get_index_by_NID(name, NID_commonName, -1);
    if (index < 0)
        return {};
    unsigned char* utf8 = nullptr;
    const int length = ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index)));
    if (length < 0)
        return {};
    QString text = QString::fromUtf8(reinterpret_cast<const char*>(utf8), length);
    OPENSSL_free(utf8);
    return text;
}

TimestampCheck checkTimestamp(const ASN1_STRING* sequence, const QByteArray& signatureValue,
                              const QList<QByteArray>& anchors) {
    TimestampCheck t;
    const auto* p = ASN1_STRING_get0_data(sequence);
    ossl::Pkcs7 token(d2i_PKCS7(nullptr, &p, ASN1_STRING_length(sequence)));
    if (!token || !PKCS7_type_is_signed(token.get())) {
        t.problem = CmsSignatureVerifier::tr("The signature timestamp cannot be read.");
        return t;
    }
    ossl::TstInfo info(PKCS7_to_TS_TST_INFO(token.get()));
    if (!info) {
        t.problem = CmsSignatureVerifier::tr("The signature timestamp cannot be read.");
        return t;
    }
    t.genTime = ossl::toDateTime(TS_TST_INFO_get_time(info.get()));
    STACK_OF(X509)* tokenCerts = token->d.sign->cert;
    // 1. Imprint and the token's own signature, without a chain.
    {
        ossl::TsVerifyCtx ctx(TS_VERIFY_CTX_new());
        TS_VERIFY_CTX_set_flags(ctx.get(), TS_VFY_VERSION | TS_VFY_DATA);
        BIO* data = BIO_new(BIO_s_mem());
        BIO_write(data, signatureValue.constData(), int(signatureValue.size()));
        TS_VERIFY_CTX_set_data(ctx.get(), data); // owned by ctx
        if (TS_RESP_verify_token(ctx.get(), token.get()) != 1) {
            ERR_clear_error();
            t.problem = CmsSignatureVerifier::tr("The signature timestamp does not match the signature.");
            return t;
        }
        ossl::Store empty(X509_STORE_new());
        if (PKCS7_verify(token.get(), nullptr, empty.get(), nullptr, nullptr, PKCS7_NOVERIFY) != 1) {
            ERR_clear_error();
            t.problem = CmsSignatureVerifier::tr("The signature of the timestamp authority is not valid.");
            return t;
        }
        t.valid = true;
    }
    // The TSA certificate: the token's signer.
    ossl::X509Stack signers(PKCS7_get0_signers(token.get(), nullptr, 0));
    if (signers && sk_X509_num(signers.get()) > 0) {
        X509* tsa = sk_X509_value(signers.get(), 0);
        t.authority = commonName(tsa);
        // PKCS7_get0_signers returns a new stack of borrowed certificates: up-ref so that the owner frees right.
        for (int i = 0; i < sk_X509_num(signers.get()); ++i)
            X509_up_ref(sk_X509_value(signers.get(), i));
        // 2. The TSA chain to a trust anchor at genTime, purpose timeStampSigning.
        const ChainValidation chain =
            CertificateChainValidator::validate(tsa, tokenCerts, anchors, t.genTime, X509_PURPOSE_TIMESTAMP_SIGN);
        t.trusted = chain.trusted && chain.validAtTime;
        if (!t.trusted)
            t.problem = CmsSignatureVerifier::tr("The timestamp authority is not trusted (%1).").arg(chain.error);
    }
    ERR_clear_error();
    return t;
}

CmsCheck run(const QByteArray& der, const QByteArray* pdf, const QList<qint64>& range,
             const QList<QByteArray>& anchors) {
    CmsCheck c;
    ossl::Bio bio = ossl::memoryBio(der.constData(), der.size());
    ossl::Cms cms(d2i_CMS_bio(bio.get(), nullptr));
    if (!cms || OBJ_obj2nid(CMS_get0_type(cms.get())) != NID_pkcs7_signed) {
        ERR_clear_error();
        c.errors << CmsSignatureVerifier::tr("The signature is not a CMS SignedData structure.");
        return c;
    }
    STACK_OF(CMS_SignerInfo)* infos = CMS_get0_SignerInfos(cms.get());
    if (sk_CMS_SignerInfo_num(infos) != 1) {
        c.errors << CmsSignatureVerifier::tr("The signature has %1 signers; one is expected.")
                        .arg(sk_CMS_SignerInfo_num(infos));
        return c;
    }
    ASN1_OCTET_STRING** content = CMS_get0_content(cms.get());
    if (content && *content)
        c.warnings << CmsSignatureVerifier::tr("The signature embeds content; PDF signatures are detached.");
    c.parsed = true;
    CMS_SignerInfo* si = sk_CMS_SignerInfo_value(infos, 0);

    ossl::X509Stack certs(CMS_get1_certs(cms.get()));
    X509* signer = nullptr;
    for (int i = 0; certs && i < sk_X509_num(certs.get()); ++i) {
        X509* cert = sk_X509_value(certs.get(), i);
        c.certificates << ossl::certificateDer(cert);
        if (!signer && CMS_SignerInfo_cert_cmp(si, cert) == 0)
            signer = cert;
    }
    EVP_PKEY* key = nullptr;
    X509* unused = nullptr;
    X509_ALGOR* digestAlgorithm = nullptr;
    X509_ALGOR* signatureAlgorithm = nullptr;
    CMS_SignerInfo_get0_algs(si, &key, &unused, &digestAlgorithm, &signatureAlgorithm);
    const ASN1_OBJECT* object = nullptr;
    X509_ALGOR_get0(&object, nullptr, nullptr, digestAlgorithm);
    const int digestNid = OBJ_obj2nid(object);
    c.digestAlgorithm = digestName(digestNid);
    X509_ALGOR_get0(&object, nullptr, nullptr, signatureAlgorithm);
    c.signatureAlgorithm = signatureName(OBJ_obj2nid(object), signer ? X509_get0_pubkey(signer) : nullptr);
    if (digestNid != NID_sha256 && digestNid != NID_sha384 && digestNid != NID_sha512)
        c.warnings << CmsSignatureVerifier::tr("The digest algorithm %1 is not one TT 15/2025 permits.")
                          .arg(c.digestAlgorithm);
    if (const ASN1_OCTET_STRING* value = CMS_SignerInfo_get0_signature(si))
        c.signatureValue =
            QByteArray(reinterpret_cast<const char*>(ASN1_STRING_get0_data(value)), ASN1_STRING_length(value));

    if (!signer) {
        c.errors << CmsSignatureVerifier::tr("The signature does not carry the signer's certificate.");
        return c;
    }
    c.signerCertificate = ossl::certificateDer(signer);

    // Attributes (PAdES: ETSI EN 319 142-1 §5.1, CAdES-B).
    if (CMS_signed_get_attr_count(si) <= 0) {
        c.errors << CmsSignatureVerifier::tr("The signature has no signed attributes (not a PAdES signature).");
        return c;
    }
    bool attributes = true;
    int count = 0;
    ASN1_TYPE* contentType = signedAttribute(si, NID_pkcs9_contentType, &count);
    if (count != 1 || !contentType || contentType->type != V_ASN1_OBJECT ||
        OBJ_obj2nid(contentType->value.object) != NID_pkcs7_data) {
        attributes = false;
        c.errors << CmsSignatureVerifier::tr("The content-type attribute is missing or is not id-data.");
    }
    ASN1_TYPE* messageDigest = signedAttribute(si, NID_pkcs9_messageDigest, &count);
    if (count != 1 || !messageDigest || messageDigest->type != V_ASN1_OCTET_STRING) {
        attributes = false;
        c.errors << CmsSignatureVerifier::tr("The message-digest attribute is missing.");
    }
    if (ASN1_TYPE* time = signedAttribute(si, NID_pkcs9_signingTime)) {
        if (time->type == V_ASN1_UTCTIME || time->type == V_ASN1_GENERALIZEDTIME)
            c.signingTimeAttribute = ossl::toDateTime(time->value.utctime);
        c.warnings << CmsSignatureVerifier::tr(
            "The signature carries a signing-time attribute, which PAdES does not allow (the time belongs in /M).");
    }
    ossl::X509Stack signerOnly(sk_X509_new_null());
    X509_up_ref(signer);
    sk_X509_push(signerOnly.get(), signer);
    if (ASN1_TYPE* v2 = signedAttribute(si, NID_id_smime_aa_signingCertificateV2)) {
        c.hasSigningCertificateV2 = true;
        const unsigned char* p = v2->type == V_ASN1_SEQUENCE ? ASN1_STRING_get0_data(v2->value.sequence) : nullptr;
        ossl::EssSigningCertV2 ess(p ? d2i_ESS_SIGNING_CERT_V2(nullptr, &p, ASN1_STRING_length(v2->value.sequence))
                                     : nullptr);
        if (!ess || OSSL_ESS_check_signing_certs(nullptr, ess.get(), signerOnly.get(), 1) != 1) {
            attributes = false;
            c.errors << CmsSignatureVerifier::tr(
                "The signing-certificate-v2 attribute does not name the signer's certificate.");
        }
    } else if (ASN1_TYPE* v1 = signedAttribute(si, NID_id_smime_aa_signingCertificate)) {
        const unsigned char* p = v1->type == V_ASN1_SEQUENCE ? ASN1_STRING_get0_data(v1->value.sequence) : nullptr;
        ossl::EssSigningCert ess(p ? d2i_ESS_SIGNING_CERT(nullptr, &p, ASN1_STRING_length(v1->value.sequence))
                                   : nullptr);
        if (!ess || OSSL_ESS_check_signing_certs(ess.get(), nullptr, signerOnly.get(), 1) != 1) {
            attributes = false;
            c.errors << CmsSignatureVerifier::tr(
                "The signing-certificate attribute does not name the signer's certificate.");
        }
        c.warnings << CmsSignatureVerifier::tr("The signature names its certificate with SHA-1 (signing-certificate); "
                                               "PAdES requires signing-certificate-v2.");
    } else {
        c.warnings << CmsSignatureVerifier::tr(
            "The signature does not name its certificate (no signing-certificate-v2): not a PAdES baseline signature.");
    }
    ERR_clear_error();
    c.attributesValid = attributes;

    // The signature over the DER of the signed attributes.
    CMS_SignerInfo_set1_signer_cert(si, signer);
    c.signatureValid = CMS_SignerInfo_verify(si) == 1;
    ERR_clear_error();
    if (!c.signatureValid)
        c.errors << CmsSignatureVerifier::tr("The cryptographic signature does not verify with the signer's key.");

    // The digest of the signed bytes.
    if (pdf && messageDigest && messageDigest->type == V_ASN1_OCTET_STRING) {
        const EVP_MD* md = EVP_get_digestbynid(digestNid);
        std::unique_ptr<EVP_MD_CTX, MdCtxDeleter> ctx(EVP_MD_CTX_new());
        unsigned char out[EVP_MAX_MD_SIZE];
        unsigned int length = 0;
        if (md && ctx && EVP_DigestInit_ex(ctx.get(), md, nullptr) == 1 &&
            EVP_DigestUpdate(ctx.get(), pdf->constData() + range[0], size_t(range[1])) == 1 &&
            EVP_DigestUpdate(ctx.get(), pdf->constData() + range[2], size_t(range[3])) == 1 &&
            EVP_DigestFinal_ex(ctx.get(), out, &length) == 1) {
            const ASN1_OCTET_STRING* expected = messageDigest->value.octet_string;
            c.digestMatches = int(length) == ASN1_STRING_length(expected) &&
                              std::equal(out, out + length, ASN1_STRING_get0_data(expected));
        }
        if (!c.digestMatches)
            c.errors << CmsSignatureVerifier::tr("The document's bytes do not match the signed digest: the signed "
                                                 "part of the file was changed.");
    }

    // The signature timestamp (unsigned attribute).
    const int index = CMS_unsigned_get_attr_by_NID(si, NID_id_smime_aa_timeStampToken, -1);
    if (index >= 0) {
        X509_ATTRIBUTE* attribute = CMS_unsigned_get_attr(si, index);
        ASN1_TYPE* value = X509_ATTRIBUTE_count(attribute) == 1 ? X509_ATTRIBUTE_get0_type(attribute, 0) : nullptr;
        if (value && value->type == V_ASN1_SEQUENCE)
            c.timestamp = checkTimestamp(value->value.sequence, c.signatureValue, anchors);
        else
            c.timestamp = TimestampCheck{
                false, false, {}, {}, CmsSignatureVerifier::tr("The signature timestamp cannot be read.")};
    }
    ERR_clear_error();
    return c;
}
} // namespace

CmsCheck CmsSignatureVerifier::verify(const QByteArray& cms, const QByteArray& pdf, const QList<qint64>& byteRange,
                                      const QList<QByteArray>& anchors) {
    return run(cms, &pdf, byteRange, anchors);
}

CmsCheck CmsSignatureVerifier::inspect(const QByteArray& cms) {
    return run(cms, nullptr, {}, {});
}

} // namespace vanban
