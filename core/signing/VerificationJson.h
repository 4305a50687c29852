#pragma once
// The JSON form of verification results: `vanban-cli verify --json`, and the report stored with each document file.

#include "signing/SignatureVerification.h"

#include <QJsonObject>

namespace vanban {

struct VerificationJson {
    static QJsonObject signature(const SignatureVerification& s);
    // {"signatures": [...], "allValid": bool}
    static QJsonObject report(const PdfVerificationReport& report);
};

} // namespace vanban
