#include "signing/SignatureVerification.h"

namespace vanban {

QString revocationStatusName(RevocationStatus status) {
    switch (status) {
    case RevocationStatus::Good:
        return QStringLiteral("good");
    case RevocationStatus::Revoked:
        return QStringLiteral("revoked");
    case RevocationStatus::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString signatureLevelName(SignatureLevel level) {
    switch (level) {
    case SignatureLevel::BB:
        return QStringLiteral("B-B");
    case SignatureLevel::BT:
        return QStringLiteral("B-T");
    case SignatureLevel::BLT:
        return QStringLiteral("B-LT");
    case SignatureLevel::None:
        break;
    }
    return QStringLiteral("none");
}

} // namespace vanban
