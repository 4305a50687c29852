#pragma once
// The table directory of a TrueType (sfnt) font file, and bounds-checked big-endian reads: the part of the
// OpenType format that TrueTypeFont and TrueTypeSubsetter share. A table that does not lie inside the file makes the
// whole file unreadable; a read past the end of a table gives 0.

#include <QByteArray>
#include <QMap>
#include <optional>

namespace vanban {

namespace sfnt {
quint16 u16(const QByteArray& data, qsizetype at);
qint16 s16(const QByteArray& data, qsizetype at);
quint32 u32(const QByteArray& data, qsizetype at);
void putU16(QByteArray& data, qsizetype at, quint16 value);
void putU32(QByteArray& data, qsizetype at, quint32 value);
void appendU16(QByteArray& data, quint16 value);
void appendU32(QByteArray& data, quint32 value);
// The OpenType table checksum: the sum of the big-endian 32-bit words, the last one padded with zeros.
quint32 checksum(const QByteArray& data);
} // namespace sfnt

class SfntTables {
public:
    // nullopt when `font` is not a TrueType-outline sfnt (version 1.0 or 'true') or a table lies outside it.
    static std::optional<SfntTables> read(const QByteArray& font);

    bool contains(const char* tag) const { return m_tables.contains(QByteArray(tag)); }
    // A copy of the table's bytes; empty when the font has none.
    QByteArray table(const char* tag) const;
    QList<QByteArray> tags() const { return m_tables.keys(); }

private:
    struct Entry {
        qsizetype offset = 0;
        qsizetype length = 0;
    };
    QByteArray m_font;
    QMap<QByteArray, Entry> m_tables;
};

} // namespace vanban
