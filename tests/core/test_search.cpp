#include "documents/DocumentRepository.h"
#include "pdf/PopplerTextExtractor.h"
#include "registry/IncomingRegistry.h"
#include "search/SearchIndex.h"
#include "search/TextIndexer.h"
#include "support/Drafts.h"
#include "support/PdfFixtures.h"
#include "support/TempWorkspace.h"

#include <catch2/catch.hpp>

using namespace vanban;

namespace {
struct SearchFixture {
    test::TempWorkspace tw;
    IncomingRegistry registry{tw.ws()};
    qint64 add(const QString& code, const QString& type, const QString& subject, const QString& sender,
               Priority priority = Priority::Normal, const QDateTime& arrival = QDateTime()) {
        IncomingDraft d = test::draft(code, arrival);
        d.typeName = type;
        d.subject = subject;
        d.organName = sender;
        d.priority = priority;
        auto r = registry.registerDocument(tw.clerk(), d);
        REQUIRE(r.ok());
        return r->id;
    }
    QList<qint64> find(const QString& query, const SearchFilters& filters = {}) {
        auto hits = SearchIndex::search(tw.db(), query, filters, 50);
        REQUIRE(hits.ok());
        CHECK(hits->total == hits->ids.size());
        return hits->ids;
    }
};
} // namespace

TEST_CASE_METHOD(SearchFixture, "Search ignores case and Vietnamese diacritics, đ included") {
    const qint64 agree = add(QStringLiteral("125/STC-NS"), QStringLiteral("Công văn"),
                             QStringLiteral("V/v đồng ý chủ trương mua sắm tài sản"), QStringLiteral("Sở Tài chính"));
    const qint64 decision = add(QStringLiteral("15/QĐ-UBND"), QStringLiteral("Quyết định"),
                                QStringLiteral("Phê duyệt kế hoạch đầu tư công"), QStringLiteral("UBND tỉnh Nghệ An"));
    const qint64 road =
        add(QStringLiteral("7/TB-UBND"), QStringLiteral("Thông báo"),
            QStringLiteral("Thông báo lịch sửa đường giao thông"), QStringLiteral("UBND huyện Nam Đàn"));

    CHECK(find(QStringLiteral("dong y")) == QList<qint64>{agree});
    CHECK(find(QStringLiteral("ĐỒNG Ý")) == QList<qint64>{agree});
    CHECK(find(QStringLiteral("QUYET DINH")) == QList<qint64>{decision});
    CHECK(find(QStringLiteral("duong")) == QList<qint64>{road});
    CHECK(find(QStringLiteral("đường")) == QList<qint64>{road});
    // NFD input
    CHECK(find(QStringLiteral("đồng ý").normalized(QString::NormalizationForm_D)) == QList<qint64>{agree});
    // several words must all occur, in any order, and prefixes match
    CHECK(find(QStringLiteral("tai chinh mua")) == QList<qint64>{agree});
    CHECK(find(QStringLiteral("mua chinh")) == QList<qint64>{agree});
    CHECK(find(QStringLiteral("dong y quyet")).isEmpty());
    // số/ký hiệu, sender and signer are searchable
    CHECK(find(QStringLiteral("15/QĐ-UBND")) == QList<qint64>{decision});
    CHECK(find(QStringLiteral("nam dan")) == QList<qint64>{road});
    CHECK(find(QStringLiteral("nguyen van hung")).size() == 3);
    // nothing to search for
    CHECK_FALSE(SearchIndex::search(tw.db(), QStringLiteral(" / - "), {}, 10).ok());
}

