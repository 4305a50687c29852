#pragma once
// The one place that includes the PKCS#11 header (p11-kit's, header-only: vanban_core does not link p11-kit), and
// small helpers shared by the token classes: names of return values and the fixed-width strings of info structs.

#include <p11-kit/pkcs11.h>

#include <QString>

namespace vanban::pkcs11 {

// "CKR_PIN_INCORRECT" for CKR_PIN_INCORRECT; "CKR_0x…" for a value the header does not name.
QString returnValueName(CK_RV rv);

// A blank-padded, not NUL-terminated UTF-8 field of CK_INFO / CK_SLOT_INFO / CK_TOKEN_INFO, trimmed.
QString paddedString(const unsigned char* field, size_t size);
template <size_t N> QString paddedString(const unsigned char (&field)[N]) {
    return paddedString(field, N);
}

} // namespace vanban::pkcs11
