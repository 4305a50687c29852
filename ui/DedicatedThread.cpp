#include "DedicatedThread.h"

namespace vanban::ui {

DedicatedThread::DedicatedThread(const QString& name)
    : m_receiver(new QObject) {
    m_thread.setObjectName(name);
    m_receiver->moveToThread(&m_thread);
    m_thread.start();
}

DedicatedThread::~DedicatedThread() {
    // Queued after every job, so the jobs already posted still run (e.g. closing a token session) before it stops.
    QMetaObject::invokeMethod(
        m_receiver, [] { QThread::currentThread()->quit(); }, Qt::QueuedConnection);
    m_thread.wait();
    delete m_receiver;
}

void DedicatedThread::post(std::function<void()> job) {
    ++m_pending;
    QMetaObject::invokeMethod(
        m_receiver,
        [this, job = std::move(job)] {
            job();
            --m_pending;
        },
        Qt::QueuedConnection);
}

} // namespace vanban::ui
