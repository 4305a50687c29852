#pragma once
// Threads for work that runs next to a busy caller (a digest next to a copy, a parse next to a download).
//
// Why not plain std::thread / std::async: on Linux's EEVDF scheduler (6.6 and later) a thread that is created or
// woken while its creator stays busy is put on the creator's core most of the time and waits there until the creator
// yields: measured 2.0-2.4 ms median start and wake-up latency on a 2-core machine, 75-88 % of the threads on the
// creator's core (docs/PERFORMANCE.md). A helper that starts 2 ms late has nothing left to overlap with. So a helper
// thread is kept off the core its creator runs on when it is started (all the process's other cores are allowed);
// with one core, or elsewhere than Linux, it is a plain thread.

#include <memory>
#include <optional>
#include <thread>
#include <utility>

namespace vanban {

// Starts `work` on a new thread that may run on any of the process's cores except the one the caller is on now.
template <typename Work> std::thread startHelperThread(Work&& work);

// Keeps a started thread off the caller's current core (when the process has more than one). Returns whether it did.
bool keepOffCallersCore(std::thread& thread);

template <typename Work> std::thread startHelperThread(Work&& work) {
    std::thread thread(std::forward<Work>(work));
    keepOffCallersCore(thread);
    return thread;
}

// The result of `work` computed on a helper thread: like the std::future of std::async (get() waits for it, the
// destructor waits too), on a thread started by startHelperThread. The work returns its errors as values: an
// exception escaping it ends the program (std::async would carry it to get()).
template <typename T> class HelperTask {
public:
    HelperTask() = default;
    template <typename Work>
    explicit HelperTask(Work&& work)
        : m_result(std::make_unique<std::optional<T>>()) {
        m_thread = startHelperThread(
            [result = m_result.get(), work = std::forward<Work>(work)]() mutable { result->emplace(work()); });
    }
    HelperTask(HelperTask&&) noexcept = default;
    HelperTask& operator=(HelperTask&& other) noexcept {
        wait();
        m_thread = std::move(other.m_thread);
        m_result = std::move(other.m_result);
        return *this;
    }
    HelperTask(const HelperTask&) = delete;
    HelperTask& operator=(const HelperTask&) = delete;
    ~HelperTask() { wait(); }

    bool valid() const { return m_result != nullptr; }
    void wait() {
        if (m_thread.joinable())
            m_thread.join();
    }
    // Waits, hands the result over and leaves the task empty (valid() false).
    T get() {
        wait();
        T value = std::move(**m_result);
        m_result.reset();
        return value;
    }

private:
    std::unique_ptr<std::optional<T>> m_result; // on the heap: its address outlives moves of the task
    std::thread m_thread;
};

} // namespace vanban
