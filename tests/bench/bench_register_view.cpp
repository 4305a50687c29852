// Time until the register shows its first rows: open the workspace, build the register model the window uses,
// count, and fetch what a screen shows (40 rows × every column). Also a jump to the middle and to the end, and a
// sort by sender. Prints milliseconds (median of ROUNDS fresh runs), and the time of an open that runs quick_check.
// Usage: vanban-bench-register-view WORKSPACE_DIR [ROUNDS=5]
#include "IncomingRegisterModel.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <algorithm>
#include <cstdio>

using namespace vanban;

namespace {
void touchScreen(const QAbstractItemModel& model, int firstRow) {
    for (int r = firstRow; r < qMin(model.rowCount(), firstRow + 40); ++r)
        for (int c = 0; c < model.columnCount(); ++c)
            (void)model.data(model.index(r, c));
}
double median(QList<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}
} // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: vanban-bench-register-view WORKSPACE_DIR [ROUNDS]\n");
        return 1;
    }
    const int rounds = args.size() > 2 ? args[2].toInt() : 5;
    QList<double> first, middle, end, sorted;
    int rows = 0;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer t;
        t.start();
        auto ws = Workspace::open(args[1]);
        if (!ws) {
            std::fprintf(stderr, "%s\n", qPrintable(ws.error().message));
            return 2;
        }
        ui::IncomingRegisterModel model((*ws)->database());
        rows = model.rowCount();
        touchScreen(model, 0);
        first << t.nsecsElapsed() / 1e6;
        t.restart();
        touchScreen(model, rows / 2);
        middle << t.nsecsElapsed() / 1e6;
        t.restart();
        touchScreen(model, qMax(0, rows - 40));
        end << t.nsecsElapsed() / 1e6;
        t.restart();
        model.sort(ui::IncomingRegisterModel::SenderColumn, Qt::AscendingOrder);
        touchScreen(model, 0);
        sorted << t.nsecsElapsed() / 1e6;
    }
    // The first start of a day also runs quick_check (Database::IntegrityCheck::Periodic).
    QElapsedTimer checkTimer;
    checkTimer.start();
    auto checked = Workspace::open(args[1], Database::IntegrityCheck::Always);
    const double quickCheckMs = checkTimer.nsecsElapsed() / 1e6;
    if (!checked) {
        std::fprintf(stderr, "%s\n", qPrintable(checked.error().message));
        return 2;
    }
    std::printf("open_with_quick_check_ms=%.0f\n", quickCheckMs);
    std::printf("rows=%d first_rows_ms=%.1f jump_middle_ms=%.1f jump_end_ms=%.1f sort_by_sender_ms=%.1f\n", rows,
                median(first), median(middle), median(end), median(sorted));
    return 0;
}
