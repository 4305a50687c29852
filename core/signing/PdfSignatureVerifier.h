#pragma once
// Verifies every signature of a PDF, strictly (stricter than Poppler, which calls a document changed after signing
// "valid"): ByteRange geometry, digest, CMS signature, PAdES attribute profile, timestamp, chain to the trust anchors
// at the signing time, revocation (OCSP/CRL, or Unknown with a warning), and what changed after each signature
// (RevisionComparator; DocMDP respected). Results in SignatureVerification, messages translated.
//
// Thread safety: no shared state; call it from a worker thread (with online revocation it waits on the network for
// up to the fetcher's timeout per request, so never on the UI thread).

#include "common/Result.h"
#include "signing/RevocationFetcher.h"
#include "signing/SignatureVerification.h"

#include <QCoreApplication>
#include <memory>

namespace vanban {

struct VerifyOptions {
    QList<QByteArray> trustAnchors; // DER (TrustStore::anchorsDer())
    bool online = true;             // fetch OCSP/CRL; false: revocation is Unknown unless the PDF carries it
    int networkTimeoutMs = 5000;
    std::shared_ptr<RevocationFetcher> fetcher; // null: an HttpRevocationFetcher per call
};

class PdfSignatureVerifier {
    Q_DECLARE_TR_FUNCTIONS(PdfSignatureVerifier)

public:
    explicit PdfSignatureVerifier(VerifyOptions options)
        : m_options(std::move(options)) {}

    // Invalid when the file is not a readable PDF (damaged, encrypted); NotFound when it cannot be read.
    // A PDF without signatures gives an empty report.
    Result<PdfVerificationReport> verifyFile(const QString& path) const;
    Result<PdfVerificationReport> verify(const QByteArray& pdf) const;

private:
    VerifyOptions m_options;
};

} // namespace vanban
