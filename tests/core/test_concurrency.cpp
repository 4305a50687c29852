#include "documents/DocumentRepository.h"
#include "maintenance/Backup.h"
#include "maintenance/WorkspaceCheck.h"
#include "registry/IncomingRegistry.h"
#include "registry/OutgoingRegistry.h"
#include "support/Drafts.h"
#include "support/TempWorkspace.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QThread>
#include <set>

using namespace vanban;

TEST_CASE("Two processes registering 500 documents each get numbers 1..1000 without gap or duplicate") {
    test::TempWorkspace tw;
    tw.close();
    QProcess a, b;
    for (QProcess* p : {&a, &b}) {
        p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p->start(QStringLiteral(VANBAN_TEST_REGISTER_WORKER),
                 {tw.path(), QStringLiteral("clerk"), QString::fromLatin1(test::TempWorkspace::kClerkPassword),
                  QStringLiteral("500"), p == &a ? QStringLiteral("A") : QStringLiteral("B")});
        REQUIRE(p->waitForStarted());
    }
    for (QProcess* p : {&a, &b}) {
        REQUIRE(p->waitForReadyRead(30000));
        CHECK(p->readLine().trimmed() == "ready");
    }
    a.write("go\n");
    b.write("go\n");
    for (QProcess* p : {&a, &b}) {
        REQUIRE(p->waitForFinished(180000));
        CHECK(p->exitStatus() == QProcess::NormalExit);
        CHECK(p->exitCode() == 0);
    }
    tw.reopen();
    auto q = tw.db().exec(QStringLiteral("SELECT number, code_notation FROM documents ORDER BY number"));
    REQUIRE(q.ok());
    std::set<int> numbers;
    int fromA = 0, fromB = 0, rows = 0;
    bool interleaved = false;
    QString last;
    while (q->next()) {
        ++rows;
        numbers.insert(q->value(0).toInt());
        const QString who = q->value(1).toString();
        (who.startsWith(QLatin1Char('A')) ? fromA : fromB)++;
        if (!last.isEmpty() && last != who)
            interleaved = true;
        last = who;
    }
    CHECK(rows == 1000);
    CHECK(fromA == 500);
    CHECK(fromB == 500);
    REQUIRE(numbers.size() == 1000);
    CHECK(*numbers.begin() == 1);
    CHECK(*numbers.rbegin() == 1000);
    // Both ran at the same time (otherwise the test proves nothing about concurrency).
    CHECK(interleaved);
}

TEST_CASE("Two processes issuing 300 outgoing numbers each get 1..600 without gap or duplicate") {
    test::TempWorkspace tw;
    tw.close();
    QProcess a, b;
    for (QProcess* p : {&a, &b}) {
        p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p->start(QStringLiteral(VANBAN_TEST_REGISTER_WORKER),
                 {tw.path(), QStringLiteral("clerk"), QString::fromLatin1(test::TempWorkspace::kClerkPassword),
                  QStringLiteral("300"), p == &a ? QStringLiteral("QĐ") : QStringLiteral("KH"),
                  QStringLiteral("outgoing")});
        REQUIRE(p->waitForStarted());
    }
    for (QProcess* p : {&a, &b}) {
        REQUIRE(p->waitForReadyRead(30000));
        CHECK(p->readLine().trimmed() == "ready");
    }
    a.write("go\n");
    b.write("go\n");
    for (QProcess* p : {&a, &b}) {
        REQUIRE(p->waitForFinished(180000));
        CHECK(p->exitStatus() == QProcess::NormalExit);
        CHECK(p->exitCode() == 0);
    }
    tw.reopen();
    auto q = tw.db().exec(QStringLiteral(
        "SELECT number, code_number, code_notation FROM documents WHERE direction = 'outgoing' ORDER BY number"));
    REQUIRE(q.ok());
    std::set<int> numbers;
    int fromA = 0, fromB = 0, rows = 0;
    bool interleaved = false;
    QString last;
    while (q->next()) {
        ++rows;
        numbers.insert(q->value(0).toInt());
        CHECK(q->value(1).toString() == Document::numberText(q->value(0).toInt()));
        const QString who = q->value(2).toString();
        (who == QStringLiteral("QĐ-UBND") ? fromA : fromB)++;
        if (!last.isEmpty() && last != who)
            interleaved = true;
        last = who;
    }
    q->finish();
    CHECK(rows == 600);
    CHECK(fromA == 300);
    CHECK(fromB == 300);
    REQUIRE(numbers.size() == 600);
    CHECK(*numbers.begin() == 1);
    CHECK(*numbers.rbegin() == 600);
    CHECK(interleaved); // both ran at the same time
    auto seq =
        tw.db().exec(QStringLiteral("SELECT last_number FROM number_sequences WHERE book_id = 'di' AND secret = 0"));
    REQUIRE(seq->next());
    CHECK(seq->value(0).toInt() == 600);
}

