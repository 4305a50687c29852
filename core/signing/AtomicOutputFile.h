#pragma once
// A file written under a temporary name next to its target and renamed over the target when complete, the way
// QSaveFile works (same directory, so the rename is atomic; a symbolic link is followed to its final target; an
// existing target's permissions are kept), but one that can also be read back by its temporary path, filled from
// another file without passing the bytes through user space, and written at any offset. PadesSigner streams large PDFs
// through it. Without commit(), the temporary file is removed. Errors carry the system's reason only: the caller
// says which file could not be written.

#include "common/HelperThread.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QFile>
#include <functional>
#include <memory>

namespace vanban {

class AtomicOutputFile {
    Q_DECLARE_TR_FUNCTIONS(AtomicOutputFile)

public:
    static Result<std::unique_ptr<AtomicOutputFile>> create(const QString& target);
    ~AtomicOutputFile();
    AtomicOutputFile(const AtomicOutputFile&) = delete;
    AtomicOutputFile& operator=(const AtomicOutputFile&) = delete;

    QString temporaryPath() const { return m_file.fileName(); }
    QString targetPath() const { return m_target; }

    // Writes the first `length` bytes of `source` at offset 0. On Linux the kernel copies them (copy_file_range,
    // which shares the blocks on file systems with reflinks; else sendfile), in chunks, starting the write-back of
    // each chunk to the disk at once; elsewhere they are streamed in large chunks. `progress(n)` after each chunk:
    // the first n bytes of this file are final.
    Status copyFrom(QFile& source, qint64 length, const std::function<void(qint64)>& progress = {});
    // Waits for a sync started by syncInBackground() first (a write to pages being written back would wait anyway).
    Status writeAt(qint64 offset, const QByteArray& bytes);
    // Cuts the file to `length` bytes (a signature made again with more room replaces the update written before).
    Status truncate(qint64 length);
    // Starts making what is written so far durable on another thread, so that commit() has only the bytes written
    // after it left to flush. PadesSigner does it while the token signs.
    void syncInBackground();
    // Flushes the data to the disk, then renames the file over the target.
    Status commit();

private:
    AtomicOutputFile() = default;
    Status copyByReading(QFile& source, qint64 from, qint64 length, const std::function<void(qint64)>& progress);
    Status failed(const QString& reason) const;
    Status syncData();
    Status waitForBackgroundSync();

    QString m_target;
    QFile m_file;
    bool m_committed = false;
    HelperTask<Status> m_backgroundSync;
};

} // namespace vanban
