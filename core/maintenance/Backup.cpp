#include "maintenance/Backup.h"

#include "common/Sha256.h"
#include "storage/BlobReferences.h"
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtEndian>

namespace vanban {

namespace {
constexpr char kMagic[8] = {'V', 'A', 'N', 'B', 'A', 'N', 'B', 'K'};
constexpr quint32 kFormatVersion = 1;
constexpr qint64 kChunk = 1 << 20;
constexpr qint64 kMaxManifest = 512ll << 20;

struct Entry {
    QString name;
    qint64 size = 0;
    QString sha256;
};

QString sha256Of(const QString& path, qint64* size) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    Sha256 h;
    h.addData(f);
    if (size)
        *size = f.size();
    return h.hex();
}

bool copyInto(QIODevice& out, const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    while (!f.atEnd()) {
        const QByteArray chunk = f.read(kChunk);
        if (out.write(chunk) != chunk.size())
            return false;
    }
    return true;
}

bool safeEntryName(const QString& name) {
    if (name == QLatin1String(Workspace::kDatabaseFile))
        return true;
    // blobs/ab/<64 hex>
    const QStringList parts = name.split(QLatin1Char('/'));
    return parts.size() == 3 && parts[0] == QLatin1String(Workspace::kBlobFolder) && BlobStore::isDigest(parts[2]) &&
           parts[1] == parts[2].left(2);
}
} // namespace

Result<BackupInfo> Backup::create(Workspace& workspace, const QString& outFile) {
    QTemporaryDir scratch(QFileInfo(outFile).absolutePath() + QStringLiteral("/.vanban-backup-XXXXXX"));
    if (!scratch.isValid())
        return Error{ErrorCode::External, tr("Cannot create a temporary folder next to %1.").arg(outFile)};
    const QString snapshot = scratch.filePath(QStringLiteral("vanban.db"));
    if (Status s = workspace.database().snapshotTo(snapshot); !s)
        return s.error();

    BackupInfo info;
    QList<Entry> entries;
    Entry db{QString::fromLatin1(Workspace::kDatabaseFile), 0, {}};
    entries << db;
    {
        // The blobs the snapshot references (read from the snapshot itself, so it is consistent).
        auto snap = Database::open(snapshot, Database::OpenMode::MustExist, Database::IntegrityCheck::Skip);
        if (!snap)
            return snap.error();
        info.schemaVersion = (*snap)->schemaVersion();
        auto q = (*snap)->exec(BlobReferences::query());
        if (!q)
            return q.error();
        while (q->next()) {
            const QString sha = q->value(0).toString();
            if (Status s = workspace.blobs().verify(sha); !s)
                return Error{ErrorCode::Integrity, tr("The backup was not made: %1").arg(s.error().message)};
            Entry e{QString::fromLatin1(Workspace::kBlobFolder) + QLatin1Char('/') + sha.left(2) + QLatin1Char('/') +
                        sha,
                    QFileInfo(workspace.blobs().pathOf(sha)).size(), sha};
            entries << e;
        }
        auto c = (*snap)->exec(QStringLiteral("SELECT count(*) FROM documents"));
        if (c && c->next())
            info.documents = c->value(0).toLongLong();
    }
    // Digest the snapshot only now that its connection is closed (opening it rewrote its header).
    entries[0].sha256 = sha256Of(snapshot, &entries[0].size);
    if (entries[0].sha256.isEmpty())
        return Error{ErrorCode::External, tr("Cannot read the database copy %1.").arg(snapshot)};
    QJsonArray list;
    for (const Entry& e : entries) {
        list.append(QJsonObject{
            {QStringLiteral("name"), e.name}, {QStringLiteral("size"), e.size}, {QStringLiteral("sha256"), e.sha256}});
        info.bytes += e.size;
    }
    info.blobs = entries.size() - 1;
    const QByteArray manifest =
        QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("vanban-backup")},
                                  {QStringLiteral("schemaVersion"), info.schemaVersion},
                                  {QStringLiteral("createdAt"), QDateTime::currentDateTime().toString(Qt::ISODate)},
                                  {QStringLiteral("entries"), list}})
            .toJson(QJsonDocument::Compact);
    QSaveFile out(outFile);
    if (!out.open(QIODevice::WriteOnly))
        return Error{ErrorCode::External, tr("Cannot write %1: %2").arg(outFile, out.errorString())};
    uchar header[20];
    memcpy(header, kMagic, 8);
    qToBigEndian<quint32>(kFormatVersion, header + 8);
    qToBigEndian<quint64>(quint64(manifest.size()), header + 12);
    bool written = out.write(reinterpret_cast<const char*>(header), 20) == 20 && out.write(manifest) == manifest.size();
    for (int i = 0; written && i < entries.size(); ++i)
        written = copyInto(out, i == 0 ? snapshot : workspace.blobs().pathOf(entries[i].sha256));
    if (!written || !out.commit())
        return Error{ErrorCode::External, tr("Cannot write %1: %2").arg(outFile, out.errorString())};
    return info;
}

