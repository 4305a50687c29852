#include "edxml/Base64Decoder.h"

#include <array>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <immintrin.h>
#define VANBAN_BASE64_AVX2 1
#endif

namespace vanban::edxml {

namespace {
constexpr qint8 kSkip = -2;
constexpr qint8 kBad = -1;

constexpr std::array<qint8, 256> makeTable() {
    std::array<qint8, 256> t{};
    for (auto& v : t)
        v = kBad;
    for (int i = 0; i < 26; ++i) {
        t['A' + i] = qint8(i);
        t['a' + i] = qint8(26 + i);
    }
    for (int i = 0; i < 10; ++i)
        t['0' + i] = qint8(52 + i);
    t['+'] = 62;
    t['/'] = 63;
    t[' '] = t['\t'] = t['\r'] = t['\n'] = kSkip;
    return t;
}
constexpr std::array<qint8, 256> kTable = makeTable();

// For the bulk of an attachment: four tables whose entries, OR-ed together for the four characters of a group,
// give its three bytes in the order they are stored (little-endian, the fourth byte 0). Any character that is not
// one of the 64 sets bits of the fourth byte, so one test per group finds whitespace, padding or garbage.
constexpr quint32 kNotData = 0x01FFFFFF;
enum class Position { First, Second, Third, Fourth };
constexpr std::array<quint32, 256> makeGroupTable(Position p) {
    std::array<quint32, 256> t{};
    for (int c = 0; c < 256; ++c) {
        const qint8 v = kTable[size_t(c)];
        if (v < 0) {
            t[size_t(c)] = kNotData;
            continue;
        }
        const auto x = quint32(v);
        switch (p) {
        case Position::First:
            t[size_t(c)] = x << 2;
            break;
        case Position::Second:
            t[size_t(c)] = (x >> 4) | ((x & 0x0F) << 12);
            break;
        case Position::Third:
            t[size_t(c)] = ((x >> 2) << 8) | ((x & 0x03) << 22);
            break;
        case Position::Fourth:
            t[size_t(c)] = x << 16;
            break;
        }
    }
    return t;
}
constexpr std::array<quint32, 256> kFirst = makeGroupTable(Position::First);
constexpr std::array<quint32, 256> kSecond = makeGroupTable(Position::Second);
constexpr std::array<quint32, 256> kThird = makeGroupTable(Position::Third);
constexpr std::array<quint32, 256> kFourth = makeGroupTable(Position::Fourth);

inline quint32 decodeGroup(const unsigned char* u) {
    return kFirst[u[0]] | kSecond[u[1]] | kThird[u[2]] | kFourth[u[3]];
}

// Stores the three bytes of a decoded group.
inline void storeGroup(char* o, quint32 bytes) {
    o[0] = char(bytes);
    o[1] = char(bytes >> 8);
    o[2] = char(bytes >> 16);
}

#ifdef VANBAN_BASE64_AVX2
// 32 characters a step with AVX2, after Muła and Lemire, "Faster Base64 Encoding and Decoding Using AVX2
// Instructions" (ACM TOW 2018): the high and low nibble of each character pick two bit sets whose AND is not zero
// for anything outside the 64 characters; the high nibble (and whether the character is '/') picks the offset that
// turns the character into its six bits; two multiply-adds pack four sextets into three bytes. Returns how many
// characters it decoded (a multiple of 32): it stops before the first step holding whitespace, padding or a bad
// character, which the scalar code then handles. Writes 32 bytes a step, of which 24 are decoded: the caller leaves
// room for 8 more.
__attribute__((target("avx2"))) qsizetype decodeAvx2(const unsigned char* in, qsizetype size, char* out) {
    const __m256i lutLow = _mm256_setr_epi8(0x15, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x13, 0x1A,
                                            0x1B, 0x1B, 0x1B, 0x1A, 0x15, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11,
                                            0x11, 0x11, 0x13, 0x1A, 0x1B, 0x1B, 0x1B, 0x1A);
    const __m256i lutHigh = _mm256_setr_epi8(0x10, 0x10, 0x01, 0x02, 0x04, 0x08, 0x04, 0x08, 0x10, 0x10, 0x10, 0x10,
                                             0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x01, 0x02, 0x04, 0x08, 0x04, 0x08,
                                             0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x10);
    const __m256i lutRoll = _mm256_setr_epi8(0, 16, 19, 4, -65, -65, -71, -71, 0, 0, 0, 0, 0, 0, 0, 0, 0, 16, 19, 4,
                                             -65, -65, -71, -71, 0, 0, 0, 0, 0, 0, 0, 0);
    const __m256i mask2F = _mm256_set1_epi8(0x2F);
    const __m256i packInLane = _mm256_setr_epi8(2, 1, 0, 6, 5, 4, 10, 9, 8, 14, 13, 12, -1, -1, -1, -1, 2, 1, 0, 6, 5,
                                                4, 10, 9, 8, 14, 13, 12, -1, -1, -1, -1);
    const __m256i packLanes = _mm256_setr_epi32(0, 1, 2, 4, 5, 6, 7, 7);
    qsizetype done = 0;
    for (; done + 32 <= size; done += 32, out += 24) {
        __m256i text = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(in + done));
        const __m256i highNibbles = _mm256_and_si256(_mm256_srli_epi32(text, 4), mask2F);
        const __m256i lowNibbles = _mm256_and_si256(text, mask2F);
        if (!_mm256_testz_si256(_mm256_shuffle_epi8(lutLow, lowNibbles), _mm256_shuffle_epi8(lutHigh, highNibbles)))
            break;
        const __m256i isSlash = _mm256_cmpeq_epi8(text, mask2F);
        text = _mm256_add_epi8(text, _mm256_shuffle_epi8(lutRoll, _mm256_add_epi8(isSlash, highNibbles)));
        const __m256i pairs = _mm256_maddubs_epi16(text, _mm256_set1_epi32(0x01400140));
        const __m256i groups = _mm256_madd_epi16(pairs, _mm256_set1_epi32(0x00011000));
        const __m256i packed = _mm256_permutevar8x32_epi32(_mm256_shuffle_epi8(groups, packInLane), packLanes);
        _mm256_storeu_si256(reinterpret_cast<__m256i*>(out), packed);
    }
    return done;
}

const bool kHasAvx2 = __builtin_cpu_supports("avx2");
#endif

// "&#13;" "&#x0D;" … — a reference to a whitespace character.
bool isWhitespaceReference(const char* ref, int length) {
    if (length < 4 || ref[0] != '&' || ref[1] != '#' || ref[length - 1] != ';')
        return false;
    bool ok = false;
    const QByteArray digits(ref + 2, length - 3);
    const int value =
        (digits.startsWith('x') || digits.startsWith('X')) ? digits.mid(1).toInt(&ok, 16) : digits.toInt(&ok, 10);
    return ok && (value == 9 || value == 10 || value == 13 || value == 32);
}
} // namespace

