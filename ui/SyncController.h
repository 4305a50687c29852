#pragma once
// Exchange synchronisation in the background: SyncEngine::runOnce on a thread of its own, with its own connection
// to the workspace and its own ExchangeClient (made for each round on that thread, so its QNetworkAccessManager
// lives and dies there). Rounds run every few minutes (respecting each package's back-off) and on demand (also
// retrying what waits for its back-off); never two at once: asking during a round runs one more after it. The
// window's thread only gets the results. shutdown() (window closing) stops the rounds; the destructor waits for a
// round still running.

#include "exchange/SyncEngine.h"

#include <QDateTime>
#include <QObject>

class QTimer;

namespace vanban::ui {

class WorkspaceWorker;

// What the window shows about the exchange.
struct SyncState {
    bool known = false;      // the first answer has arrived
    bool configured = false; // ExchangeSettings holds a configuration
    int pendingInbox = 0;    // received packages waiting for the clerk
    int waitingOutbox = 0;   // packages waiting to be sent
};

struct SyncRound {
    QDateTime finishedAt;
    bool ran = false;  // false: the round could not run at all (see error), or the exchange is not configured
    QString error;     // why the round could not run
    SyncReport report; // when ran
    bool hasProblems() const { return !error.isEmpty() || !report.problems.isEmpty(); }
};

class SyncController : public QObject {
    Q_OBJECT

public:
    static constexpr int kDefaultIntervalMs = 3 * 60 * 1000;

    explicit SyncController(const QString& workspaceDir, QObject* parent = nullptr);
    ~SyncController() override;

    // Periodic rounds (onDemand = false); the first one starts now.
    void start(int intervalMs = kDefaultIntervalMs);
    // No more rounds (a running one finishes; its result is still delivered while this object lives).
    void shutdown();

    bool isRunning() const { return m_running; }
    bool hasRun() const { return m_rounds > 0; }
    int roundsFinished() const { return m_rounds; }
    const SyncRound& lastRound() const { return m_last; }
    const SyncState& state() const { return m_state; }

public slots:
    // A round now, retrying what waits for its back-off (the “Synchronise” action).
    void syncNow();
    // Reads the counts and whether the exchange is configured again, without the network (after an accept,
    // a return, a document queued, the settings changed).
    void refreshState();

signals:
    void roundStarted();
    void roundFinished(const vanban::ui::SyncRound& round);
    void stateChanged(const vanban::ui::SyncState& state);

private:
    struct Outcome {
        SyncState state;
        SyncRound round;
    };
    void runRound(bool onDemand);
    void deliver(const Outcome& outcome, bool wasRound);

    WorkspaceWorker* m_worker;
    QTimer* m_timer;
    bool m_running = false;
    bool m_again = false;
    bool m_stopped = false;
    int m_rounds = 0;
    SyncRound m_last;
    SyncState m_state;
};

} // namespace vanban::ui
