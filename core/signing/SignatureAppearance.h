#pragma once
// The normal appearance (/AP /N) of a visible signature, or a stamped text block, written as a form XObject into an
// incremental update (ND 30 Phụ lục I, DOMAIN.md §7.2):
//   ImageCentred  — the handwritten signature image centred in the rectangle, aspect ratio kept (leader);
//   ImageLeftText — the seal image on the left, the text lines to its right (agency);
//   TextOnly      — text lines only (attachment: số/ký hiệu and the signing time; number stamping).
// Text is set in an embedded TrueType font (Liberation Serif by default) as a Type0/CIDFontType2 font with
// Identity-H and a ToUnicode map, so Vietnamese renders and can be copied; only the glyphs used are embedded (a
// subset named ABCDEF+LiberationSerif, TrueTypeSubsetter).
// Images become image XObjects (Flate), with an /SMask when the PNG had transparency.

#include "common/Result.h"
#include "signing/PdfIncrementalUpdate.h"
#include "signing/SignatureImage.h"

#include <QSizeF>
#include <QStringList>

namespace vanban {

struct AppearanceSpec {
    enum class Layout { ImageCentred, ImageLeftText, TextOnly };
    Layout layout = Layout::TextOnly;
    SignatureImage image;
    QStringList lines;
    QString fontPath; // empty: TrueTypeFont::defaultPath()
    double maxFontSize = 10.0;
};

class SignatureAppearance {
    Q_DECLARE_TR_FUNCTIONS(SignatureAppearance)

public:
    // Writes the form XObject (and its font and image objects) of the given size; returns its object number.
    static Result<int> write(PdfIncrementalUpdate& update, QSizeF size, const AppearanceSpec& spec);
    static QByteArray deflate(const QByteArray& data);
};

} // namespace vanban