bool Base64Decoder::feed(const char* text, qsizetype size, QByteArray& out) {
    // Room for everything this text can decode to; written through a pointer, trimmed at the end.
    const qsizetype start = out.size();
    out.resize(start + size / 4 * 3 + 3);
    char* o = out.data() + start;
    const auto done = [&](bool ok) {
        out.resize(o - out.constData());
        return ok;
    };
    for (qsizetype i = 0; i < size; ++i) {
        // Fast path for the bulk of an attachment: whole groups of four base64 characters.
        if (m_count == 0 && m_padding == 0 && m_refLength < 0) {
            const auto* u = reinterpret_cast<const unsigned char*>(text);
#ifdef VANBAN_BASE64_AVX2
            // 48 characters left at least: 36 bytes of room, enough for the 8 written past the 24 decoded.
            if (kHasAvx2 && i + 48 <= size) {
                const qsizetype decoded = decodeAvx2(u + i, size - i - 16, o);
                o += decoded / 4 * 3;
                i += decoded;
            }
#endif
            while (i + 8 <= size) {
                const quint32 x = decodeGroup(u + i), y = decodeGroup(u + i + 4);
                if ((x | y) > 0x00FFFFFF)
                    break; // whitespace, padding, a reference or a bad character: handled below
                storeGroup(o, x);
                storeGroup(o + 3, y);
                o += 6;
                i += 8;
            }
            while (i + 4 <= size) {
                const quint32 x = decodeGroup(u + i);
                if (x > 0x00FFFFFF)
                    break; // handled one by one below
                storeGroup(o, x);
                o += 3;
                i += 4;
            }
            if (i >= size)
                break;
        }
        const auto c = static_cast<unsigned char>(text[i]);
        if (m_refLength >= 0) {
            if (m_refLength >= int(sizeof m_ref))
                return done(false);
            m_ref[m_refLength++] = char(c);
            if (c == ';') {
                if (!isWhitespaceReference(m_ref, m_refLength))
                    return done(false);
                m_refLength = -1;
            }
            continue;
        }
        const qint8 v = kTable[c];
        if (v >= 0) {
            if (m_padding > 0)
                return done(false); // data after the padding
            m_bits = (m_bits << 6) | quint32(v);
            if (++m_count == 4) {
                *o++ = char(m_bits >> 16);
                *o++ = char(m_bits >> 8);
                *o++ = char(m_bits);
                m_bits = 0;
                m_count = 0;
            }
        } else if (v == kSkip) {
            continue;
        } else if (c == '=') {
            // "xx==" or "xxx=": the group ends here.
            if (m_count + m_padding < 2 || m_count + m_padding >= 4)
                return done(false);
            ++m_padding;
            if (m_count + m_padding == 4) {
                out.resize(o - out.constData());
                if (!finish(out))
                    return false;
                const qsizetype at = out.size();
                out.resize(at + (size - i) / 4 * 3 + 3);
                o = out.data() + at;
                m_padding = 1; // only whitespace may follow
            }
        } else if (c == '&') {
            m_ref[0] = '&';
            m_refLength = 1;
        } else {
            return done(false);
        }
    }
    return done(true);
}

bool Base64Decoder::finish(QByteArray& out) {
    if (m_refLength >= 0)
        return false;
    switch (m_count) {
    case 0:
        return true;
    case 2:
        out.append(char(m_bits >> 4));
        break;
    case 3:
        out.append(char(m_bits >> 10));
        out.append(char(m_bits >> 2));
        break;
    default:
        return false;
    }
    m_bits = 0;
    m_count = 0;
    return true;
}

} // namespace vanban::edxml
