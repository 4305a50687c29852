#include "documents/DocumentRepository.h"
#include "maintenance/Backup.h"
#include "maintenance/WorkspaceCheck.h"
#include "registry/IncomingRegistry.h"
#include "registry/OutgoingRegistry.h"
#include "search/SearchIndex.h"
#include "storage/BlobStore.h"
#include "support/Drafts.h"
#include "support/PdfFixtures.h"
#include "support/TempWorkspace.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace vanban;

namespace {
QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
void overwrite(const QString& path, qint64 offset, const QByteArray& bytes) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    REQUIRE(f.seek(offset));
    f.write(bytes);
}
void execRaw(const QString& path, const QStringList& statements) {
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        for (const QString& sql : statements) {
            QSqlQuery q(db);
            INFO(sql.toStdString());
            REQUIRE(q.exec(sql));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}
} // namespace

TEST_CASE("A new workspace has the latest schema, WAL and foreign keys") {
    test::TempWorkspace tw;
    CHECK(tw.db().schemaVersion() == Database::latestSchemaVersion());
    CHECK(Database::latestSchemaVersion() >= 2);
    auto mode = tw.db().exec(QStringLiteral("PRAGMA journal_mode"));
    REQUIRE(mode->next());
    CHECK(mode->value(0).toString() == QStringLiteral("wal"));
    auto fk = tw.db().exec(QStringLiteral("PRAGMA foreign_keys"));
    REQUIRE(fk->next());
    CHECK(fk->value(0).toInt() == 1);
    CHECK(tw.ws().agency()->organName == QStringLiteral("UBND huyện Nam Đàn"));

    SECTION("creating over it is refused") {
        auto again =
            Workspace::create(tw.path(), AgencyProfile{QStringLiteral("x"), QStringLiteral("y")},
                              NewUser{QStringLiteral("a2"), QStringLiteral("A"), Role::Admin, {}}, "password-2");
        REQUIRE_FALSE(again.ok());
        CHECK(again.error().code == ErrorCode::Conflict);
    }
}

TEST_CASE("A durable write syncs its commit; the connection goes back to synchronous=NORMAL") {
    test::TempWorkspace tw;
    const auto synchronous = [&] {
        auto q = tw.db().exec(QStringLiteral("PRAGMA synchronous"));
        REQUIRE(q);
        REQUIRE(q->next());
        return q->value(0).toInt(); // 1 NORMAL, 2 FULL
    };
    CHECK(synchronous() == 1);
    int inside = 0;
    REQUIRE(tw.db()
                .writeDurably([&]() -> Status {
                    inside = synchronous();
                    auto q = tw.db().exec(QStringLiteral("CREATE TABLE durable_probe (x INTEGER)"));
                    return q ? Status{} : Status{q.error()};
                })
                .ok());
    CHECK(inside == 2);
    CHECK(synchronous() == 1);
    // A failing body rolls back and also restores NORMAL.
    CHECK_FALSE(tw.db()
                    .writeDurably([&]() -> Status {
                        auto inserted = tw.db().exec(QStringLiteral("INSERT INTO durable_probe VALUES (1)"));
                        REQUIRE(inserted);
                        return Error{ErrorCode::Invalid, QStringLiteral("no")};
                    })
                    .ok());
    CHECK(synchronous() == 1);
    auto rows = tw.db().exec(QStringLiteral("SELECT COUNT(*) FROM durable_probe"));
    REQUIRE(rows->next());
    CHECK(rows->value(0).toInt() == 0);
}

TEST_CASE("A failed creation leaves nothing behind") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ws"));
    auto ws = Workspace::create(path, AgencyProfile{QStringLiteral("000.00.12.H41"), QStringLiteral("UBND")},
                                NewUser{QStringLiteral("admin"), QStringLiteral("A"), Role::Admin, {}}, "short");
    REQUIRE_FALSE(ws.ok());
    CHECK(ws.error().field == QStringLiteral("password"));
    CHECK_FALSE(Workspace::exists(path));
}

