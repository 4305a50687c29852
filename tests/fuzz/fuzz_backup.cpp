// libFuzzer target: a backup file is untrusted input (it may come from anywhere); its reader must refuse any
// malformed bytes with an error, never crash, never read out of bounds or allocate without limit.
#include "maintenance/Backup.h"

#include <QBuffer>
#include <QCoreApplication>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static int argc = 1;
    static char name[] = "fuzz_backup";
    static char* argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    auto result = vanban::Backup::verify(buffer, QStringLiteral("fuzz"));
    if (!result.ok() && result.error().message.isEmpty())
        __builtin_trap(); // every refusal must say why
    return 0;
}
