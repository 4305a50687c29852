#pragma once
// How the window words one verified signature (PdfSignatureVerifier's SignatureVerification): its status — one
// icon and one line — and the details TT 15/2025 Phụ lục II asks a verifier to show (signer, organisation, issuer,
// signing time, timestamp, integrity, validity at signing time, certificate period) with VanBan's stricter checks.

#include "signing/SignatureVerification.h"

#include <QCoreApplication>
#include <QIcon>

class QStyle;

namespace vanban::ui {

class SignatureSummary {
    Q_DECLARE_TR_FUNCTIONS(vanban::ui::SignatureSummary)

public:
    // The first that applies, most serious first.
    enum class Status { Invalid, Revoked, Modified, NotTrusted, NotValidAtSigningTime, RevocationUnknown, Valid };

    static Status status(const SignatureVerification& s);
    static QIcon icon(Status status, const QStyle* style);
    // "Valid signature — Nguyễn Văn An"
    static QString line(const SignatureVerification& s);
    // Rich text: one row per item.
    static QString detailsHtml(const SignatureVerification& s);
    // "12/06/2025 10:15:00 (UTC+7)"
    static QString vietnamTime(const QDateTime& time);
};

} // namespace vanban::ui
