#include "SignatureSummary.h"

#include <QStyle>

namespace vanban::ui {

namespace {
QString yesNo(bool value) {
    return value ? SignatureSummary::tr("yes") : SignatureSummary::tr("no");
}

QString row(const QString& label, const QString& value, bool bad = false) {
    const QString shown = value.isEmpty() ? QStringLiteral("—") : value.toHtmlEscaped();
    return QStringLiteral("<tr><td style=\"padding-right:10px; color:#555555\"><nobr>%1</nobr></td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), bad ? QStringLiteral("<b style=\"color:#b00020\">%1</b>").arg(shown) : shown);
}
} // namespace

SignatureSummary::Status SignatureSummary::status(const SignatureVerification& s) {
    if (!s.integrity)
        return Status::Invalid;
    if (s.revocation == RevocationStatus::Revoked)
        return Status::Revoked;
    if (s.modifiedAfterSigning)
        return Status::Modified;
    if (!s.certificateTrusted)
        return Status::NotTrusted;
    if (!s.certificateValidAtSigningTime)
        return Status::NotValidAtSigningTime;
    if (s.revocation == RevocationStatus::Unknown)
        return Status::RevocationUnknown;
    return Status::Valid;
}

QIcon SignatureSummary::icon(Status status, const QStyle* style) {
    switch (status) {
    case Status::Valid:
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    case Status::RevocationUnknown:
    case Status::NotTrusted:
    case Status::NotValidAtSigningTime:
    case Status::Modified:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case Status::Invalid:
    case Status::Revoked:
        break;
    }
    return style->standardIcon(QStyle::SP_MessageBoxCritical);
}

QString SignatureSummary::line(const SignatureVerification& s) {
    const QString who = s.signer.isEmpty() ? tr("unknown signer") : s.signer;
    switch (status(s)) {
    case Status::Valid:
        return tr("Valid signature — %1").arg(who);
    case Status::RevocationUnknown:
        return tr("Valid signature, revocation not checked — %1").arg(who);
    case Status::NotTrusted:
        return tr("Not trusted: the certificate is not from a trusted CA — %1").arg(who);
    case Status::NotValidAtSigningTime:
        return tr("Invalid: the certificate was not valid at the signing time — %1").arg(who);
    case Status::Modified:
        return tr("Modified after signing — %1").arg(who);
    case Status::Revoked:
        return tr("Invalid: the certificate is revoked — %1").arg(who);
    case Status::Invalid:
        break;
    }
    return tr("Invalid signature: the signed content does not match — %1").arg(who);
}

QString SignatureSummary::vietnamTime(const QDateTime& time) {
    return time.isValid() ? time.toOffsetFromUtc(7 * 3600).toString(QStringLiteral("dd/MM/yyyy HH:mm:ss")) +
                                QStringLiteral(" (UTC+7)")
                          : tr("unknown");
}

QString SignatureSummary::detailsHtml(const SignatureVerification& s) {
    QString t = QStringLiteral("<p><b>%1</b></p><table>").arg(line(s).toHtmlEscaped());
    t += row(tr("Signer:"), s.signer);
    t += row(tr("Organisation:"), s.organization);
    t += row(tr("Issuer:"), s.issuer);
    t += row(tr("Signing time:"), vietnamTime(s.claimedSigningTime));
    t += row(tr("Timestamp:"), s.timestamp ? tr("%1, %2%3")
                                                 .arg(vietnamTime(*s.timestamp), s.timestampAuthority,
                                                      s.timestampTrusted ? QString() : tr(" (not trusted)"))
                                           : tr("none"));
    t += row(tr("Integrity:"), s.integrity ? tr("intact") : tr("damaged: the signed bytes were changed"), !s.integrity);
    t += row(tr("Covers the whole document:"), yesNo(s.coversWholeDocument));
    t += row(tr("Modified after signing:"), yesNo(s.modifiedAfterSigning), s.modifiedAfterSigning);
    for (const QString& change : s.changes)
        t += row(QString(), QStringLiteral("• ") + change);
    t += row(tr("Certificate period:"),
             tr("%1 – %2").arg(vietnamTime(s.certificate.notBefore), vietnamTime(s.certificate.notAfter)));
    t += row(tr("Valid at signing time:"), yesNo(s.certificateValidAtSigningTime), !s.certificateValidAtSigningTime);
    t += row(tr("Trusted:"),
             s.certificateTrusted ? tr("yes, chains to a trusted root certificate")
                                  : (s.chainError.isEmpty() ? tr("no") : tr("no (%1)").arg(s.chainError)),
             !s.certificateTrusted);
    const QString revocation = s.revocation == RevocationStatus::Good      ? tr("not revoked")
                               : s.revocation == RevocationStatus::Revoked ? tr("revoked")
                                                                           : tr("not checked");
    t += row(tr("Revocation:"),
             s.revocationDetail.isEmpty() ? revocation : tr("%1 (%2)").arg(revocation, s.revocationDetail),
             s.revocation == RevocationStatus::Revoked);
    t += row(tr("Level:"),
             tr("PAdES %1, %2, %3").arg(signatureLevelName(s.level), s.digestAlgorithm, s.signatureAlgorithm));
    t += row(tr("Field:"), s.field);
    t += QStringLiteral("</table>");
    if (!s.errors.isEmpty() || !s.warnings.isEmpty()) {
        t += QStringLiteral("<ul>");
        for (const QString& e : s.errors)
            t += QStringLiteral("<li style=\"color:#b00020\">%1</li>").arg(e.toHtmlEscaped());
        for (const QString& w : s.warnings)
            t += QStringLiteral("<li>%1</li>").arg(w.toHtmlEscaped());
        t += QStringLiteral("</ul>");
    }
    return t;
}

} // namespace vanban::ui
