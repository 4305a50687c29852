#include "documents/DocumentRepository.h"
#include "registry/IncomingRegistry.h"
#include "support/Drafts.h"
#include "support/PdfFixtures.h"
#include "support/TempWorkspace.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QJsonObject>
#include <thread>

using namespace vanban;

TEST_CASE("Arrival numbers run from 01 per book and year, gapless") {
    test::TempWorkspace tw;
    FixedClock clock(QDateTime(QDate(2026, 12, 31), QTime(16, 0)));
    IncomingRegistry registry(tw.ws(), clock);

    for (int i = 1; i <= 12; ++i) {
        auto r = registry.registerDocument(tw.clerk(), test::draft(QStringLiteral("%1/QĐ-UBND").arg(i)));
        REQUIRE(r.ok());
        CHECK(r->arrivalNumber == i);
        CHECK(r->year == 2026);
    }
    CHECK(Document::numberText(1) == QStringLiteral("01"));
    CHECK(Document::numberText(9) == QStringLiteral("09"));
    CHECK(Document::numberText(10) == QStringLiteral("10"));

    SECTION("a new year starts again at 01") {
        clock.set(QDateTime(QDate(2027, 1, 1), QTime(7, 30)));
        auto r = registry.registerDocument(tw.clerk(), test::draft(QStringLiteral("1/TB-UBND")));
        REQUIRE(r.ok());
        CHECK(r->year == 2027);
        CHECK(r->arrivalNumber == 1);
        CHECK(r->arrivalNumberText == QStringLiteral("01"));
        // and 2026 goes on where it was for a document that arrived (back-dated) in 2026
        auto late = registry.registerDocument(
            tw.clerk(), test::draft(QStringLiteral("99/TB-UBND"), QDateTime(QDate(2026, 12, 31), QTime(17, 0))));
        REQUIRE(late.ok());
        CHECK(late->year == 2026);
        CHECK(late->arrivalNumber == 13);
    }
    SECTION("secret documents have their own sequence") {
        IncomingDraft secret = test::draft(QStringLiteral("5/QĐ-CAT"));
        secret.secrecy = Secrecy::Secret;
        auto s1 = registry.registerDocument(tw.clerk(), secret);
        REQUIRE(s1.ok());
        CHECK(s1->arrivalNumber == 1);
        secret.code = QStringLiteral("6/QĐ-CAT");
        auto s2 = registry.registerDocument(tw.clerk(), secret);
        REQUIRE(s2.ok());
        CHECK(s2->arrivalNumber == 2);
        auto normal = registry.registerDocument(tw.clerk(), test::draft(QStringLiteral("13/QĐ-UBND")));
        REQUIRE(normal.ok());
        CHECK(normal->arrivalNumber == 13);
        CHECK(registry.previewNextNumber(QStringLiteral("den"), clock.now(), Secrecy::TopSecret).value() == 3);
        CHECK(registry.previewNextNumber(QStringLiteral("den"), clock.now(), Secrecy::None).value() == 14);
    }
}

TEST_CASE("Only a clerk or an administrator registers documents") {
    test::TempWorkspace tw;
    IncomingRegistry registry(tw.ws());
    for (Role role : {Role::Leader, Role::Specialist}) {
        User u = tw.clerk();
        u.role = role;
        auto r = registry.registerDocument(u, test::draft());
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::Permission);
    }
    CHECK(registry.registerDocument(tw.admin(), test::draft()).ok());
    CHECK(DocumentRepository(tw.db()).count({}).value() == 1);
}

TEST_CASE("Validation names the field and the reason, and saves nothing") {
    test::TempWorkspace tw;
    IncomingRegistry registry(tw.ws());
    struct Case {
        const char* field;
        std::function<void(IncomingDraft&)> spoil;
    };
    const QList<Case> cases = {
        {"code", [](IncomingDraft& d) { d.code = QStringLiteral("QĐ-UBND"); }},
        {"code", [](IncomingDraft& d) { d.code = QStringLiteral("x/QĐ"); }},
        {"issued", [](IncomingDraft& d) { d.issuedDate = QDate(); }},
        {"issued", [](IncomingDraft& d) { d.issuedDate = QDate::currentDate().addDays(3); }},
        {"type", [](IncomingDraft& d) { d.typeName = QStringLiteral("Thư tình"); }},
        {"subject", [](IncomingDraft& d) { d.subject = QStringLiteral("   "); }},
        {"subject", [](IncomingDraft& d) { d.subject = QString(501, QLatin1Char('a')); }},
        {"from-name", [](IncomingDraft& d) { d.organName.clear(); }},
        {"due", [](IncomingDraft& d) { d.dueDate = d.issuedDate.addDays(-1); }},
        {"arrived", [](IncomingDraft& d) { d.arrivalDate = QDateTime::currentDateTime().addDays(2); }},
        {"file", [](IncomingDraft& d) { d.files = {QStringLiteral("/nonexistent/x.pdf")}; }},
        {"pages", [](IncomingDraft& d) { d.pageAmount = 1000; }},
    };
    for (const Case& c : cases) {
        IncomingDraft d = test::draft();
        c.spoil(d);
        auto r = registry.registerDocument(tw.clerk(), d);
        INFO(c.field);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::Invalid);
        CHECK(r.error().field == QString::fromLatin1(c.field));
        CHECK_FALSE(r.error().message.isEmpty());
    }
    CHECK(DocumentRepository(tw.db()).count({}).value() == 0);

    SECTION("a type is accepted without diacritics or case and stored canonically") {
        IncomingDraft d = test::draft();
        d.typeName = QStringLiteral("cong van");
        auto r = registry.registerDocument(tw.clerk(), d);
        REQUIRE(r.ok());
        CHECK(DocumentRepository(tw.db()).get(r->id)->typeName == QStringLiteral("Công văn"));
    }
    SECTION("a main file that is not a PDF is refused") {
        QFile f(tw.file(QStringLiteral("note.txt")));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("hello");
        f.close();
        IncomingDraft d = test::draft();
        d.files = {f.fileName()};
        auto r = registry.registerDocument(tw.clerk(), d);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().field == QStringLiteral("file"));
    }
}

