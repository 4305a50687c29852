// edXML throughput and memory: writes a package of about SIZE_MB (default 300) with one incompressible
// attachment, reads it back (attachment decoded to a file), and reads its header only. Prints wall time and the
// growth of peak resident memory (VmHWM, reset before each step through /proc/self/clear_refs) for each step.
// Usage: vanban-bench-edxml WORK_DIR [SIZE_MB=300]
#include "edxml/EdxmlReader.h"
#include "edxml/EdxmlWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QThread>
#include <cstdio>

using namespace vanban;
using namespace vanban::edxml;

namespace {
qint64 statusKb(const char* key) {
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith(key))
            return line.mid(qsizetype(qstrlen(key))).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

// Resets the peak to the current resident size; returns that size in kB.
qint64 resetPeak() {
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
    return statusKb("VmRSS:");
}

void report(const char* step, qint64 bytes, const QElapsedTimer& timer, qint64 rssBefore) {
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    std::printf("%-12s %8.1f MB %8.2f s %8.1f MB/s   peak RSS growth %6.1f MB\n", step, double(bytes) / (1 << 20),
                seconds, double(bytes) / (1 << 20) / seconds, double(statusKb("VmHWM:") - rssBefore) / 1024);
}
} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: vanban-bench-edxml WORK_DIR [SIZE_MB]\n");
        return 1;
    }
    const QDir work(args[1]);
    QDir().mkpath(work.path());
    const qint64 packageMb = args.size() > 2 ? args[2].toLongLong() : 300;
    const qint64 attachmentBytes = packageMb * (1 << 20) / 4 * 3; // base64 grows by 4/3

    const QString source = work.filePath(QStringLiteral("attachment.bin"));
    {
        QFile f(source);
        if (!f.open(QIODevice::WriteOnly))
            return 2;
        QRandomGenerator gen(1);
        QByteArray block(1 << 20, Qt::Uninitialized);
        for (qint64 left = attachmentBytes; left > 0; left -= block.size()) {
            gen.fillRange(reinterpret_cast<quint32*>(block.data()), block.size() / 4);
            f.write(block.constData(), qMin<qint64>(left, block.size()));
        }
    }
    EdocPackage p;
    p.from.organId = QStringLiteral("000.00.11.H53");
    p.to = {Organization{QStringLiteral("000.00.01.A53"), {}, QStringLiteral("Văn phòng Tỉnh ủy"), {}, {}, {}, {}, {}}};
    p.codeNumber = QStringLiteral("2491");
    p.codeNotation = QStringLiteral("STC-BCTC");
    p.promulgationDate = QDate(2024, 3, 5);
    p.documentId = EdocPackage::makeDocumentId(p.from.organId, p.promulgationDate, p.codeNumber, p.codeNotation);
    p.subject = QStringLiteral("Hồ sơ quyết toán (bản quét)");
    Attachment a;
    a.name = QStringLiteral("Hồ sơ quyết toán.pdf");
    a.contentType = QStringLiteral("application/pdf");
    a.filePath = source;
    p.attachments = {a};

    std::printf("cpu cores: %d\n", QThread::idealThreadCount());
    const QString package = work.filePath(QStringLiteral("large.edxml"));
    {
        QFile out(package);
        if (!out.open(QIODevice::WriteOnly))
            return 2;
        const qint64 rss = resetPeak();
        QElapsedTimer t;
        t.start();
        const Status s = EdxmlWriter::writeEdoc(p, out);
        out.flush();
        if (!s) {
            std::fprintf(stderr, "%s\n", qPrintable(s.error().message));
            return 3;
        }
        report("write", QFileInfo(package).size(), t, rss);
    }
    {
        QFile in(package);
        if (!in.open(QIODevice::ReadOnly))
            return 2;
        const QString out = work.filePath(QStringLiteral("read"));
        QDir(out).removeRecursively();
        const qint64 rss = resetPeak();
        QElapsedTimer t;
        t.start();
        const auto r = EdxmlReader::read(in, out);
        if (!r) {
            std::fprintf(stderr, "%s\n", qPrintable(r.error().message));
            return 3;
        }
        report("read", in.size(), t, rss);
        const Attachment& got = std::get<EdocPackage>(*r).attachments.value(0);
        std::printf("attachment: %lld bytes, sha256 %s\n", got.size, qPrintable(got.sha256));
        QDir(out).removeRecursively();
    }
    {
        QFile in(package);
        if (!in.open(QIODevice::ReadOnly))
            return 2;
        const qint64 rss = resetPeak();
        QElapsedTimer t;
        t.start();
        const auto r = EdxmlReader::readHeaderOnly(in);
        if (!r)
            return 3;
        report("header only", in.pos(), t, rss);
    }
    QFile::remove(package);
    QFile::remove(source);
    return 0;
}