TEST_CASE("Every earlier schema version migrates to the latest, keeping its data") {
    for (int from = 1; from < Database::latestSchemaVersion(); ++from) {
        INFO("from schema " << from);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("vanban.db"));
        REQUIRE(Database::migrateTo(path, from).ok());
        execRaw(
            path,
            {QStringLiteral(
                 "INSERT INTO agency_profile (id, organ_id, organ_name) VALUES (1, '000.00.12.H41', 'UBND')"),
             QStringLiteral(
                 "INSERT INTO documents (direction, book_id, year, number, secret_sequence, arrival_date, code_number, "
                 "code_notation, issued_date, type_name, subject, organ_name, status, created_at, updated_at) VALUES "
                 "('incoming', 'den', 2025, 1, 0, '2025-03-01T08:00:00', '7', 'QĐ-UBND', '2025-02-27', 'Quyết định', "
                 "'Quyết định về việc đồng ý thành lập tổ công tác', 'UBND tỉnh', 'registered', '2025-03-01', "
                 "'2025-03-01')")});
        auto ws = Workspace::open(dir.path());
        REQUIRE(ws.ok());
        CHECK((*ws)->database().schemaVersion() == Database::latestSchemaVersion());
        CHECK(DocumentRepository((*ws)->database()).get(1)->subject.startsWith(QStringLiteral("Quyết định")));
        // documents from before the search index are found after the upgrade
        auto hits = SearchIndex::search((*ws)->database(), QStringLiteral("dong y"), {}, 10);
        REQUIRE(hits.ok());
        CHECK(hits->ids == QList<qint64>{1});
        // schema 4: the old document has empty outgoing fields; the outgoing book exists and gives numbers from 01
        auto old = DocumentRepository((*ws)->database()).get(1);
        CHECK(old->signerPosition.isEmpty());
        CHECK(old->toPlaces.isEmpty());
        CHECK(old->codeNotation == QStringLiteral("QĐ-UBND"));
        auto users = (*ws)->database().exec(QStringLiteral(
            "INSERT INTO users (login, full_name, role, password_hash, created_at) VALUES ('vt', 'Văn thư', 'clerk', "
            "'x', '2025-03-01')"));
        REQUIRE(users.ok());
        User clerk;
        clerk.id = users->lastInsertId().toLongLong();
        clerk.role = Role::Clerk;
        OutgoingRegistry outgoing(**ws);
        CHECK(outgoing.defaultBook().value() == QStringLiteral("di"));
        auto issued = outgoing.issue(clerk, test::outgoingDraft());
        REQUIRE(issued.ok());
        CHECK(issued->number == 1);
        CHECK(issued->code == QStringLiteral("01/QĐ-UBND")); // the incoming 7/QĐ-UBND does not collide
    }
}

TEST_CASE("A database from a newer version is refused and left untouched") {
    test::TempWorkspace tw;
    const QString dbPath = tw.path() + QStringLiteral("/vanban.db");
    tw.close();
    execRaw(dbPath, {QStringLiteral("UPDATE meta SET value = '999' WHERE key = 'schema_version'")});
    const QByteArray before = readAll(dbPath);
    auto ws = Workspace::open(tw.path());
    REQUIRE_FALSE(ws.ok());
    CHECK(ws.error().code == ErrorCode::Conflict);
    CHECK(ws.error().message.contains(QStringLiteral("newer")));
    CHECK(readAll(dbPath) == before);
}

TEST_CASE("A damaged database file gives a clear error and is never replaced") {
    QTemporaryDir dir;
    const QString dbPath = dir.filePath(QStringLiteral("vanban.db"));
    QFile f(dbPath);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(8192, 'x'));
    f.close();
    auto ws = Workspace::open(dir.path());
    REQUIRE_FALSE(ws.ok());
    CHECK(ws.error().code == ErrorCode::Integrity);
    CHECK(readAll(dbPath) == QByteArray(8192, 'x'));
}

TEST_CASE("Blobs are stored by digest and verified when read") {
    QTemporaryDir dir;
    BlobStore store(dir.filePath(QStringLiteral("blobs")));
    auto b = store.addBytes("nội dung văn bản");
    REQUIRE(b.ok());
    CHECK(b->sha256 ==
          QString::fromLatin1(QCryptographicHash::hash("nội dung văn bản", QCryptographicHash::Sha256).toHex()));
    CHECK(store.pathOf(b->sha256).endsWith(b->sha256.left(2) + QLatin1Char('/') + b->sha256));
    CHECK(store.read(b->sha256).value() == QByteArray("nội dung văn bản"));
    CHECK(store.addBytes("nội dung văn bản")->sha256 == b->sha256); // idempotent
    CHECK(QDir(dir.filePath(QStringLiteral("blobs"))).entryList({QStringLiteral("*.tmp")}, QDir::Files).isEmpty());
    QFile::setPermissions(store.pathOf(b->sha256), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    overwrite(store.pathOf(b->sha256), 0, "N");
    auto damaged = store.read(b->sha256);
    REQUIRE_FALSE(damaged.ok());
    CHECK(damaged.error().code == ErrorCode::Integrity);
    CHECK_FALSE(store.exportTo(b->sha256, dir.filePath(QStringLiteral("out.bin"))).ok());
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("out.bin"))));
}

