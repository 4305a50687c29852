#pragma once
// A TrueType font file read just enough to embed it in a PDF as a CIDFontType2 with Identity-H: the character map
// (cmap format 4 or 12), the advance widths, the metrics for the font descriptor; subset() gives the font file to
// embed, with only the glyphs a text uses (TrueTypeSubsetter).

#include "common/Result.h"
#include "signing/TrueTypeSubsetter.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QRect>

namespace vanban {

class TrueTypeFont {
    Q_DECLARE_TR_FUNCTIONS(TrueTypeFont)

public:
    // Liberation Serif (Debian fonts-liberation2): covers Vietnamese; metric-compatible with Times New Roman.
    static QString defaultPath();
    static Result<TrueTypeFont> load(const QString& path);

    const QByteArray& data() const { return m_data; }
    QByteArray postScriptName() const { return m_postScriptName; }
    // The font file with only these glyphs (glyph id → the code point it shows), ids unchanged.
    Result<FontSubset> subset(const QMap<quint16, char32_t>& used) const;
    // The glyph of a Unicode code point; 0 (.notdef) when the font has none.
    quint16 glyph(char32_t codePoint) const { return m_cmap.value(codePoint, 0); }
    // Advance width in 1/1000 em.
    int advance(quint16 glyph) const;
    // Width of a text in points at a font size, and the glyph string (2-byte big-endian ids) to show it.
    double width(const QString& text, double size) const;
    QByteArray glyphString(const QString& text) const;
    QList<char32_t> codePoints(const QString& text) const;

    int ascent() const { return scaled(m_ascent); } // 1/1000 em
    int descent() const { return scaled(m_descent); }
    int capHeight() const { return scaled(m_capHeight); }
    QRect boundingBox() const; // 1/1000 em

private:
    int scaled(int units) const { return m_unitsPerEm ? units * 1000 / m_unitsPerEm : units; }
    bool parse();

    QByteArray m_data;
    QByteArray m_postScriptName = "LiberationSerif";
    QHash<char32_t, quint16> m_cmap;
    QList<quint16> m_advances; // font units
    int m_unitsPerEm = 1000;
    int m_ascent = 0, m_descent = 0, m_capHeight = 0;
    int m_xMin = 0, m_yMin = 0, m_xMax = 0, m_yMax = 0;
};

} // namespace vanban
