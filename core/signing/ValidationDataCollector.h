#pragma once
// Collects the validation data of a PAdES B-LT signature at signing time (ETSI EN 319 142-1 §5.4, §6.3): for the
// signer's certificate and for the time-stamping authority's, the chain up to the trust anchor and, for every
// certificate of it except the anchor, a fresh OCSP response from the responder its authorityInfoAccess names, else
// the CRL of its distribution point (RevocationFetcher: HTTP with a timeout). Every answer is verified as the
// verifier would (RevocationChecker). A certificate without a reachable, valid answer, or a revoked one, is an
// error that names it: B-LT is never quietly downgraded to B-T.
//
// Blocks on the network: call it where signing runs (a worker thread in the window), never on the UI thread.

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QStringList>

namespace vanban {

class RevocationFetcher;

// DER blobs for /DSS, each once.
struct ValidationData {
    QList<QByteArray> certificates;
    QList<QByteArray> ocspResponses;
    QList<QByteArray> crls;
    QStringList sources; // one line per certificate: its name and where its revocation status came from
};

class ValidationDataCollector {
    Q_DECLARE_TR_FUNCTIONS(ValidationDataCollector)

public:
    // anchors: the administrator's trust anchors (DER); self-signed certificates met on the way count as anchors too
    // (a token may carry its root). `at`: the signing time the answers must cover.
    ValidationDataCollector(QList<QByteArray> anchors, RevocationFetcher& fetcher, QDateTime at)
        : m_anchors(std::move(anchors))
        , m_fetcher(fetcher)
        , m_at(std::move(at)) {}

    // The chain of `certificate` built from `pool` (the token's CA certificates, the CMS's) and the anchors, with the
    // revocation status of each certificate but the anchor.
    Status addChain(const QByteArray& certificate, const QList<QByteArray>& pool);
    // The time-stamping authority of an RFC 3161 token (DER ContentInfo): its certificate, from the token.
    Status addTimestampAuthority(const QByteArray& timestampToken);

    const ValidationData& data() const { return m_data; }

private:
    Status addRevocation(const QByteArray& certificate, const QByteArray& issuer, const QList<QByteArray>& pool);
    void addCertificate(const QByteArray& der);

    QList<QByteArray> m_anchors;
    RevocationFetcher& m_fetcher;
    QDateTime m_at;
    ValidationData m_data;
    QSet<QByteArray> m_checked; // certificates whose revocation status is already in m_data
};

} // namespace vanban
