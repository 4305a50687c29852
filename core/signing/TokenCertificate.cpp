#include "signing/TokenCertificate.h"

#include <memory>
#include <openssl/bio.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace vanban {

namespace {
struct X509Deleter {
    void operator()(X509* x) const { X509_free(x); }
};
struct BioDeleter {
    void operator()(BIO* b) const { BIO_free(b); }
};
struct Utf8Deleter {
    void operator()(unsigned char* p) const { OPENSSL_free(p); }
};

QString nameToString(const X509_NAME* name) {
    std::unique_ptr<BIO, BioDeleter> bio(BIO_new(BIO_s_mem()));
    if (!bio)
        return {};
    // RFC 2253 order and escaping, but UTF-8 characters as they are (no \C3\A1 escapes).
    X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QString::fromUtf8(data, qsizetype(size));
}

QString nameEntry(const X509_NAME* name, int nid) {
    const int index = X509_NAME_get_index_by_NID(name, nid, -1);
    if (index < 0)
        return {};
    const ASN1_STRING* value = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index));
    unsigned char* utf8 = nullptr;
    const int length = ASN1_STRING_to_UTF8(&utf8, value);
    if (length < 0)
        return {};
    std::unique_ptr<unsigned char, Utf8Deleter> owner(utf8);
    return QString::fromUtf8(reinterpret_cast<const char*>(utf8), length);
}

QByteArray nameDer(const X509_NAME* name) {
    unsigned char* out = nullptr;
    const int length = i2d_X509_NAME(name, &out);
    if (length <= 0)
        return {};
    std::unique_ptr<unsigned char, Utf8Deleter> owner(out);
    return QByteArray(reinterpret_cast<const char*>(out), length);
}

QDateTime toDateTime(const ASN1_TIME* time) {
    struct tm t = {};
    if (!time || ASN1_TIME_to_tm(time, &t) != 1)
        return {};
    return QDateTime(QDate(t.tm_year + 1900, t.tm_mon + 1, t.tm_mday), QTime(t.tm_hour, t.tm_min, t.tm_sec), Qt::UTC);
}
} // namespace

Result<TokenCertificate> TokenCertificate::fromDer(const QByteArray& der) {
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    std::unique_ptr<X509, X509Deleter> x509(d2i_X509(nullptr, &p, long(der.size())));
    if (!x509)
        return Error{ErrorCode::Invalid,
                     tr("The certificate cannot be read: it is not a DER-encoded X.509 certificate.")};

    TokenCertificate c;
    c.der = der;
    const X509_NAME* subject = X509_get_subject_name(x509.get());
    const X509_NAME* issuer = X509_get_issuer_name(x509.get());
    c.subject = nameToString(subject);
    c.issuer = nameToString(issuer);
    c.subjectCommonName = nameEntry(subject, NID_commonName);
    c.subjectOrganization = nameEntry(subject, NID_organizationName);
    c.issuerCommonName = nameEntry(issuer, NID_commonName);
    c.subjectDer = nameDer(subject);
    c.issuerDer = nameDer(issuer);
    c.notBefore = toDateTime(X509_get0_notBefore(x509.get()));
    c.notAfter = toDateTime(X509_get0_notAfter(x509.get()));
    if (const ASN1_INTEGER* serial = X509_get0_serialNumber(x509.get())) {
        c.serialHex =
            QByteArray(reinterpret_cast<const char*>(ASN1_STRING_get0_data(serial)), ASN1_STRING_length(serial))
                .toHex();
        unsigned char* out = nullptr;
        const int length = i2d_ASN1_INTEGER(serial, &out);
        std::unique_ptr<unsigned char, Utf8Deleter> owner(out);
        if (length > 0)
            c.serialDer = QByteArray(reinterpret_cast<const char*>(out), length);
    }
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int mdLength = 0;
    if (EVP_Digest(der.constData(), size_t(der.size()), md, &mdLength, EVP_sha256(), nullptr) == 1)
        c.sha256 = QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(md), int(mdLength)).toHex());
    c.isCa = X509_check_ca(x509.get()) == 1;

    if (EVP_PKEY* key = X509_get0_pubkey(x509.get())) {
        c.keyBits = EVP_PKEY_get_bits(key);
        switch (EVP_PKEY_get_base_id(key)) {
        case EVP_PKEY_RSA:
        case EVP_PKEY_RSA_PSS:
            c.keyType = KeyType::Rsa;
            break;
        case EVP_PKEY_EC: {
            c.keyType = KeyType::Ec;
            char group[80] = {};
            size_t groupLength = 0;
            if (EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group, &groupLength) ==
                1) {
                const char* nist = EC_curve_nid2nist(OBJ_sn2nid(group));
                c.curve = QString::fromLatin1(nist ? nist : group);
            }
            break;
        }
        default:
            c.keyType = KeyType::Other;
        }
    }
    return c;
}

QString TokenCertificate::keyDescription() const {
    switch (keyType) {
    case KeyType::Rsa:
        return QStringLiteral("RSA %1").arg(keyBits);
    case KeyType::Ec:
        return QStringLiteral("EC %1").arg(curve);
    case KeyType::Other:
        break;
    }
    return tr("unsupported key type");
}

} // namespace vanban
