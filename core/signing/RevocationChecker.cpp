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
constexpr int kClockSkewSecs = 5 * 60;

QString utcText(const QDateTime& t) {
    return t.toString(QStringLiteral("dd/MM/yyyy HH:mm:ss 'UTC'"));
}

// A "good" answer says nothing about a time before its thisUpdate unless its nextUpdate reaches that time.
// Empty when the answer covers `at`; else the translated reason.
QString coverageProblem(const QDateTime& thisUpdate, const QDateTime& nextUpdate, const QDateTime& at) {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!thisUpdate.isValid())
        return RevocationChecker::tr("It has no issue time (thisUpdate).");
    if (thisUpdate > now.addSecs(kClockSkewSecs))
        return RevocationChecker::tr("It claims to be issued in the future (%1).").arg(utcText(thisUpdate));
    if (nextUpdate.isValid() && nextUpdate < thisUpdate)
        return RevocationChecker::tr("Its validity period is inconsistent.");
    if (!at.isValid() || thisUpdate >= at.addSecs(-kClockSkewSecs) || (nextUpdate.isValid() && nextUpdate >= at))
        return {};
    return RevocationChecker::tr("It was issued on %1 and valid until %2, so it does not cover the signing time %3.")
        .arg(utcText(thisUpdate), nextUpdate.isValid() ? utcText(nextUpdate) : RevocationChecker::tr("unknown"),
             utcText(at));
}
} // namespace

RevocationAnswer RevocationChecker::readOcsp(const QByteArray& der, X509* certificate, X509* issuer,
                                             STACK_OF(X509) * untrusted, const QList<QByteArray>& anchors,
                                             const QDateTime& at) {
    RevocationAnswer a;
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    ossl::OcspResponse response(d2i_OCSP_RESPONSE(nullptr, &p, long(der.size())));
    if (!response) {
        a.problem = tr("It is not an OCSP response.");
        return a;
    }
    if (const int status = OCSP_response_status(response.get()); status != OCSP_RESPONSE_STATUS_SUCCESSFUL) {
        a.problem = tr("The OCSP service answered with an error (%1).")
                        .arg(QString::fromLatin1(OCSP_response_status_str(status)));
        return a;
    }
    ossl::OcspBasic basic(OCSP_response_get1_basic(response.get()));
    if (!basic) {
        a.problem = tr("It is not an OCSP response.");
        return a;
    }
    const STACK_OF(X509)* carried = OCSP_resp_get0_certs(basic.get());
    for (int i = 0; i < sk_X509_num(carried); ++i)
        a.responderCertificates << ossl::certificateDer(sk_X509_value(carried, i));
    // The responder's chain as it was when the response was produced (it may have expired since).
    const QDateTime producedAt = ossl::toDateTime(OCSP_resp_get0_produced_at(basic.get()));
    ossl::Store store(CertificateChainValidator::newStore(anchors, producedAt));
    ossl::X509Stack certs = ossl::copyStack(untrusted);
    X509_up_ref(issuer);
    sk_X509_push(certs.get(), issuer);
    if (!store || OCSP_basic_verify(basic.get(), certs.get(), store.get(), 0) != 1) {
        a.problem = tr("The signature of the OCSP response or its responder is not valid (%1).").arg(ossl::lastError());
        return a;
    }
    ossl::OcspCertId id(OCSP_cert_to_id(nullptr, certificate, issuer));
    int status = 0, reason = 0;
    ASN1_GENERALIZEDTIME *revokedAt = nullptr, *thisUpdate = nullptr, *nextUpdate = nullptr;
    if (!id ||
        OCSP_resp_find_status(basic.get(), id.get(), &status, &reason, &revokedAt, &thisUpdate, &nextUpdate) != 1) {
        a.problem = tr("The OCSP response is about another certificate.");
        return a;
    }
    if (status == V_OCSP_CERTSTATUS_UNKNOWN) {
        a.problem = tr("The OCSP service does not know the certificate.");
        return a;
    }
    a.thisUpdate = ossl::toDateTime(thisUpdate);
    a.nextUpdate = ossl::toDateTime(nextUpdate);
    a.revoked = status == V_OCSP_CERTSTATUS_REVOKED;
    if (a.revoked) { // a revocation is final: it counts whenever the response was made
        a.revokedAt = ossl::toDateTime(revokedAt);
        a.usable = true;
        return a;
    }
    a.problem = coverageProblem(a.thisUpdate, a.nextUpdate, at);
    a.usable = a.problem.isEmpty();
    return a;
}

RevocationAnswer RevocationChecker::readCrl(const QByteArray& data, X509* certificate, X509* issuer,
                                            const QDateTime& at) {
    RevocationAnswer a;
    ossl::CrlPtr crl;
    if (data.startsWith("-----BEGIN")) { // rootca.gov.vn serves PEM-armoured CRLs (DOMAIN.md §7.4)
        ossl::Bio bio = ossl::memoryBio(data.constData(), data.size());
        crl.reset(PEM_read_bio_X509_CRL(bio.get(), nullptr, nullptr, nullptr));
    } else {
        const auto* p = reinterpret_cast<const unsigned char*>(data.constData());
        crl.reset(d2i_X509_CRL(nullptr, &p, long(data.size())));
    }
    if (!crl) {
        a.problem = tr("It is not a CRL.");
        return a;
    }
    if (X509_NAME_cmp(X509_CRL_get_issuer(crl.get()), X509_get_subject_name(issuer)) != 0) {
        a.problem = tr("The CRL was issued by another authority.");
        return a;
    }
    if (X509_CRL_verify(crl.get(), X509_get0_pubkey(issuer)) != 1) {
        a.problem = tr("The signature of the CRL is not valid.");
        return a;
    }
    a.thisUpdate = ossl::toDateTime(X509_CRL_get0_lastUpdate(crl.get()));
    a.nextUpdate = ossl::toDateTime(X509_CRL_get0_nextUpdate(crl.get()));
    X509_REVOKED* entry = nullptr;
    if (X509_CRL_get0_by_cert(crl.get(), &entry, certificate) == 1 && entry) {
        a.revoked = true;
        a.revokedAt = ossl::toDateTime(X509_REVOKED_get0_revocationDate(entry));
        a.usable = true;
        return a;
    }
    a.problem = coverageProblem(a.thisUpdate, a.nextUpdate, at);
    a.usable = a.problem.isEmpty();
    return a;
}

