#include "signing/TimestampClient.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <memory>
#include <openssl/bn.h>
#include <openssl/pkcs7.h>
#include <openssl/rand.h>
#include <openssl/ts.h>
#include <openssl/x509_vfy.h>

namespace vanban {

namespace {
struct TsReqDeleter {
    void operator()(TS_REQ* r) const { TS_REQ_free(r); }
};
struct TsRespDeleter {
    void operator()(TS_RESP* r) const { TS_RESP_free(r); }
};
struct TsMsgImprintDeleter {
    void operator()(TS_MSG_IMPRINT* m) const { TS_MSG_IMPRINT_free(m); }
};
struct X509AlgorDeleter {
    void operator()(X509_ALGOR* a) const { X509_ALGOR_free(a); }
};
struct Asn1IntegerDeleter {
    void operator()(ASN1_INTEGER* i) const { ASN1_INTEGER_free(i); }
};
struct BignumDeleter {
    void operator()(BIGNUM* b) const { BN_free(b); }
};
struct TsVerifyCtxDeleter {
    void operator()(TS_VERIFY_CTX* c) const { TS_VERIFY_CTX_free(c); }
};
struct X509StoreDeleter {
    void operator()(X509_STORE* s) const { X509_STORE_free(s); }
};
struct BytesDeleter {
    void operator()(unsigned char* p) const { OPENSSL_free(p); }
};

template <class T, class Encode> QByteArray encode(T* object, Encode i2d) {
    unsigned char* buffer = nullptr;
    const int length = i2d(object, &buffer);
    if (length <= 0)
        return {};
    std::unique_ptr<unsigned char, BytesDeleter> owner(buffer);
    return QByteArray(reinterpret_cast<const char*>(buffer), length);
}
} // namespace

Result<QByteArray> TimestampClient::timestamp(const QByteArray& sha256Digest) const {
    const Error internal{ErrorCode::Internal, tr("The time-stamp request could not be built.")};
    std::unique_ptr<TS_REQ, TsReqDeleter> request(TS_REQ_new());
    std::unique_ptr<TS_MSG_IMPRINT, TsMsgImprintDeleter> imprint(TS_MSG_IMPRINT_new());
    std::unique_ptr<X509_ALGOR, X509AlgorDeleter> algorithm(X509_ALGOR_new());
    if (!request || !imprint || !algorithm)
        return internal;
    X509_ALGOR_set_md(algorithm.get(), EVP_sha256());
    if (TS_REQ_set_version(request.get(), 1) != 1 || TS_MSG_IMPRINT_set_algo(imprint.get(), algorithm.get()) != 1 ||
        TS_MSG_IMPRINT_set_msg(imprint.get(),
                               reinterpret_cast<unsigned char*>(const_cast<char*>(sha256Digest.constData())),
                               int(sha256Digest.size())) != 1 ||
        TS_REQ_set_msg_imprint(request.get(), imprint.get()) != 1 || TS_REQ_set_cert_req(request.get(), 1) != 1)
        return internal;
    unsigned char nonceBytes[8];
    if (RAND_bytes(nonceBytes, sizeof nonceBytes) != 1)
        qFatal("RAND_bytes failed: no randomness for the time-stamp nonce"); // a failing RNG is fatal (DESIGN.md)
    nonceBytes[0] &= 0x7f;
    std::unique_ptr<BIGNUM, BignumDeleter> nonceNumber(BN_bin2bn(nonceBytes, sizeof nonceBytes, nullptr));
    std::unique_ptr<ASN1_INTEGER, Asn1IntegerDeleter> nonce(BN_to_ASN1_INTEGER(nonceNumber.get(), nullptr));
    if (!nonce || TS_REQ_set_nonce(request.get(), nonce.get()) != 1)
        return internal;
    const QByteArray requestDer = encode(request.get(), i2d_TS_REQ);
    if (requestDer.isEmpty())
        return internal;

    auto answer = post(requestDer);
    if (!answer)
        return answer.error();

    const QString tsa = m_url.toDisplayString();
    auto refused = [&tsa](const QString& why) {
        return Error{ErrorCode::External,
                     tr("The time-stamping authority %1 gave an unusable answer: %2.").arg(tsa, why),
                     QStringLiteral("tsa")};
    };
    const auto* p = reinterpret_cast<const unsigned char*>(answer->constData());
    std::unique_ptr<TS_RESP, TsRespDeleter> response(d2i_TS_RESP(nullptr, &p, long(answer->size())));
    if (!response)
        return refused(tr("not an RFC 3161 time-stamp response"));
    const ASN1_INTEGER* status = TS_STATUS_INFO_get0_status(TS_RESP_get_status_info(response.get()));
    const long statusValue = ASN1_INTEGER_get(status);
    if (statusValue != 0 && statusValue != 1)
        return refused(tr("status %1 (not granted)").arg(statusValue));
    PKCS7* token = TS_RESP_get_token(response.get());
    TS_TST_INFO* info = TS_RESP_get_tst_info(response.get());
    if (!token || !info)
        return refused(tr("no time-stamp token"));
    const TS_MSG_IMPRINT* answered = TS_TST_INFO_get_msg_imprint(info);
    const ASN1_OCTET_STRING* answeredDigest = TS_MSG_IMPRINT_get_msg(const_cast<TS_MSG_IMPRINT*>(answered));
    const X509_ALGOR* answeredAlgorithm = TS_MSG_IMPRINT_get_algo(const_cast<TS_MSG_IMPRINT*>(answered));
    const ASN1_OBJECT* answeredOid = nullptr;
    X509_ALGOR_get0(&answeredOid, nullptr, nullptr, answeredAlgorithm);
    if (OBJ_obj2nid(answeredOid) != NID_sha256 ||
        QByteArray(reinterpret_cast<const char*>(ASN1_STRING_get0_data(answeredDigest)),
                   ASN1_STRING_length(answeredDigest)) != sha256Digest)
        return refused(tr("the token is for another message imprint"));
    const ASN1_INTEGER* answeredNonce = TS_TST_INFO_get_nonce(info);
    if (!answeredNonce || ASN1_INTEGER_cmp(answeredNonce, nonce.get()) != 0)
        return refused(tr("the nonce does not match the request"));

    // The token's signature, against the TSA certificate inside it (partial chain: the TSA certificate is the anchor
    // here; the verifier decides whether the TSA is trusted).
    if (!PKCS7_type_is_signed(token) || !token->d.sign || !token->d.sign->cert || sk_X509_num(token->d.sign->cert) == 0)
        return refused(tr("the token carries no TSA certificate"));
    std::unique_ptr<TS_VERIFY_CTX, TsVerifyCtxDeleter> verify(TS_VERIFY_CTX_new());
    std::unique_ptr<X509_STORE, X509StoreDeleter> store(X509_STORE_new());
    if (!verify || !store)
        return internal;
    for (int i = 0; i < sk_X509_num(token->d.sign->cert); ++i)
        X509_STORE_add_cert(store.get(), sk_X509_value(token->d.sign->cert, i));
    X509_STORE_set_flags(store.get(), X509_V_FLAG_PARTIAL_CHAIN);
    TS_VERIFY_CTX_set_flags(verify.get(), TS_VFY_SIGNATURE);
    TS_VERIFY_CTX_set_store(verify.get(), store.release()); // the context owns it now
    if (TS_RESP_verify_token(verify.get(), token) != 1)
        return refused(tr("the token's signature does not verify with its TSA certificate"));

    const QByteArray tokenDer = encode(token, i2d_PKCS7);
    if (tokenDer.isEmpty())
        return internal;
    return tokenDer;
}

Result<QByteArray> TimestampClient::post(const QByteArray& request) const {
    QNetworkAccessManager network;
    QNetworkRequest httpRequest(m_url);
    httpRequest.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/timestamp-query"));
    httpRequest.setTransferTimeout(m_timeoutMs);
    std::unique_ptr<QNetworkReply> reply(network.post(httpRequest, request));
    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(m_timeoutMs, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    const QString tsa = m_url.toDisplayString();
    if (!reply->isFinished()) {
        reply->abort();
        return Error{ErrorCode::External, tr("The time-stamping authority %1 did not answer in time.").arg(tsa),
                     QStringLiteral("tsa")};
    }
    if (reply->error() != QNetworkReply::NoError)
        return Error{ErrorCode::External,
                     tr("The time-stamping authority %1 cannot be reached: %2.").arg(tsa, reply->errorString()),
                     QStringLiteral("tsa")};
    return reply->readAll();
}

} // namespace vanban
