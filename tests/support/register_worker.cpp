// Test helper: registers COUNT incoming documents into a workspace, one transaction each, as fast as it can.
// Used by the concurrency test to run two processes against the same workspace at the same moment.
// Usage: vanban-test-register WORKSPACE LOGIN PASSWORD COUNT TAG
#include "auth/UserDirectory.h"
#include "registry/IncomingRegistry.h"
#include "support/Drafts.h"

#include <QCoreApplication>
#include <cstdio>

using namespace vanban;

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 6) {
        std::fprintf(stderr, "usage: vanban-test-register WORKSPACE LOGIN PASSWORD COUNT TAG\n");
        return 1;
    }
    auto ws = Workspace::open(args[1]);
    if (!ws) {
        std::fprintf(stderr, "%s\n", qPrintable(ws.error().message));
        return 2;
    }
    auto user = UserDirectory((*ws)->database()).authenticate(args[2], args[3].toUtf8());
    if (!user) {
        std::fprintf(stderr, "%s\n", qPrintable(user.error().message));
        return 4;
    }
    IncomingRegistry registry(**ws);
    const int count = args[4].toInt();
    std::printf("ready\n");
    std::fflush(stdout);
    // Wait for the go signal on stdin so both processes start together.
    char go[8];
    if (!std::fgets(go, sizeof go, stdin))
        return 1;
    for (int i = 1; i <= count; ++i) {
        auto r = registry.registerDocument(*user, test::draft(QStringLiteral("%1/%2-UBND").arg(i).arg(args[5])));
        if (!r) {
            std::fprintf(stderr, "document %d: %s\n", i, qPrintable(r.error().message));
            return 3;
        }
    }
    return 0;
}
