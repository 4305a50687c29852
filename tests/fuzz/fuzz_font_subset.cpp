// libFuzzer target for the TrueType subsetter (core/signing/TrueTypeSubsetter) and the table reader it shares with
// TrueTypeFont: the first four bytes are two glyph ids to keep (big-endian), the rest is the font file.
#include "signing/SfntTables.h"
#include "signing/TrueTypeSubsetter.h"

#include <cstdint>

using namespace vanban;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size < 4)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    QMap<quint16, char32_t> used{{sfnt::u16(bytes, 0), U'A'}, {sfnt::u16(bytes, 2), U'ệ'}};
    auto subset = TrueTypeSubsetter::subset(bytes.mid(4), used);
    if (subset) // what the subsetter writes, it must read back
        (void)TrueTypeSubsetter::subset(subset->font, used);
    return 0;
}
