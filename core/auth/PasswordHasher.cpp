#include "auth/PasswordHasher.h"

#include <QList>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <cstdio>
#include <cstdlib>

namespace vanban {

namespace {
constexpr int kSaltBytes = 16;
constexpr int kHashBytes = 32;

bool derive(const QByteArray& password, const QByteArray& salt, quint64 n, quint64 r, quint64 p, QByteArray& out) {
    out.resize(kHashBytes);
    const quint64 maxMem = 2 * 128 * r * n + (1u << 20); // what scrypt needs, with headroom
    return EVP_PBE_scrypt(password.constData(), size_t(password.size()),
                          reinterpret_cast<const unsigned char*>(salt.constData()), size_t(salt.size()), n, r, p,
                          maxMem, reinterpret_cast<unsigned char*>(out.data()), kHashBytes) == 1;
}
} // namespace

Result<QByteArray> PasswordHasher::hash(const QByteArray& password) {
    QByteArray salt(kSaltBytes, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char*>(salt.data()), kSaltBytes) != 1) {
        // A failing random generator makes every secret guessable: stop rather than continue.
        std::fputs("vanban: the system random number generator failed\n", stderr);
        std::abort();
    }
    QByteArray derived;
    if (!derive(password, salt, kN, kR, kP, derived))
        return Error{ErrorCode::Internal, QStringLiteral("scrypt failed")};
    QByteArray out = "scrypt$" + QByteArray::number(kN) + '$' + QByteArray::number(kR) + '$' + QByteArray::number(kP) +
                     '$' + salt.toBase64() + '$' + derived.toBase64();
    OPENSSL_cleanse(derived.data(), size_t(derived.size()));
    return out;
}

bool PasswordHasher::verify(const QByteArray& password, const QByteArray& stored) {
    const QList<QByteArray> parts = stored.split('$');
    if (parts.size() != 6 || parts[0] != "scrypt")
        return false;
    bool okN = false, okR = false, okP = false;
    const quint64 n = parts[1].toULongLong(&okN), r = parts[2].toULongLong(&okR), p = parts[3].toULongLong(&okP);
    if (!okN || !okR || !okP || n < 2 || n > (1u << 22) || r == 0 || r > 32 || p == 0 || p > 16)
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts[4]);
    const QByteArray expected = QByteArray::fromBase64(parts[5]);
    QByteArray derived;
    if (expected.size() != kHashBytes || !derive(password, salt, n, r, p, derived))
        return false;
    const bool same = CRYPTO_memcmp(derived.constData(), expected.constData(), size_t(kHashBytes)) == 0;
    OPENSSL_cleanse(derived.data(), size_t(derived.size()));
    return same;
}

} // namespace vanban
