#pragma once
// Decodes a PNG (a handwritten signature or a seal, usually transparent) into a SignatureImage for core/signing.
// Lives in vanban_pdf because it uses QImage (QtGui), which vanban_core may not link.

#include "common/Result.h"
#include "signing/SignatureImage.h"

#include <QCoreApplication>

namespace vanban {

class SignatureImageLoader {
    Q_DECLARE_TR_FUNCTIONS(SignatureImageLoader)

public:
    static Result<SignatureImage> load(const QString& path);
};

} // namespace vanban
