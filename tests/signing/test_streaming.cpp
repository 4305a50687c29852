// The file plumbing of streamed signing (core/signing/AtomicOutputFile, BackgroundFileDigest), without a token:
// the kernel-side copy (also across file systems, where copy_file_range gives way to sendfile) gives the same bytes,
// the digest computed behind the copy is the digest of those bytes, nothing is left without commit(), and commit()
// keeps an existing target's permissions and follows a symbolic link, as QSaveFile does.
#include "common/Sha256.h"
#include "signing/AtomicOutputFile.h"
#include "signing/BackgroundFileDigest.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace vanban;

namespace {
QByteArray readAll(const QString& path) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void writeAll(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

QByteArray randomBytes(qsizetype size) {
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator rng(7);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char(rng.bounded(256));
    return bytes;
}
} // namespace

TEST_CASE("AtomicOutputFile copies kernel-side and BackgroundFileDigest hashes behind the copy") {
    // The source on another file system when there is a tmpfs (copy_file_range refuses, sendfile copies).
    const bool shm = QFileInfo(QStringLiteral("/dev/shm")).isWritable();
    QTemporaryDir sourceDir(shm ? QStringLiteral("/dev/shm/vanban-test-XXXXXX") : QString());
    QTemporaryDir targetDir;
    REQUIRE(sourceDir.isValid());
    REQUIRE(targetDir.isValid());
    // More than one 8 MiB chunk, and not a whole number of pages.
    const QByteArray original = randomBytes((17 << 20) + 123);
    const QString sourcePath = sourceDir.filePath(QStringLiteral("in.pdf"));
    writeAll(sourcePath, original);
    const QString target = targetDir.filePath(QStringLiteral("out.pdf"));

    SECTION("copy, hash, append, commit") {
        QFile source(sourcePath);
        REQUIRE(source.open(QIODevice::ReadOnly));
        auto created = AtomicOutputFile::create(target);
        REQUIRE(created.ok());
        AtomicOutputFile& out = **created;
        CHECK(QFileInfo(out.temporaryPath()).absolutePath() == QFileInfo(target).absolutePath());
        BackgroundFileDigest digest(out.temporaryPath());
        QList<qint64> progress;
        REQUIRE(out.copyFrom(source, original.size(),
                             [&](qint64 n) {
                                 progress << n;
                                 digest.available(n);
                             })
                    .ok());
        CHECK(progress.size() >= 3);
        CHECK(std::is_sorted(progress.begin(), progress.end()));
        CHECK(progress.last() == original.size());
        const QByteArray tail = "\n% the update\n";
        REQUIRE(out.writeAt(original.size(), tail).ok());
        auto hashed = digest.finish(original.size() + tail.size());
        REQUIRE(hashed.ok());
        Sha256 expected;
        expected.addData(original + tail);
        CHECK(hashed->result() == expected.result());
        CHECK_FALSE(QFile::exists(target)); // nothing at the target before commit
        REQUIRE(out.commit().ok());
        CHECK(readAll(target) == original + tail);
        CHECK(QDir(targetDir.path()).entryList(QDir::Files) == QStringList{QStringLiteral("out.pdf")});
    }

    SECTION("without commit nothing is left, and an existing target is untouched") {
        writeAll(target, "old");
        {
            QFile source(sourcePath);
            REQUIRE(source.open(QIODevice::ReadOnly));
            auto created = AtomicOutputFile::create(target);
            REQUIRE(created.ok());
            REQUIRE((*created)->copyFrom(source, original.size()).ok());
            BackgroundFileDigest abandoned((*created)->temporaryPath()); // stopped by its destructor
            abandoned.available(original.size());
        }
        CHECK(readAll(target) == "old");
        CHECK(QDir(targetDir.path()).entryList(QDir::Files) == QStringList{QStringLiteral("out.pdf")});
    }

    SECTION("commit keeps the target's permissions") {
        writeAll(target, "old");
        const auto permissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup;
        REQUIRE(QFile::setPermissions(target, permissions));
        const auto before = QFile::permissions(target);
        auto created = AtomicOutputFile::create(target);
        REQUIRE(created.ok());
        REQUIRE((*created)->writeAt(0, "new").ok());
        REQUIRE((*created)->commit().ok());
        CHECK(readAll(target) == "new");
        CHECK(QFile::permissions(target) == before);
    }

#ifdef Q_OS_UNIX
    SECTION("a symbolic link stays a link; its target is replaced") {
        const QString real = targetDir.filePath(QStringLiteral("real.pdf"));
        writeAll(real, "old");
        REQUIRE(QFile::link(real, target));
        auto created = AtomicOutputFile::create(target);
        REQUIRE(created.ok());
        REQUIRE((*created)->writeAt(0, "new").ok());
        REQUIRE((*created)->commit().ok());
        CHECK(QFileInfo(target).isSymLink());
        CHECK(readAll(real) == "new");
    }
#endif
}
