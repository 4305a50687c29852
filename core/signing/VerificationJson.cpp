#include "signing/VerificationJson.h"

#include <QJsonArray>

namespace vanban {

namespace {
QJsonValue isoOrNull(const QDateTime& t) {
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue();
}
} // namespace

QJsonObject VerificationJson::signature(const SignatureVerification& s) {
    QJsonArray warnings, changes, range;
    for (const QString& w : s.warnings)
        warnings.append(w);
    for (const QString& c : s.changes)
        changes.append(c);
    for (qint64 n : s.byteRange)
        range.append(n);
    return {{QStringLiteral("field"), s.field},
            {QStringLiteral("signer"), s.signer},
            {QStringLiteral("organization"), s.organization},
            {QStringLiteral("issuer"), s.issuer},
            {QStringLiteral("signingTime"), isoOrNull(s.signingTime())},
            {QStringLiteral("claimedSigningTime"), isoOrNull(s.claimedSigningTime)},
            {QStringLiteral("timestamp"), s.timestamp ? isoOrNull(*s.timestamp) : QJsonValue()},
            {QStringLiteral("timestampTrusted"), s.timestampTrusted},
            {QStringLiteral("level"), signatureLevelName(s.level)},
            {QStringLiteral("integrity"), s.integrity},
            {QStringLiteral("coversWholeDocument"), s.coversWholeDocument},
            {QStringLiteral("modifiedAfterSigning"), s.modifiedAfterSigning},
            {QStringLiteral("changes"), changes},
            {QStringLiteral("certificateTrusted"), s.certificateTrusted},
            {QStringLiteral("certificateValidAtSigningTime"), s.certificateValidAtSigningTime},
            {QStringLiteral("certificateNotBefore"), isoOrNull(s.certificate.notBefore)},
            {QStringLiteral("certificateNotAfter"), isoOrNull(s.certificate.notAfter)},
            {QStringLiteral("certificateSha256"), s.certificate.sha256},
            {QStringLiteral("revocation"), revocationStatusName(s.revocation)},
            {QStringLiteral("revocationDetail"), s.revocationDetail},
            {QStringLiteral("revocationFromDocument"), s.revocationFromDocument},
            {QStringLiteral("digestAlgorithm"), s.digestAlgorithm},
            {QStringLiteral("signatureAlgorithm"), s.signatureAlgorithm},
            {QStringLiteral("byteRange"), range},
            {QStringLiteral("docMdp"), s.docMdpPermissions ? QJsonValue(*s.docMdpPermissions) : QJsonValue()},
            {QStringLiteral("valid"), s.valid()},
            {QStringLiteral("message"), s.message},
            {QStringLiteral("warnings"), warnings}};
}

QJsonObject VerificationJson::report(const PdfVerificationReport& report) {
    QJsonArray signatures;
    for (const SignatureVerification& s : report.signatures)
        signatures.append(signature(s));
    return {{QStringLiteral("signatures"), signatures}, {QStringLiteral("allValid"), report.allValid()}};
}

} // namespace vanban
