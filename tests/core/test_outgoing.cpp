// The outgoing register (sổ văn bản đi): numbers of Nghị định 30 Art. 15, validation, roles, files, history,
// search and the Phụ lục IV export.
#include "documents/DocumentRepository.h"
#include "registry/IncomingRegistry.h"
#include "registry/OutgoingRegistry.h"
#include "reports/RegisterExport.h"
#include "search/SearchIndex.h"
#include "support/Drafts.h"
#include "support/PdfFixtures.h"
#include "support/TempWorkspace.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace vanban;

namespace {
RegisterQuery outgoingRegister() {
    RegisterQuery q;
    q.direction = Direction::Outgoing;
    return q;
}
} // namespace

TEST_CASE("Outgoing numbers run from 01 per book and year, and make the code") {
    test::TempWorkspace tw;
    FixedClock clock(QDateTime(QDate(2026, 12, 31), QTime(16, 0)));
    OutgoingRegistry registry(tw.ws(), clock);
    CHECK(registry.defaultBook().value() == QStringLiteral("di"));
    CHECK(registry.previewNextNumber(QStringLiteral("di"), clock.now().date(), Secrecy::None).value() == 1);

    for (int i = 1; i <= 11; ++i) {
        auto r = registry.issue(tw.clerk(),
                                test::outgoingDraft(i % 2 ? QStringLiteral("QĐ-UBND") : QStringLiteral("UBND-VP")));
        REQUIRE(r.ok());
        CHECK(r->number == i);
        CHECK(r->year == 2026);
        CHECK(r->bookId == QStringLiteral("di"));
        CHECK(r->numberText == Document::numberText(i));
        CHECK(r->code == Document::numberText(i) + (i % 2 ? QStringLiteral("/QĐ-UBND") : QStringLiteral("/UBND-VP")));
    }
    auto first = DocumentRepository(tw.db()).get(1);
    REQUIRE(first.ok());
    CHECK(first->direction == Direction::Outgoing);
    CHECK(first->codeNumber == QStringLiteral("01"));
    CHECK(first->codeNotation == QStringLiteral("QĐ-UBND"));
    CHECK(first->code() == QStringLiteral("01/QĐ-UBND"));
    CHECK(first->issuedDate == QDate(2026, 12, 31));                 // default: today by the registry's clock
    CHECK(first->organName == QStringLiteral("UBND huyện Nam Đàn")); // the issuing agency is the workspace's
    CHECK(first->organId == QStringLiteral("000.00.12.H41"));
    CHECK(first->signerFullName == QStringLiteral("Trần Văn Hùng"));
    CHECK(first->signerPosition == QStringLiteral("Chủ tịch"));
    CHECK(first->toPlaces.contains(QStringLiteral("Lưu: VT.")));
    CHECK_FALSE(first->arrivalDate.isValid());
    CHECK(registry.previewNextNumber(QStringLiteral("di"), clock.now().date(), Secrecy::None).value() == 12);

    SECTION("a new year starts again at 01; a back-dated document continues its own year") {
        clock.set(QDateTime(QDate(2027, 1, 1), QTime(7, 30)));
        auto r = registry.issue(tw.clerk(), test::outgoingDraft(QStringLiteral("TB-UBND")));
        REQUIRE(r.ok());
        CHECK(r->year == 2027);
        CHECK(r->number == 1);
        CHECK(r->code == QStringLiteral("01/TB-UBND"));
        OutgoingDraft late = test::outgoingDraft(QStringLiteral("TB-UBND"));
        late.issuedDate = QDate(2026, 12, 31);
        auto l = registry.issue(tw.clerk(), late);
        REQUIRE(l.ok());
        CHECK(l->year == 2026);
        CHECK(l->number == 12);
        CHECK(registry.previewNextNumber({}, QDate(2027, 3, 1), Secrecy::None).value() == 2);
    }
    SECTION("secret documents have their own sequence") {
        OutgoingDraft secret = test::outgoingDraft(QStringLiteral("QĐ-UBND-M"));
        secret.secrecy = Secrecy::TopSecret;
        auto s1 = registry.issue(tw.clerk(), secret);
        REQUIRE(s1.ok());
        CHECK(s1->number == 1);
        secret.secrecy = Secrecy::Confidential;
        auto s2 = registry.issue(tw.clerk(), secret);
        REQUIRE(s2.ok());
        CHECK(s2->number == 2);
        CHECK(DocumentRepository(tw.db()).get(s2->id)->secretSequence);
        auto normal = registry.issue(tw.clerk(), test::outgoingDraft());
        REQUIRE(normal.ok());
        CHECK(normal->number == 12);
        CHECK(registry.previewNextNumber(QStringLiteral("di"), clock.now().date(), Secrecy::Secret).value() == 3);
        CHECK(registry.previewNextNumber(QStringLiteral("di"), clock.now().date(), Secrecy::None).value() == 13);
    }
    SECTION("the incoming register keeps its own numbers") {
        auto in = IncomingRegistry(tw.ws(), clock).registerDocument(tw.clerk(), test::draft());
        REQUIRE(in.ok());
        CHECK(in->arrivalNumber == 1);
        CHECK(registry.issue(tw.clerk(), test::outgoingDraft())->number == 12);
    }
}

