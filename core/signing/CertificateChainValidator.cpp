#include "signing/CertificateChainValidator.h"

#include "signing/OpenSslHandles.h"

namespace vanban {

X509_STORE* CertificateChainValidator::newStore(const QList<QByteArray>& anchors, const QDateTime& at) {
    ossl::Store store(X509_STORE_new());
    if (!store)
        return nullptr;
    for (const QByteArray& der : anchors) {
        if (ossl::X509Ptr anchor = ossl::certificateFromDer(der))
            X509_STORE_add_cert(store.get(), anchor.get());
    }
    X509_VERIFY_PARAM* param = X509_STORE_get0_param(store.get());
    X509_VERIFY_PARAM_set_flags(param, X509_V_FLAG_PARTIAL_CHAIN);
    if (at.isValid())
        X509_VERIFY_PARAM_set_time(param, time_t(at.toSecsSinceEpoch())); // sets X509_V_FLAG_USE_CHECK_TIME
    return store.release();
}

ChainValidation CertificateChainValidator::validate(X509* certificate, STACK_OF(X509) * untrusted,
                                                    const QList<QByteArray>& anchors, const QDateTime& at,
                                                    int purpose) {
    ChainValidation result;
    const QDateTime notBefore = ossl::toDateTime(X509_get0_notBefore(certificate));
    const QDateTime notAfter = ossl::toDateTime(X509_get0_notAfter(certificate));
    const bool leafValid = at.isValid() && at >= notBefore && at <= notAfter;
    if (anchors.isEmpty()) {
        result.validAtTime = leafValid;
        result.error = tr("No trust anchors are configured.");
        return result;
    }
    auto attempt = [&](bool checkTime, int& error) -> bool {
        ossl::Store store(newStore(anchors, checkTime ? at : QDateTime()));
        ossl::StoreCtx ctx(X509_STORE_CTX_new());
        if (!store || !ctx || X509_STORE_CTX_init(ctx.get(), store.get(), certificate, untrusted) != 1) {
            error = X509_V_ERR_UNSPECIFIED;
            return false;
        }
        if (!checkTime)
            X509_STORE_CTX_set_flags(ctx.get(), X509_V_FLAG_NO_CHECK_TIME);
        if (purpose)
            X509_STORE_CTX_set_purpose(ctx.get(), purpose);
        const bool ok = X509_verify_cert(ctx.get()) == 1;
        error = X509_STORE_CTX_get_error(ctx.get());
        if (ok) {
            result.chain.clear();
            STACK_OF(X509)* chain = X509_STORE_CTX_get0_chain(ctx.get());
            for (int i = 0; i < sk_X509_num(chain); ++i)
                result.chain << ossl::certificateDer(sk_X509_value(chain, i));
        }
        return ok;
    };
    int error = 0;
    if (at.isValid() && attempt(true, error)) {
        result.trusted = result.validAtTime = true;
        return result;
    }
    int untimedError = 0;
    result.trusted = attempt(false, untimedError);
    if (result.trusted) {
        result.validAtTime = false;
        result.error =
            at.isValid() ? QString::fromUtf8(X509_verify_cert_error_string(error)) : tr("The signing time is unknown.");
    } else {
        result.validAtTime = leafValid;
        result.error = QString::fromUtf8(X509_verify_cert_error_string(untimedError));
    }
    return result;
}

} // namespace vanban
