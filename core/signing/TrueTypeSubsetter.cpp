#include "signing/TrueTypeSubsetter.h"

#include "signing/SfntTables.h"

#include <QCryptographicHash>
#include <QSet>
#include <algorithm>

namespace vanban {

namespace {
using sfnt::appendU16;
using sfnt::appendU32;
using sfnt::s16;
using sfnt::u16;
using sfnt::u32;

// Composite glyph flags (OpenType 'glyf').
constexpr quint16 kArgsAreWords = 0x0001;
constexpr quint16 kHaveScale = 0x0008;
constexpr quint16 kMoreComponents = 0x0020;
constexpr quint16 kHaveXYScale = 0x0040;
constexpr quint16 kHaveTwoByTwo = 0x0080;

// The glyph offsets of 'loca' (glyphCount + 1 of them), checked to rise and to stay inside 'glyf'.
std::optional<QList<quint32>> readLoca(const QByteArray& loca, bool longOffsets, int glyphCount, qsizetype glyfSize) {
    const qsizetype entry = longOffsets ? 4 : 2;
    if (loca.size() < entry * (glyphCount + 1))
        return std::nullopt;
    QList<quint32> offsets;
    offsets.reserve(glyphCount + 1);
    for (int g = 0; g <= glyphCount; ++g) {
        const quint32 offset = longOffsets ? u32(loca, 4 * qsizetype(g)) : quint32(u16(loca, 2 * qsizetype(g))) * 2;
        if (offset > quint32(glyfSize) || (!offsets.isEmpty() && offset < offsets.last()))
            return std::nullopt;
        offsets << offset;
    }
    return offsets;
}

// The glyphs a composite glyph is made of; none for a simple or an empty glyph.
QList<quint16> components(const QByteArray& glyph) {
    QList<quint16> out;
    if (glyph.size() < 10 || s16(glyph, 0) >= 0)
        return out;
    qsizetype at = 10;
    while (at + 4 <= glyph.size()) {
        const quint16 flags = u16(glyph, at);
        out << u16(glyph, at + 2);
        at += 4 + ((flags & kArgsAreWords) ? 4 : 2);
        if (flags & kHaveScale)
            at += 2;
        else if (flags & kHaveXYScale)
            at += 4;
        else if (flags & kHaveTwoByTwo)
            at += 8;
        if (!(flags & kMoreComponents))
            break;
    }
    return out;
}

// 'cmap' with one (3,1) format 4 subtable mapping the BMP code points used to their glyphs.
QByteArray cmapTable(const QMap<char32_t, quint16>& codePoints) {
    struct Segment {
        quint16 start, end, delta;
    };
    QList<Segment> segments;
    for (auto it = codePoints.cbegin(); it != codePoints.cend(); ++it) {
        if (it.key() == 0 || it.key() >= 0xffff)
            continue;
        const auto c = quint16(it.key());
        const auto delta = quint16(it.value() - c);
        if (!segments.isEmpty() && segments.last().end + 1 == c && segments.last().delta == delta)
            segments.last().end = c;
        else
            segments << Segment{c, c, delta};
    }
    segments << Segment{0xffff, 0xffff, 1}; // the required last segment: 0xFFFF → .notdef
    const auto count = quint16(segments.size());
    quint16 searchRange = 2, entrySelector = 0;
    while (searchRange * 2 <= 2 * count) {
        searchRange *= 2;
        ++entrySelector;
    }
    QByteArray sub;
    appendU16(sub, 4);
    appendU16(sub, quint16(16 + 8 * count)); // length
    appendU16(sub, 0);                       // language
    appendU16(sub, quint16(2 * count));
    appendU16(sub, searchRange);
    appendU16(sub, entrySelector);
    appendU16(sub, quint16(2 * count - searchRange));
    for (const Segment& s : segments)
        appendU16(sub, s.end);
    appendU16(sub, 0); // reservedPad
    for (const Segment& s : segments)
        appendU16(sub, s.start);
    for (const Segment& s : segments)
        appendU16(sub, s.delta);
    for (int i = 0; i < count; ++i)
        appendU16(sub, 0); // idRangeOffset: the deltas say it all
    QByteArray table;
    appendU16(table, 0); // version
    appendU16(table, 1); // one subtable
    appendU16(table, 3); // Windows
    appendU16(table, 1); // Unicode BMP
    appendU32(table, 12);
    return table + sub;
}

// 'name' with the Windows Unicode records of the copyright, family, style, full and PostScript names.
QByteArray nameTable(const QByteArray& name) {
    const int count = u16(name, 2);
    const qsizetype strings = u16(name, 4);
    QList<QByteArray> records, texts;
    for (int i = 0; i < count; ++i) {
        const qsizetype r = 6 + 12 * qsizetype(i);
        const quint16 platform = u16(name, r), encoding = u16(name, r + 2), id = u16(name, r + 6);
        if (platform != 3 || encoding != 1 || !QList<quint16>{0, 1, 2, 4, 6}.contains(id))
            continue;
        const qsizetype length = u16(name, r + 8), offset = strings + u16(name, r + 10);
        if (offset + length > name.size())
            continue;
        records << name.mid(r, 8);
        texts << name.mid(offset, length);
    }
    if (records.isEmpty())
        return {};
    QByteArray table;
    appendU16(table, 0);
    appendU16(table, quint16(records.size()));
    appendU16(table, quint16(6 + 12 * records.size()));
    QByteArray storage;
    for (qsizetype i = 0; i < records.size(); ++i) {
        table += records[i];
        appendU16(table, quint16(texts[i].size()));
        appendU16(table, quint16(storage.size()));
        storage += texts[i];
    }
    return table + storage;
}

QByteArray padded(QByteArray data) {
    while (data.size() % 4)
        data.append('\0');
    return data;
}

// The font file: the table directory (tags in ascending order), each table 4-byte aligned, the checksums, and
// head.checkSumAdjustment.
QByteArray assemble(const QMap<QByteArray, QByteArray>& tables) {
    const auto count = quint16(tables.size());
    quint16 searchRange = 16, entrySelector = 0;
    while (searchRange * 2 <= 16 * count) {
        searchRange *= 2;
        ++entrySelector;
    }
    QByteArray font;
    appendU32(font, 0x00010000);
    appendU16(font, count);
    appendU16(font, searchRange);
    appendU16(font, entrySelector);
    appendU16(font, quint16(16 * count - searchRange));
    QByteArray body;
    qsizetype offset = 12 + 16 * qsizetype(count);
    qsizetype headOffset = -1;
    for (auto it = tables.cbegin(); it != tables.cend(); ++it) {
        font += it.key();
        appendU32(font, sfnt::checksum(it.value()));
        appendU32(font, quint32(offset));
        appendU32(font, quint32(it.value().size()));
        if (it.key() == "head")
            headOffset = offset;
        const QByteArray table = padded(it.value());
        body += table;
        offset += table.size();
    }
    font += body;
    if (headOffset >= 0)
        sfnt::putU32(font, headOffset + 8, 0xb1b0afba - sfnt::checksum(font));
    return font;
}
} // namespace

QByteArray TrueTypeSubsetter::tagFor(const QList<quint16>& glyphs) {
    QByteArray ids;
    for (quint16 g : glyphs)
        appendU16(ids, g);
    const QByteArray digest = QCryptographicHash::hash(ids, QCryptographicHash::Sha256);
    QByteArray tag;
    for (int i = 0; i < 6; ++i)
        tag += char('A' + quint8(digest[i]) % 26);
    return tag;
}

Result<FontSubset> TrueTypeSubsetter::subset(const QByteArray& font, const QMap<quint16, char32_t>& used) {
    const auto unusable = [](const QString& why) {
        return Error{ErrorCode::Invalid, tr("The font cannot be embedded as a subset: %1.").arg(why)};
    };
    const auto tables = SfntTables::read(font);
    if (!tables)
        return unusable(tr("it is not a TrueType font file"));
    for (const char* required : {"head", "hhea", "hmtx", "maxp", "loca", "glyf"}) {
        if (!tables->contains(required))
            return unusable(tr("it has no “%1” table").arg(QString::fromLatin1(required)));
    }
    QByteArray head = tables->table("head"), hhea = tables->table("hhea"), maxp = tables->table("maxp");
    const QByteArray hmtx = tables->table("hmtx"), glyf = tables->table("glyf");
    if (head.size() < 54 || hhea.size() < 36 || maxp.size() < 6)
        return unusable(tr("its head, hhea or maxp table is too short"));
    const int glyphCount = u16(maxp, 4);
    const int metrics = u16(hhea, 34);
    if (glyphCount == 0 || metrics == 0 || metrics > glyphCount ||
        hmtx.size() < 4 * qsizetype(metrics) + 2 * qsizetype(glyphCount - metrics))
        return unusable(tr("its glyph metrics are inconsistent"));
    const auto loca = readLoca(tables->table("loca"), s16(head, 50) != 0, glyphCount, glyf.size());
    if (!loca)
        return unusable(tr("its glyph locations are inconsistent"));
    const auto glyphData = [&](int g) { return glyf.mid((*loca)[g], (*loca)[g + 1] - (*loca)[g]); };

    // The glyphs used, .notdef, and every component of a composite, recursively.
    QSet<quint16> kept;
    QList<quint16> pending{0};
    for (auto it = used.cbegin(); it != used.cend(); ++it)
        pending << it.key();
    while (!pending.isEmpty()) {
        const quint16 g = pending.takeLast();
        if (g >= glyphCount || kept.contains(g))
            continue;
        kept.insert(g);
        pending << components(glyphData(g));
    }
    FontSubset subset;
    subset.glyphs = QList<quint16>(kept.cbegin(), kept.cend());
    std::sort(subset.glyphs.begin(), subset.glyphs.end());
    subset.tag = tagFor(subset.glyphs);
    const int count = subset.glyphs.last() + 1; // ids stay; the font ends at the last glyph kept

    QByteArray newGlyf, newLoca, newHmtx;
    for (int g = 0; g < count; ++g) {
        appendU32(newLoca, quint32(newGlyf.size()));
        if (kept.contains(quint16(g))) {
            newGlyf += padded(glyphData(g));
            appendU16(newHmtx, u16(hmtx, 4 * qsizetype(std::min(g, metrics - 1))));
            appendU16(newHmtx, quint16(g < metrics ? u16(hmtx, 4 * qsizetype(g) + 2)
                                                   : u16(hmtx, 4 * qsizetype(metrics) + 2 * qsizetype(g - metrics))));
        } else {
            appendU32(newHmtx, 0); // no advance, no side bearing: the glyph is not in the subset
        }
    }
    appendU32(newLoca, quint32(newGlyf.size()));

    sfnt::putU32(head, 8, 0);  // checkSumAdjustment, set once the file is complete
    sfnt::putU16(head, 50, 1); // indexToLocFormat: long offsets
    sfnt::putU16(hhea, 34, quint16(count));
    sfnt::putU16(maxp, 4, quint16(count));
    QMap<QByteArray, QByteArray> out{{"head", head},    {"hhea", hhea},    {"maxp", maxp},
                                     {"hmtx", newHmtx}, {"loca", newLoca}, {"glyf", newGlyf}};
    for (const char* hinting : {"cvt ", "fpgm", "prep", "gasp", "OS/2"}) {
        if (tables->contains(hinting))
            out.insert(hinting, tables->table(hinting));
    }
    if (QByteArray post = tables->table("post"); post.size() >= 32) {
        post.truncate(32);
        sfnt::putU32(post, 0, 0x00030000); // version 3: no glyph names
        out.insert("post", post);
    }
    if (const QByteArray name = nameTable(tables->table("name")); !name.isEmpty())
        out.insert("name", name);
    QMap<char32_t, quint16> codePoints;
    for (auto it = used.cbegin(); it != used.cend(); ++it) {
        if (it.key() != 0 && it.key() < count)
            codePoints.insert(it.value(), it.key());
    }
    out.insert("cmap", cmapTable(codePoints));
    subset.font = assemble(out);
    return subset;
}

} // namespace vanban
