#include "signing/SignatureAppearance.h"

#include "signing/TrueTypeFont.h"

#include <QMap>
#include <algorithm>
#include <zlib.h>

namespace vanban {

namespace {
using R = PdfIncrementalUpdate;

int writeImage(PdfIncrementalUpdate& update, const SignatureImage& image) {
    const QByteArray common = "/Type /XObject /Subtype /Image /Width " + QByteArray::number(image.width) + " /Height " +
                              QByteArray::number(image.height) + " /BitsPerComponent 8 /Filter /FlateDecode";
    QByteArray smask;
    if (!image.alpha.isEmpty()) {
        const int mask = update.reserve();
        update.setStream(mask, common + " /ColorSpace /DeviceGray", SignatureAppearance::deflate(image.alpha));
        smask = " /SMask " + R::ref(mask);
    }
    const int number = update.reserve();
    update.setStream(number, common + " /ColorSpace /DeviceRGB" + smask, SignatureAppearance::deflate(image.rgb));
    return number;
}

QByteArray utf16Hex(char32_t c) {
    QByteArray out;
    auto unit = [&out](unsigned u) { out += QByteArray::number(u, 16).rightJustified(4, '0').toUpper(); };
    if (c >= 0x10000) {
        const char32_t v = c - 0x10000;
        unit(0xd800 + (v >> 10));
        unit(0xdc00 + (v & 0x3ff));
    } else {
        unit(unsigned(c));
    }
    return out;
}

// Type0 font → CIDFontType2 (Identity CIDToGIDMap) → descriptor → FontFile2 (the subset of the glyphs used, ids
// unchanged); ToUnicode for the glyphs used. The subset's tag names the font "ABCDEF+LiberationSerif" (ISO 32000-1
// 9.6.4), so viewers and pdffonts see that it is a subset.
Result<int> writeFont(PdfIncrementalUpdate& update, const TrueTypeFont& font, const QMap<quint16, char32_t>& used) {
    auto subset = font.subset(used);
    if (!subset)
        return subset.error();
    const QByteArray name = "/" + subset->tag + "+" + font.postScriptName();
    const int file = update.reserve();
    update.setStream(file, "/Length1 " + QByteArray::number(subset->font.size()) + " /Filter /FlateDecode",
                     SignatureAppearance::deflate(subset->font));
    const QRect box = font.boundingBox();
    const int descriptor = update.reserve();
    update.setObject(descriptor, "<< /Type /FontDescriptor /FontName " + name + " /Flags 34 /FontBBox [" +
                                     QByteArray::number(box.left()) + ' ' + QByteArray::number(box.top()) + ' ' +
                                     QByteArray::number(box.right()) + ' ' + QByteArray::number(box.bottom()) +
                                     "] /ItalicAngle 0 /Ascent " + QByteArray::number(font.ascent()) + " /Descent " +
                                     QByteArray::number(font.descent()) + " /CapHeight " +
                                     QByteArray::number(font.capHeight()) + " /StemV 80 /FontFile2 " + R::ref(file) +
                                     " >>");
    QByteArray widths;
    for (auto it = used.cbegin(); it != used.cend(); ++it)
        widths += QByteArray::number(it.key()) + " [" + QByteArray::number(font.advance(it.key())) + "] ";
    const int cid = update.reserve();
    update.setObject(cid, "<< /Type /Font /Subtype /CIDFontType2 /BaseFont " + name +
                              " /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>"
                              " /FontDescriptor " +
                              R::ref(descriptor) + " /CIDToGIDMap /Identity /DW 1000 /W [" + widths.trimmed() + "] >>");
    QByteArray cmap = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                      "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                      "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    QList<quint16> glyphs = used.keys();
    for (qsizetype start = 0; start < glyphs.size(); start += 100) {
        const qsizetype n = std::min<qsizetype>(100, glyphs.size() - start);
        cmap += QByteArray::number(n) + " beginbfchar\n";
        for (qsizetype i = start; i < start + n; ++i)
            cmap += '<' + QByteArray::number(glyphs[i], 16).rightJustified(4, '0').toUpper() + "> <" +
                    utf16Hex(used[glyphs[i]]) + ">\n";
        cmap += "endbfchar\n";
    }
    cmap += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
    const int toUnicode = update.reserve();
    update.setStream(toUnicode, "/Filter /FlateDecode", SignatureAppearance::deflate(cmap));
    const int type0 = update.reserve();
    update.setObject(type0, "<< /Type /Font /Subtype /Type0 /BaseFont " + name +
                                " /Encoding /Identity-H /DescendantFonts [" + R::ref(cid) + "] /ToUnicode " +
                                R::ref(toUnicode) + " >>");
    return type0;
}
} // namespace

QByteArray SignatureAppearance::deflate(const QByteArray& data) {
    uLongf length = compressBound(uLong(data.size()));
    QByteArray out(qsizetype(length), Qt::Uninitialized);
    if (compress2(reinterpret_cast<Bytef*>(out.data()), &length, reinterpret_cast<const Bytef*>(data.constData()),
                  uLong(data.size()), 6) != Z_OK)
        qFatal("zlib compress2 failed");
    out.truncate(qsizetype(length));
    return out;
}

Result<int> SignatureAppearance::write(PdfIncrementalUpdate& update, QSizeF size, const AppearanceSpec& spec) {
    const double w = size.width(), h = size.height();
    QByteArray content;
    QByteArray resources;
    const bool hasImage = spec.layout != AppearanceSpec::Layout::TextOnly && !spec.image.isNull();
    double textLeft = 2, textWidth = w - 4;
    if (hasImage) {
        const int image = writeImage(update, spec.image);
        resources += "/XObject << /Im0 " + R::ref(image) + " >> ";
        const double aspect = double(spec.image.width) / spec.image.height;
        double boxX = 0, boxW = w;
        if (spec.layout == AppearanceSpec::Layout::ImageLeftText && !spec.lines.isEmpty()) {
            boxW = std::min(w / 2, h * aspect);
            textLeft = boxW + 4;
            textWidth = w - textLeft - 2;
        }
        double drawW = boxW, drawH = boxW / aspect;
        if (drawH > h) {
            drawH = h;
            drawW = h * aspect;
        }
        const double x = boxX + (boxW - drawW) / 2, y = (h - drawH) / 2;
        content +=
            "q " + R::real(drawW) + " 0 0 " + R::real(drawH) + ' ' + R::real(x) + ' ' + R::real(y) + " cm /Im0 Do Q\n";
    }
    const bool hasText = !spec.lines.isEmpty() && (spec.layout != AppearanceSpec::Layout::ImageCentred || !hasImage);
    if (hasText) {
        auto font = TrueTypeFont::load(spec.fontPath.isEmpty() ? TrueTypeFont::defaultPath() : spec.fontPath);
        if (!font)
            return font.error();
        QMap<quint16, char32_t> used;
        double widest = 0;
        for (const QString& line : spec.lines) {
            for (char32_t c : font->codePoints(line))
                used.insert(font->glyph(c), c);
            widest = std::max(widest, font->width(line, 1.0));
        }
        const int lines = int(spec.lines.size());
        double fontSize = std::min(spec.maxFontSize, (h - 2) / (lines * 1.2));
        if (widest > 0)
            fontSize = std::min(fontSize, textWidth / widest);
        fontSize = std::max(fontSize, 3.0);
        const auto fontObject = writeFont(update, *font, used);
        if (!fontObject)
            return fontObject.error();
        resources += "/Font << /F0 " + R::ref(*fontObject) + " >> ";
        // The block centred vertically; baselines 1.2 × size apart.
        const double lineHeight = fontSize * 1.2;
        double baseline = (h + lines * lineHeight) / 2 - fontSize * font->ascent() / 1000.0;
        content += "BT 0 g /F0 " + R::real(fontSize) + " Tf\n";
        double previousX = 0, previousY = 0;
        for (const QString& line : spec.lines) {
            const double x = textLeft;
            content += R::real(x - previousX) + ' ' + R::real(baseline - previousY) + " Td <" +
                       font->glyphString(line).toHex().toUpper() + "> Tj\n";
            previousX = x;
            previousY = baseline;
            baseline -= lineHeight;
        }
        content += "ET\n";
    }
    const int form = update.reserve();
    update.setStream(form,
                     "/Type /XObject /Subtype /Form /BBox [0 0 " + R::real(w) + ' ' + R::real(h) + "] /Resources << " +
                         resources + ">>",
                     content);
    return form;
}

} // namespace vanban
