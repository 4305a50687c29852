// Test helper: registers COUNT incoming documents (or, with "outgoing", issues COUNT outgoing numbers with the
// notation TAG-UBND) into a workspace, one transaction each, as fast as it can. Used by the concurrency test to
// run two processes against the same workspace at the same moment.
// Usage: vanban-test-register WORKSPACE LOGIN PASSWORD COUNT TAG [outgoing]
#include "auth/UserDirectory.h"
#include "registry/IncomingRegistry.h"
#include "support/Drafts.h"

#include <QCoreApplication>
#include <cstdio>

using namespace vanban;

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 6 && !(args.size() == 7 && args[6] == QLatin1String("outgoing"))) {
        std::fprintf(stderr, "usage: vanban-test-register WORKSPACE LOGIN PASSWORD COUNT TAG [outgoing]\n");
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
    const bool outgoing = args.size() == 7;
    IncomingRegistry registry(**ws);
    OutgoingRegistry outgoingRegistry(**ws);
    const int count = args[4].toInt();
    std::printf("ready\n");
    std::fflush(stdout);
    // Wait for the go signal on stdin so both processes start together.
    char go[8];
    if (!std::fgets(go, sizeof go, stdin))
        return 1;
    for (int i = 1; i <= count; ++i) {
        Status done;
        if (outgoing) {
            auto r = outgoingRegistry.issue(*user, test::outgoingDraft(args[5] + QStringLiteral("-UBND")));
            if (!r)
                done = r.error();
        } else {
            auto r = registry.registerDocument(*user, test::draft(QStringLiteral("%1/%2-UBND").arg(i).arg(args[5])));
            if (!r)
                done = r.error();
        }
        if (!done) {
            std::fprintf(stderr, "document %d: %s\n", i, qPrintable(done.error().message));
            return 3;
        }
    }
    return 0;
}
