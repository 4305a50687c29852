// The TrueType subsetter (core/signing/TrueTypeSubsetter) on Liberation Serif with Vietnamese text, its output read
// back by an independent table reader written here: the directory and checksums, the tables a PDF viewer needs,
// loca/glyf/hmtx/maxp consistency, every glyph used (and every component of a composite) byte-identical to the
// original, the glyphs left out empty, the cmap, the subset tag. Then a number stamp with Vietnamese text (no token
// needed): pdffonts says embedded and subset, pdftotext gives the text back, pdftoppm renders it without a warning.
#include "signing/PdfNumberStamper.h"
#include "signing/PdfSource.h"
#include "signing/TrueTypeFont.h"
#include "signing/TrueTypeSubsetter.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

using namespace vanban;

namespace {

// --- an independent reader of the few parts of a TrueType file the checks need -----------------------------------
quint32 be32(const QByteArray& d, qsizetype at) {
    REQUIRE(at + 4 <= d.size());
    const auto* p = reinterpret_cast<const unsigned char*>(d.constData() + at);
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | p[3];
}
quint16 be16(const QByteArray& d, qsizetype at) {
    REQUIRE(at + 2 <= d.size());
    const auto* p = reinterpret_cast<const unsigned char*>(d.constData() + at);
    return quint16((p[0] << 8) | p[1]);
}

struct Font {
    QByteArray file;
    QMap<QByteArray, QByteArray> tables;
    QList<quint32> loca;