TEST_CASE("A probable duplicate is refused unless forced") {
    test::TempWorkspace tw;
    IncomingRegistry registry(tw.ws());
    REQUIRE(registry.registerDocument(tw.clerk(), test::draft()).ok());
    auto dup = registry.registerDocument(tw.clerk(), test::draft());
    REQUIRE_FALSE(dup.ok());
    CHECK(dup.error().code == ErrorCode::Conflict);

    IncomingDraft otherDate = test::draft();
    otherDate.issuedDate = otherDate.issuedDate.addDays(-1);
    CHECK(registry.registerDocument(tw.clerk(), otherDate).ok());
    IncomingDraft otherSender = test::draft();
    otherSender.organId = QStringLiteral("000.00.05.H41");
    CHECK(registry.registerDocument(tw.clerk(), otherSender).ok());

    IncomingDraft forced = test::draft();
    forced.forceDuplicate = true;
    auto r = registry.registerDocument(tw.clerk(), forced);
    REQUIRE(r.ok());
    auto history = DocumentRepository(tw.db()).history(r->id);
    REQUIRE(history->size() == 1);
    CHECK(QJsonDocument::fromJson(history->first().details.toUtf8())
              .object()
              .value(QStringLiteral("forcedDuplicate"))
              .toBool());
}

TEST_CASE("Files go to the blob store and every registration leaves history") {
    test::TempWorkspace tw;
    IncomingRegistry registry(tw.ws());
    IncomingDraft d = test::draft();
    d.files = {test::writePdf(tw.file(QStringLiteral("main.pdf")), "Main"),
               test::writePdf(tw.file(QStringLiteral("annex.pdf")), "Annex")};
    auto r = registry.registerDocument(tw.clerk(), d);
    REQUIRE(r.ok());
    DocumentRepository repo(tw.db());
    auto doc = repo.get(r->id);
    REQUIRE(doc.ok());
    REQUIRE(doc->files.size() == 2);
    CHECK(doc->files[0].name == QStringLiteral("main.pdf"));
    CHECK(doc->files[0].textState == QStringLiteral("pending"));
    CHECK(doc->files[1].name == QStringLiteral("annex.pdf"));
    CHECK(tw.ws().blobs().verify(doc->files[0].sha256).ok());
    CHECK(tw.ws().blobs().read(doc->files[1].sha256).value() == test::minimalPdf("Annex"));
    CHECK(doc->codeNumber == QStringLiteral("12"));
    CHECK(doc->codeNotation == QStringLiteral("QĐ-UBND"));
    CHECK(doc->status == QStringLiteral("registered"));
    auto history = repo.history(r->id);
    REQUIRE(history->size() == 1);
    CHECK(history->first().action == QStringLiteral("registered"));
    CHECK(history->first().userLogin == QStringLiteral("clerk"));
}

TEST_CASE("Files can be stored on another thread before the registration transaction") {
    test::TempWorkspace tw;
    IncomingRegistry registry(tw.ws());
    IncomingDraft d = test::draft();
    d.files = {test::writePdf(tw.file(QStringLiteral("scan.pdf")), "Scan")};
    Result<StoredFiles> stored = Error{};
    std::thread worker([&] { stored = IncomingRegistry::storeFiles(tw.ws().blobs(), d.files); });
    worker.join();
    REQUIRE(stored.ok());
    REQUIRE(stored->blobs.size() == 1);
    CHECK(tw.ws().blobs().verify(stored->blobs.first().sha256).ok());
    auto r = registry.registerDocument(tw.clerk(), d, *stored);
    REQUIRE(r.ok());
    auto doc = DocumentRepository(tw.db()).get(r->id);
    REQUIRE(doc->files.size() == 1);
    CHECK(doc->files.first().sha256 == stored->blobs.first().sha256);
    CHECK(doc->files.first().name == QStringLiteral("scan.pdf"));
    // stored files that do not belong to the draft are refused
    IncomingDraft other = test::draft(QStringLiteral("13/QĐ-UBND"));
    CHECK_FALSE(registry.registerDocument(tw.clerk(), other, *stored).ok());
}
