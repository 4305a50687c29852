#include "WorkspaceWorker.h"

namespace vanban::ui {

WorkspaceWorker::WorkspaceWorker(QString workspaceDir, QObject* parent)
    : QObject(parent)
    , m_dir(std::move(workspaceDir)) {
    m_thread = std::thread([this] { loop(); });
}

WorkspaceWorker::~WorkspaceWorker() {
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
        m_jobs.clear();
    }
    m_wake.notify_all();
    m_thread.join();
}

void WorkspaceWorker::enqueue(Job job) {
    {
        std::lock_guard lock(m_mutex);
        m_jobs.push_back(std::move(job));
    }
    m_wake.notify_one();
}

void WorkspaceWorker::loop() {
    std::unique_ptr<Workspace> workspace; // opened, used and closed on this thread only
    for (;;) {
        Job job;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_jobs.empty(); });
            if (m_stopping)
                break;
            job = std::move(m_jobs.front());
            m_jobs.pop_front();
        }
        Error openError;
        if (!workspace) {
            auto opened = Workspace::open(m_dir, Database::IntegrityCheck::Skip); // the window checked it at start
            if (opened)
                workspace = std::move(opened).value();
            else
                openError = opened.error();
        }
        job(workspace.get(), openError);
    }
    workspace.reset();
}

} // namespace vanban::ui
