#pragma once
// The digests a signature is made over (TT 15/2025 Phụ lục I: SHA-256/384/512), with what the token and the CMS
// builder need to know about each.

#include <QByteArray>
#include <QString>

namespace vanban {

enum class DigestAlgorithm { Sha256, Sha384, Sha512 };

namespace digest {
int length(DigestAlgorithm algorithm);   // bytes: 32, 48, 64
QString name(DigestAlgorithm algorithm); // "SHA-256"
// DER of DigestInfo { AlgorithmIdentifier(hash, NULL), OCTET STRING digest } for RSA PKCS#1 v1.5 (RFC 8017 §9.2).
QByteArray pkcs1DigestInfo(DigestAlgorithm algorithm, const QByteArray& digest);
QByteArray compute(DigestAlgorithm algorithm, const QByteArray& data);
} // namespace digest

} // namespace vanban