TEST_CASE("A batch of blobs becomes visible only when committed; an abandoned batch leaves nothing") {
    QTemporaryDir dir;
    BlobStore store(dir.filePath(QStringLiteral("blobs")));
    const auto pendingFiles = [&] {
        return QDir(store.root()).entryList({QStringLiteral("*.tmp")}, QDir::Files).size();
    };
    QString first, second;
    {
        BlobBatch batch(store);
        auto a = store.addBytes("văn bản thứ nhất");
        auto b = store.addBytes("văn bản thứ hai");
        auto again = store.addBytes("văn bản thứ nhất"); // the same bytes twice in one batch
        REQUIRE(a);
        REQUIRE(b);
        REQUIRE(again);
        CHECK(again->sha256 == a->sha256);
        first = a->sha256;
        second = b->sha256;
        CHECK_FALSE(store.contains(first)); // not in place before the commit
        CHECK(pendingFiles() == 2);
        REQUIRE(batch.commit());
    }
    CHECK(store.read(first).value() == QByteArray("văn bản thứ nhất"));
    CHECK(store.read(second).value() == QByteArray("văn bản thứ hai"));
    CHECK(pendingFiles() == 0);
    {
        BlobBatch abandoned(store);
        auto c = store.addBytes("văn bản bị bỏ");
        REQUIRE(c);
        CHECK(pendingFiles() == 1);
        CHECK_FALSE(store.contains(c->sha256));
    }
    CHECK(pendingFiles() == 0);
    CHECK_FALSE(store.inBatch());
    // Outside a batch a file is in place at once.
    auto d = store.addBytes("văn bản ngoài lô");
    REQUIRE(d);
    CHECK(store.contains(d->sha256));
}

TEST_CASE("check finds a damaged or missing file") {
    test::TempWorkspace tw;
    IncomingDraft d = test::draft();
    d.files = {test::writePdf(tw.file(QStringLiteral("a.pdf")), "A")};
    auto r = IncomingRegistry(tw.ws()).registerDocument(tw.clerk(), d);
    REQUIRE(r.ok());
    auto report = WorkspaceCheck::run(tw.ws());
    REQUIRE(report.ok());
    CHECK(report->ok());
    CHECK(report->blobsChecked == 1);

    const QString sha = DocumentRepository(tw.db()).get(r->id)->files.first().sha256;
    overwrite(tw.ws().blobs().pathOf(sha), 20, "XX");
    auto damaged = WorkspaceCheck::run(tw.ws());
    REQUIRE(damaged.ok());
    CHECK_FALSE(damaged->ok());
    REQUIRE(damaged->problems.size() == 1);
    CHECK(damaged->problems.first().contains(QStringLiteral("a.pdf")));

    QFile::remove(tw.ws().blobs().pathOf(sha));
    CHECK(WorkspaceCheck::run(tw.ws())->problems.size() == 1);
}

