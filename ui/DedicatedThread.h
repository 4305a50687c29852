#pragma once
// A thread of its own for blocking device and network waits (DESIGN.md pattern 4): a PKCS#11 token — whose session
// is used from one thread at a time and whose calls may take seconds — or an online revocation check. Never the
// global pool, never VanBan's CPU pool. Work runs in order, one job at a time; each result is delivered to a context
// object on the UI thread (AsyncTask::deliver: dropped if the context is gone). The destructor lets the queued work
// finish and joins the thread.
//
//     m_token.run(this, [state] { return state->login(); }, [this](Status s) { … });

#include "AsyncTask.h"

#include <QThread>
#include <atomic>
#include <functional>

namespace vanban::ui {

class DedicatedThread {
public:
    explicit DedicatedThread(const QString& name);
    ~DedicatedThread();
    DedicatedThread(const DedicatedThread&) = delete;
    DedicatedThread& operator=(const DedicatedThread&) = delete;

    // Runs work() on the thread, then done(result) on the UI thread unless context has been destroyed.
    template <class Work, class Done> void run(QObject* context, Work work, Done done) {
        using R = std::invoke_result_t<Work&>;
        static_assert(std::is_copy_constructible_v<R>, "wrap move-only results in a std::shared_ptr");
        QPointer<QObject> guard(context);
        post([guard, work = std::move(work), done = std::move(done)]() mutable {
            R result = work();
            AsyncTask::deliver(guard, [done, result = std::move(result)]() mutable { done(std::move(result)); });
        });
    }
    // Runs a function on the thread, without a result (e.g. to release token objects there).
    void post(std::function<void()> job);
    // Jobs queued or running.
    bool isBusy() const { return m_pending.load() > 0; }

private:
    QThread m_thread;
    QObject* m_receiver;
    std::atomic<int> m_pending{0};
};

} // namespace vanban::ui
