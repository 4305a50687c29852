#include "signing/SfntTables.h"

namespace vanban {

namespace sfnt {
quint16 u16(const QByteArray& data, qsizetype at) {
    if (at < 0 || at + 2 > data.size())
        return 0;
    const auto* p = reinterpret_cast<const unsigned char*>(data.constData() + at);
    return quint16((p[0] << 8) | p[1]);
}

qint16 s16(const QByteArray& data, qsizetype at) {
    return qint16(u16(data, at));
}

quint32 u32(const QByteArray& data, qsizetype at) {
    if (at < 0 || at + 4 > data.size())
        return 0;
    const auto* p = reinterpret_cast<const unsigned char*>(data.constData() + at);
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | p[3];
}

void putU16(QByteArray& data, qsizetype at, quint16 value) {
    if (at < 0 || at + 2 > data.size())
        return;
    data[at] = char(value >> 8);
    data[at + 1] = char(value & 0xff);
}

void putU32(QByteArray& data, qsizetype at, quint32 value) {
    putU16(data, at, quint16(value >> 16));
    putU16(data, at + 2, quint16(value & 0xffff));
}

void appendU16(QByteArray& data, quint16 value) {
    data.append(char(value >> 8)).append(char(value & 0xff));
}

void appendU32(QByteArray& data, quint32 value) {
    appendU16(data, quint16(value >> 16));
    appendU16(data, quint16(value & 0xffff));
}

quint32 checksum(const QByteArray& data) {
    quint32 sum = 0;
    const qsizetype whole = data.size() / 4 * 4;
    for (qsizetype at = 0; at < whole; at += 4)
        sum += u32(data, at);
    if (whole < data.size()) {
        QByteArray tail = data.mid(whole);
        tail.append(QByteArray(4 - tail.size(), '\0'));
        sum += u32(tail, 0);
    }
    return sum;
}
} // namespace sfnt

std::optional<SfntTables> SfntTables::read(const QByteArray& font) {
    const quint32 version = sfnt::u32(font, 0);
    if (version != 0x00010000 && version != 0x74727565) // 1.0, 'true'
        return std::nullopt;
    SfntTables tables;
    tables.m_font = font;
    const int count = sfnt::u16(font, 4);
    if (12 + 16 * qsizetype(count) > font.size())
        return std::nullopt;
    for (int i = 0; i < count; ++i) {
        const qsizetype record = 12 + 16 * qsizetype(i);
        Entry entry{qsizetype(sfnt::u32(font, record + 8)), qsizetype(sfnt::u32(font, record + 12))};
        if (entry.offset > font.size() || entry.length > font.size() - entry.offset)
            return std::nullopt;
        tables.m_tables.insert(font.mid(record, 4), entry);
    }
    return tables;
}

QByteArray SfntTables::table(const char* tag) const {
    const auto it = m_tables.constFind(QByteArray(tag));
    return it == m_tables.cend() ? QByteArray() : m_font.mid(it->offset, it->length);
}

} // namespace vanban
