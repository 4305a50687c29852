#pragma once
// A decoded picture for a signature appearance (a handwritten signature or an agency seal): 8-bit RGB samples and,
// for transparent PNGs, an 8-bit alpha channel. Decoding lives in core/pdf (SignatureImageLoader, QImage), so
// vanban_core needs no image library.

#include <QByteArray>

namespace vanban {

struct SignatureImage {
    int width = 0;
    int height = 0;
    QByteArray rgb;   // width × height × 3 bytes, rows top to bottom
    QByteArray alpha; // width × height bytes, or empty when opaque

    bool isNull() const { return width <= 0 || height <= 0 || rgb.size() != qsizetype(width) * height * 3; }
};

} // namespace vanban