QStringList RevocationChecker::ocspUrls(X509* certificate) {
    QStringList urls;
    ossl::StringStack list(X509_get1_ocsp(certificate));
    for (int i = 0; list && i < sk_OPENSSL_STRING_num(list.get()); ++i)
        urls << QString::fromUtf8(sk_OPENSSL_STRING_value(list.get(), i));
    return urls;
}

QStringList RevocationChecker::crlUrls(X509* certificate) {
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

QByteArray RevocationChecker::ocspRequest(X509* certificate, X509* issuer) {
    ossl::OcspRequest request(OCSP_REQUEST_new());
    OCSP_CERTID* id = OCSP_cert_to_id(nullptr, certificate, issuer);
    if (!request || !id || !OCSP_request_add0_id(request.get(), id)) {
        OCSP_CERTID_free(id);
        return {};
    }
    unsigned char* der = nullptr;
    const int length = i2d_OCSP_REQUEST(request.get(), &der);
    if (length <= 0)
        return {};
    const QByteArray body(reinterpret_cast<const char*>(der), length);
    OPENSSL_free(der);
    return body;
}

RevocationCheck RevocationChecker::check(X509* certificate, X509* issuer, STACK_OF(X509) * untrusted,
                                         const QList<QByteArray>& anchors, const QList<QByteArray>& embeddedOcsp,
                                         const QList<QByteArray>& embeddedCrls, const QDateTime& signingTime,
                                         bool timeIsTrusted, RevocationFetcher* fetcher) {
    RevocationCheck result;
    if (!issuer) {
        result.detail = tr("Revocation was not checked: the issuer's certificate is not available.");
        return result;
    }
    auto conclude = [&](const RevocationAnswer& a, const QString& source) {
        if (a.revoked && (!timeIsTrusted || !signingTime.isValid() || a.revokedAt <= signingTime)) {
            result.status = RevocationStatus::Revoked;
            result.revokedAt = a.revokedAt;
            result.detail = tr("The certificate was revoked on %1 (%2).").arg(utcText(a.revokedAt), source);
        } else if (a.revoked) {
            result.status = RevocationStatus::Good;
            result.revokedAt = a.revokedAt;
            result.detail = tr("The certificate was revoked on %1, after the timestamped signing time (%2).")
                                .arg(utcText(a.revokedAt), source);
        } else {
            result.status = RevocationStatus::Good;
            result.detail = tr("Not revoked (%1).").arg(source);
        }
        ERR_clear_error();
        return result;
    };
    QStringList failures;
    result.fromDocument = true;
    for (const QByteArray& der : embeddedOcsp) {
        const RevocationAnswer a = readOcsp(der, certificate, issuer, untrusted, anchors, signingTime);
        if (a.usable)
            return conclude(a, tr("OCSP response in the document"));
        if (a.thisUpdate.isValid()) // about this certificate, but not usable
            failures << tr("The OCSP response in the document is not usable: %1").arg(a.problem);
    }
    for (const QByteArray& der : embeddedCrls) {
        const RevocationAnswer a = readCrl(der, certificate, issuer, signingTime);
        if (a.usable)
            return conclude(a, tr("CRL in the document"));
        if (a.thisUpdate.isValid())
            failures << tr("The CRL in the document is not usable: %1").arg(a.problem);
    }
    result.fromDocument = false;

    const QStringList ocsp = ocspUrls(certificate);
    const QStringList crls = crlUrls(certificate);
    if (ocsp.isEmpty() && crls.isEmpty()) {
        failures.prepend(tr("Revocation could not be checked: the certificate names no OCSP service or CRL."));
        result.detail = failures.join(QLatin1Char(' '));
        ERR_clear_error();
        return result;
    }
    if (!fetcher) {
        failures.prepend(tr("Revocation was not checked (offline)."));
        result.detail = failures.join(QLatin1Char(' '));
        ERR_clear_error();
        return result;
    }
    for (const QString& url : ocsp) {
        const QByteArray body = ocspRequest(certificate, issuer);
        if (body.isEmpty())
            continue;
        auto reply = fetcher->fetch(QUrl(url), body, "application/ocsp-request");
        if (!reply) {
            failures << reply.error().message;
            continue;
        }
        const RevocationAnswer a = readOcsp(*reply, certificate, issuer, untrusted, anchors, signingTime);
        if (a.usable)
            return conclude(a, tr("OCSP %1").arg(url));
        failures << tr("%1 gave no valid OCSP answer: %2").arg(url, a.problem);
    }
    for (const QString& url : crls) {
        auto reply = fetcher->fetch(QUrl(url), {}, {});
        if (!reply) {
            failures << reply.error().message;
            continue;
        }
        const RevocationAnswer a = readCrl(*reply, certificate, issuer, signingTime);
        if (a.usable)
            return conclude(a, tr("CRL %1").arg(url));
        failures << tr("%1 gave no valid CRL: %2").arg(url, a.problem);
    }
    ERR_clear_error();
    result.detail = tr("Revocation could not be checked: %1").arg(failures.join(QStringLiteral("; ")));
    return result;
}

} // namespace vanban