    explicit Font(const QByteArray& bytes)
        : file(bytes) {
        const int count = be16(file, 4);
        for (int i = 0; i < count; ++i) {
            const qsizetype r = 12 + 16 * i;
            const qsizetype offset = be32(file, r + 8), length = be32(file, r + 12);
            REQUIRE(offset + length <= file.size());
            tables.insert(file.mid(r, 4), file.mid(offset, length));
        }
        const bool longOffsets = be16(tables.value("head"), 50) == 1;
        for (int g = 0; g <= glyphCount(); ++g)
            loca << (longOffsets ? be32(tables.value("loca"), 4 * g) : 2u * be16(tables.value("loca"), 2 * g));
    }
    int glyphCount() const { return be16(tables.value("maxp"), 4); }
    QByteArray glyph(int g) const { return tables.value("glyf").mid(loca[g], loca[g + 1] - loca[g]); }
    int advance(int g) const {
        const int metrics = be16(tables.value("hhea"), 34);
        return be16(tables.value("hmtx"), 4 * std::min(g, metrics - 1));
    }
    // The glyph of a code point by the (3,1) format 4 subtable.
    int lookup(char32_t c) const {
        const QByteArray cmap = tables.value("cmap");
        for (int i = 0; i < be16(cmap, 2); ++i) {
            const qsizetype sub = be32(cmap, 4 + 8 * i + 4);
            if (be16(cmap, 4 + 8 * i) != 3 || be16(cmap, 4 + 8 * i + 2) != 1 || be16(cmap, sub) != 4)
                continue;
            const int segments = be16(cmap, sub + 6) / 2;
            for (int s = 0; s < segments; ++s) {
                const int end = be16(cmap, sub + 14 + 2 * s), start = be16(cmap, sub + 16 + 2 * segments + 2 * s);
                if (int(c) < start || int(c) > end)
                    continue;
                const int delta = be16(cmap, sub + 16 + 4 * segments + 2 * s);
                const qsizetype rangeAt = sub + 16 + 6 * segments + 2 * s;
                const int range = be16(cmap, rangeAt);
                if (range == 0)
                    return (int(c) + delta) & 0xffff;
                const int g = be16(cmap, rangeAt + range + 2 * (int(c) - start));
                return g ? (g + delta) & 0xffff : 0;
            }
        }
        return 0;
    }
};

QList<int> componentsOf(const QByteArray& glyph) {
    QList<int> out;
    if (glyph.size() < 10 || qint16(be16(glyph, 0)) >= 0)
        return out;
    for (qsizetype at = 10;;) {
        const quint16 flags = be16(glyph, at);
        out << be16(glyph, at + 2);
        at += 4 + ((flags & 1) ? 4 : 2) + ((flags & 8) ? 2 : (flags & 0x40) ? 4 : (flags & 0x80) ? 8 : 0);
        if (!(flags & 0x20))
            return out;
    }
}

quint32 sum32(QByteArray d) {
    while (d.size() % 4)
        d.append('\0');
    quint32 sum = 0;
    for (qsizetype at = 0; at < d.size(); at += 4)
        sum += be32(d, at);
    return sum;
}

// Every Vietnamese letter with every tone mark (NFC), both cases, and đ/Đ, and an official's line.
QString vietnameseText() {
    const QString vowels = QStringLiteral("aăâeêioôơuưy");
    const QList<QChar> tones{QChar(0x0300), QChar(0x0301), QChar(0x0309), QChar(0x0303), QChar(0x0323)};
    QString text = QStringLiteral("CHỦ TỊCH Nguyễn Văn Đức, ký ngày 01/06/2025 đĐ ");
    for (QChar v : vowels) {
        for (const QString& base : {QString(v), QString(v).toUpper()}) {
            text += base;
            for (QChar tone : tones)
                text += QString(base + tone).normalized(QString::NormalizationForm_C);
        }
    }
    return text;
}

int run(const QString& program, const QStringList& args, QString* out, QString* err = nullptr) {
    QProcess p;
    p.start(program, args);
    REQUIRE(p.waitForFinished(60000));
    *out = QString::fromUtf8(p.readAllStandardOutput());
    if (err)
        *err = QString::fromUtf8(p.readAllStandardError());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

} // namespace

TEST_CASE("The font subset keeps exactly the glyphs used, their components and the tables a viewer needs") {
    if (!QFile::exists(TrueTypeFont::defaultPath())) {
        WARN("no Liberation Serif at " + TrueTypeFont::defaultPath().toStdString() + " (fonts-liberation2): skipped");
        return;
    }
    auto font = TrueTypeFont::load(TrueTypeFont::defaultPath());
    REQUIRE(font.ok());
    const QString text = vietnameseText();
    QMap<quint16, char32_t> used;
    for (char32_t c : font->codePoints(text)) {
        REQUIRE(font->glyph(c) != 0); // Liberation Serif covers Vietnamese
        used.insert(font->glyph(c), c);
    }
    auto subset = font->subset(used);
    REQUIRE(subset.ok());
    const Font original(font->data());
    const Font out(subset->font);

    SECTION("directory, checksums and tables") {
        CHECK(be32(out.file, 0) == 0x00010000);
        const QList<QByteArray> tags = out.tables.keys();
        for (const char* needed : {"head", "hhea", "hmtx", "loca", "glyf", "maxp", "cvt ", "fpgm", "prep", "cmap"})
            CHECK(tags.contains(QByteArray(needed)));
        for (const char* dropped : {"GSUB", "GPOS", "GDEF", "kern", "hdmx", "LTSH", "VDMX", "FFTM"})
            CHECK_FALSE(tags.contains(QByteArray(dropped)));
        const int count = be16(out.file, 4);
        int power = 1;
        while (power * 2 <= count)
            power *= 2;
        CHECK(be16(out.file, 6) == 16 * power); // searchRange
        for (int i = 0; i < count; ++i) {
            const qsizetype r = 12 + 16 * i;
            if (i > 0)
                CHECK(out.file.mid(r - 16, 4) < out.file.mid(r, 4)); // sorted tags
            CHECK(be32(out.file, r + 8) % 4 == 0);
            QByteArray table = out.tables.value(out.file.mid(r, 4));
            if (out.file.mid(r, 4) == "head")
                table.replace(8, 4, QByteArray(4, '\0'));
            CHECK(be32(out.file, r + 4) == sum32(table));
        }
        CHECK(sum32(out.file) == 0xb1b0afbau); // head.checkSumAdjustment
        // The hinting programs are those of the font, unchanged (the glyph instructions call into them).
        for (const char* hinting : {"cvt ", "fpgm", "prep"})
            CHECK(out.tables.value(hinting) == original.tables.value(hinting));
        CHECK(be32(out.tables.value("post"), 0) == 0x00030000);
    }

    SECTION("loca, glyf, hmtx and maxp agree") {
        const int n = out.glyphCount();
        CHECK(n == subset->glyphs.last() + 1);
        CHECK(n <= original.glyphCount());
        CHECK(be16(out.tables.value("head"), 50) == 1);
        CHECK(out.tables.value("loca").size() == 4 * (n + 1));
        CHECK(out.loca.first() == 0);
        CHECK(out.loca.last() == quint32(out.tables.value("glyf").size()));
        for (int g = 0; g < n; ++g)
            CHECK(out.loca[g] <= out.loca[g + 1]);
        CHECK(be16(out.tables.value("hhea"), 34) == n);
        CHECK(out.tables.value("hmtx").size() == 4 * n);
    }

    SECTION("the glyphs used, .notdef and every composite component are the original ones; nothing else") {
        const QSet<quint16> kept(subset->glyphs.cbegin(), subset->glyphs.cend());
        CHECK(kept.contains(0));
        int composites = 0;
        for (auto it = used.cbegin(); it != used.cend(); ++it) {
            const int g = it.key();
            CHECK(kept.contains(quint16(g)));
            CHECK(out.glyph(g) == original.glyph(g).leftJustified(out.glyph(g).size(), '\0'));
            CHECK(out.glyph(g).size() >= original.glyph(g).size());
            CHECK(out.advance(g) == original.advance(g));
            CHECK(out.lookup(it.value()) == g);
            const QList<int> parts = componentsOf(original.glyph(g));
            composites += parts.isEmpty() ? 0 : 1;
            for (int part : parts) {
                CHECK(kept.contains(quint16(part)));
                CHECK(out.glyph(part).startsWith(original.glyph(part)));
                for (int inner : componentsOf(original.glyph(part)))
                    CHECK(kept.contains(quint16(inner)));
            }
        }
        CHECK(composites > 50); // the Vietnamese letters with marks are composites in Liberation Serif
        for (int g = 0; g < out.glyphCount(); ++g) {
            if (!kept.contains(quint16(g))) {
                CHECK(out.glyph(g).isEmpty());
                CHECK(out.advance(g) == 0);
            }
        }
        CHECK(kept.size() < 400);
        CHECK(subset->font.size() * 4 < font->data().size()); // well under a quarter of the 384 KiB file
    }

    SECTION("the tag names the glyph set") {
        CHECK(QRegularExpression(QStringLiteral("^[A-Z]{6}$")).match(QString::fromLatin1(subset->tag)).hasMatch());
        CHECK(font->subset(used)->tag == subset->tag);
        QMap<quint16, char32_t> fewer{{font->glyph(U'A'), U'A'}};
        CHECK(font->subset(fewer)->tag != subset->tag);
        CHECK(font->subset(fewer)->glyphs == QList<quint16>{0, font->glyph(U'A')});
    }
}

TEST_CASE("A broken font is refused by the subsetter, never read out of bounds") {
    if (!QFile::exists(TrueTypeFont::defaultPath())) {
        WARN("no Liberation Serif: skipped");
        return;
    }
    auto font = TrueTypeFont::load(TrueTypeFont::defaultPath());
    REQUIRE(font.ok());
    const QMap<quint16, char32_t> used{{font->glyph(U'ệ'), U'ệ'}};
    CHECK_FALSE(TrueTypeSubsetter::subset(QByteArray("not a font"), used).ok());
    // Cut anywhere: an error or a subset, never a crash (the sanitizer builds would see an overread).
    for (qsizetype cut : {qsizetype(12), qsizetype(300), font->data().size() / 2, font->data().size() - 1000})
        (void)TrueTypeSubsetter::subset(font->data().left(cut), used);
    // loca going backwards.
    QByteArray broken = font->data();
    const Font parsed(broken);
    const qsizetype locaAt = broken.indexOf(parsed.tables.value("loca").left(64));
    REQUIRE(locaAt > 0);
    broken.replace(locaAt + 8, 4, QByteArray("\xff\xff\xff\xff", 4));
    const auto refused = TrueTypeSubsetter::subset(broken, used);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("glyph locations")));
}

