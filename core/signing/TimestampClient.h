#pragma once
// An RFC 3161 time-stamping client: POSTs a TimeStampReq (SHA-256 message imprint, a random nonce, certReq) to the
// configured TSA over HTTP(S) with QNetworkAccessManager and checks the answer: status granted, the same imprint and
// nonce, and the token's signature verified against the TSA certificate it carries (trust in the TSA itself is the
// verifier's business). Blocks in a local event loop: call it off the UI thread (a QCoreApplication must exist).

#include "common/Result.h"

#include <QCoreApplication>
#include <QUrl>

namespace vanban {

class TimestampClient {
    Q_DECLARE_TR_FUNCTIONS(TimestampClient)

public:
    explicit TimestampClient(QUrl url, int timeoutMs = 60000)
        : m_url(std::move(url))
        , m_timeoutMs(timeoutMs) {}

    // The DER TimeStampToken (a CMS ContentInfo) over `sha256Digest`. External errors for network and TSA failures.
    Result<QByteArray> timestamp(const QByteArray& sha256Digest) const;

private:
    Result<QByteArray> post(const QByteArray& request) const;

    QUrl m_url;
    int m_timeoutMs;
};

} // namespace vanban
