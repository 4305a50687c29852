#include <catch2/catch.hpp>

#include "edxml/Base64Decoder.h"

#include <QRandomGenerator>

using vanban::edxml::Base64Decoder;

namespace {
QByteArray randomBytes(qsizetype n, quint32 seed) {
    QRandomGenerator random(seed);
    QByteArray out(n, Qt::Uninitialized);
    for (char& c : out)
        c = char(random.bounded(256));
    return out;
}

// Decodes `text` fed in pieces of `piece` bytes; nullopt when the decoder refuses it.
std::optional<QByteArray> decode(const QByteArray& text, qsizetype piece) {
    Base64Decoder decoder;
    QByteArray out;
    for (qsizetype at = 0; at < text.size(); at += piece)
        if (!decoder.feed(text.constData() + at, qMin(piece, text.size() - at), out))
            return std::nullopt;
    if (!decoder.finish(out))
        return std::nullopt;
    return out;
}
} // namespace

TEST_CASE("Base64: every length and every way of cutting the text decodes like Qt") {
    for (qsizetype length : {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 47, 48, 49, 100, 1000, 4099}) {
        const QByteArray raw = randomBytes(length, quint32(length) + 1);
        const QByteArray text = raw.toBase64();
        for (qsizetype piece : {1, 2, 3, 4, 5, 7, 8, 9, 13, 64, 1 << 20}) {
            INFO("length " << length << ", pieces of " << piece);
            const auto decoded = decode(text, piece);
            REQUIRE(decoded.has_value());
            CHECK(*decoded == raw);
        }
    }
}

TEST_CASE("Base64: whitespace and references to it anywhere between groups or inside them are skipped") {
    const QByteArray raw = randomBytes(300, 7);
    const QByteArray text = raw.toBase64();
    for (const QByteArray& gap : {QByteArray("\n"), QByteArray("\r\n"), QByteArray(" "), QByteArray("&#13;"),
                                  QByteArray("&#xA;"), QByteArray("\t \n")}) {
        for (qsizetype at = 1; at < 40; ++at) {
            QByteArray spaced = text;
            spaced.insert(at, gap);
            spaced.insert(at + gap.size() + 17, gap);
            INFO("gap " << gap.toStdString() << " at " << at);
            const auto decoded = decode(spaced, 1 << 20);
            REQUIRE(decoded.has_value());
            CHECK(*decoded == raw);
        }
    }
}

TEST_CASE("Base64: a bad character at any position of the fast path is refused") {
    const QByteArray text = randomBytes(90, 11).toBase64(); // 120 characters, no padding
    for (const char bad : {'*', '-', '_', '\0', '\x80', '\xff', '.', '"'}) {
        for (qsizetype at = 0; at < text.size(); ++at) {
            QByteArray broken = text;
            broken[at] = bad;
            INFO("character " << int(static_cast<unsigned char>(bad)) << " at " << at);
            CHECK_FALSE(decode(broken, 1 << 20).has_value());
        }
    }
}

TEST_CASE("Base64: padding ends the data; anything but whitespace after it is refused") {
    CHECK(decode("QQ==", 4) == QByteArray("A"));
    CHECK(decode("QUI=", 4) == QByteArray("AB"));
    CHECK(decode("QUI=\r\n", 3) == QByteArray("AB"));
    CHECK_FALSE(decode("QUI=QUJD", 8).has_value());
    CHECK_FALSE(decode("Q===", 4).has_value());
    CHECK_FALSE(decode("QUJDR", 5).has_value()); // ends inside a group
}

TEST_CASE(
    "Base64: each of the 256 byte values at each position of a long run is decoded or refused like the alphabet says") {
    // Long enough for the vectorised steps (32 characters each) where the CPU has them, with the odd byte at every
    // position of a step and of the scalar tail.
    const QByteArray raw = randomBytes(120, 23);
    const QByteArray text = raw.toBase64(); // 160 characters, no padding
    static const QByteArray alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (int value = 0; value < 256; ++value) {
        const char c = char(value);
        for (qsizetype at = 0; at < text.size(); ++at) {
            QByteArray changed = text;
            changed[at] = c;
            INFO("byte " << value << " at " << at);
            const auto decoded = decode(changed, 1 << 20);
            const bool finalPadding = c == '=' && at == text.size() - 1; // "xxx=" ends the data
            if (alphabet.contains(c) || finalPadding || c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                // Whitespace is skipped: 159 characters are left, whose last group of three gives two bytes.
                REQUIRE(decoded.has_value());
                CHECK(*decoded == QByteArray::fromBase64(changed));
            } else {
                CHECK_FALSE(decoded.has_value());
            }
        }
    }
}
