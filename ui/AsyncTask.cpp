#include "AsyncTask.h"

#include <QThread>

namespace vanban::ui {

QThreadPool* AsyncTask::pool() {
    // Intentionally leaked: worker threads may still finish after QApplication is gone (waitForAll() prevents it
    // in main()); a static object would be destroyed in an unknown order.
    static QThreadPool* const instance = [] {
        auto* p = new QThreadPool;
        p->setObjectName(QStringLiteral("VanBanWorkers"));
        p->setMaxThreadCount(qBound(2, QThread::idealThreadCount(), 4));
        return p;
    }();
    return instance;
}

void AsyncTask::waitForAll() {
    pool()->waitForDone();
}

void AsyncTask::deliver(const QPointer<QObject>& context, std::function<void()> deliver) {
    QCoreApplication* app = QCoreApplication::instance();
    if (!app)
        return;
    // Queued to the application object (which lives on the UI thread and outlives every window); the guard is
    // checked there, on the thread that destroys the context object, so there is no race.
    QMetaObject::invokeMethod(
        app,
        [context, deliver = std::move(deliver)] {
            if (context)
                deliver();
        },
        Qt::QueuedConnection);
}

} // namespace vanban::ui
