#include "signing/DigestAlgorithm.h"

#include <QCryptographicHash>

namespace vanban::digest {

int length(DigestAlgorithm algorithm) {
    switch (algorithm) {
    case DigestAlgorithm::Sha256:
        return 32;
    case DigestAlgorithm::Sha384:
        return 48;
    case DigestAlgorithm::Sha512:
        return 64;
    }
    return 0;
}

QString name(DigestAlgorithm algorithm) {
    switch (algorithm) {
    case DigestAlgorithm::Sha256:
        return QStringLiteral("SHA-256");
    case DigestAlgorithm::Sha384:
        return QStringLiteral("SHA-384");
    case DigestAlgorithm::Sha512:
        return QStringLiteral("SHA-512");
    }
    return {};
}

QByteArray pkcs1DigestInfo(DigestAlgorithm algorithm, const QByteArray& digest) {
    // SEQUENCE { SEQUENCE { OID 2.16.840.1.101.3.4.2.n, NULL }, OCTET STRING (digest) }
    const char last = algorithm == DigestAlgorithm::Sha256   ? '\x01'
                      : algorithm == DigestAlgorithm::Sha384 ? '\x02'
                                                             : '\x03';
    const int n = length(algorithm);
    QByteArray info;
    info.append('\x30').append(char(0x11 + n));
    info.append("\x30\x0d\x06\x09\x60\x86\x48\x01\x65\x03\x04\x02", 12).append(last).append("\x05\x00", 2);
    info.append('\x04').append(char(n)).append(digest);
    return info;
}

QByteArray compute(DigestAlgorithm algorithm, const QByteArray& data) {
    switch (algorithm) {
    case DigestAlgorithm::Sha256:
        return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
    case DigestAlgorithm::Sha384:
        return QCryptographicHash::hash(data, QCryptographicHash::Sha384);
    case DigestAlgorithm::Sha512:
        return QCryptographicHash::hash(data, QCryptographicHash::Sha512);
    }
    return {};
}

} // namespace vanban::digest