TEST_CASE_METHOD(SearchFixture, "Results are ranked and filtered") {
    const qint64 inSubject =
        add(QStringLiteral("1/UBND-VP"), QStringLiteral("Công văn"), QStringLiteral("V/v phòng chống bão lũ, bão số 3"),
            QStringLiteral("UBND tỉnh"), Priority::Flash);
    const qint64 inSender = add(QStringLiteral("2/UBND-VP"), QStringLiteral("Công văn"),
                                QStringLiteral("V/v tiếp công dân"), QStringLiteral("Ban chỉ huy phòng chống bão"));
    const qint64 other = add(QStringLiteral("3/KH-UBND"), QStringLiteral("Kế hoạch"),
                             QStringLiteral("Kế hoạch phòng chống bão năm 2026"), QStringLiteral("UBND tỉnh"),
                             Priority::Normal, QDateTime(QDate(2025, 12, 30), QTime(9, 0)));
    const QList<qint64> all = find(QStringLiteral("bao"));
    REQUIRE(all.size() == 3);
    CHECK(all.first() == inSubject); // two occurrences in the subject rank first

    SearchFilters flash;
    flash.priority = Priority::Flash;
    CHECK(find(QStringLiteral("bao"), flash) == QList<qint64>{inSubject});
    SearchFilters y2025;
    y2025.year = 2025;
    CHECK(find(QStringLiteral("bao"), y2025) == QList<qint64>{other});
    SearchFilters plan;
    plan.typeName = QStringLiteral("Kế hoạch");
    CHECK(find(QStringLiteral("bao"), plan) == QList<qint64>{other});
    SearchFilters dates;
    dates.arrivedFrom = QDate(2025, 12, 1);
    dates.arrivedTo = QDate(2025, 12, 31);
    CHECK(find(QStringLiteral("bao"), dates) == QList<qint64>{other});
    SearchFilters sender;
    sender.organ = QStringLiteral("Ban chỉ huy phòng chống bão");
    CHECK(find(QStringLiteral("bao"), sender) == QList<qint64>{inSender});

    auto page = SearchIndex::search(tw.db(), QStringLiteral("bao"), {}, 1, 1);
    REQUIRE(page.ok());
    CHECK(page->total == 3);
    CHECK(page->ids.size() == 1);
}

TEST_CASE_METHOD(SearchFixture, "The text of the main PDF is searchable once indexed") {
    IncomingDraft d = test::draft(QStringLiteral("44/CV-STTTT"));
    d.subject = QStringLiteral("V/v chuyển đổi số");
    d.files = {test::writePdf(tw.file(QStringLiteral("scan.pdf")), "Ke hoach trien khai chu ky so chuyen dung")};
    auto r = registry.registerDocument(tw.clerk(), d);
    REQUIRE(r.ok());
    CHECK(find(QStringLiteral("chuyen dung")).isEmpty()); // not yet indexed

    PopplerTextExtractor extractor;
    auto indexed = TextIndexer(tw.ws(), extractor).indexPending();
    REQUIRE(indexed.ok());
    CHECK(*indexed == 1);
    CHECK(find(QStringLiteral("chuyên dụng")) == QList<qint64>{r->id});
    CHECK(DocumentRepository(tw.db()).get(r->id)->files.first().textState == QStringLiteral("done"));
    CHECK(TextIndexer(tw.ws(), extractor).indexPending().value() == 0);
}

TEST_CASE_METHOD(SearchFixture, "A PDF whose text cannot be read is marked failed and stays registered") {
    IncomingDraft d = test::draft(QStringLiteral("45/CV-STTTT"));
    QFile broken(tw.file(QStringLiteral("broken.pdf")));
    REQUIRE(broken.open(QIODevice::WriteOnly));
    broken.write("%PDF-1.4\nthis is not really a pdf\n");
    broken.close();
    d.files = {broken.fileName()};
    auto r = registry.registerDocument(tw.clerk(), d);
    REQUIRE(r.ok());
    PopplerTextExtractor extractor;
    REQUIRE(TextIndexer(tw.ws(), extractor).indexPending().value() == 1);
    CHECK(DocumentRepository(tw.db()).get(r->id)->files.first().textState == QStringLiteral("failed"));
    CHECK(find(QStringLiteral("45/CV-STTTT")) == QList<qint64>{r->id});
}
