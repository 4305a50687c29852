#pragma once
// One round of exchange synchronisation: send what the outbox holds, receive document and status packages
// (stream → verify digest → parse → store → commit → acknowledge: PackageReceiver), and refresh the agency directory.
// Only one round runs at a time per workspace (a lock file), whether it is started by the window or by vanban-cli.

#include "common/Clock.h"
#include "common/Result.h"
#include "exchange/ExchangeClient.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>

namespace vanban {

struct SyncReport {
    int sent = 0;         // packages the exchange accepted
    int sendFailed = 0;   // refused for good
    int sendDeferred = 0; // will be retried later
    int received = 0;     // new document packages, now waiting for the clerk
    int statuses = 0;     // new status messages applied
    int duplicates = 0;   // packages delivered again and recognised
    int rejected = 0;     // packages acknowledged `fail` (cannot be processed)
    int acknowledged = 0;
    int organizations = 0; // directory rows added or changed
    int undeliverable = 0; // recipients whose system refused a package we sent
    int waiting = 0;       // outbox items still queued after the round
    QStringList problems;  // what went wrong this round, in the user's language
    bool complete() const { return problems.isEmpty(); }
};

class SyncEngine {
    Q_DECLARE_TR_FUNCTIONS(SyncEngine)

public:
    SyncEngine(Workspace& ws, ExchangeClient& client, const Clock& clock = Clock::system())
        : m_ws(ws)
        , m_client(client)
        , m_clock(clock) {}

    // One round. onDemand (the user asked: CLI `sync --once`, the window's “Đồng bộ”) also retries outbox items
    // whose back-off has not passed yet. Fails only when the round could not run at all (another round holds the
    // lock, the database failed); network problems are counted in the report and retried next round.
    Result<SyncReport> runOnce(bool onDemand);

private:
    void sendOutbox(bool onDemand, SyncReport& report);
    // Returns false when the exchange could not be reached (no point continuing this round).
    bool receive(const QString& messageType, SyncReport& report);
    void refreshDirectory(SyncReport& report);
    // Recipients whose system could not process our package (acknowledged `fail`) are marked failed.
    void trackDeliveries(SyncReport& report);

    Workspace& m_ws;
    ExchangeClient& m_client;
    const Clock& m_clock;
};

} // namespace vanban
