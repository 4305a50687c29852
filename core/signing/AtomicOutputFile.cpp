#include "signing/AtomicOutputFile.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <algorithm>

#if defined(Q_OS_LINUX)
#include <cerrno>
#include <fcntl.h>
#include <sys/sendfile.h>
#include <unistd.h>
#elif defined(Q_OS_UNIX)
#include <cerrno>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>
#endif

namespace vanban {

namespace {
constexpr qint64 kChunk = 8 << 20;
constexpr qint64 kFirstChunk = 256 << 10;

QString systemError(int code) {
    return qt_error_string(code);
}

QString randomSuffix() {
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QString out;
    for (int i = 0; i < 6; ++i)
        out += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(36)]);
    return out;
}
} // namespace

Result<std::unique_ptr<AtomicOutputFile>> AtomicOutputFile::create(const QString& target) {
    std::unique_ptr<AtomicOutputFile> out(new AtomicOutputFile);
    // A symbolic link is followed to its final target (as QSaveFile does), so the link stays a link.
    QFileInfo info(QFileInfo(target).absoluteFilePath());
    int depth = 128;
    while (--depth > 0 && info.isSymLink())
        info.setFile(info.symLinkTarget());
    out->m_target = depth > 0 ? info.absoluteFilePath() : QFileInfo(target).absoluteFilePath();
    const QString stem = out->m_target + QLatin1Char('.');
    for (int attempt = 0; attempt < 100; ++attempt) {
        out->m_file.setFileName(stem + randomSuffix());
        if (out->m_file.open(QIODevice::ReadWrite | QIODevice::NewOnly | QIODevice::Unbuffered))
            break;
        if (!out->m_file.exists())
            return Error{ErrorCode::External, out->m_file.errorString()};
    }
    if (!out->m_file.isOpen())
        return Error{ErrorCode::External, out->m_file.errorString()};
    if (QFileInfo::exists(out->m_target))
        out->m_file.setPermissions(QFile::permissions(out->m_target));
    return out;
}

AtomicOutputFile::~AtomicOutputFile() {
    if (m_backgroundSync.valid())
        m_backgroundSync.wait(); // it uses the file's descriptor
    if (!m_committed && !m_file.fileName().isEmpty()) {
        m_file.close();
        m_file.remove();
    }
}

Status AtomicOutputFile::failed(const QString& reason) const {
    return Error{ErrorCode::External, reason};
}

Status AtomicOutputFile::copyFrom(QFile& source, qint64 length, const std::function<void(qint64)>& progress) {
#if defined(Q_OS_LINUX)
    const int in = source.handle();
    const int out = m_file.handle();
    bool useSendfile = false;
    qint64 done = 0;
    while (done < length) {
        // The first chunks are small, so that the caller's digest can start on them at once; then up to 8 MiB.
        const size_t want = size_t(std::min({kChunk, std::max(kFirstChunk, done), length - done}));
        ssize_t n = 0;
        if (!useSendfile) {
            loff_t inOffset = done, outOffset = done;
            n = ::copy_file_range(in, &inOffset, out, &outOffset, want, 0);
            if (n < 0 && (errno == EXDEV || errno == ENOSYS || errno == EOPNOTSUPP || errno == EINVAL)) {
                useSendfile = true; // another file system, or an old kernel
                continue;
            }
        } else {
            off_t inOffset = done;
            if (::lseek(out, done, SEEK_SET) < 0)
                return failed(systemError(errno));
            n = ::sendfile(out, in, &inOffset, want);
            if (n < 0 && (errno == EINVAL || errno == ENOSYS))
                return copyByReading(source, done, length - done, progress);
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return failed(systemError(errno));
        if (n == 0)
            return failed(tr("the input file became shorter while it was being copied"));
        // Start writing this chunk to the disk now, so that commit() has little left to wait for; not the last
        // partial page, which the caller writes to next (a write to a page under write-back waits for it).
        const qint64 kickEnd = done + n < length ? done + n : (length & ~qint64(4095));
        if (kickEnd > done)
            ::sync_file_range(out, done, kickEnd - done, SYNC_FILE_RANGE_WRITE);
        done += n;
        if (progress)
            progress(done);
    }
    return {};
#else
    return copyByReading(source, 0, length, progress);
#endif
}

Status AtomicOutputFile::copyByReading(QFile& source, qint64 from, qint64 length,
                                       const std::function<void(qint64)>& progress) {
    QByteArray buffer(qsizetype(std::min(kChunk, std::max<qint64>(length, 1))), Qt::Uninitialized);
    const qint64 end = from + length;
    for (qint64 done = from; done < end;) {
        const qint64 want = std::min<qint64>(buffer.size(), end - done);
        if (!source.seek(done))
            return failed(source.errorString());
        const qint64 n = source.read(buffer.data(), want);
        if (n < 0)
            return failed(source.errorString());
        if (n == 0)
            return failed(tr("the input file became shorter while it was being copied"));
        if (!m_file.seek(done) || m_file.write(buffer.constData(), n) != n)
            return failed(m_file.errorString());
        done += n;
        if (progress)
            progress(done);
    }
    return {};
}

Status AtomicOutputFile::writeAt(qint64 offset, const QByteArray& bytes) {
    if (Status s = waitForBackgroundSync(); !s)
        return s;
    if (!m_file.seek(offset) || m_file.write(bytes) != bytes.size())
        return failed(m_file.errorString());
    return {};
}

Status AtomicOutputFile::truncate(qint64 length) {
    if (Status s = waitForBackgroundSync(); !s)
        return s;
    if (!m_file.resize(length))
        return failed(m_file.errorString());
    return {};
}

Status AtomicOutputFile::syncData() {
#if defined(Q_OS_LINUX)
    if (::fdatasync(m_file.handle()) != 0)
        return failed(systemError(errno));
#elif defined(Q_OS_UNIX)
    if (::fsync(m_file.handle()) != 0)
        return failed(systemError(errno));
#endif
    return {};
}

void AtomicOutputFile::syncInBackground() {
#if defined(Q_OS_UNIX)
    if (!m_backgroundSync.valid())
        m_backgroundSync = HelperTask<Status>([this] { return syncData(); });
#endif
}

Status AtomicOutputFile::waitForBackgroundSync() {
    if (!m_backgroundSync.valid())
        return {};
    return m_backgroundSync.get();
}

Status AtomicOutputFile::commit() {
    if (Status s = waitForBackgroundSync(); !s)
        return s;
    if (!m_file.flush())
        return failed(m_file.errorString());
    if (Status s = syncData(); !s)
        return s;
    m_file.close();
#if defined(Q_OS_WIN)
    const std::wstring from = QDir::toNativeSeparators(m_file.fileName()).toStdWString();
    const std::wstring to = QDir::toNativeSeparators(m_target).toStdWString();
    // QFile does not expose its Win32 handle: flush the file's data through a second handle.
    HANDLE handle = CreateFileW(from.c_str(), GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE,
                                nullptr, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr);
    const bool flushed = handle != INVALID_HANDLE_VALUE && FlushFileBuffers(handle);
    if (handle != INVALID_HANDLE_VALUE)
        CloseHandle(handle);
    if (!flushed || !MoveFileExW(from.c_str(), to.c_str(), MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH))
        return failed(systemError(int(GetLastError())));
#else
    if (::rename(QFile::encodeName(m_file.fileName()).constData(), QFile::encodeName(m_target).constData()) != 0)
        return failed(systemError(errno));
#endif
    m_committed = true;
    return {};
}

} // namespace vanban
