#pragma once
// The one async helper of the window (DESIGN.md pattern 4): runs blocking work on VanBan's own thread pool —
// never the global one — and delivers the result on the UI thread to a context object. If the context object
// is destroyed before the work finishes, the result is dropped.
//
//     AsyncTask::run(this, [path] { return renderPage(path); }, [this](Result<QImage> image) { show(image); });
//
// Work that needs the workspace database goes to a WorkspaceWorker instead (a connection belongs to its thread).

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>
#include <functional>
#include <memory>
#include <type_traits>

namespace vanban::ui {

class AsyncTask {
public:
    // VanBan's pool for CPU work (PDF rendering, file export). Created on first use.
    static QThreadPool* pool();
    // Waits for all pool work; main() calls it before the application object is destroyed.
    static void waitForAll();

    // Calls deliver() on the UI thread later, unless context has been destroyed by then. Safe from any thread.
    static void deliver(const QPointer<QObject>& context, std::function<void()> deliver);

    template <class Work, class Done> static void run(QObject* context, Work work, Done done) {
        using R = std::invoke_result_t<Work&>;
        static_assert(std::is_copy_constructible_v<R>, "wrap move-only results in a std::shared_ptr");
        QPointer<QObject> guard(context);
        pool()->start([guard, work = std::move(work), done = std::move(done)]() mutable {
            R result = work();
            deliver(guard, [done, result = std::move(result)]() mutable { done(std::move(result)); });
        });
    }
};

} // namespace vanban::ui
