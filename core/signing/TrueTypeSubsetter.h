#pragma once
// A subset of a TrueType font for embedding in a PDF as a CIDFontType2 with /CIDToGIDMap /Identity (ISO 32000-1
// 9.6.4, 9.9): only the glyphs a text uses, plus .notdef and the components of composite glyphs (Vietnamese letters
// with two diacritics are composites of a base letter and marks). Glyph ids stay as they are, so a content stream
// written for the whole font shows the same glyphs; the glyphs left out are empty and the font ends at the highest id
// kept.
// Tables written: glyf, loca (long offsets), head, hhea, hmtx, maxp, cvt, fpgm, prep, gasp (the hinting tables
// unchanged, when present), OS/2, post (version 3: no glyph names), name (copyright, family, style, full and
// PostScript names) and a cmap (3,1) for the code points used. Layout tables (GSUB, GPOS, kern …) are dropped:
// a PDF positions every glyph itself.

#include "common/Result.h"

#include <QCoreApplication>
#include <QMap>

namespace vanban {

struct FontSubset {
    QByteArray font;       // the subset font file
    QList<quint16> glyphs; // the glyph ids kept, ascending (.notdef and composite components included)
    QByteArray tag;        // six capital letters derived from the glyph set, for "ABCDEF+LiberationSerif"
};

class TrueTypeSubsetter {
    Q_DECLARE_TR_FUNCTIONS(TrueTypeSubsetter)

public:
    // `used`: glyph id → the code point it shows (for the subset's cmap; 0 for none).
    static Result<FontSubset> subset(const QByteArray& font, const QMap<quint16, char32_t>& used);
    static QByteArray tagFor(const QList<quint16>& glyphs);
};

} // namespace vanban