TEST_CASE("Số and ký hiệu are unique within a year: a taken number is refused and given back") {
    test::TempWorkspace tw;
    FixedClock clock(QDateTime(QDate(2026, 5, 4), QTime(9, 0)));
    OutgoingRegistry registry(tw.ws(), clock);
    REQUIRE(tw.db()
                .exec(QStringLiteral("INSERT INTO books (id, direction, name) VALUES ('di-qd', 'outgoing', "
                                     "'Sổ quyết định')"))
                .ok());
    REQUIRE(registry.issue(tw.clerk(), test::outgoingDraft()).ok()); // 01/QĐ-UBND in "di"

    // The second book also starts at 01: with the same notation the code would repeat.
    OutgoingDraft other = test::outgoingDraft();
    other.bookId = QStringLiteral("di-qd");
    auto dup = registry.issue(tw.clerk(), other);
    REQUIRE_FALSE(dup.ok());
    CHECK(dup.error().code == ErrorCode::Conflict);
    CHECK(dup.error().field == QStringLiteral("notation"));
    CHECK(dup.error().message.contains(QStringLiteral("01/QĐ-UBND")));
    // nothing was saved and the number went back to the sequence
    CHECK(DocumentRepository(tw.db()).count(outgoingRegister()).value() == 1);
    CHECK(registry.previewNextNumber(QStringLiteral("di-qd"), clock.now().date(), Secrecy::None).value() == 1);

    // The secret sequence with the same notation collides the same way.
    OutgoingDraft secret = test::outgoingDraft();
    secret.secrecy = Secrecy::Secret;
    CHECK(registry.issue(tw.clerk(), secret).error().code == ErrorCode::Conflict);

    // Notations compare case-sensitively (Phụ lục III: QyĐ, TTr …): another case is another notation.
    other.notation = QStringLiteral("QĐ-ubnd");
    auto distinct = registry.issue(tw.clerk(), other);
    REQUIRE(distinct.ok());
    CHECK(distinct->code == QStringLiteral("01/QĐ-ubnd"));
    // The database refuses a repeated code even when the registry is bypassed.
    auto raw = tw.db().exec(
        QStringLiteral("INSERT INTO documents (direction, book_id, year, number, secret_sequence, code_number, "
                       "code_notation, type_name, subject, organ_name, status, created_at, updated_at) VALUES "
                       "('outgoing', 'di-qd', 2026, 9, 0, '01', 'QĐ-UBND', 'Quyết định', 's', 'o', 'registered', "
                       "'x', 'x')"));
    REQUIRE_FALSE(raw.ok());
    CHECK(raw.error().code == ErrorCode::Conflict);
}

TEST_CASE("Only a clerk or an administrator issues outgoing numbers") {
    test::TempWorkspace tw;
    OutgoingRegistry registry(tw.ws());
    for (Role role : {Role::Leader, Role::Specialist}) {
        User u = tw.clerk();
        u.role = role;
        auto r = registry.issue(u, test::outgoingDraft());
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::Permission);
        auto stored = registry.issue(u, test::outgoingDraft(), StoredFiles{});
        CHECK(stored.error().code == ErrorCode::Permission);
    }
    CHECK(DocumentRepository(tw.db()).count(outgoingRegister()).value() == 0);
    CHECK(registry.issue(tw.admin(), test::outgoingDraft()).ok());
    CHECK(registry.issue(tw.clerk(), test::outgoingDraft(QStringLiteral("TB-UBND")))->number == 2);
}

