// verify, trust import, trust list: file commands (no workspace, no --as).
#include "Commands.h"

#include "signing/PdfSignatureVerifier.h"
#include "signing/TrustStore.h"
#include "signing/VerificationJson.h"

#include <QFileInfo>
#include <QJsonArray>

namespace vanban::cli {

namespace {
QJsonValue isoOrNull(const QDateTime& t) {
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QString localTime(const QDateTime& t) {
    return t.isValid() ? t.toOffsetFromUtc(7 * 3600).toString(QStringLiteral("dd/MM/yyyy HH:mm:ss")) +
                             CliContext::tr(" (UTC+7)")
                       : CliContext::tr("unknown");
}

QString yesNo(bool value) {
    return value ? CliContext::tr("yes") : CliContext::tr("no");
}

Result<TrustStore> trustStore(const CliContext& ctx) {
    const QString dir = ctx.args().has(QStringLiteral("trust-anchors"))
                            ? ctx.args().value(QStringLiteral("trust-anchors"))
                            : TrustStore::defaultDirectory();
    if (ctx.args().has(QStringLiteral("trust-anchors")) && !QFileInfo(dir).isDir())
        return Error{ErrorCode::NotFound, CliContext::tr("The trust anchor folder %1 does not exist.").arg(dir),
                     QStringLiteral("trust-anchors")};
    return TrustStore::load(dir);
}

// One block per signature with what TT 15/2025 Phụ lục II asks the verifier to show.
QString signatureText(int index, const SignatureVerification& s) {
    QStringList t;
    t << CliContext::tr("Signature %1 (field “%2”): %3")
             .arg(index)
             .arg(s.field, s.valid() ? CliContext::tr("VALID") : CliContext::tr("NOT VALID"));
    t << CliContext::tr("  Signer:                %1").arg(s.signer);
    t << CliContext::tr("  Organisation:          %1")
             .arg(s.organization.isEmpty() ? QStringLiteral("—") : s.organization);
    t << CliContext::tr("  Issuer:                %1").arg(s.issuer);
    t << CliContext::tr("  Signing time:          %1").arg(localTime(s.claimedSigningTime));
    t << CliContext::tr("  Timestamp:             %1")
             .arg(s.timestamp ? CliContext::tr("%1 (%2%3)")
                                    .arg(localTime(*s.timestamp), s.timestampAuthority,
                                         s.timestampTrusted ? QString() : CliContext::tr(", not trusted"))
                              : CliContext::tr("none"));
    t << CliContext::tr("  Integrity:             %1")
             .arg(s.integrity ? CliContext::tr("intact") : CliContext::tr("DAMAGED"));
    t << CliContext::tr("  Covers whole document: %1").arg(yesNo(s.coversWholeDocument));
    t << CliContext::tr("  Modified after signing: %1").arg(yesNo(s.modifiedAfterSigning));
    t << CliContext::tr("  Certificate trusted:   %1").arg(yesNo(s.certificateTrusted));
    t << CliContext::tr("  Valid at signing time: %1").arg(yesNo(s.certificateValidAtSigningTime));
    t << CliContext::tr("  Certificate period:    %1 – %2")
             .arg(localTime(s.certificate.notBefore), localTime(s.certificate.notAfter));
    const QString revocation = s.revocation == RevocationStatus::Good      ? CliContext::tr("not revoked")
                               : s.revocation == RevocationStatus::Revoked ? CliContext::tr("REVOKED")
                                                                           : CliContext::tr("unknown");
    t << CliContext::tr("  Revocation:            %1")
             .arg(s.revocation == RevocationStatus::Unknown || s.revocationDetail.isEmpty()
                      ? revocation
                      : QStringLiteral("%1 (%2)").arg(revocation, s.revocationDetail));
    t << CliContext::tr("  Level:                 PAdES %1, %2, %3")
             .arg(signatureLevelName(s.level), s.digestAlgorithm, s.signatureAlgorithm);
    t << CliContext::tr("  Result:                %1").arg(s.message);
    for (const QString& change : s.changes)
        t << QStringLiteral("    * ") + change;
    for (const QString& error : s.errors.mid(1))
        t << QStringLiteral("  ✗ ") + error;
    for (const QString& warning : s.warnings)
        t << QStringLiteral("  ! ") + warning;
    return t.join(QLatin1Char('\n'));
}
} // namespace

ExitCode runVerify(CliContext& ctx) {
    if (Status s = ctx.allowOptions({QStringLiteral("trust-anchors"), QStringLiteral("offline")}); !s)
        return ctx.fail(s.error());
    const QStringList& words = ctx.args().words();
    if (words.size() != 2)
        return ctx.fail(Error{ErrorCode::Usage, CliContext::tr("verify needs exactly one PDF file.")});
    auto store = trustStore(ctx);
    if (!store)
        return ctx.fail(store.error());
    for (const QString& warning : store->warnings())
        ctx.info(warning);
    VerifyOptions options;
    options.trustAnchors = store->anchorsDer();
    options.online = !ctx.args().has(QStringLiteral("offline"));
    auto report = PdfSignatureVerifier(options).verifyFile(words[1]);
    if (!report)
        return ctx.fail(report.error());

    QJsonArray signatures;
    QStringList text;
    int index = 0;
    for (const SignatureVerification& s : report->signatures) {
        signatures.append(VerificationJson::signature(s));
        text << signatureText(++index, s);
    }
    if (store->isEmpty())
        text << CliContext::tr("No trust anchors are configured: import the root certificates (vanban-cli trust "
                               "import FILE) or give --trust-anchors DIR.");
    QJsonObject json{{QStringLiteral("signatures"), signatures}, {QStringLiteral("allValid"), report->allValid()}};
    if (report->signatures.isEmpty()) {
        const QString message = CliContext::tr("The file has no digital signature.");
        json.insert(QStringLiteral("message"), message);
        text.prepend(message);
    } else {
        text << (report->allValid()
                     ? CliContext::tr("All %n signature(s) are valid.", "", int(report->signatures.size()))
                     : CliContext::tr("At least one signature is NOT valid."));
    }
    const ExitCode code = ctx.succeed(json, text.join(QStringLiteral("\n\n")));
    for (const SignatureVerification& s : report->signatures)
        if (!s.valid())
            return int(ErrorCode::Integrity);
    return code;
}

ExitCode runTrustImport(CliContext& ctx) {
    if (Status s = ctx.allowOptions({QStringLiteral("trust-anchors")}); !s)
        return ctx.fail(s.error());
    const QStringList& words = ctx.args().words();
    if (words.size() != 3)
        return ctx.fail(Error{ErrorCode::Usage, CliContext::tr("trust import needs exactly one certificate file.")});
    const QString dir = ctx.args().has(QStringLiteral("trust-anchors"))
                            ? ctx.args().value(QStringLiteral("trust-anchors"))
                            : TrustStore::defaultDirectory();
    auto imported = TrustStore::import(words[2], dir);
    if (!imported)
        return ctx.fail(imported.error());
    QJsonArray list;
    QStringList text;
    for (const TokenCertificate& c : *imported) {
        list.append(QJsonObject{{QStringLiteral("subject"), c.subject}, {QStringLiteral("sha256"), c.sha256}});
        text << CliContext::tr("Imported trust anchor %1 (SHA-256 %2) into %3.").arg(c.subject, c.sha256, dir);
    }
    return ctx.succeed({{QStringLiteral("imported"), list}, {QStringLiteral("directory"), dir}},
                       text.join(QLatin1Char('\n')));
}

ExitCode runTrustList(CliContext& ctx) {
    if (Status s = ctx.allowOptions({QStringLiteral("trust-anchors")}); !s)
        return ctx.fail(s.error());
    auto store = trustStore(ctx);
    if (!store)
        return ctx.fail(store.error());
    QJsonArray list;
    QStringList text;
    for (const TokenCertificate& c : store->anchors()) {
        list.append(QJsonObject{{QStringLiteral("subject"), c.subject},
                                {QStringLiteral("file"), c.label},
                                {QStringLiteral("notBefore"), isoOrNull(c.notBefore)},
                                {QStringLiteral("notAfter"), isoOrNull(c.notAfter)},
                                {QStringLiteral("sha256"), c.sha256}});
        text << QStringLiteral("%1\n  %2 – %3, SHA-256 %4")
                    .arg(c.subject, localTime(c.notBefore), localTime(c.notAfter), c.sha256);
    }
    if (store->isEmpty())
        text << CliContext::tr("No trust anchors.");
    return ctx.succeed({{QStringLiteral("anchors"), list}}, text.join(QLatin1Char('\n')));
}

} // namespace vanban::cli