TEST_CASE("Vietnamese stamped text is embedded as a subset font that Poppler extracts and renders") {
    if (!QFile::exists(TrueTypeFont::defaultPath())) {
        WARN("no Liberation Serif: skipped");
        return;
    }
    QTemporaryDir dir;
    const QString in = dir.filePath(QStringLiteral("in.pdf"));
    QString out, err;
    REQUIRE(run(QStringLiteral("python3"), {QStringLiteral(VANBAN_PDF_FIXTURE), QStringLiteral("make-pdf"), in}, &out,
                &err) == 0);
    auto source = PdfSource::openPrefix(in, QFileInfo(in).size(), QStringLiteral("in.pdf"));
    REQUIRE(source.ok());
    NumberStamp stamp;
    stamp.lines = {QStringLiteral("CHỦ TỊCH Nguyễn Văn Đức, ký ngày 01/06/2025"),
                   QStringLiteral("Quyết định về việc ban hành Quy chế công tác văn thư")};
    stamp.rect = QRectF(60, 600, 400, 40);
    auto stamped = PdfNumberStamper::stamp(**source, stamp);
    REQUIRE(stamped.ok());
    const QString pdf = dir.filePath(QStringLiteral("stamped.pdf"));
    {
        QFile original(in);
        REQUIRE(original.open(QIODevice::ReadOnly));
        QFile f(pdf);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(original.readAll()); // the stamp is an incremental update: appended to the original bytes
        f.write(*stamped);
    }
    // The update is small now that only the glyphs used travel with it (the whole font was 211 KB compressed).
    INFO("the stamp adds " << stamped->size() << " bytes");
    CHECK(stamped->size() < 16000);

    REQUIRE(run(QStringLiteral("pdffonts"), {pdf}, &out, &err) == 0);
    INFO(out.toStdString());
    static const QRegularExpression subsetLine(
        QStringLiteral("^[A-Z]{6}\\+LiberationSerif\\s+CID TrueType\\s+Identity-H\\s+yes yes yes"),
        QRegularExpression::MultilineOption);
    CHECK(subsetLine.match(out).hasMatch());
    CHECK(err.isEmpty());

    REQUIRE(run(QStringLiteral("pdftotext"),
                {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")}, &out, &err) == 0);
    CHECK(out.contains(stamp.lines[0]));
    CHECK(out.contains(stamp.lines[1]));
    CHECK(err.isEmpty());

    REQUIRE(run(QStringLiteral("pdftoppm"),
                {QStringLiteral("-r"), QStringLiteral("72"), QStringLiteral("-gray"), pdf,
                 dir.filePath(QStringLiteral("page"))},
                &out, &err) == 0);
    INFO(err.toStdString());
    CHECK(err.isEmpty()); // no font or syntax warning
    // The text is drawn: dark pixels inside the stamp's rectangle (72 dpi: one pixel per point).
    QFile pgm(dir.filePath(QStringLiteral("page-1.pgm")));
    REQUIRE(pgm.open(QIODevice::ReadOnly));
    const QByteArray image = pgm.readAll();
    const QList<QByteArray> header = image.left(32).simplified().split(' ');
    REQUIRE(header.size() >= 4);
    const int width = header[1].toInt(), height = header[2].toInt();
    const qsizetype pixels = image.size() - qsizetype(width) * height;
    int dark = 0;
    for (int y = height - 640; y < height - 600; ++y) {
        for (int x = 60; x < 460; ++x)
            dark += quint8(image[pixels + qsizetype(y) * width + x]) < 128 ? 1 : 0;
    }
    CHECK(dark > 500);

    REQUIRE(run(QStringLiteral("qpdf"), {QStringLiteral("--check"), pdf}, &out, &err) == 0);
    CHECK_FALSE(out.contains(QStringLiteral("WARNING")));
}
