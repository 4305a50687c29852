// Search latency over a fixed query set (each query run several times, results fetched as the window does:
// the total and the first 50 ids, then those documents). Prints p50/p95/max in milliseconds.
// Usage: vanban-bench-search WORKSPACE_DIR [ROUNDS=5]
#include "documents/DocumentRepository.h"
#include "search/SearchIndex.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <algorithm>
#include <cstdio>

using namespace vanban;

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: vanban-bench-search WORKSPACE_DIR [ROUNDS]\n");
        return 1;
    }
    const int rounds = args.size() > 2 ? args[2].toInt() : 5;
    auto ws = Workspace::open(args[1]);
    if (!ws) {
        std::fprintf(stderr, "%s\n", qPrintable(ws.error().message));
        return 2;
    }
    Database& db = (*ws)->database();
    // Rare and common words, with and without diacritics, số/ký hiệu, senders, several words, prefixes.
    const QStringList queries = {
        QStringLiteral("dong y"),
        QStringLiteral("Quyết định"),
        QStringLiteral("QUYET DINH phe duyet"),
        QStringLiteral("bão"),
        QStringLiteral("chuyen doi so"),
        QStringLiteral("Sở Tài chính"),
        QStringLiteral("123/QĐ-UBND"),
        QStringLiteral("nam dan"),
        QStringLiteral("ho ngheo"),
        QStringLiteral("giai ngan von dau tu cong"),
        QStringLiteral("thuong tan loc"),
        QStringLiteral("Nguyễn Văn Hùng"),
        QStringLiteral("kế hoạch"),
        QStringLiteral("giay moi hoi nghi"),
        QStringLiteral("dang ky"),
        QStringLiteral("v/v"),
        QStringLiteral("khanh son nha van hoa"),
        QStringLiteral("STC"),
        QStringLiteral("tet trong cay"),
        QStringLiteral("an ninh trat tu thang"),
    };
    DocumentRepository repo(db);
    QList<double> all;
    std::printf("%-28s %10s %9s %9s\n", "query", "hits", "p50 ms", "max ms");
    for (const QString& q : queries) {
        QList<double> times;
        qint64 total = 0;
        for (int r = 0; r < rounds; ++r) {
            QElapsedTimer t;
            t.start();
            auto hits = SearchIndex::search(db, q, {}, 50);
            if (!hits) {
                std::fprintf(stderr, "%s: %s\n", qPrintable(q), qPrintable(hits.error().message));
                return 3;
            }
            auto docs = repo.getMany(hits->ids);
            total = hits->total;
            times << t.nsecsElapsed() / 1e6;
        }
        std::sort(times.begin(), times.end());
        all += times;
        std::printf("%-28s %10lld %9.1f %9.1f\n", qPrintable(q.left(28)), total, times[times.size() / 2], times.last());
    }
    std::sort(all.begin(), all.end());
    auto pct = [&](double p) { return all[qMin<qsizetype>(all.size() - 1, qsizetype(p * all.size()))]; };
    std::printf("queries=%lld p50_ms=%.1f p95_ms=%.1f max_ms=%.1f\n", qlonglong(all.size()), pct(0.5), pct(0.95),
                all.last());
    return 0;
}
