#pragma once
// Move-only RAII owners for the OpenSSL handles the verifier uses (DESIGN.md §8: every handle in a move-only type).
// Each is a std::unique_ptr with the matching *_free function as its deleter.

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <memory>
#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/ess.h>
#include <openssl/ocsp.h>
#include <openssl/pkcs7.h>
#include <openssl/ts.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>

namespace vanban::ossl {

template <auto FreeFunction> struct Deleter {
    template <class T> void operator()(T* p) const {
        if (p)
            FreeFunction(p);
    }
};

inline void freeX509Stack(STACK_OF(X509) * s) {
    sk_X509_pop_free(s, X509_free);
}
inline void freeCrlStack(STACK_OF(X509_CRL) * s) {
    sk_X509_CRL_pop_free(s, X509_CRL_free);
}
inline void freeOpenSslString(char* s) {
    OPENSSL_free(s);
}
inline void freeStringStack(STACK_OF(OPENSSL_STRING) * s) {
    X509_email_free(s); // frees an OPENSSL_STRING stack and its strings (also for OCSP URLs)
}

using Bio = std::unique_ptr<BIO, Deleter<BIO_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509_free>>;
using X509Stack = std::unique_ptr<STACK_OF(X509), Deleter<freeX509Stack>>;
using CrlPtr = std::unique_ptr<X509_CRL, Deleter<X509_CRL_free>>;
using CrlStack = std::unique_ptr<STACK_OF(X509_CRL), Deleter<freeCrlStack>>;
using Store = std::unique_ptr<X509_STORE, Deleter<X509_STORE_free>>;
using StoreCtx = std::unique_ptr<X509_STORE_CTX, Deleter<X509_STORE_CTX_free>>;
using Cms = std::unique_ptr<CMS_ContentInfo, Deleter<CMS_ContentInfo_free>>;
using Pkcs7 = std::unique_ptr<PKCS7, Deleter<PKCS7_free>>;
using TstInfo = std::unique_ptr<TS_TST_INFO, Deleter<TS_TST_INFO_free>>;
using TsVerifyCtx = std::unique_ptr<TS_VERIFY_CTX, Deleter<TS_VERIFY_CTX_free>>;
using EssSigningCertV2 = std::unique_ptr<ESS_SIGNING_CERT_V2, Deleter<ESS_SIGNING_CERT_V2_free>>;
using EssSigningCert = std::unique_ptr<ESS_SIGNING_CERT, Deleter<ESS_SIGNING_CERT_free>>;
using OcspRequest = std::unique_ptr<OCSP_REQUEST, Deleter<OCSP_REQUEST_free>>;
using OcspResponse = std::unique_ptr<OCSP_RESPONSE, Deleter<OCSP_RESPONSE_free>>;
using OcspBasic = std::unique_ptr<OCSP_BASICRESP, Deleter<OCSP_BASICRESP_free>>;
using OcspCertId = std::unique_ptr<OCSP_CERTID, Deleter<OCSP_CERTID_free>>;
using StringStack = std::unique_ptr<STACK_OF(OPENSSL_STRING), Deleter<freeStringStack>>;
using OpenSslString = std::unique_ptr<char, Deleter<freeOpenSslString>>;
using DistPoints = std::unique_ptr<STACK_OF(DIST_POINT), Deleter<CRL_DIST_POINTS_free>>;

// A read-only memory BIO over bytes that outlive it.
inline Bio memoryBio(const char* data, qsizetype size) {
    return Bio(BIO_new_mem_buf(data, int(size)));
}

// DER of a certificate, or empty.
QByteArray certificateDer(X509* cert);
// Parses one DER certificate; null when it is not one.
X509Ptr certificateFromDer(const QByteArray& der);
// A copy of the stack with every certificate up-referenced.
X509Stack copyStack(const STACK_OF(X509) * stack);
// An ASN1_TIME (also a GeneralizedTime) as UTC; invalid when absent.
QDateTime toDateTime(const ASN1_TIME* time);
// The last OpenSSL error as text (and clears the queue).
QString lastError();

} // namespace vanban::ossl
