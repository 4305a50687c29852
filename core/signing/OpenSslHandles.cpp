#include "signing/OpenSslHandles.h"

#include <QDateTime>
#include <openssl/err.h>

namespace vanban::ossl {

QByteArray certificateDer(X509* cert) {
    unsigned char* out = nullptr;
    const int length = i2d_X509(cert, &out);
    if (length <= 0)
        return {};
    QByteArray der(reinterpret_cast<const char*>(out), length);
    OPENSSL_free(out);
    return der;
}

X509Ptr certificateFromDer(const QByteArray& der) {
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    return X509Ptr(d2i_X509(nullptr, &p, long(der.size())));
}

X509Stack copyStack(const STACK_OF(X509) * stack) {
    X509Stack copy(sk_X509_new_null());
    for (int i = 0; stack && i < sk_X509_num(stack); ++i) {
        X509* cert = sk_X509_value(stack, i);
        X509_up_ref(cert);
        sk_X509_push(copy.get(), cert);
    }
    return copy;
}

QDateTime toDateTime(const ASN1_TIME* time) {
    struct tm t = {};
    if (!time || ASN1_TIME_to_tm(time, &t) != 1)
        return {};
    return QDateTime(QDate(t.tm_year + 1900, t.tm_mon + 1, t.tm_mday), QTime(t.tm_hour, t.tm_min, t.tm_sec), Qt::UTC);
}

QString lastError() {
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0)
        return {};
    char buffer[256] = {};
    ERR_error_string_n(code, buffer, sizeof buffer);
    return QString::fromLatin1(buffer);
}

} // namespace vanban::ossl