namespace {
// Reads the header and manifest; leaves the file positioned at the first entry.
Result<QList<Entry>> readManifest(QIODevice& in, const QString& name, int& schemaVersion) {
    uchar header[20];
    if (in.read(reinterpret_cast<char*>(header), 20) != 20 || memcmp(header, kMagic, 8) != 0)
        return Error{ErrorCode::Integrity, Backup::tr("%1 is not a VanBan backup.").arg(name)};
    if (qFromBigEndian<quint32>(header + 8) != kFormatVersion)
        return Error{ErrorCode::Conflict, Backup::tr("%1 was made by a newer version of VanBan.").arg(name)};
    const qint64 length = qint64(qFromBigEndian<quint64>(header + 12));
    if (length <= 0 || length > kMaxManifest)
        return Error{ErrorCode::Integrity, Backup::tr("The backup %1 is damaged (bad manifest).").arg(name)};
    const QByteArray manifest = in.read(length);
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(manifest, &error).object();
    if (manifest.size() != length || error.error != QJsonParseError::NoError ||
        root.value(QStringLiteral("format")).toString() != QLatin1String("vanban-backup"))
        return Error{ErrorCode::Integrity, Backup::tr("The backup %1 is damaged (bad manifest).").arg(name)};
    schemaVersion = root.value(QStringLiteral("schemaVersion")).toInt();
    QList<Entry> entries;
    for (const QJsonValue& v : root.value(QStringLiteral("entries")).toArray()) {
        const QJsonObject o = v.toObject();
        Entry e{o.value(QStringLiteral("name")).toString(), qint64(o.value(QStringLiteral("size")).toDouble()),
                o.value(QStringLiteral("sha256")).toString()};
        if (!safeEntryName(e.name) || e.size < 0 || !BlobStore::isDigest(e.sha256))
            return Error{ErrorCode::Integrity,
                         Backup::tr("The backup %1 is damaged (bad entry %2).").arg(name, e.name)};
        entries << e;
    }
    if (entries.isEmpty() || entries.first().name != QLatin1String(Workspace::kDatabaseFile))
        return Error{ErrorCode::Integrity, Backup::tr("The backup %1 is damaged (no database).").arg(name)};
    return entries;
}

// Streams every entry, checking its digest; writes it under targetDir when given.
Status readEntries(QIODevice& in, const QString& name, const QList<Entry>& entries, const QString& targetDir) {
    for (const Entry& e : entries) {
        Sha256 h;
        std::unique_ptr<QFile> out;
        if (!targetDir.isEmpty()) {
            const QString path = targetDir + QLatin1Char('/') + e.name;
            QDir().mkpath(QFileInfo(path).absolutePath());
            out = std::make_unique<QFile>(path);
            if (!out->open(QIODevice::WriteOnly))
                return Error{ErrorCode::External, Backup::tr("Cannot write %1: %2").arg(path, out->errorString())};
        }
        qint64 left = e.size;
        while (left > 0) {
            const QByteArray chunk = in.read(qMin(left, kChunk));
            if (chunk.isEmpty())
                return Error{ErrorCode::Integrity, Backup::tr("The backup %1 is truncated (in %2).").arg(name, e.name)};
            h.addData(chunk);
            if (out && out->write(chunk) != chunk.size())
                return Error{ErrorCode::External,
                             Backup::tr("Cannot write %1: %2").arg(out->fileName(), out->errorString())};
            left -= chunk.size();
        }
        if (QString::fromLatin1(h.result().toHex()) != e.sha256)
            return Error{ErrorCode::Integrity,
                         Backup::tr("The backup %1 is damaged: %2 does not match its digest.").arg(name, e.name)};
        if (out && !out->flush())
            return Error{ErrorCode::External,
                         Backup::tr("Cannot write %1: %2").arg(out->fileName(), out->errorString())};
    }
    if (!in.atEnd())
        return Error{ErrorCode::Integrity,
                     Backup::tr("The backup %1 is damaged (unexpected data at the end).").arg(name)};
    return {};
}
} // namespace

