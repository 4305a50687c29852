#include "signing/Der.h"

#include <QStringList>
#include <algorithm>

namespace vanban::der {

QByteArray tlv(unsigned char tag, const QByteArray& content) {
    QByteArray out;
    out.append(char(tag));
    const qsizetype n = content.size();
    if (n < 0x80) {
        out.append(char(n));
    } else {
        QByteArray length;
        for (qsizetype v = n; v > 0; v >>= 8)
            length.prepend(char(v & 0xff));
        out.append(char(0x80 | length.size())).append(length);
    }
    return out.append(content);
}

QByteArray sequence(const QByteArray& content) {
    return tlv(0x30, content);
}

QByteArray setOf(QList<QByteArray> elements) {
    // X.690 §11.6: ascending order of the encodings, compared as octet strings, the shorter padded with zeros.
    std::sort(elements.begin(), elements.end(), [](const QByteArray& a, const QByteArray& b) {
        const qsizetype n = std::max(a.size(), b.size());
        for (qsizetype i = 0; i < n; ++i) {
            const auto x = i < a.size() ? static_cast<unsigned char>(a[i]) : 0;
            const auto y = i < b.size() ? static_cast<unsigned char>(b[i]) : 0;
            if (x != y)
                return x < y;
        }
        return false;
    });
    return tlv(0x31, elements.join());
}

QByteArray octetString(const QByteArray& bytes) {
    return tlv(0x04, bytes);
}

QByteArray integer(int value) {
    QByteArray content;
    do {
        content.prepend(char(value & 0xff));
        value >>= 8;
    } while (value > 0);
    if (static_cast<unsigned char>(content[0]) & 0x80)
        content.prepend('\0');
    return tlv(0x02, content);
}

QByteArray oid(const char* dotted) {
    const QStringList parts = QString::fromLatin1(dotted).split(QLatin1Char('.'));
    QList<quint64> arcs;
    for (const QString& p : parts)
        arcs << p.toULongLong();
    QByteArray content;
    auto base128 = [&content](quint64 v) {
        QByteArray bytes;
        bytes.prepend(char(v & 0x7f));
        for (v >>= 7; v > 0; v >>= 7)
            bytes.prepend(char(0x80 | (v & 0x7f)));
        content.append(bytes);
    };
    base128(arcs.value(0) * 40 + arcs.value(1));
    for (qsizetype i = 2; i < arcs.size(); ++i)
        base128(arcs[i]);
    return tlv(0x06, content);
}

QByteArray null() {
    return QByteArray("\x05\x00", 2);
}

QByteArray context(int number, const QByteArray& content) {
    return tlv(static_cast<unsigned char>(0xa0 | number), content);
}

bool header(const QByteArray& der, qsizetype offset, unsigned char* tag, qsizetype* contentStart,
            qsizetype* contentLength) {
    if (offset + 2 > der.size())
        return false;
    *tag = static_cast<unsigned char>(der[offset]);
    const auto first = static_cast<unsigned char>(der[offset + 1]);
    qsizetype pos = offset + 2;
    qsizetype length = first;
    if (first & 0x80) {
        const int count = first & 0x7f;
        if (count == 0 || count > 4 || pos + count > der.size())
            return false;
        length = 0;
        for (int i = 0; i < count; ++i)
            length = (length << 8) | static_cast<unsigned char>(der[pos++]);
    }
    if (pos + length > der.size())
        return false;
    *contentStart = pos;
    *contentLength = length;
    return true;
}

} // namespace vanban::der
