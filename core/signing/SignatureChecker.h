#pragma once
// Verifies the digital signatures of stored document files that are still `pending` (every file of a newly
// registered document) and keeps the result with the file (document_files.signature_state and the verifier's
// JSON report). The CLI checks right after registering; the window does it on a worker thread. Verification may
// fetch OCSP/CRL: never run this on a UI thread.

#include "common/Clock.h"
#include "common/Result.h"
#include "signing/PdfSignatureVerifier.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>

namespace vanban {

class SignatureChecker {
    Q_DECLARE_TR_FUNCTIONS(SignatureChecker)

public:
    SignatureChecker(Workspace& ws, VerifyOptions options, const Clock& clock = Clock::system())
        : m_ws(ws)
        , m_options(std::move(options))
        , m_clock(clock) {}

    // Trust anchors from the administrator's folder (TrustStore::defaultDirectory()); revocation checked online.
    static VerifyOptions defaultOptions();

    // Checks up to `max` pending files; returns how many were checked.
    Result<int> checkPending(int max = 1000);

private:
    Workspace& m_ws;
    VerifyOptions m_options;
    const Clock& m_clock;
};

} // namespace vanban
