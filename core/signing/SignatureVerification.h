#pragma once
// The result of verifying one signature of a PDF (PdfSignatureVerifier): what TT 15/2025 Phụ lục II asks the
// verifier to show (issuer, signer, organisation, signing time or timestamp, integrity, validity at signing time,
// certificate period) and the stricter checks of VanBan (byte range geometry, changes after signing, DocMDP,
// PAdES attribute profile, revocation). A plain value type: copyable, no handles.

#include "signing/TokenCertificate.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace vanban {

enum class RevocationStatus { Good, Revoked, Unknown };
enum class SignatureLevel { None, BB, BT, BLT }; // PAdES baseline; None: not a PAdES signature (no ESS attribute)

QString revocationStatusName(RevocationStatus status); // "good" | "revoked" | "unknown"
QString signatureLevelName(SignatureLevel level);      // "B-B" | "B-T" | "B-LT" | "none"

struct SignatureVerification {
    QString field;     // fully qualified field name ("Signature1")
    QString subFilter; // "ETSI.CAdES.detached", "adbe.pkcs7.detached" …

    // The signer certificate (empty der when the CMS carries none) and the names TT 15 asks for.
    TokenCertificate certificate;
    QString signer;       // subject CN
    QString organization; // subject O
    QString issuer;       // issuer CN (else the whole issuer name)

    QDateTime claimedSigningTime;       // /M of the signature dictionary, else the CMS signing-time attribute (UTC)
    std::optional<QDateTime> timestamp; // genTime of a valid signature timestamp token (id-aa-signatureTimeStampToken)
    QString timestampAuthority;         // the TSA certificate's CN
    bool timestampTrusted = false;      // the TSA chains to a trust anchor
    QDateTime signingTime() const { return timestamp ? *timestamp : claimedSigningTime; }
    SignatureLevel level = SignatureLevel::None;
    QString digestAlgorithm;    // "SHA-256"
    QString signatureAlgorithm; // "RSA PKCS#1 v1.5", "RSA-PSS", "ECDSA"

    // Integrity.
    QList<qint64> byteRange;      // the four numbers of /ByteRange
    bool byteRangeValid = false;  // starts at 0, the gap is exactly /Contents, in the file, ends a revision
    bool digestMatches = false;   // message-digest attribute == digest of the byte ranges
    bool signatureValid = false;  // the SignerInfo signature over the signed attributes verifies
    bool attributesValid = false; // content-type, message-digest, signing certificate (ESS) match the profile
    bool integrity = false;       // all four above
    bool coversWholeDocument = false;

    // Changes after signing (later incremental updates compared object by object).
    bool modifiedAfterSigning = false;
    QStringList changes;                  // readable, one line per change (allowed ones are prefixed by their kind)
    std::optional<int> docMdpPermissions; // /P of a certification signature (1, 2, 3)

    // Certificate.
    bool certificateTrusted = false; // chains to a configured trust anchor
    bool certificateValidAtSigningTime =
        false;          // signing time within the validity of the signer certificate (and chain)
    QString chainError; // OpenSSL's reason when the chain fails
    RevocationStatus revocation = RevocationStatus::Unknown;
    QString revocationDetail;            // how it was checked, or why it could not be
    bool revocationFromDocument = false; // the answer came from the document's /DSS (checked offline)

    QString message;      // one translated sentence: valid, or the first reason it is not
    QStringList warnings; // translated
    QStringList errors;   // translated: every reason it is invalid

    // Valid: integrity, not modified, trusted, valid at signing time, not revoked. Unknown revocation only warns
    // (TT 15/2025 Phụ lục II: "if neither is reachable, warn the user").
    bool valid() const {
        return integrity && !modifiedAfterSigning && certificateTrusted && certificateValidAtSigningTime &&
               revocation != RevocationStatus::Revoked;
    }
};

struct PdfVerificationReport {
    QList<SignatureVerification> signatures;
    qint64 fileSize = 0;
    // False for a file without signatures: "all signatures valid" must not describe an unsigned document.
    bool allValid() const {
        if (signatures.isEmpty())
            return false;
        for (const SignatureVerification& s : signatures)
            if (!s.valid())
                return false;
        return true;
    }
};

} // namespace vanban
