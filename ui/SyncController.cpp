#include "SyncController.h"

#include "WorkspaceWorker.h"
#include "exchange/ExchangeInbox.h"
#include "exchange/ExchangeOutbox.h"
#include "exchange/ExchangeSettings.h"

#include <QTimer>

namespace vanban::ui {

namespace {

Status fillCounts(Workspace& ws, SyncState& state) {
    auto settings = ExchangeSettings::view(ws);
    if (!settings)
        return settings.error();
    state.configured = settings->has_value();
    auto pending = ExchangeInbox(ws).items(QStringLiteral("pending"));
    if (!pending)
        return pending.error();
    state.pendingInbox = int(pending->size());
    auto waiting = ExchangeOutbox(ws).items(true);
    if (!waiting)
        return waiting.error();
    state.waitingOutbox = int(waiting->size());
    state.known = true;
    return {};
}

// One round on the worker thread: the client is made, used and destroyed here.
void runOn(Workspace& ws, bool onDemand, SyncRound& round) {
    auto endpoint = ExchangeSettings::endpoint(ws);
    if (!endpoint) {
        round.error = endpoint.error().message;
        return;
    }
    auto client = ExchangeClient::create(endpoint.value());
    endpoint->secret.fill('\0');
    if (!client) {
        round.error = client.error().message;
        return;
    }
    auto report = SyncEngine(ws, *client.value()).runOnce(onDemand);
    if (!report) {
        round.error = report.error().message;
        return;
    }
    round.ran = true;
    round.report = report.value();
}

} // namespace

SyncController::SyncController(const QString& workspaceDir, QObject* parent)
    : QObject(parent)
    , m_worker(new WorkspaceWorker(workspaceDir, this))
    , m_timer(new QTimer(this)) {
    qRegisterMetaType<vanban::ui::SyncRound>();
    qRegisterMetaType<vanban::ui::SyncState>();
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (!m_running)
            runRound(false);
    });
}

SyncController::~SyncController() {
    shutdown();
    delete m_worker; // waits for a running round, then closes its connection on its thread
    m_worker = nullptr;
}

void SyncController::start(int intervalMs) {
    if (m_stopped)
        return;
    m_timer->start(intervalMs);
    if (!m_running)
        runRound(false);
}

void SyncController::shutdown() {
    m_stopped = true;
    m_again = false;
    m_timer->stop();
}

void SyncController::syncNow() {
    if (m_stopped)
        return;
    if (m_running) {
        m_again = true;
        return;
    }
    runRound(true);
}

void SyncController::refreshState() {
    if (m_stopped || !m_worker)
        return;
    m_worker->post(
        this,
        [](Workspace& ws) -> Result<Outcome> {
            Outcome out;
            if (Status s = fillCounts(ws, out.state); !s)
                return s.error();
            return out;
        },
        [this](Result<Outcome> out) {
            if (out)
                deliver(out.value(), false);
        });
}

void SyncController::runRound(bool onDemand) {
    m_running = true;
    emit roundStarted();
    m_worker->post(
        this,
        [onDemand](Workspace& ws) -> Result<Outcome> {
            Outcome out;
            auto settings = ExchangeSettings::view(ws);
            if (!settings)
                return settings.error();
            if (settings->has_value())
                runOn(ws, onDemand, out.round);
            out.round.finishedAt = QDateTime::currentDateTime();
            if (Status s = fillCounts(ws, out.state); !s && out.round.error.isEmpty())
                out.round.error = s.error().message;
            return out;
        },
        [this](Result<Outcome> out) {
            m_running = false;
            if (!out) {
                Outcome failed;
                failed.state = m_state;
                failed.round.finishedAt = QDateTime::currentDateTime();
                failed.round.error = out.error().message;
                deliver(failed, true);
            } else {
                deliver(out.value(), true);
            }
            if (m_again && !m_stopped) {
                m_again = false;
                runRound(true);
            }
        });
}

void SyncController::deliver(const Outcome& outcome, bool wasRound) {
    if (outcome.state.known)
        m_state = outcome.state;
    if (wasRound && (outcome.round.ran || !outcome.round.error.isEmpty())) {
        ++m_rounds;
        m_last = outcome.round;
        emit roundFinished(m_last);
    }
    emit stateChanged(m_state);
}

} // namespace vanban::ui
