#include "signing/RevocationChecker.h"

#include "signing/CertificateChainValidator.h"
#include "signing/OpenSslHandles.h"
#include "signing/RevocationFetcher.h"

#include <QUrl>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509v3.h>

namespace vanban {

namespace {
struct Answer {
    bool found = false;
    bool revoked = false;
    QDateTime revokedAt;
};

Answer fromOcsp(const QByteArray& der, X509* certificate, X509* issuer, STACK_OF(X509) * untrusted,
                const QList<QByteArray>& anchors) {
    Answer a;
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    ossl::OcspResponse response(d2i_OCSP_RESPONSE(nullptr, &p, long(der.size())));
    if (!response || OCSP_response_status(response.get()) != OCSP_RESPONSE_STATUS_SUCCESSFUL)
        return a;
    ossl::OcspBasic basic(OCSP_response_get1_basic(response.get()));
    if (!basic)
        return a;
    ossl::Store store(CertificateChainValidator::newStore(anchors, {}));
    ossl::X509Stack certs = ossl::copyStack(untrusted);
    X509_up_ref(issuer);
    sk_X509_push(certs.get(), issuer);
    if (!store || OCSP_basic_verify(basic.get(), certs.get(), store.get(), 0) != 1)
        return a;
    ossl::OcspCertId id(OCSP_cert_to_id(nullptr, certificate, issuer));
    int status = 0, reason = 0;
    ASN1_GENERALIZEDTIME *revokedAt = nullptr, *thisUpdate = nullptr, *nextUpdate = nullptr;
    if (!id ||
        OCSP_resp_find_status(basic.get(), id.get(), &status, &reason, &revokedAt, &thisUpdate, &nextUpdate) != 1)
        return a;
    if (status == V_OCSP_CERTSTATUS_UNKNOWN)
        return a;
    a.found = true;
    a.revoked = status == V_OCSP_CERTSTATUS_REVOKED;
    if (a.revoked)
        a.revokedAt = ossl::toDateTime(revokedAt);
    return a;
}

Answer fromCrl(const QByteArray& data, X509* certificate, X509* issuer) {
    Answer a;
    ossl::CrlPtr crl;
    if (data.startsWith("-----BEGIN")) { // rootca.gov.vn serves PEM-armoured CRLs (DOMAIN.md §7.4)
        ossl::Bio bio = ossl::memoryBio(data.constData(), data.size());
        crl.reset(PEM_read_bio_X509_CRL(bio.get(), nullptr, nullptr, nullptr));
    } else {
        const auto* p = reinterpret_cast<const unsigned char*>(data.constData());
        crl.reset(d2i_X509_CRL(nullptr, &p, long(data.size())));
    }
    if (!crl || X509_NAME_cmp(X509_CRL_get_issuer(crl.get()), X509_get_subject_name(issuer)) != 0 ||
        X509_CRL_verify(crl.get(), X509_get0_pubkey(issuer)) != 1)
        return a;
    a.found = true;
    X509_REVOKED* entry = nullptr;
    if (X509_CRL_get0_by_cert(crl.get(), &entry, certificate) == 1 && entry) {
        a.revoked = true;
        a.revokedAt = ossl::toDateTime(X509_REVOKED_get0_revocationDate(entry));
    }
    return a;
}

QStringList ocspUrls(X509* certificate) {
    QStringList urls;
    ossl::StringStack list(X509_get1_ocsp(certificate));
    for (int i = 0; list && i < sk_OPENSSL_STRING_num(list.get()); ++i)
        urls << QString::fromUtf8(sk_OPENSSL_STRING_value(list.get(), i));
    return urls;
}

QStringList crlUrls(X509* certificate) {
    QStringList urls;
    ossl::DistPoints points(static_cast<STACK_OF(DIST_POINT)*>(
        X509_get_ext_d2i(certificate, NID_crl_distribution_points, nullptr, nullptr)));
    for (int i = 0; points && i < sk_DIST_POINT_num(points.get()); ++i) {
        DIST_POINT* point = sk_DIST_POINT_value(points.get(), i);
        if (!point->distpoint || point->distpoint->type != 0)
            continue;
        GENERAL_NAMES* names = point->distpoint->name.fullname;
        for (int j = 0; j < sk_GENERAL_NAME_num(names); ++j) {
            GENERAL_NAME* name = sk_GENERAL_NAME_value(names, j);
            if (name->type == GEN_URI)
                urls << QString::fromUtf8(
                    reinterpret_cast<const char*>(ASN1_STRING_get0_data(name->d.uniformResourceIdentifier)),
                    ASN1_STRING_length(name->d.uniformResourceIdentifier));
        }
    }
    return urls;
}
} // namespace

RevocationCheck RevocationChecker::check(X509* certificate, X509* issuer, STACK_OF(X509) * untrusted,
                                         const QList<QByteArray>& anchors, const QList<QByteArray>& embeddedOcsp,
                                         const QList<QByteArray>& embeddedCrls, const QDateTime& signingTime,
                                         bool timeIsTrusted, RevocationFetcher* fetcher) {
    RevocationCheck result;
    if (!issuer) {
        result.detail = tr("Revocation was not checked: the issuer's certificate is not available.");
        return result;
    }
    auto conclude = [&](const Answer& a, const QString& source) {
        if (a.revoked && (!timeIsTrusted || !signingTime.isValid() || a.revokedAt <= signingTime)) {
            result.status = RevocationStatus::Revoked;
            result.revokedAt = a.revokedAt;
            result.detail = tr("The certificate was revoked on %1 (%2).")
                                .arg(a.revokedAt.toString(QStringLiteral("dd/MM/yyyy HH:mm:ss 'UTC'")), source);
        } else if (a.revoked) {
            result.status = RevocationStatus::Good;
            result.revokedAt = a.revokedAt;
            result.detail = tr("The certificate was revoked on %1, after the timestamped signing time (%2).")
                                .arg(a.revokedAt.toString(QStringLiteral("dd/MM/yyyy HH:mm:ss 'UTC'")), source);
        } else {
            result.status = RevocationStatus::Good;
            result.detail = tr("Not revoked (%1).").arg(source);
        }
        ERR_clear_error();
        return result;
    };
    for (const QByteArray& der : embeddedOcsp)
        if (Answer a = fromOcsp(der, certificate, issuer, untrusted, anchors); a.found)
            return conclude(a, tr("OCSP response in the document"));
    for (const QByteArray& der : embeddedCrls)
        if (Answer a = fromCrl(der, certificate, issuer); a.found)
            return conclude(a, tr("CRL in the document"));

    const QStringList ocsp = ocspUrls(certificate);
    const QStringList crls = crlUrls(certificate);
    if (ocsp.isEmpty() && crls.isEmpty()) {
        result.detail = tr("Revocation could not be checked: the certificate names no OCSP service or CRL.");
        return result;
    }
    if (!fetcher) {
        result.detail = tr("Revocation was not checked (offline).");
        return result;
    }
    QStringList failures;
    for (const QString& url : ocsp) {
        ossl::OcspRequest request(OCSP_REQUEST_new());
        OCSP_CERTID* id = OCSP_cert_to_id(nullptr, certificate, issuer);
        if (!request || !id || !OCSP_request_add0_id(request.get(), id)) {
            OCSP_CERTID_free(id);
            continue;
        }
        unsigned char* der = nullptr;
        const int length = i2d_OCSP_REQUEST(request.get(), &der);
        if (length <= 0)
            continue;
        const QByteArray body(reinterpret_cast<const char*>(der), length);
        OPENSSL_free(der);
        auto reply = fetcher->fetch(QUrl(url), body, "application/ocsp-request");
        if (!reply) {
            failures << reply.error().message;
            continue;
        }
        if (Answer a = fromOcsp(*reply, certificate, issuer, untrusted, anchors); a.found)
            return conclude(a, tr("OCSP %1").arg(url));
        failures << tr("%1 gave no valid OCSP answer.").arg(url);
    }
    for (const QString& url : crls) {
        auto reply = fetcher->fetch(QUrl(url), {}, {});
        if (!reply) {
            failures << reply.error().message;
            continue;
        }
        if (Answer a = fromCrl(*reply, certificate, issuer); a.found)
            return conclude(a, tr("CRL %1").arg(url));
        failures << tr("%1 gave no valid CRL.").arg(url);
    }
    ERR_clear_error();
    result.detail = tr("Revocation could not be checked: %1").arg(failures.join(QStringLiteral("; ")));
    return result;
}

} // namespace vanban
