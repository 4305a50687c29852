// Fills a workspace with N realistic incoming documents through the bulk path (IncomingRegistry::registerBatch)
// and reports the registration rate.
// Usage: vanban-bench-generate WORKSPACE_DIR [N=100000] [BATCH=5000]
#include "auth/UserDirectory.h"
#include "demo/SampleDocuments.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <cstdio>

using namespace vanban;

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: vanban-bench-generate WORKSPACE_DIR [N] [BATCH]\n");
        return 1;
    }
    const QString dir = args[1];
    const qint64 n = args.size() > 2 ? args[2].toLongLong() : 100000;
    const int batch = args.size() > 3 ? args[3].toInt() : 5000;
    std::unique_ptr<Workspace> ws;
    if (Workspace::exists(dir)) {
        auto opened = Workspace::open(dir);
        if (!opened) {
            std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
            return 2;
        }
        ws = std::move(opened).value();
    } else {
        auto created = Workspace::create(
            dir, AgencyProfile{QStringLiteral("000.00.12.H41"), QStringLiteral("UBND huyện Nam Đàn")},
            NewUser{QStringLiteral("admin"), QStringLiteral("Quản trị"), Role::Admin, {}}, "bench-admin");
        if (!created) {
            std::fprintf(stderr, "%s\n", qPrintable(created.error().message));
            return 2;
        }
        ws = std::move(created).value();
    }
    auto admin = UserDirectory(ws->database()).find(QStringLiteral("admin"));
    if (!admin) {
        std::fprintf(stderr, "%s\n", qPrintable(admin.error().message));
        return 2;
    }
    QElapsedTimer timer;
    timer.start();
    qint64 lastReport = 0;
    auto filled = SampleDocuments::fill(*ws, *admin, n, QDateTime::currentDateTime(), batch, [&](qint64 done) {
        if (done - lastReport >= 100000 || done == n) {
            std::fprintf(stderr, "  %lld documents, %.0f/s\n", done, done * 1000.0 / qMax<qint64>(1, timer.elapsed()));
            lastReport = done;
        }
    });
    if (!filled) {
        std::fprintf(stderr, "%s\n", qPrintable(filled.error().message));
        return 3;
    }
    const double seconds = timer.elapsed() / 1000.0;
    ws.reset();
    qint64 bytes = 0;
    for (const QFileInfo& f : QDir(dir).entryInfoList({QStringLiteral("vanban.db*")}, QDir::Files))
        bytes += f.size();
    std::printf("documents=%lld seconds=%.2f rate_per_s=%.0f db_bytes=%lld bytes_per_100k=%.0f\n", *filled, seconds,
                *filled / seconds, bytes, bytes * 100000.0 / *filled);
    return 0;
}