Result<BackupInfo> Backup::verify(const QString& backupFile) {
    QFile in(backupFile);
    if (!in.open(QIODevice::ReadOnly))
        return Error{ErrorCode::NotFound, tr("Cannot read %1: %2").arg(backupFile, in.errorString())};
    return verify(in, backupFile);
}

Result<BackupInfo> Backup::verify(QIODevice& in, const QString& name) {
    BackupInfo info;
    auto entries = readManifest(in, name, info.schemaVersion);
    if (!entries)
        return entries.error();
    if (info.schemaVersion > Database::latestSchemaVersion())
        return Error{
            ErrorCode::Conflict,
            tr("The backup was made by a newer version of VanBan (schema %1; this version understands up to %2).")
                .arg(info.schemaVersion)
                .arg(Database::latestSchemaVersion())};
    if (Status s = readEntries(in, name, *entries, {}); !s)
        return s.error();
    info.blobs = entries->size() - 1;
    for (const Entry& e : *entries)
        info.bytes += e.size;
    return info;
}

Result<BackupInfo> Backup::restore(const QString& backupFile, const QString& targetDir) {
    auto verified = verify(backupFile);
    if (!verified)
        return verified.error();
    const QString target = QDir(targetDir).absolutePath();
    const QString parent = QFileInfo(target).absolutePath();
    if (!QDir().mkpath(parent))
        return Error{ErrorCode::External, tr("Cannot create the folder %1.").arg(parent)};
    // Extract next to the target (same file system, so the final move is a rename).
    const QString staging =
        target + QStringLiteral(".restoring-") + QString::number(QDateTime::currentMSecsSinceEpoch());
    QFile in(backupFile);
    if (!in.open(QIODevice::ReadOnly))
        return Error{ErrorCode::NotFound, tr("Cannot read %1: %2").arg(backupFile, in.errorString())};
    BackupInfo info = *verified;
    auto entries = readManifest(in, backupFile, info.schemaVersion);
    if (!entries)
        return entries.error();
    auto cleanup = [&] { QDir(staging).removeRecursively(); };
    if (Status s = readEntries(in, backupFile, *entries, staging); !s) {
        cleanup();
        return s.error();
    }
    {
        // Open it once: integrity check and migrations to this version's schema.
        auto ws = Workspace::open(staging, Database::IntegrityCheck::Always);
        if (!ws) {
            cleanup();
            return ws.error();
        }
        auto c = (*ws)->database().exec(QStringLiteral("SELECT count(*) FROM documents"));
        if (c && c->next())
            info.documents = c->value(0).toLongLong();
    }
    if (QFileInfo::exists(target) && !QDir(target).isEmpty()) {
        info.replacedKeptAt = target + QStringLiteral(".replaced-") +
                              QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        if (!QDir().rename(target, info.replacedKeptAt)) {
            cleanup();
            return Error{ErrorCode::External,
                         tr("Cannot move the existing workspace %1 aside; nothing was changed.").arg(target)};
        }
    } else if (QFileInfo::exists(target)) {
        QDir().rmdir(target);
    }
    if (!QDir().rename(staging, target)) {
        if (!info.replacedKeptAt.isEmpty())
            QDir().rename(info.replacedKeptAt, target);
        cleanup();
        return Error{ErrorCode::External,
                     tr("Cannot move the restored workspace into %1; nothing was changed.").arg(target)};
    }
    return info;
}

} // namespace vanban
