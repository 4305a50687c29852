#include "signing/TrueTypeFont.h"

#include "signing/SfntTables.h"

#include <QFile>

namespace vanban {

namespace {
using sfnt::s16;
using sfnt::u16;
using sfnt::u32;
} // namespace

QString TrueTypeFont::defaultPath() {
    return QStringLiteral("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf");
}

Result<TrueTypeFont> TrueTypeFont::load(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::NotFound,
                     tr("The font for signature text “%1” cannot be read: %2 (install fonts-liberation2).")
                         .arg(path, file.errorString())};
    TrueTypeFont font;
    font.m_data = file.readAll();
    if (!font.parse())
        return Error{ErrorCode::Invalid, tr("“%1” is not a TrueType font VanBan can embed.").arg(path)};
    return font;
}

bool TrueTypeFont::parse() {
    const auto tables = SfntTables::read(m_data);
    if (!tables)
        return false;
    for (const char* required : {"head", "hhea", "hmtx", "cmap", "maxp"}) {
        if (!tables->contains(required))
            return false;
    }
    const QByteArray head = tables->table("head");
    m_unitsPerEm = u16(head, 18);
    m_xMin = s16(head, 36), m_yMin = s16(head, 38), m_xMax = s16(head, 40), m_yMax = s16(head, 42);
    const QByteArray hhea = tables->table("hhea");
    m_ascent = s16(hhea, 4);
    m_descent = s16(hhea, 6);
    m_capHeight = m_ascent * 7 / 10;
    if (const QByteArray os2 = tables->table("OS/2"); u16(os2, 0) >= 2)
        m_capHeight = s16(os2, 88);
    const int metrics = u16(hhea, 34);
    const int glyphs = u16(tables->table("maxp"), 4);
    const QByteArray hmtx = tables->table("hmtx");
    for (int g = 0; g < glyphs && metrics > 0; ++g)
        m_advances << u16(hmtx, 4 * std::min(g, metrics - 1));

    // cmap: Windows Unicode full (3,10) format 12 preferred, else BMP (3,1) format 4.
    const QByteArray cmap = tables->table("cmap");
    qsizetype format4 = -1, format12 = -1;
    for (int i = 0; i < u16(cmap, 2); ++i) {
        const qsizetype record = 4 + 8 * i;
        const qsizetype sub = u32(cmap, record + 4);
        const int platform = u16(cmap, record), encoding = u16(cmap, record + 2), format = u16(cmap, sub);
        if (platform == 3 && encoding == 10 && format == 12)
            format12 = sub;
        if (platform == 3 && encoding == 1 && format == 4)
            format4 = sub;
    }
    if (format12 >= 0) {
        const quint32 groups = u32(cmap, format12 + 12);
        for (quint32 i = 0; i < groups && i < 100000; ++i) {
            const qsizetype g = format12 + 16 + 12 * qsizetype(i);
            const quint32 start = u32(cmap, g), end = u32(cmap, g + 4), glyph = u32(cmap, g + 8);
            for (quint32 c = start; c <= end && c - start < 0x10000; ++c)
                m_cmap.insert(char32_t(c), quint16(glyph + (c - start)));
        }
    } else if (format4 >= 0) {
        const int segments = u16(cmap, format4 + 6) / 2;
        const qsizetype ends = format4 + 14, starts = ends + 2 * segments + 2, deltas = starts + 2 * segments,
                        offsets = deltas + 2 * segments;
        for (int s = 0; s < segments; ++s) {
            const int end = u16(cmap, ends + 2 * s), start = u16(cmap, starts + 2 * s);
            const int delta = s16(cmap, deltas + 2 * s), rangeOffset = u16(cmap, offsets + 2 * s);
            for (int c = start; c <= end && c != 0xffff; ++c) {
                int glyph = 0;
                if (rangeOffset == 0) {
                    glyph = (c + delta) & 0xffff;
                } else {
                    const qsizetype at = offsets + 2 * s + rangeOffset + 2 * (c - start);
                    glyph = u16(cmap, at);
                    if (glyph != 0)
                        glyph = (glyph + delta) & 0xffff;
                }
                if (glyph != 0)
                    m_cmap.insert(char32_t(c), quint16(glyph));
            }
        }
    } else {
        return false;
    }
    if (const QByteArray name = tables->table("name"); !name.isEmpty()) {
        // The PostScript name (name id 6), Windows platform (UTF-16BE) or Mac (ASCII).
        const int records = u16(name, 2);
        const qsizetype strings = u16(name, 4);
        for (int i = 0; i < records; ++i) {
            const qsizetype r = 6 + 12 * i;
            if (u16(name, r + 6) != 6)
                continue;
            const QByteArray raw = name.mid(strings + u16(name, r + 10), u16(name, r + 8));
            QByteArray ascii;
            for (char c : raw) {
                if (c > 32 && c < 127 && c != '/' && c != '(' && c != ')' && c != '[' && c != ']')
                    ascii += c;
            }
            if (!ascii.isEmpty()) {
                m_postScriptName = ascii;
                break;
            }
        }
    }
    return !m_advances.isEmpty() && m_unitsPerEm > 0;
}

Result<FontSubset> TrueTypeFont::subset(const QMap<quint16, char32_t>& used) const {
    return TrueTypeSubsetter::subset(m_data, used);
}

int TrueTypeFont::advance(quint16 glyph) const {
    return glyph < m_advances.size() ? scaled(m_advances[glyph]) : 0;
}

QList<char32_t> TrueTypeFont::codePoints(const QString& text) const {
    QList<char32_t> out;
    for (uint c : text.normalized(QString::NormalizationForm_C).toUcs4())
        out << char32_t(c);
    return out;
}

double TrueTypeFont::width(const QString& text, double size) const {
    double total = 0;
    for (char32_t c : codePoints(text))
        total += advance(glyph(c));
    return total * size / 1000.0;
}

QByteArray TrueTypeFont::glyphString(const QString& text) const {
    QByteArray out;
    for (char32_t c : codePoints(text)) {
        const quint16 g = glyph(c);
        out += char(g >> 8);
        out += char(g & 0xff);
    }
    return out;
}

QRect TrueTypeFont::boundingBox() const {
    return QRect(QPoint(scaled(m_xMin), scaled(m_yMin)), QPoint(scaled(m_xMax), scaled(m_yMax)));
}

} // namespace vanban
