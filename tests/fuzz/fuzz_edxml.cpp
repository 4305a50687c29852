// libFuzzer target: an edXML package comes from another agency through the trục; its reader must refuse any
// malformed bytes with an error that says why, never crash, never read out of bounds, never allocate or write
// without limit, and leave nothing in the attachment folder when it refuses.
#include "edxml/EdxmlReader.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static int argc = 1;
    static char name[] = "fuzz_edxml";
    static char* argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    static QTemporaryDir dir;
    static const vanban::edxml::ReadLimits limits = [] {
        vanban::edxml::ReadLimits l;
        l.maxAttachmentBytes = 4 << 20; // zip bombs stop here
        l.maxTotalBytes = 8 << 20;
        return l;
    }();
    QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    const auto result = vanban::edxml::EdxmlReader::read(buffer, dir.path(), limits);
    const QDir folder(dir.path());
    const QStringList left = folder.entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    if (!result.ok()) {
        if (result.error().message.isEmpty() || !left.isEmpty())
            __builtin_trap(); // every refusal says why and cleans up
    } else {
        for (const QString& f : left)
            QFile::remove(folder.filePath(f));
    }
    buffer.seek(0);
    const auto header = vanban::edxml::EdxmlReader::readHeaderOnly(buffer, limits);
    if (!header.ok() && header.error().message.isEmpty())
        __builtin_trap();
    return 0;
}
