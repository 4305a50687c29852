#include "documents/DocumentRepository.h"
#include "support/TempWorkspace.h"

#include <catch2/catch.hpp>

#include <QProcess>
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