TEST_CASE("Backup and restore round trip; damaged or newer backups are refused") {
    test::TempWorkspace tw;
    IncomingRegistry registry(tw.ws());
    for (int i = 1; i <= 5; ++i) {
        IncomingDraft d = test::draft(QStringLiteral("%1/TB-UBND").arg(i));
        d.files = {test::writePdf(tw.file(QStringLiteral("f%1.pdf").arg(i)), "File " + QByteArray::number(i))};
        REQUIRE(registry.registerDocument(tw.clerk(), d).ok());
    }
    const QString backupFile = tw.file(QStringLiteral("ws.vbk"));
    auto made = Backup::create(tw.ws(), backupFile);
    REQUIRE(made.ok());
    CHECK(made->documents == 5);
    CHECK(made->blobs == 5);
    // the workspace keeps working while and after a backup is made
    REQUIRE(registry.registerDocument(tw.clerk(), test::draft(QStringLiteral("6/TB-UBND"))).ok());

    SECTION("restore into a new folder") {
        const QString target = tw.file(QStringLiteral("restored"));
        auto restored = Backup::restore(backupFile, target);
        INFO((restored.ok() ? QString() : restored.error().message).toStdString());
        REQUIRE(restored.ok());
        CHECK(restored->documents == 5);
        CHECK(restored->replacedKeptAt.isEmpty());
        auto ws = Workspace::open(target);
        REQUIRE(ws.ok());
        CHECK(DocumentRepository((*ws)->database()).count({}).value() == 5);
        auto check = WorkspaceCheck::run(**ws);
        REQUIRE(check.ok());
        CHECK(check->ok());
        CHECK(check->blobsChecked == 5);
        CHECK(SearchIndex::search((*ws)->database(), QStringLiteral("phe duyet"), {}, 10)->total == 5);
        CHECK(UserDirectory((*ws)->database())
                  .authenticate(QStringLiteral("clerk"), test::TempWorkspace::kClerkPassword)
                  .ok());
    }
    SECTION("restore over an existing workspace keeps the old one") {
        const QString target = tw.path();
        tw.close();
        auto restored = Backup::restore(backupFile, target);
        INFO((restored.ok() ? QString() : restored.error().message).toStdString());
        REQUIRE(restored.ok());
        REQUIRE_FALSE(restored->replacedKeptAt.isEmpty());
        auto kept = Workspace::open(restored->replacedKeptAt);
        REQUIRE(kept.ok());
        CHECK(DocumentRepository((*kept)->database()).count({}).value() == 6);
        auto now = Workspace::open(target);
        REQUIRE(now.ok());
        CHECK(DocumentRepository((*now)->database()).count({}).value() == 5);
    }
    SECTION("a damaged backup is refused and nothing is created") {
        const QByteArray bytes = readAll(backupFile);
        overwrite(backupFile, bytes.size() - 10, "!");
        const QString target = tw.file(QStringLiteral("restored-damaged"));
        auto restored = Backup::restore(backupFile, target);
        REQUIRE_FALSE(restored.ok());
        CHECK(restored.error().code == ErrorCode::Integrity);
        CHECK_FALSE(QFile::exists(target));
        QDir parent(tw.file(QString()));
        CHECK(parent.entryList({QStringLiteral("restored-damaged*")}, QDir::AllEntries).isEmpty());
    }
    SECTION("a truncated backup is refused") {
        QFile f(backupFile);
        REQUIRE(f.resize(f.size() - 100));
        CHECK_FALSE(Backup::verify(backupFile).ok());
    }
    SECTION("a backup from a newer version is refused") {
        QByteArray bytes = readAll(backupFile);
        const QByteArray from = "\"schemaVersion\":" + QByteArray::number(Database::latestSchemaVersion());
        REQUIRE(bytes.contains(from));
        bytes.replace(from, "\"schemaVersion\":9");
        QFile f(backupFile);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        auto verified = Backup::verify(backupFile);
        REQUIRE_FALSE(verified.ok());
        CHECK(verified.error().code == ErrorCode::Conflict);
    }
}

TEST_CASE("A database locked by another program gives a clear error after the busy timeout, and saves nothing") {
    test::TempWorkspace tw;
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
        other.setDatabaseName(tw.path() + QStringLiteral("/vanban.db"));
        REQUIRE(other.open());
        QSqlQuery lock(other);
        REQUIRE(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
        auto r = IncomingRegistry(tw.ws()).registerDocument(tw.clerk(), test::draft());
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::External);
        CHECK(r.error().message.contains(QStringLiteral("locked")));
        REQUIRE(lock.exec(QStringLiteral("ROLLBACK")));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("locker"));
    CHECK(DocumentRepository(tw.db()).count({}).value() == 0);
    // and once the other program lets go, the same registration goes through with number 01
    auto r = IncomingRegistry(tw.ws()).registerDocument(tw.clerk(), test::draft());
    REQUIRE(r.ok());
    CHECK(r->arrivalNumber == 1);
}

TEST_CASE("quick_check runs at open at most once a day and is recorded") {
    test::TempWorkspace tw;
    auto last = tw.db().exec(QStringLiteral("SELECT value FROM meta WHERE key = 'last_quick_check'"));
    REQUIRE(last->next());
    const qint64 at = last->value(0).toLongLong();
    CHECK(qAbs(at - QDateTime::currentSecsSinceEpoch()) < 60);
    last->finish();
    // a day later the next open checks again
    REQUIRE(tw.db()
                .exec(QStringLiteral("UPDATE meta SET value = ? WHERE key = 'last_quick_check'"),
                      {QString::number(at - 2 * 86400)})
                .ok());
    tw.reopen();
    auto again = tw.db().exec(QStringLiteral("SELECT value FROM meta WHERE key = 'last_quick_check'"));
    REQUIRE(again->next());
    CHECK(again->value(0).toLongLong() >= at);
}

namespace {
// A small tmpfs mounted for the test (needs root, as in CI); unmounted at the end.
class TinyDisk {
public:
    explicit TinyDisk(const QString& path, const QString& size)
        : m_path(path) {
        QDir().mkpath(path);
        QProcess mount;
        mount.start(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                              QStringLiteral("size=") + size, QStringLiteral("tmpfs"), path});
        m_mounted = mount.waitForFinished(10000) && mount.exitCode() == 0;
    }
    ~TinyDisk() {
        if (m_mounted)
            QProcess::execute(QStringLiteral("umount"), {m_path});
    }
    bool mounted() const { return m_mounted; }

private:
    QString m_path;
    bool m_mounted = false;
};
} // namespace