TEST_CASE("Outgoing validation names the field and the reason, and saves nothing") {
    test::TempWorkspace tw;
    FixedClock clock(QDateTime(QDate(2026, 5, 4), QTime(9, 0)));
    OutgoingRegistry registry(tw.ws(), clock);
    struct Case {
        const char* field;
        std::function<void(OutgoingDraft&)> spoil;
    };
    const QList<Case> cases = {
        {"notation", [](OutgoingDraft& d) { d.notation = QStringLiteral("  "); }},
        {"notation", [](OutgoingDraft& d) { d.notation = QStringLiteral("12/QĐ-UBND"); }},
        {"notation", [](OutgoingDraft& d) { d.notation = QStringLiteral("QĐ UBND"); }},
        {"notation", [](OutgoingDraft& d) { d.notation = QStringLiteral("-QĐ-UBND"); }},
        {"notation", [](OutgoingDraft& d) { d.notation = QString(31, QLatin1Char('A')); }},
        {"type", [](OutgoingDraft& d) { d.typeName.clear(); }},
        {"type", [](OutgoingDraft& d) { d.typeName = QStringLiteral("Thư tình"); }},
        {"subject", [](OutgoingDraft& d) { d.subject = QStringLiteral(" "); }},
        {"subject", [](OutgoingDraft& d) { d.subject = QString(501, QLatin1Char('a')); }},
        {"signer", [](OutgoingDraft& d) { d.signerFullName.clear(); }},
        {"signer", [](OutgoingDraft& d) { d.signerFullName = QString(51, QLatin1Char('a')); }},
        {"signer-position", [](OutgoingDraft& d) { d.signerPosition = QString(101, QLatin1Char('a')); }},
        {"issued", [](OutgoingDraft& d) { d.issuedDate = QDate(2026, 5, 5); }},
        {"issued", [](OutgoingDraft& d) { d.issuedDate = QDate(); }},
        {"recipients", [](OutgoingDraft& d) { d.toPlaces = QString(1001, QLatin1Char('a')); }},
        {"pages", [](OutgoingDraft& d) { d.pageAmount = 1000; }},
        {"file", [](OutgoingDraft& d) { d.files = {QStringLiteral("/nonexistent/x.pdf")}; }},
        {"book", [](OutgoingDraft& d) { d.bookId = QStringLiteral("den"); }}, // an incoming book
    };
    for (const Case& c : cases) {
        OutgoingDraft d = test::outgoingDraft();
        c.spoil(d);
        auto r = registry.issue(tw.clerk(), d);
        INFO(c.field);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().field == QString::fromLatin1(c.field));
        CHECK(r.error().code ==
              (QString::fromLatin1(c.field) == QLatin1String("book") ? ErrorCode::NotFound : ErrorCode::Invalid));
        CHECK_FALSE(r.error().message.isEmpty());
    }
    CHECK(DocumentRepository(tw.db()).count(outgoingRegister()).value() == 0);
    CHECK(registry.previewNextNumber({}, clock.now().date(), Secrecy::None).value() == 1);

    SECTION("a VBQPPL notation with its year, and a type without diacritics, are accepted") {
        OutgoingDraft d = test::outgoingDraft(QStringLiteral("2026/QĐ-UBND"));
        d.typeName = QStringLiteral("quyet dinh");
        auto r = registry.issue(tw.clerk(), d);
        REQUIRE(r.ok());
        CHECK(r->code == QStringLiteral("01/2026/QĐ-UBND"));
        CHECK(DocumentRepository(tw.db()).get(r->id)->typeName == QStringLiteral("Quyết định"));
    }
}

