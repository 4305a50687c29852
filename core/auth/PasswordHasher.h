#pragma once
// Password hashing with scrypt (OpenSSL EVP_PBE_scrypt), parameters stored with the hash so they can be raised
// later: "scrypt$N$r$p$salt$hash" (base64). Verification is constant-time.

#include "common/Result.h"

#include <QByteArray>

namespace vanban {

class PasswordHasher {
public:
    // OWASP's recommended minimum for scrypt: N=2^17, r=8, p=1 (128 MiB, ≈0.3 s on a 2-core PC).
    static constexpr quint64 kN = 1u << 17;
    static constexpr quint64 kR = 8;
    static constexpr quint64 kP = 1;

    static Result<QByteArray> hash(const QByteArray& password);
    static bool verify(const QByteArray& password, const QByteArray& stored);
};

} // namespace vanban