TEST_CASE("Backups taken while another process registers are consistent") {
    test::TempWorkspace tw;
    QProcess writer;
    writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    writer.start(QStringLiteral(VANBAN_TEST_REGISTER_WORKER),
                 {tw.path(), QStringLiteral("clerk"), QString::fromLatin1(test::TempWorkspace::kClerkPassword),
                  QStringLiteral("400"), QStringLiteral("W")});
    REQUIRE(writer.waitForStarted());
    REQUIRE(writer.waitForReadyRead(30000));
    writer.readLine();
    writer.write("go\n");
    REQUIRE(writer.waitForBytesWritten(10000));
    QStringList backups;
    while (writer.state() == QProcess::Running && backups.size() < 5) {
        const QString file = tw.file(QStringLiteral("live-%1.vbk").arg(backups.size()));
        auto made = Backup::create(tw.ws(), file);
        REQUIRE(made.ok());
        backups << file;
        QThread::msleep(50);
    }
    REQUIRE(writer.waitForFinished(180000));
    CHECK(writer.exitCode() == 0);
    REQUIRE_FALSE(backups.isEmpty());
    for (const QString& file : backups) {
        INFO(file.toStdString());
        const QString target = file + QStringLiteral(".restored");
        auto restored = Backup::restore(file, target);
        REQUIRE(restored.ok());
        auto ws = Workspace::open(target);
        REQUIRE(ws.ok());
        auto q = (*ws)->database().exec(QStringLiteral("SELECT count(*), coalesce(max(number), 0), "
                                                       "(SELECT count(*) FROM document_history) FROM documents"));
        REQUIRE(q->next());
        // a snapshot: every registration whole (document and its history), numbers 1..n without gaps
        CHECK(q->value(0).toInt() == q->value(1).toInt());
        CHECK(q->value(2).toInt() == q->value(0).toInt());
        q->finish();
        auto check = WorkspaceCheck::run(**ws);
        REQUIRE(check.ok());
        CHECK(check->ok());
    }
}

TEST_CASE("A process killed in the middle of registering loses nothing and leaves no gap") {
    test::TempWorkspace tw;
    tw.close();
    int rounds = 0;
    for (int round = 0; round < 8; ++round) {
        QProcess writer;
        writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        writer.start(QStringLiteral(VANBAN_TEST_REGISTER_WORKER),
                     {tw.path(), QStringLiteral("clerk"), QString::fromLatin1(test::TempWorkspace::kClerkPassword),
                      QStringLiteral("100000"), QStringLiteral("K%1").arg(round)});
        REQUIRE(writer.waitForStarted());
        REQUIRE(writer.waitForReadyRead(30000));
        writer.readLine();
        writer.write("go\n");
        REQUIRE(writer.waitForBytesWritten(10000));
        QThread::msleep(150 + 97 * round); // somewhere in the middle of a transaction, most likely
        writer.kill();                     // SIGKILL: no cleanup, no rollback by the program
        REQUIRE(writer.waitForFinished(30000));
        ++rounds;
    }
    tw.reopen();
    auto q = tw.db().exec(
        QStringLiteral("SELECT count(*), min(number), max(number), (SELECT count(*) FROM document_history), "
                       "(SELECT count(*) FROM document_search) FROM documents"));
    REQUIRE(q->next());
    const int count = q->value(0).toInt();
    INFO("documents after " << rounds << " killed writers: " << count);
    CHECK(count > 0);
    CHECK(q->value(1).toInt() == 1);
    CHECK(q->value(2).toInt() == count); // gapless
    CHECK(q->value(3).toInt() == count); // every document has its history
    CHECK(q->value(4).toInt() == count); // and its search row
    q->finish();
    auto seq = tw.db().exec(QStringLiteral("SELECT last_number FROM number_sequences WHERE secret = 0"));
    REQUIRE(seq->next());
    CHECK(seq->value(0).toInt() == count); // the counter agrees with the register
    seq->finish();
    CHECK(tw.db().checkIntegrity(true).ok());
    // and the next registration continues the sequence
    auto next = IncomingRegistry(tw.ws()).registerDocument(tw.clerk(), test::draft(QStringLiteral("1/AFTER-KILL")));
    REQUIRE(next.ok());
    CHECK(next->arrivalNumber == count + 1);
}
