#include "storage/BlobStore.h"

#include "common/Sha256.h"
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryFile>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace vanban {

namespace {
constexpr qint64 kChunk = 1 << 20;

Error ioError(const QString& message, const QFileDevice& file) {
    const bool full = file.error() == QFileDevice::ResourceError || file.errorString().contains(QLatin1String("space"));
    const QString text = full ? QString(message + QStringLiteral(" (") + file.errorString() + QLatin1Char(')'))
                              : QString(message + QStringLiteral(": ") + file.errorString());
    return {ErrorCode::External, text};
}

Error syncError() {
    return {ErrorCode::External, BlobStore::tr("Could not write the file to the workspace (is the disk full?)")};
}

#ifdef Q_OS_UNIX
bool fsyncPath(const QString& path, int flags) {
    const int fd = ::open(QFile::encodeName(path).constData(), flags | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}
#endif

// The file's pages, now on the disk, leave the page cache: a batch of received packages should not push out what
// the rest of the computer is working with, and the memory is at once free for the next batch.
void dropFromCache(const QString& path) {
#if defined(Q_OS_LINUX)
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return;
    ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
    ::close(fd);
#else
    Q_UNUSED(path);
#endif
}

// Makes the given files (and, with directories, their names) durable. On Linux one syncfs() of the store's file
// system covers all of them, at the cost of one journal commit instead of one per file.
bool syncPaths(const QString& root, const QStringList& files, const QStringList& directories) {
#if defined(Q_OS_LINUX)
    Q_UNUSED(files);
    Q_UNUSED(directories);
    const int fd = ::open(QFile::encodeName(root).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::syncfs(fd) == 0;
    ::close(fd);
    return ok;
#elif defined(Q_OS_UNIX)
    Q_UNUSED(root);
    for (const QString& f : files)
        if (!fsyncPath(f, O_RDONLY))
            return false;
    for (const QString& d : directories)
        if (!fsyncPath(d, O_RDONLY | O_DIRECTORY))
            return false;
    return true;
#else
    Q_UNUSED(root);
    Q_UNUSED(files);
    Q_UNUSED(directories);
    return true;
#endif
}
} // namespace

BlobStore::BlobStore(QString root)
    : m_root(std::move(root)) {}

bool BlobStore::isDigest(const QString& text) {
    if (text.size() != 64)
        return false;
    for (QChar c : text)
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return false;
    return true;
}

QString BlobStore::pathOf(const QString& sha256) const {
    return m_root + QLatin1Char('/') + sha256.left(2) + QLatin1Char('/') + sha256;
}

bool BlobStore::contains(const QString& sha256) const {
    return QFileInfo::exists(pathOf(sha256));
}

Result<StoredBlob> BlobStore::commitTemp(QTemporaryFile& temp, const QByteArray& digestHex, qint64 size) {
    const QString sha = QString::fromLatin1(digestHex);
    const QString target = pathOf(sha);
    if (QFileInfo::exists(target))
        return StoredBlob{sha, size}; // same bytes already stored
    if (!temp.flush())
        return ioError(tr("Could not write the file to the workspace"), temp);
    if (m_batching) {
        temp.close();
        temp.setAutoRemove(false);
        return deferMove(temp.fileName(), sha, size);
    }
#ifdef Q_OS_UNIX
    if (::fsync(temp.handle()) != 0)
        return Error{ErrorCode::External, tr("Could not write the file to the workspace (is the disk full?)")};
#endif
    if (!QDir().mkpath(QFileInfo(target).absolutePath()))
        return Error{ErrorCode::External, tr("Could not create the folder %1.").arg(QFileInfo(target).absolutePath())};
    temp.close();
    if (!temp.rename(target))
        return ioError(tr("Could not move the file into the workspace"), temp);
    temp.setAutoRemove(false);
    QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup);
    return StoredBlob{sha, size};
}

Result<StoredBlob> BlobStore::addFile(const QString& sourcePath) {
    QFile source(sourcePath);
    if (!source.open(QIODevice::ReadOnly))
        return Error{ErrorCode::NotFound,
                     tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(sourcePath), source.errorString())};
    if (!QDir().mkpath(m_root))
        return Error{ErrorCode::External, tr("Could not create the folder %1.").arg(m_root)};
    QTemporaryFile temp(m_root + QStringLiteral("/incoming-XXXXXX.tmp"));
    if (!temp.open())
        return ioError(tr("Could not create a file in the workspace"), temp);
    Sha256 hash;
    QByteArray buffer;
    qint64 size = 0;
    while (!source.atEnd()) {
        buffer = source.read(kChunk);
        if (buffer.isEmpty() && source.error() != QFileDevice::NoError)
            return Error{ErrorCode::External, tr("Cannot read %1: %2").arg(sourcePath, source.errorString())};
        hash.addData(buffer);
        if (temp.write(buffer) != buffer.size())
            return ioError(tr("Could not write the file to the workspace (is the disk full?)"), temp);
        size += buffer.size();
    }
    return commitTemp(temp, hash.result().toHex(), size);
}

Result<std::unique_ptr<QTemporaryFile>> BlobStore::createTemp() const {
    if (!QDir().mkpath(m_root))
        return Error{ErrorCode::External, tr("Could not create the folder %1.").arg(m_root)};
    auto temp = std::make_unique<QTemporaryFile>(m_root + QStringLiteral("/incoming-XXXXXX.tmp"));
    if (!temp->open())
        return ioError(tr("Could not create a file in the workspace"), *temp);
    return temp;
}

Result<StoredBlob> BlobStore::adoptTemp(QTemporaryFile& temp) {
    if (!temp.flush())
        return ioError(tr("Could not write the file to the workspace (is the disk full?)"), temp);
    QFile reader(temp.fileName());
    Sha256 hash;
    if (!reader.open(QIODevice::ReadOnly) || !hash.addData(reader))
        return Error{ErrorCode::External, tr("Cannot read %1: %2").arg(temp.fileName(), reader.errorString())};
    const qint64 size = reader.size();
    reader.close();
    return commitTemp(temp, hash.result().toHex(), size);
}

Result<StoredBlob> BlobStore::adoptTemp(QTemporaryFile& temp, const QString& sha256, qint64 size) {
    return commitTemp(temp, sha256.toLatin1(), size);
}

Result<StoredBlob> BlobStore::adoptFile(const QString& path, const QString& sha256, qint64 size) {
    const QString target = pathOf(sha256);
    if (QFileInfo::exists(target)) {
        QFile::remove(path);
        return StoredBlob{sha256, size};
    }
    if (m_batching)
        return deferMove(path, sha256, size);
#ifdef Q_OS_UNIX
    if (!fsyncPath(path, O_RDWR))
        return syncError();
#endif
    if (Status moved = moveIntoPlace(path, target); !moved)
        return moved.error();
    return StoredBlob{sha256, size};
}

Status BlobStore::moveIntoPlace(const QString& path, const QString& target) {
    if (!QDir().mkpath(QFileInfo(target).absolutePath()))
        return Error{ErrorCode::External, tr("Could not create the folder %1.").arg(QFileInfo(target).absolutePath())};
    QFile file(path);
    if (QFileInfo::exists(target)) {
        file.remove(); // the same bytes arrived meanwhile (another program on this workspace)
        return {};
    }
    if (!file.rename(target))
        return ioError(tr("Could not move the file into the workspace"), file);
    QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup);
    return {};
}

