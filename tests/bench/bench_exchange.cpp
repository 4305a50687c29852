// Exchange throughput and memory (docs/PERFORMANCE.md):
//   1. N packages of ~1 MB delivered by vanban-hub to a workspace through the real sync engine, against raw
//      loopback fetches of the same bytes by curl (downloadEdoc, one connection): to /dev/null (transfer) and to one
//      file per package (copy);
//   2. one large package (~300 MB of edXML): peak resident memory growth while it is received.
// Usage: vanban-bench-exchange [N=1000] [LARGE_MB=300]
#include "support/HubProcess.h"
#include "support/TempWorkspace.h"

#include "edxml/EdxmlWriter.h"
#include "exchange/ExchangeSettings.h"
#include "exchange/PackageReceiver.h"
#include "exchange/SyncEngine.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace vanban;
using namespace vanban::test;

namespace {

qint64 vmHwmKb() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

void resetHwm() {
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5"); // resets VmHWM to the current RSS (Linux ≥ 4.0)
}

void fail(const QString& what) {
    std::fprintf(stderr, "bench_exchange: %s\n", qPrintable(what));
    std::exit(1);
}

// A file of `bytes` pseudo-random bytes (incompressible, like a scanned PDF).
QString randomFile(const QString& path, qint64 bytes, quint32 seed) {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        fail(f.errorString());
    QRandomGenerator random(seed);
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    for (qint64 left = bytes; left > 0; left -= chunk.size()) {
        random.fillRange(reinterpret_cast<quint32*>(chunk.data()), chunk.size() / 4);
        f.write(chunk.constData(), std::min<qint64>(left, chunk.size()));
    }
    return path;
}

// Writes an edoc package from unit `from` to unit `to` with one attachment.
QString writePackage(const QString& path, const HubUnitInfo& from, const HubUnitInfo& to, int n,
                     const QString& attachment) {
    edxml::EdocPackage p;
    p.from.organId = from.organId;
    p.from.organName = from.name;
    edxml::Organization t;
    t.organId = to.organId;
    t.organName = to.name;
    p.to << t;
    p.codeNumber = QString::number(n);
    p.codeNotation = QStringLiteral("UBND-VP");
    p.promulgationDate = QDate(2026, 11, 23);
    p.documentId = edxml::EdocPackage::makeDocumentId(from.organId, p.promulgationDate, p.codeNumber, p.codeNotation);
    p.typeName = QStringLiteral("Công văn");
    p.subject = QStringLiteral("Văn bản đo hiệu năng số %1").arg(n);
    p.business.documentId = p.documentId;
    edxml::Attachment a;
    a.contentId = QStringLiteral("att%1").arg(n);
    a.name = QStringLiteral("scan-%1.pdf").arg(n);
    a.contentType = QStringLiteral("application/pdf");
    a.filePath = attachment;
    p.attachments << a;
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        fail(out.errorString());
    if (Status s = edxml::EdxmlWriter::writeEdoc(p, out); !s)
        fail(s.error().message);
    if (!out.commit())
        fail(out.errorString());
    return path;
}

std::unique_ptr<ExchangeClient> clientFor(const HubProcess& hub, int unit) {
    auto c = ExchangeClient::create(
        ExchangeEndpoint{hub.baseUrl(), hub.unit(unit).systemId, hub.unit(unit).secret.toUtf8(), {}});
    if (!c)
        fail(c.error().message);
    return std::move(c).value();
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    qputenv("VANBAN_SECRET_STORE", "encrypted");
    QTemporaryDir work;
    qputenv("VANBAN_SECRET_KEY_FILE", work.filePath(QStringLiteral("secret.key")).toUtf8());
    const int count = argc > 1 ? std::atoi(argv[1]) : 1000;
    const int largeMb = argc > 2 ? std::atoi(argv[2]) : 300;

    HubProcess hub({.units = 2});
    hub.start({QStringLiteral("--max-package-mib"), QString::number(std::max(200, largeMb + 20))});
    auto sender = clientFor(hub, 0);

    // 1. Many 1 MB packages, each with its own attachment (no two alike, as in real life).
    qint64 totalBytes = 0;
    for (int i = 1; i <= count; ++i) {
        const QString attachment = randomFile(work.filePath(QStringLiteral("one-mb.bin")), 750 * 1024, quint32(i));
        const QString path =
            writePackage(work.filePath(QStringLiteral("p.edxml")), hub.unit(0), hub.unit(1), i, attachment);
        totalBytes += QFileInfo(path).size();
        if (!sender->sendPackage(QStringLiteral("edoc"), path, QStringLiteral("bench-%1").arg(i)))
            fail(QStringLiteral("send %1 failed").arg(i));
    }
    auto receiver = clientFor(hub, 1);
    auto pending = receiver->pendingPackages(QStringLiteral("edoc"));
    if (!pending || pending->size() != count)
        fail(QStringLiteral("the hub does not list %1 packages").arg(count));

    // Raw: curl fetches the same bytes over one keep-alive connection, to /dev/null and then to one file per
    // package in a folder on the workspace's file system (a plain copy: no digest, no parsing, no sync).
    int copyRun = 0;
    const auto curlSeconds = [&](bool toFiles) {
        // Each copy into a folder of its own, kept until the end: deleting thousands of files would slow every file
        // created after them (ext4 without a journal skips inodes deleted in the last minutes, one by one).
        const QString copies = work.filePath(QStringLiteral("raw-copies-%1").arg(++copyRun));
        QDir().mkpath(copies);
        QFile config(work.filePath(QStringLiteral("curl.cfg")));
        if (!config.open(QIODevice::WriteOnly))
            fail(config.errorString());
        config.write("silent\nheader = \"X-SystemId: " + hub.unit(1).systemId.toUtf8() +
                     "\"\nheader = \"X-SecretKey: " + hub.unit(1).secret.toUtf8() + "\"\n");
        int n = 0;
        for (const ReceivedItem& item : pending.value()) {
            const QByteArray output = toFiles ? (copies + QStringLiteral("/%1.edxml").arg(++n)).toUtf8() : "/dev/null";
            config.write("url = \"" + hub.baseUrl().toString().toUtf8() +
                         "v1/downloadEdoc?docId=" + item.docId.toUtf8() + "\"\noutput = \"" + output + "\"\n");
        }
        config.close();
        QElapsedTimer raw;
        raw.start();
        if (QProcess::execute(QStringLiteral("curl"), {QStringLiteral("--config"), config.fileName()}) != 0)
            fail(QStringLiteral("curl failed"));
        return double(raw.nsecsElapsed()) / 1e9;
    };
    // This VM backs memory that the guest has not used lately lazily: writing a page that is new to the page cache
    // costs about ten times more than writing one freed a moment ago (docs/PERFORMANCE.md). So that the copy and
    // VanBan meet the same conditions, every timed step starts right after 3 GiB were written to one file and the
    // file deleted (the step writes into the pages it freed), and each curl baseline is timed three times (median).
    const QString warmFile = work.filePath(QStringLiteral("warm-up.bin"));
    const auto warmUp = [&] {
        QFile f(warmFile);
        if (!f.open(QIODevice::WriteOnly))
            fail(f.errorString());
        const QByteArray chunk(8 << 20, '\x5a');
        for (int i = 0; i < 3 * 128; ++i)
            f.write(chunk);
        f.close();
        QFile::remove(warmFile);
    };
    const auto median3 = [&](bool toFiles) {
        QList<double> times;
        for (int run = 0; run < 3; ++run) {
            warmUp();
            times << curlSeconds(toFiles);
        }
        std::sort(times.begin(), times.end());
        return times[1];
    };
    const double rawSeconds = median3(false);
    const double copySeconds = median3(true);

    TempWorkspace b(AgencyProfile{hub.unit(1).organId, hub.unit(1).name});
    if (Status s = ExchangeSettings::configure(
            b.ws(), b.admin(), ExchangeEndpoint{hub.baseUrl(), hub.unit(1).systemId, hub.unit(1).secret.toUtf8(), {}});
        !s)
        fail(s.error().message);
    auto bClient = clientFor(hub, 1);
    const qint64 hwmBefore = vmHwmKb();
    warmUp();
    std::fprintf(stderr, "receiving %d packages\n", count); // a mark for a profiler started from outside
    // Receiving: list, then download, verify, parse, store, commit and acknowledge every package (PackageReceiver,
    // as a sync round does it); then the rest of a round, mostly sending status 01 back for each document.
    QElapsedTimer timer;
    timer.start();
    SyncReport received;
    auto listed = bClient->pendingPackages(QStringLiteral("edoc"));
    if (!listed || !PackageReceiver(b.ws(), *bClient, Clock::system(), received).receive(listed.value()) ||
        received.received != count)
        fail(QStringLiteral("received %1 of %2: %3")
                 .arg(received.received)
                 .arg(count)
                 .arg(received.problems.join(QStringLiteral("; "))));
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    timer.restart();
    auto report = SyncEngine(b.ws(), *bClient).runOnce(true);
    const double statusSeconds = double(timer.nsecsElapsed()) / 1e9;
    if (!report || report->sent != count)
        fail(QStringLiteral("sent %1 status messages of %2").arg(report ? report->sent : -1).arg(count));
    const double mib = double(totalBytes) / (1 << 20);
    std::printf("packages: %d, %.1f MiB of edXML\n", count, mib);
    std::printf("raw loopback transfer (curl to /dev/null, median of 3): %.2f s, %.1f MiB/s\n", rawSeconds,
                mib / rawSeconds);
    std::printf("raw loopback copy (curl to one file per package, median of 3): %.2f s, %.1f MiB/s\n", copySeconds,
                mib / copySeconds);
    std::printf("VanBan receiving (download, verify, parse, store, commit, acknowledge): %.2f s, %.1f MiB/s "
                "(%.0f %% of the transfer, %.0f %% of the copy)\n",
                seconds, mib / seconds, 100.0 * rawSeconds / seconds, 100.0 * copySeconds / seconds);
    std::printf("then sending %d status 01 messages back (rest of the round): %.2f s\n", count, statusSeconds);
    std::printf("peak resident memory of the process: %lld MiB (before the round: %lld MiB)\n", vmHwmKb() / 1024,
                hwmBefore / 1024);

    // 2. One large package.
    if (largeMb > 0) {
        const qint64 attachmentBytes = qint64(largeMb) * 1024 * 1024 * 3 / 4; // base64 grows it by 4/3
        const QString big = randomFile(work.filePath(QStringLiteral("big.bin")), attachmentBytes, 11);
        const QString path =
            writePackage(work.filePath(QStringLiteral("big.edxml")), hub.unit(0), hub.unit(1), count + 1, big);
        QFile::remove(big);
        if (!sender->sendPackage(QStringLiteral("edoc"), path, QStringLiteral("bench-big")))
            fail(QStringLiteral("sending the large package failed"));
        const qint64 packageBytes = QFileInfo(path).size();
        QFile::remove(path);
        resetHwm();
        const qint64 rssBefore = vmHwmKb();
        timer.restart();
        auto big2 = SyncEngine(b.ws(), *bClient).runOnce(true);
        const double bigSeconds = double(timer.nsecsElapsed()) / 1e9;
        if (!big2 || big2->received != 1)
            fail(QStringLiteral("the large package was not received"));
        std::printf("large package: %.0f MiB of edXML received in %.1f s; peak resident memory growth %lld MiB\n",
                    double(packageBytes) / (1 << 20), bigSeconds, (vmHwmKb() - rssBefore) / 1024);
    }
    hub.stop();
    return 0;
}
