#include "signing/PdfSignatureVerifier.h"

#include "signing/CertificateChainValidator.h"
#include "signing/CmsSignatureVerifier.h"
#include "signing/OpenSslHandles.h"
#include "signing/PdfSignatureParser.h"
#include "signing/RevisionComparator.h"
#include "signing/RevocationChecker.h"

#include <QCryptographicHash>
#include <QFile>
#include <openssl/err.h>

namespace vanban {

namespace {
constexpr qint64 kMaxFileSize = qint64(1) << 31; // 2 GiB: QByteArray's practical limit

QString time(const QDateTime& t) {
    return t.isValid() ? t.toOffsetFromUtc(7 * 3600).toString(QStringLiteral("dd/MM/yyyy HH:mm:ss '(UTC+7)'"))
                       : PdfSignatureVerifier::tr("unknown");
}

ossl::X509Stack stackOf(const QList<QByteArray>& ders) {
    ossl::X509Stack stack(sk_X509_new_null());
    for (const QByteArray& der : ders)
        if (ossl::X509Ptr cert = ossl::certificateFromDer(der))
            sk_X509_push(stack.get(), cert.release());
    return stack;
}

QString commonNameOf(X509* cert) {
    if (auto parsed = TokenCertificate::fromDer(ossl::certificateDer(cert)); parsed)
        return parsed->subjectCommonName.isEmpty() ? parsed->subject : parsed->subjectCommonName;
    return {};
}

X509* findIssuer(X509* cert, STACK_OF(X509) * candidates) {
    for (int i = 0; i < sk_X509_num(candidates); ++i)
        if (X509_check_issued(sk_X509_value(candidates, i), cert) == X509_V_OK)
            return sk_X509_value(candidates, i);
    return nullptr;
}
} // namespace

Result<PdfVerificationReport> PdfSignatureVerifier::verifyFile(const QString& path) const {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{ErrorCode::NotFound, tr("Cannot read %1: %2").arg(path, f.errorString())};
    if (f.size() > kMaxFileSize)
        return Error{ErrorCode::Invalid, tr("%1 is too large to verify.").arg(path)};
    return verify(f.readAll());
}

Result<PdfVerificationReport> PdfSignatureVerifier::verify(const QByteArray& pdf) const {
    auto parsed = PdfSignatureParser::parse(pdf);
    if (!parsed)
        return parsed.error();
    PdfVerificationReport report;
    report.fileSize = pdf.size();
    const qint64 documentEnd = parsed->revisionEnds.last();

    std::shared_ptr<RevocationFetcher> fetcher = m_options.fetcher;
    if (m_options.online && !fetcher)
        fetcher = std::make_shared<HttpRevocationFetcher>(m_options.networkTimeoutMs);
    const QList<QByteArray>& anchors = m_options.trustAnchors;

    for (const PdfSignatureDictionary& s : parsed->signatures) {
        SignatureVerification v;
        v.field = s.field;
        v.subFilter = s.subFilter;
        v.byteRange = s.byteRange;
        v.byteRangeValid = s.byteRangeValid;
        v.docMdpPermissions = s.docMdpPermissions;
        if (!s.byteRangeValid)
            v.errors << s.byteRangeProblem;

        // CMS.
        const bool rangesInFile = s.byteRange.size() == 4 && s.byteRange[0] >= 0 && s.byteRange[1] >= 0 &&
                                  s.byteRange[2] >= 0 && s.byteRange[3] >= 0 &&
                                  s.byteRange[0] <= pdf.size() - s.byteRange[1] &&
                                  s.byteRange[2] <= pdf.size() - s.byteRange[3];
        CmsCheck cms;
        if (s.subFilter == QLatin1String("ETSI.RFC3161")) {
            cms.errors << tr("This is a document timestamp (ETSI.RFC3161); verifying document timestamps is not "
                             "supported yet.");
        } else {
            cms = rangesInFile ? CmsSignatureVerifier::verify(s.contents, pdf, s.byteRange, anchors)
                               : CmsSignatureVerifier::inspect(s.contents);
        }
        v.errors += cms.errors;
        v.warnings += cms.warnings;
        qsizetype integrityErrors = v.errors.size(); // where the integrity reasons end
        v.digestAlgorithm = cms.digestAlgorithm;
        v.signatureAlgorithm = cms.signatureAlgorithm;
        v.digestMatches = cms.digestMatches;
        v.signatureValid = cms.signatureValid;
        v.attributesValid = cms.attributesValid;
        v.integrity = v.byteRangeValid && v.digestMatches && v.signatureValid && v.attributesValid;
        v.coversWholeDocument = s.byteRangeValid && s.signedEnd() == pdf.size();

        // Signer.
        ossl::X509Ptr signer = ossl::certificateFromDer(cms.signerCertificate);
        if (auto certificate = TokenCertificate::fromDer(cms.signerCertificate); certificate) {
            v.certificate = *certificate;
            v.signer = certificate->subjectCommonName;
            v.organization = certificate->subjectOrganization;
            v.issuer = certificate->issuerCommonName.isEmpty() ? certificate->issuer : certificate->issuerCommonName;
            if ((certificate->keyType == KeyType::Rsa && certificate->keyBits < 2048) ||
                (certificate->keyType == KeyType::Ec && certificate->keyBits < 256))
                v.warnings << tr("The signer's key (%1) is below what TT 15/2025 requires.")
                                  .arg(certificate->keyDescription());
        }
        if (v.signer.isEmpty() && !s.name.isEmpty())
            v.signer = s.name;

        // Time.
        v.claimedSigningTime = s.signingTime.isValid() ? s.signingTime : cms.signingTimeAttribute;
        if (cms.timestamp) {
            v.timestampAuthority = cms.timestamp->authority;
            if (cms.timestamp->valid) {
                v.timestamp = cms.timestamp->genTime;
                v.timestampTrusted = cms.timestamp->trusted;
            }
            if (!cms.timestamp->valid) {
                v.errors.insert(integrityErrors++, cms.timestamp->problem);
                v.integrity = false;
            } else if (!cms.timestamp->trusted) {
                v.warnings << cms.timestamp->problem;
            }
        }
        const QDateTime validationTime = v.timestampTrusted ? *v.timestamp : v.claimedSigningTime;
        if (!v.timestampTrusted)
            v.warnings << tr("The signing time is the signer's own claim: the signature has no trusted timestamp.");

        // Level (B-LT is decided below, once the revocation data is known).
        bool dssCoversSignature = false;
        if (cms.hasSigningCertificateV2) {
            v.level = v.timestamp ? SignatureLevel::BT : SignatureLevel::BB;
            const QByteArray vri = QCryptographicHash::hash(s.contents, QCryptographicHash::Sha1).toHex().toUpper();
            dssCoversSignature = parsed->dss.present && (parsed->dss.vriKeys.contains(vri) ||
                                                         parsed->dss.certificates.contains(cms.signerCertificate));
        }

        // Certificate chain at the signing time.
        ossl::X509Stack untrusted = stackOf(cms.certificates + parsed->dss.certificates);
        if (signer) {
            const ChainValidation chain =
                CertificateChainValidator::validate(signer.get(), untrusted.get(), anchors, validationTime);
            v.certificateTrusted = chain.trusted;
            v.certificateValidAtSigningTime = chain.validAtTime;
            v.chainError = chain.error;
            if (!chain.trusted)
                v.errors << tr("The signer's certificate does not chain to a trusted root certificate (%1).")
                                .arg(chain.error);
            else if (!chain.validAtTime)
                v.errors << tr("The certificate was not valid at the signing time %1 (valid from %2 to %3).")
                                .arg(time(validationTime), time(v.certificate.notBefore), time(v.certificate.notAfter));
            if (!chain.trusted && !chain.validAtTime)
                v.errors << tr("The certificate was not valid at the signing time %1 (valid from %2 to %3).")
                                .arg(time(validationTime), time(v.certificate.notBefore), time(v.certificate.notAfter));

            // Revocation.
            ossl::X509Ptr issuer;
            if (chain.chain.size() >= 2)
                issuer = ossl::certificateFromDer(chain.chain[1]);
            else if (X509* found = findIssuer(signer.get(), untrusted.get()); found && X509_up_ref(found))
                issuer.reset(found);
            const RevocationCheck revocation = RevocationChecker::check(
                signer.get(), issuer.get(), untrusted.get(), anchors, parsed->dss.ocspResponses, parsed->dss.crls,
                validationTime, v.timestampTrusted, fetcher.get());
            v.revocation = revocation.status;
            v.revocationDetail = revocation.detail;
            v.revocationFromDocument = revocation.status != RevocationStatus::Unknown && revocation.fromDocument;
            if (revocation.status == RevocationStatus::Revoked)
                v.errors << revocation.detail;
            else if (revocation.status == RevocationStatus::Unknown)
                v.warnings << revocation.detail;

            // The CA certificates of the chain (not the anchor), from the document's validation data only: a revoked
            // CA makes the signature invalid; B-LT needs an answer for each one that names an OCSP service or CRL.
            bool complete = revocation.fromDocument || (RevocationChecker::ocspUrls(signer.get()).isEmpty() &&
                                                        RevocationChecker::crlUrls(signer.get()).isEmpty());
            for (qsizetype i = 1; i + 1 < chain.chain.size(); ++i) {
                ossl::X509Ptr ca = ossl::certificateFromDer(chain.chain[i]);
                ossl::X509Ptr caIssuer = ossl::certificateFromDer(chain.chain[i + 1]);
                if (!ca || !caIssuer)
                    continue;
                const RevocationCheck caCheck = RevocationChecker::check(
                    ca.get(), caIssuer.get(), untrusted.get(), anchors, parsed->dss.ocspResponses, parsed->dss.crls,
                    validationTime, v.timestampTrusted, nullptr);
                if (caCheck.status == RevocationStatus::Revoked) {
                    v.revocation = RevocationStatus::Revoked;
                    v.revocationDetail = tr("The certificate of the certification authority “%1” was revoked: %2")
                                             .arg(commonNameOf(ca.get()), caCheck.detail);
                    v.errors << v.revocationDetail;
                }
                complete = complete && (caCheck.fromDocument || (RevocationChecker::ocspUrls(ca.get()).isEmpty() &&
                                                                 RevocationChecker::crlUrls(ca.get()).isEmpty()));
            }
            if (v.level == SignatureLevel::BT && dssCoversSignature && complete)
                v.level = SignatureLevel::BLT;
        } else {
            v.revocationDetail = tr("Revocation was not checked: the signer's certificate is missing.");
        }

        // What changed after signing.
        if (parsed->trailingGarbage > 0) {
            v.modifiedAfterSigning = true;
            v.changes << tr("%n byte(s) were appended after the end of the document.", "",
                            int(parsed->trailingGarbage));
        }
        if (s.byteRangeValid && s.signedEnd() < documentEnd) {
            auto changes = RevisionComparator::compare(pdf, s.signedEnd(), documentEnd);
            if (!changes) {
                v.modifiedAfterSigning = true;
                v.changes << changes.error().message;
            } else {
                int allowed = 0;
                for (const RevisionChange& c : *changes) {
                    if (RevisionComparator::allowedBy(c.kind, s.docMdpPermissions)) {
                        ++allowed;
                        v.changes << tr("Allowed: %1").arg(c.description);
                    } else {
                        v.modifiedAfterSigning = true;
                        v.changes << (c.kind == ChangeKind::Disallowed
                                          ? c.description
                                          : tr("%1 (not permitted by the certification signature, DocMDP P=%2)")
                                                .arg(c.description)
                                                .arg(s.docMdpPermissions.value_or(0)));
                    }
                }
                if (allowed > 0 && !v.modifiedAfterSigning)
                    v.warnings << tr("The document was changed after this signature in permitted ways only (%n "
                                     "change(s): later signatures, validation data or a number stamp).",
                                     "", allowed);
            }
        }
        if (v.modifiedAfterSigning) {
            QStringList disallowed;
            for (const QString& c : v.changes)
                if (!c.startsWith(tr("Allowed: %1").arg(QString())))
                    disallowed << c;
            v.errors.insert(integrityErrors,
                            tr("The document was modified after signing: %1").arg(disallowed.join(QLatin1Char(' '))));
        }

        v.message = v.valid() ? tr("The signature is valid.")
                              : (v.errors.isEmpty() ? tr("The signature is not valid.") : v.errors.first());
        report.signatures << v;
    }
    ERR_clear_error();
    return report;
}

} // namespace vanban
