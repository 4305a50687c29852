#pragma once
// A dedicated thread with its own connection to the workspace (a Database belongs to the thread that opened it).
// Jobs run one after another on that thread; their results are delivered on the UI thread to a context object,
// like AsyncTask. The connection is opened with the first job and kept, because opening runs an integrity check.
//
//     worker.post(this, [text](Workspace& ws) { return SearchIndex::search(ws.database(), text, {}, 500); },
//                 [this](Result<SearchHits> hits) { … });

#include "AsyncTask.h"
#include "common/Result.h"
#include "workspace/Workspace.h"

#include <QObject>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace vanban::ui {

class WorkspaceWorker : public QObject {
    Q_OBJECT

public:
    explicit WorkspaceWorker(QString workspaceDir, QObject* parent = nullptr);
    // Finishes the running job, drops the queued ones and closes the connection on its own thread.
    ~WorkspaceWorker() override;

    const QString& workspaceDir() const { return m_dir; }

    // work(Workspace&) runs on the worker thread and returns a Result (or anything constructible from an Error,
    // which it gets when the workspace cannot be opened); done(result) runs on the UI thread.
    template <class Work, class Done> void post(QObject* context, Work work, Done done) {
        using R = std::invoke_result_t<Work&, Workspace&>;
        static_assert(std::is_constructible_v<R, Error>, "the work must return a Result");
        QPointer<QObject> guard(context);
        enqueue([guard, work = std::move(work), done = std::move(done)](Workspace* ws, const Error& openError) mutable {
            R result = ws ? work(*ws) : R(openError);
            AsyncTask::deliver(guard, [done, result = std::move(result)]() mutable { done(std::move(result)); });
        });
    }

private:
    using Job = std::function<void(Workspace*, const Error&)>;
    void enqueue(Job job);
    void loop();

    QString m_dir;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Job> m_jobs;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace vanban::ui