Result<StoredBlob> BlobStore::deferMove(const QString& path, const QString& sha256, qint64 size) {
    const QString target = pathOf(sha256);
    for (const Pending& p : std::as_const(m_pending))
        if (p.target == target) {
            QFile::remove(path); // the same bytes twice in one batch
            return StoredBlob{sha256, size};
        }
    m_pending.append(Pending{path, target});
    return StoredBlob{sha256, size};
}

void BlobStore::startWriteback(const QString& path) {
#if defined(Q_OS_LINUX)
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return;
    ::sync_file_range(fd, 0, 0, SYNC_FILE_RANGE_WRITE); // a hint: durability still comes from commitBatch()
    ::close(fd);
#else
    Q_UNUSED(path);
#endif
}

void BlobStore::beginBatch() {
    abandonBatch();
    m_batching = true;
}

Status BlobStore::commitBatch() {
    m_batching = false;
    const QList<Pending> pending = std::exchange(m_pending, {});
    if (pending.isEmpty())
        return {};
    QStringList temps, targets, folders;
    for (const Pending& p : pending) {
        temps << p.tempPath;
        targets << p.target;
        folders << QFileInfo(p.target).absolutePath();
    }
    folders.removeDuplicates();
    // Contents first: a name in place must never point at bytes that a power cut could lose.
    Status status;
    if (!syncPaths(m_root, temps, {}))
        status = syncError();
    else
        for (const QString& t : std::as_const(temps))
            dropFromCache(t);
    for (int i = 0; i < pending.size(); ++i) {
        if (status) {
            status = moveIntoPlace(pending[i].tempPath, pending[i].target);
            if (status)
                continue;
        }
        QFile::remove(pending[i].tempPath);
    }
    if (status && !syncPaths(m_root, {}, folders))
        status = syncError();
    return status;
}

