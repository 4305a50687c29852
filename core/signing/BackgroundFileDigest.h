#pragma once
// SHA-256 of the first bytes of a file that is still being written, computed on a worker thread: the writer says
// with available(n) that the first n bytes are final, and the worker hashes them (from the page cache, mapped 8 MiB
// at a time) while the writer goes on. finish(n) waits until the first n bytes are hashed and hands the digest state
// over unfinished, so the caller can go on with bytes it holds in memory. The destructor stops and joins the worker.

#include "common/Result.h"
#include "common/Sha256.h"

#include <QCoreApplication>
#include <QFile>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace vanban {

class BackgroundFileDigest {
    Q_DECLARE_TR_FUNCTIONS(BackgroundFileDigest)

public:
    explicit BackgroundFileDigest(const QString& path);
    ~BackgroundFileDigest();
    BackgroundFileDigest(const BackgroundFileDigest&) = delete;
    BackgroundFileDigest& operator=(const BackgroundFileDigest&) = delete;

    void available(qint64 bytes);
    // An External error with the system's reason when the file could not be read.
    Result<Sha256> finish(qint64 bytes);

private:
    void run();
    bool hashNext(qint64 target, QByteArray& buffer);

    QFile m_file;
    Sha256 m_hash;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    qint64 m_available = 0; // guarded by m_mutex
    bool m_final = false;   // guarded by m_mutex
    std::atomic<bool> m_stop{false};
    qint64 m_hashed = 0; // the worker's; read after join
    QString m_error;     // the worker's; read after join
    std::thread m_worker;
};

} // namespace vanban
