#pragma once
// Fetches OCSP responses and CRLs over HTTP for the verifier. The default uses a QNetworkAccessManager of its own
// with a local event loop and a short timeout, so it works on any thread that has no event loop of its own (a
// worker thread); never call it on the UI thread. Tests inject another implementation or none (offline).

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QUrl>

namespace vanban {

class RevocationFetcher {
public:
    virtual ~RevocationFetcher() = default;
    // POST body (OCSP, RFC 6960 Appendix A) or GET when body is empty (CRL, RFC 5280). External on failure.
    virtual Result<QByteArray> fetch(const QUrl& url, const QByteArray& body, const QByteArray& contentType) = 0;
};

class HttpRevocationFetcher : public RevocationFetcher {
    Q_DECLARE_TR_FUNCTIONS(HttpRevocationFetcher)

public:
    explicit HttpRevocationFetcher(int timeoutMs = 5000)
        : m_timeoutMs(timeoutMs) {}
    Result<QByteArray> fetch(const QUrl& url, const QByteArray& body, const QByteArray& contentType) override;

private:
    int m_timeoutMs;
};

} // namespace vanban