void BlobStore::abandonBatch() {
    m_batching = false;
    for (const Pending& p : std::exchange(m_pending, {}))
        QFile::remove(p.tempPath);
}

Result<StoredBlob> BlobStore::addBytes(const QByteArray& bytes) {
    if (!QDir().mkpath(m_root))
        return Error{ErrorCode::External, tr("Could not create the folder %1.").arg(m_root)};
    QTemporaryFile temp(m_root + QStringLiteral("/incoming-XXXXXX.tmp"));
    if (!temp.open() || temp.write(bytes) != bytes.size())
        return ioError(tr("Could not write the file to the workspace (is the disk full?)"), temp);
    return commitTemp(temp, Sha256::hexOf(bytes).toLatin1(), bytes.size());
}

Result<QByteArray> BlobStore::read(const QString& sha256) const {
    QFile file(pathOf(sha256));
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Integrity, tr("The stored file %1 is missing from the workspace.").arg(sha256)};
    QByteArray bytes = file.readAll();
    if (Sha256::hexOf(bytes) != sha256)
        return Error{ErrorCode::Integrity,
                     tr("The stored file %1 is damaged (its content no longer matches its digest).").arg(sha256)};
    return bytes;
}

Status BlobStore::verify(const QString& sha256) const {
    QFile file(pathOf(sha256));
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Integrity, tr("The stored file %1 is missing from the workspace.").arg(sha256)};
    Sha256 hash;
    if (!hash.addData(file))
        return Error{ErrorCode::External, tr("Cannot read the stored file %1: %2").arg(sha256, file.errorString())};
    if (hash.result().toHex() != sha256.toLatin1())
        return Error{ErrorCode::Integrity,
                     tr("The stored file %1 is damaged (its content no longer matches its digest).").arg(sha256)};
    return {};
}

Status BlobStore::exportTo(const QString& sha256, const QString& targetPath) const {
    QFile file(pathOf(sha256));
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Integrity, tr("The stored file %1 is missing from the workspace.").arg(sha256)};
    QSaveFile out(targetPath);
    if (!out.open(QIODevice::WriteOnly))
        return ioError(tr("Cannot write %1").arg(targetPath), out);
    Sha256 hash;
    while (!file.atEnd()) {
        const QByteArray chunk = file.read(kChunk);
        hash.addData(chunk);
        if (out.write(chunk) != chunk.size())
            return ioError(tr("Cannot write %1").arg(targetPath), out);
    }
    if (hash.result().toHex() != sha256.toLatin1()) {
        out.cancelWriting();
        return Error{ErrorCode::Integrity,
                     tr("The stored file %1 is damaged (its content no longer matches its digest).").arg(sha256)};
    }
    if (!out.commit())
        return ioError(tr("Cannot write %1").arg(targetPath), out);
    return {};
}

} // namespace vanban