TEST_CASE("An outgoing document keeps its files, history and search entry, and loads by id") {
    test::TempWorkspace tw;
    OutgoingRegistry registry(tw.ws());
    OutgoingDraft d = test::outgoingDraft(QStringLiteral("KH-UBND"));
    d.typeName = QStringLiteral("Kế hoạch");
    d.subject = QStringLiteral("Kế hoạch tổ chức Tết trồng cây đời đời nhớ ơn Bác Hồ");
    d.files = {test::writePdf(tw.file(QStringLiteral("ke-hoach.pdf")), "Plan"),
               test::writePdf(tw.file(QStringLiteral("phu-luc.pdf")), "Annex")};
    d.pageAmount = 3;
    d.priority = Priority::Urgent;
    auto r = registry.issue(tw.clerk(), d);
    REQUIRE(r.ok());

    auto doc = registry.document(r->id);
    REQUIRE(doc.ok());
    REQUIRE(doc->files.size() == 2);
    CHECK(doc->files[0].name == QStringLiteral("ke-hoach.pdf"));
    CHECK(doc->files[0].textState == QStringLiteral("pending"));
    CHECK(tw.ws().blobs().read(doc->files[1].sha256).value() == test::minimalPdf("Annex"));
    CHECK(doc->pageAmount == 3);
    CHECK(doc->priority == Priority::Urgent);
    CHECK(doc->status == QStringLiteral("registered"));

    auto history = DocumentRepository(tw.db()).history(r->id);
    REQUIRE(history->size() == 1);
    CHECK(history->first().action == QStringLiteral("issued"));
    CHECK(history->first().userLogin == QStringLiteral("clerk"));
    const QJsonObject details = QJsonDocument::fromJson(history->first().details.toUtf8()).object();
    CHECK(details.value(QStringLiteral("number")).toInt() == 1);
    CHECK(details.value(QStringLiteral("code")).toString() == QStringLiteral("01/KH-UBND"));
    CHECK(details.value(QStringLiteral("files")).toInt() == 2);

    SearchFilters outgoing;
    outgoing.direction = Direction::Outgoing;
    auto hits = SearchIndex::search(tw.db(), QStringLiteral("tet trong cay"), outgoing, 10);
    REQUIRE(hits.ok());
    CHECK(hits->ids == QList<qint64>{r->id});
    SearchFilters incoming;
    incoming.direction = Direction::Incoming;
    CHECK(SearchIndex::search(tw.db(), QStringLiteral("tet trong cay"), incoming, 10)->ids.isEmpty());

    // An incoming document is not an outgoing one.
    auto in = IncomingRegistry(tw.ws()).registerDocument(tw.clerk(), test::draft());
    REQUIRE(in.ok());
    auto wrong = registry.document(in->id);
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().code == ErrorCode::NotFound);
}

TEST_CASE("The outgoing register exports in the columns of Phụ lục IV, secret sequence last") {
    test::TempWorkspace tw;
    FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0)));
    OutgoingRegistry registry(tw.ws(), clock);
    REQUIRE(registry.issue(tw.clerk(), test::outgoingDraft()).ok());
    OutgoingDraft secret = test::outgoingDraft(QStringLiteral("CV-M"));
    secret.typeName = QStringLiteral("Công văn");
    secret.secrecy = Secrecy::Confidential;
    REQUIRE(registry.issue(tw.clerk(), secret).ok());
    OutgoingDraft second = test::outgoingDraft(QStringLiteral("UBND-VP"));
    second.typeName = QStringLiteral("Công văn");
    second.subject = QStringLiteral("V/v báo cáo, số liệu \"quý I\"");
    second.signerPosition.clear();
    second.priority = Priority::Flash;
    REQUIRE(registry.issue(tw.clerk(), second).ok());
    REQUIRE(IncomingRegistry(tw.ws(), clock)
                .registerDocument(tw.clerk(), test::draft(QStringLiteral("9/QĐ-UBND"), clock.now()))
                .ok()); // not in this book

    const QString out = tw.file(QStringLiteral("so-di.csv"));
    auto rows = RegisterExport::writeCsv(tw.db(), Direction::Outgoing, 2026, out);
    REQUIRE(rows.ok());
    CHECK(*rows == 3);
    QFile f(out);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 4);
    QStringList header;
    for (const QString& column : RegisterExport::outgoingHeader())
        header << RegisterExport::csvField(column);
    CHECK(lines[0].endsWith(header.join(QLatin1Char(','))));
    CHECK(lines[0].contains(QStringLiteral("\"Số, ký hiệu văn bản\",Ngày tháng văn bản,")));
    CHECK(lines[0].contains(QStringLiteral("Nơi nhận văn bản")));
    CHECK(lines[1].startsWith(QStringLiteral("01/QĐ-UBND,02/03/2026,Quyết định: ")));
    CHECK(lines[1].contains(QStringLiteral("Trần Văn Hùng (Chủ tịch)")));
    CHECK(
        lines[2].startsWith(QStringLiteral("02/UBND-VP,02/03/2026,\"Công văn: V/v báo cáo, số liệu \"\"quý I\"\"\"")));
    CHECK(lines[2].endsWith(Enums::label(Priority::Flash)));
    CHECK(lines[3].startsWith(QStringLiteral("01/CV-M,"))); // the secret sequence after the others
    CHECK(lines[3].endsWith(Enums::label(Secrecy::Confidential)));
}