TEST_CASE("A full disk gives a clear error and loses nothing") {
    QTemporaryDir dir;
    TinyDisk disk(dir.filePath(QStringLiteral("tiny")), QStringLiteral("768k"));
    if (!disk.mounted()) {
        WARN("cannot mount a small tmpfs here (not root?); skipping the full-disk test");
        return;
    }
    auto created = Workspace::create(
        dir.filePath(QStringLiteral("tiny/ws")), AgencyProfile{QStringLiteral("000.00.12.H41"), QStringLiteral("UBND")},
        NewUser{QStringLiteral("admin"), QStringLiteral("Quản trị"), Role::Admin, {}}, "admin-password");
    REQUIRE(created.ok());
    Workspace& ws = **created;
    const User admin = UserDirectory(ws.database()).find(QStringLiteral("admin")).value();
    IncomingRegistry registry(ws);

    // a file larger than the free space
    QFile big(dir.filePath(QStringLiteral("big.pdf")));
    REQUIRE(big.open(QIODevice::WriteOnly));
    big.write("%PDF-1.4\n");
    big.write(QByteArray(2 << 20, 'x'));
    big.close();
    IncomingDraft withFile = test::draft(QStringLiteral("1/UBND-VP"));
    withFile.files = {big.fileName()};
    auto refused = registry.registerDocument(admin, withFile);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::External);
    CHECK(refused.error().message.contains(QStringLiteral("disk")));
    CHECK(DocumentRepository(ws.database()).count({}).value() == 0);
    CHECK(QDir(ws.blobs().root()).entryList({QStringLiteral("*.tmp")}, QDir::Files).isEmpty());

    // documents until the database itself cannot grow: every registered one is whole, numbers stay gapless
    int registered = 0;
    Error last;
    for (int i = 1; i <= 20000; ++i) {
        auto r = registry.registerDocument(admin, test::draft(QStringLiteral("%1/TB-UBND").arg(i)));
        if (!r) {
            last = r.error();
            break;
        }
        REQUIRE(r->arrivalNumber == ++registered);
    }
    REQUIRE(registered > 0);
    CHECK(last.code == ErrorCode::External);
    CHECK(last.message.contains(QStringLiteral("full")));
    CHECK(DocumentRepository(ws.database()).count({}).value() == registered);
    auto q = ws.database().exec(QStringLiteral("SELECT count(*), max(number) FROM documents"));
    REQUIRE(q->next());
    CHECK(q->value(0).toInt() == registered);
    CHECK(q->value(1).toInt() == registered);
    q->finish();
    CHECK(ws.database().checkIntegrity(true).ok());
    created->reset();
}

TEST_CASE("A read-only workspace gives a clear error and is left as it was") {
    QTemporaryDir dir;
    const QString mountPoint = dir.filePath(QStringLiteral("ro"));
    TinyDisk disk(mountPoint, QStringLiteral("4m"));
    if (!disk.mounted()) {
        WARN("cannot mount a small tmpfs here (not root?); skipping the read-only test");
        return;
    }
    const QString path = mountPoint + QStringLiteral("/ws");
    {
        auto created = Workspace::create(path, AgencyProfile{QStringLiteral("000.00.12.H41"), QStringLiteral("UBND")},
                                         NewUser{QStringLiteral("admin"), QStringLiteral("Quản trị"), Role::Admin, {}},
                                         "admin-password");
        REQUIRE(created.ok());
    }
    const QByteArray before = readAll(path + QStringLiteral("/vanban.db"));
    REQUIRE(QProcess::execute(QStringLiteral("mount"),
                              {QStringLiteral("-o"), QStringLiteral("remount,ro"), mountPoint}) == 0);
    auto ws = Workspace::open(path);
    if (ws) {
        const User admin = UserDirectory((*ws)->database()).find(QStringLiteral("admin")).value();
        auto r = IncomingRegistry(**ws).registerDocument(admin, test::draft());
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::External);
        INFO(r.error().message.toStdString());
        CHECK((r.error().message.contains(QStringLiteral("read-only")) ||
               r.error().message.contains(QStringLiteral("open"))));
    } else {
        INFO(ws.error().message.toStdString());
        CHECK(ws.error().code == ErrorCode::External);
        CHECK(ws.error().message.contains(QStringLiteral("read-only")));
    }
    ws = Error{};
    CHECK(readAll(path + QStringLiteral("/vanban.db")) == before);
}
