#pragma once
// PAdES baseline signing of a PDF with a PKCS#11 key (ETSI EN 319 142-1; TT 15/2025 Phụ lục I):
//   * the PDF is read with libqpdf, read-only; every change is an incremental update appended to the original bytes
//     (PdfIncrementalUpdate), never a rewrite, so earlier signatures stay valid;
//   * optionally first a number stamp (Số/ký hiệu and date) as its own update, for the agency signature (ND 30);
//   * then the signature: /Type /Sig, /Filter /Adobe.PPKLite, /SubFilter /ETSI.CAdES.detached, /M in Vietnam time,
//     a signature field + widget (a new one, or an existing empty field), the page's /Annots and the AcroForm
//     (/SigFlags 3, /Fields) updated, the appearance of the role (SignatureAppearance);
//   * the CMS from CmsSignedDataBuilder (no signing-time), B-T with an RFC 3161 token from TimestampClient;
//   * B-LT: B-T, then the validation data of the signer's and the TSA's chains fetched now (ValidationDataCollector:
//     OCSP, else CRL; a certificate without an answer, or a revoked one, fails the signing) and written as one more
//     incremental update, the /DSS (PdfDssUpdate);
//   * /Contents reserved (16 KiB of DER by default); when the CMS does not fit, the placeholder is made again with
//     room for it (the update built and the digest of the bytes before it are reused), never truncated;
//   * streamed, never held in memory: the input is copied once into a temporary file next to the target (by the
//     kernel), hashed from there on a second thread while qpdf reads only the cross-reference sections and the
//     objects the update changes; the update is built in memory and written once with the CMS in its placeholder
//     (for B-LT the /DSS update after it), the file synced and renamed (AtomicOutputFile): no output on failure.
// The signer must be logged in before sign(); the certificate's validity is checked by checkCertificate(), which the
// caller runs before asking for the PIN.

#include "common/Result.h"
#include "signing/Pkcs11Signer.h"
#include "signing/RevocationFetcher.h"
#include "signing/SignatureImage.h"

#include <QDateTime>
#include <QRectF>
#include <QUrl>
#include <memory>
#include <optional>

namespace vanban {

enum class SignatureRole { Leader, Agency, Attachment };
enum class PadesLevel { BaselineB, BaselineT, BaselineLT };

QString padesLevelName(PadesLevel level); // "B-B"
std::optional<PadesLevel> padesLevelFromName(const QString& name);
std::optional<SignatureRole> signatureRoleFromName(const QString& name); // leader|agency|attachment

// Text written into the page before the agency signs: "Số: 12/QĐ-UBND" and the date line, in a rectangle.
struct NumberStamp {
    QStringList lines;
    int page = 0; // 0-based
    QRectF rect;  // PDF points, origin bottom left of the page's user space
    double fontSize = 13;
};

struct PadesSignRequest {
    QString input;
    QString output;
    SignatureRole role = SignatureRole::Leader;
    PadesLevel level = PadesLevel::BaselineB;
    // Placement: page (0-based) + rectangle in PDF points; or an existing empty signature field (by name, or the
    // first one when neither a field nor a rectangle is given); or, with none, an invisible signature.
    // The attachment role defaults to the top right of page 1.
    std::optional<int> page;
    std::optional<QRectF> rect;
    QString fieldName;
    SignatureImage image;   // leader: the handwritten signature; agency: the seal
    QString documentNumber; // số/ký hiệu, shown by the attachment appearance
    QString reason;
    QString location;
    std::optional<NumberStamp> stamp;
    QUrl tsaUrl; // required for B-T and B-LT
    // B-LT: the administrator's trust anchors (DER; TrustStore) that end the chains, and where OCSP responses and
    // CRLs come from (null: HTTP, `networkTimeoutMs` per request; a seam for tests).
    QList<QByteArray> trustAnchors;
    std::shared_ptr<RevocationFetcher> revocationFetcher;
    int networkTimeoutMs = 10000;
    QDateTime signingTime;            // invalid: now (a seam for tests)
    QString fontPath;                 // empty: Liberation Serif
    int initialContentsBytes = 16384; // DER bytes reserved in /Contents at first (a test hook forces a small value)
};

struct PadesSignResult {
    QString output;
    QString fieldName;
    PadesLevel level = PadesLevel::BaselineB;
    QString signer;        // the certificate's common name
    QDateTime signingTime; // with offset +07:00
    int contentsBytes = 0; // the DER room reserved in the final attempt
    int attempts = 0;      // 2 when the first placeholder was too small
    int cmsBytes = 0;
    // B-LT: what the /DSS holds for this signature, and where each certificate's revocation status came from.
    int dssCertificates = 0, dssOcspResponses = 0, dssCrls = 0;
    QStringList revocationSources;
};

class PadesSigner {
    Q_DECLARE_TR_FUNCTIONS(PadesSigner)

public:
    explicit PadesSigner(Pkcs11Signer& signer)
        : m_signer(signer) {}

    // Refuses a certificate that is expired or not yet valid at `when` (run before the PIN is asked).
    static Status checkCertificate(const TokenCertificate& certificate, const QDateTime& when);
    // "D:20250601100000+07'00'" and "2025-06-01T10:00:00+07:00" for a time, in Vietnam time.
    static QByteArray pdfDate(const QDateTime& time);
    static QString isoVietnamTime(const QDateTime& time);

    Result<PadesSignResult> sign(const PadesSignRequest& request);

private:
    // B-LT: fetches the validation data; the /DSS update to append to the first `length` bytes of the file at `path`.
    Result<QByteArray> validationData(const PadesSignRequest& request, const QDateTime& signingTime,
                                      const QByteArray& timestamp, const QByteArray& contentsValue, const QString& path,
                                      qint64 length, const QString& name, PadesSignResult& result);

    Pkcs11Signer& m_signer;
};

} // namespace vanban
