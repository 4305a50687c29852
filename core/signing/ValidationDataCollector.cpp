#include "signing/ValidationDataCollector.h"

#include "signing/OpenSslHandles.h"
#include "signing/RevocationChecker.h"
#include "signing/RevocationFetcher.h"
#include "signing/TokenCertificate.h"

#include <QUrl>
#include <openssl/err.h>

namespace vanban {

namespace {
constexpr int kMaxChainLength = 10;

QString nameOf(const QByteArray& der) {
    auto certificate = TokenCertificate::fromDer(der);
    if (!certificate)
        return ValidationDataCollector::tr("(unreadable certificate)");
    return certificate->subjectCommonName.isEmpty() ? certificate->subject : certificate->subjectCommonName;
}

QString issuerNameOf(const QByteArray& der) {
    auto certificate = TokenCertificate::fromDer(der);
    return certificate ? certificate->issuer : QString();
}

bool selfSigned(X509* certificate) {
    const bool issued = X509_check_issued(certificate, certificate) == X509_V_OK;
    ERR_clear_error();
    return issued;
}

ossl::X509Stack stackOf(const QList<QByteArray>& ders) {
    ossl::X509Stack stack(sk_X509_new_null());
    for (const QByteArray& der : ders)
        if (ossl::X509Ptr cert = ossl::certificateFromDer(der))
            sk_X509_push(stack.get(), cert.release());
    return stack;
}
} // namespace

void ValidationDataCollector::addCertificate(const QByteArray& der) {
    if (!der.isEmpty() && !m_data.certificates.contains(der))
        m_data.certificates << der;
}

Status ValidationDataCollector::addChain(const QByteArray& certificate, const QList<QByteArray>& pool) {
    const QList<QByteArray> candidates = pool + m_anchors;
    QByteArray current = certificate;
    for (int depth = 0; depth < kMaxChainLength; ++depth) {
        addCertificate(current);
        ossl::X509Ptr cert = ossl::certificateFromDer(current);
        if (!cert)
            return Error{ErrorCode::Invalid, tr("A certificate of the chain cannot be read."),
                         QStringLiteral("certificate")};
        if (m_anchors.contains(current) || selfSigned(cert.get()))
            return {}; // the trust anchor: nothing to fetch for it
        QByteArray issuer;
        for (const QByteArray& candidate : candidates) {
            ossl::X509Ptr c = ossl::certificateFromDer(candidate);
            if (c && candidate != current && X509_check_issued(c.get(), cert.get()) == X509_V_OK) {
                issuer = candidate;
                break;
            }
        }
        ERR_clear_error();
        if (issuer.isEmpty())
            return Error{ErrorCode::Invalid,
                         tr("The certificate of the authority that issued “%1” (%2) is not available, so its "
                            "revocation status cannot be fetched for B-LT. An administrator imports the root "
                            "certificates (vanban-cli trust import).")
                             .arg(nameOf(current), issuerNameOf(current)),
                         QStringLiteral("certificate")};
        if (Status s = addRevocation(current, issuer, pool); !s)
            return s;
        current = issuer;
    }
    return Error{ErrorCode::Invalid, tr("The certificate chain of “%1” is too long.").arg(nameOf(certificate)),
                 QStringLiteral("certificate")};
}

Status ValidationDataCollector::addRevocation(const QByteArray& certificate, const QByteArray& issuer,
                                              const QList<QByteArray>& pool) {
    if (m_checked.contains(certificate))
        return {};
    ossl::X509Ptr cert = ossl::certificateFromDer(certificate);
    ossl::X509Ptr issuerCert = ossl::certificateFromDer(issuer);
    if (!cert || !issuerCert)
        return Error{ErrorCode::Invalid, tr("A certificate of the chain cannot be read."),
                     QStringLiteral("certificate")};
    // OCSP answers are checked against the anchors and any self-signed root met in the pool.
    QList<QByteArray> anchors = m_anchors;
    for (const QByteArray& der : pool)
        if (ossl::X509Ptr c = ossl::certificateFromDer(der); c && selfSigned(c.get()) && !anchors.contains(der))
            anchors << der;
    ossl::X509Stack untrusted = stackOf(pool + m_data.certificates);
    const QString name = nameOf(certificate);

    auto accept = [&](const RevocationAnswer& answer, const QString& source) -> Status {
        if (answer.revoked)
            return Error{ErrorCode::Invalid,
                         tr("The certificate “%1” was revoked on %2 (%3). A signature made with it is not valid, so "
                            "the document was not signed; contact the certification authority.")
                             .arg(name, answer.revokedAt.toOffsetFromUtc(7 * 3600).toString(Qt::ISODate), source),
                         QStringLiteral("certificate")};
        m_checked.insert(certificate);
        m_data.sources << tr("%1: %2").arg(name, source);
        return {};
    };

    QStringList failures;
    for (const QString& url : RevocationChecker::ocspUrls(cert.get())) {
        const QByteArray body = RevocationChecker::ocspRequest(cert.get(), issuerCert.get());
        if (body.isEmpty())
            continue;
        auto reply = m_fetcher.fetch(QUrl(url), body, "application/ocsp-request");
        if (!reply) {
            failures << reply.error().message;
            continue;
        }
        const RevocationAnswer answer =
            RevocationChecker::readOcsp(*reply, cert.get(), issuerCert.get(), untrusted.get(), anchors, m_at);
        if (!answer.usable) {
            failures << tr("%1 gave no valid OCSP answer: %2").arg(url, answer.problem);
            continue;
        }
        if (Status s = accept(answer, tr("OCSP %1").arg(url)); !s)
            return s;
        m_data.ocspResponses << *reply;
        for (const QByteArray& responder : answer.responderCertificates)
            addCertificate(responder);
        return {};
    }
    for (const QString& url : RevocationChecker::crlUrls(cert.get())) {
        auto reply = m_fetcher.fetch(QUrl(url), {}, {});
        if (!reply) {
            failures << reply.error().message;
            continue;
        }
        const RevocationAnswer answer = RevocationChecker::readCrl(*reply, cert.get(), issuerCert.get(), m_at);
        if (!answer.usable) {
            failures << tr("%1 gave no valid CRL: %2").arg(url, answer.problem);
            continue;
        }
        if (Status s = accept(answer, tr("CRL %1").arg(url)); !s)
            return s;
        QByteArray crl = *reply;
        if (crl.startsWith("-----BEGIN")) { // /DSS holds DER
            const QList<QByteArray> lines = crl.split('\n');
            QByteArray base64;
            for (const QByteArray& line : lines)
                if (!line.startsWith("-----"))
                    base64 += line.trimmed();
            crl = QByteArray::fromBase64(base64);
        }
        if (!m_data.crls.contains(crl))
            m_data.crls << crl;
        return {};
    }
    ERR_clear_error();
    if (failures.isEmpty())
        return Error{ErrorCode::Invalid,
                     tr("The certificate “%1” names no OCSP service and no CRL, so a B-LT signature cannot hold its "
                        "revocation status. Sign with B-T.")
                         .arg(name),
                     QStringLiteral("level")};
    return Error{ErrorCode::External,
                 tr("The revocation status of the certificate “%1” could not be fetched (%2). The B-LT signature was "
                    "not made; try again when the network is available, or sign with B-T.")
                     .arg(name, failures.join(QStringLiteral("; "))),
                 QStringLiteral("level")};
}

Status ValidationDataCollector::addTimestampAuthority(const QByteArray& timestampToken) {
    const auto* p = reinterpret_cast<const unsigned char*>(timestampToken.constData());
    ossl::Cms token(d2i_CMS_ContentInfo(nullptr, &p, long(timestampToken.size())));
    if (!token)
        return Error{ErrorCode::External, tr("The timestamp cannot be read.")};
    ossl::X509Stack certs(CMS_get1_certs(token.get()));
    STACK_OF(CMS_SignerInfo)* signers = CMS_get0_SignerInfos(token.get());
    if (!certs || sk_CMS_SignerInfo_num(signers) != 1)
        return Error{ErrorCode::External,
                     tr("The timestamp does not carry the certificate of its authority, so B-LT cannot hold its "
                        "validation data.")};
    QList<QByteArray> pool;
    QByteArray tsa;
    for (int i = 0; i < sk_X509_num(certs.get()); ++i) {
        X509* cert = sk_X509_value(certs.get(), i);
        pool << ossl::certificateDer(cert);
        if (CMS_SignerInfo_cert_cmp(sk_CMS_SignerInfo_value(signers, 0), cert) == 0)
            tsa = pool.last();
    }
    ERR_clear_error();
    if (tsa.isEmpty())
        return Error{ErrorCode::External,
                     tr("The timestamp does not carry the certificate of its authority, so B-LT cannot hold its "
                        "validation data.")};
    return addChain(tsa, pool + m_data.certificates);
}

} // namespace vanban
