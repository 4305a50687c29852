#include "edxml/Base64Decoder.h"

#include <array>

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
            while (i + 4 <= size) {
                const qint8 a = kTable[u[i]], b = kTable[u[i + 1]], c = kTable[u[i + 2]], d = kTable[u[i + 3]];
                if ((a | b | c | d) < 0)
                    break; // whitespace, padding, a reference or a bad character: handled one by one below
                const quint32 bits = quint32(a) << 18 | quint32(b) << 12 | quint32(c) << 6 | quint32(d);
                o[0] = char(bits >> 16);
                o[1] = char(bits >> 8);
                o[2] = char(bits);
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
