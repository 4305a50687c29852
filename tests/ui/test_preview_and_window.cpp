// The PDF preview (rendering off the UI thread, stale results dropped) and the main window: search off the UI
// thread, background text indexing, roles.
#include <catch2/catch.hpp>

#include "DocumentDetailPane.h"
#include "IncomingRegisterModel.h"
#include "MainWindow.h"
#include "PdfPreviewWidget.h"
#include "SampleLetterPdf.h"
#include "WorkspaceWorker.h"
#include "demo/SampleDocuments.h"
#include "documents/DocumentRepository.h"
#include "search/SearchIndex.h"
#include "support/Drafts.h"
#include "support/TempWorkspace.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace vanban;
using namespace vanban::ui;

TEST_CASE("The PDF preview renders pages off the UI thread", "[ui][preview]") {
    test::TempWorkspace tw;
    const QString pdf = tw.file(QStringLiteral("letter.pdf"));
    REQUIRE(test::writeLetterPdf(pdf, 3));
    PdfPreviewWidget preview;
    preview.resize(500, 600);
    preview.show();
    QSignalSpy shown(&preview, &PdfPreviewWidget::pageShown);

    preview.setFile(tw.file(QStringLiteral("missing.pdf"))); // superseded at once: its result is dropped
    preview.setFile(pdf);
    CHECK(preview.isRendering());
    REQUIRE(shown.wait(10000));
    CHECK(shown.count() == 1);
    CHECK_FALSE(preview.isRendering());
    CHECK(preview.pageCount() == 3);
    CHECK(preview.findChild<QLabel*>(QStringLiteral("pageLabel"))->text() == QStringLiteral("Page 1/3"));
    CHECK_FALSE(preview.findChild<QLabel*>(QStringLiteral("pageImage"))->pixmap().isNull());

    preview.nextPage();
    REQUIRE(shown.wait(10000));
    CHECK(preview.currentPage() == 1);
    const double fitted = preview.zoom();
    preview.zoomIn();
    REQUIRE(shown.wait(10000));
    CHECK(preview.zoom() > fitted);

    preview.setFile(tw.file(QStringLiteral("missing.pdf")));
    REQUIRE(shown.wait(10000));
    CHECK(preview.pageCount() == 0);
    CHECK(preview.findChild<QLabel*>(QStringLiteral("pageImage"))->text().contains(QStringLiteral("missing.pdf")));
}

TEST_CASE("The main window searches off the UI thread and shows the register again on Escape", "[ui][window]") {
    test::TempWorkspace tw;
    REQUIRE(SampleDocuments::fill(tw.ws(), tw.clerk(), 120, QDateTime::currentDateTime()));
    IncomingDraft marked = test::draft(QStringLiteral("77/TB-UBND"));
    marked.subject = QStringLiteral("Thông báo lịch tiếp công dân định kỳ tháng mười hai");
    auto reg = IncomingRegistry(tw.ws()).registerDocument(tw.clerk(), marked);
    REQUIRE(reg);

    auto ws = Workspace::open(tw.path());
    REQUIRE(ws);
    MainWindow window(std::move(ws).value(), tw.clerk());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK(window.windowTitle() == QStringLiteral("VanBan — UBND huyện Nam Đàn — Nguyễn Thị Lan"));
    RegisterModel* model = window.registerModel();
    REQUIRE(model->rowCount() == 121);
    CHECK(window.findChild<QLabel*>(QStringLiteral("countLabel"))->text().contains(QStringLiteral("121")));
    CHECK(window.findChild<QAction*>(QStringLiteral("registerAction"))->isEnabled());

    window.selectFirstRow();
    CHECK(window.detailPane()->documentId() == model->documentId(0));

    auto* box = window.findChild<QLineEdit*>(QStringLiteral("searchBox"));
    box->setText(QStringLiteral("tiep cong dan dinh ky thang muoi hai")); // without diacritics
    QMetaObject::invokeMethod(box, "returnPressed");
    REQUIRE(QTest::qWaitFor([&] { return model->isRestricted(); }, 10000));
    CHECK(model->rowCount() >= 1);
    CHECK(model->documentId(0) == reg->id);
    CHECK(window.findChild<QLabel*>(QStringLiteral("countLabel"))->text().contains(QStringLiteral("“")));
    if (const QString dir = qEnvironmentVariable("VANBAN_UI_SCREENSHOTS"); !dir.isEmpty())
        window.grab().save(dir + QStringLiteral("/window-search.png"));

    QTest::keyClick(box, Qt::Key_Escape);
    CHECK(box->text().isEmpty());
    REQUIRE(QTest::qWaitFor([&] { return !model->isRestricted(); }, 10000));
    CHECK(model->rowCount() == 121);
}

TEST_CASE("A specialist cannot open the registration dialog", "[ui][window]") {
    test::TempWorkspace tw;
    auto ws = Workspace::open(tw.path());
    REQUIRE(ws);
    User specialist = tw.clerk();
    specialist.role = Role::Specialist;
    MainWindow window(std::move(ws).value(), specialist);
    CHECK_FALSE(window.findChild<QAction*>(QStringLiteral("registerAction"))->isEnabled());
    CHECK(window.registerModel()->rowCount() == 0);
}

TEST_CASE("The window indexes the text of new PDFs in the background", "[ui][window]") {
    test::TempWorkspace tw;
    const QString pdf = tw.file(QStringLiteral("letter.pdf"));
    REQUIRE(test::writeLetterPdf(pdf, 1));
    IncomingDraft withFile = test::draft(QStringLiteral("1250/STC-QLNS"));
    withFile.files = {pdf};
    auto reg = IncomingRegistry(tw.ws()).registerDocument(tw.clerk(), withFile);
    REQUIRE(reg);

    auto ws = Workspace::open(tw.path());
    REQUIRE(ws);
    MainWindow window(std::move(ws).value(), tw.clerk());
    window.show();
    auto* indexing = window.findChild<QLabel*>(QStringLiteral("indexingLabel"));
    window.startIndexing();
    CHECK(indexing->isVisibleTo(&window));
    REQUIRE(QTest::qWaitFor([&] { return !indexing->isVisibleTo(&window); }, 20000));

    // Words that occur only in the body of the PDF now find the document.
    auto hits = SearchIndex::search(tw.db(), QStringLiteral("thuong xuyen tiet kiem"), {}, 10);
    REQUIRE(hits);
    CHECK(hits->ids == QList<qint64>{reg->id});

    window.selectFirstRow();
    PdfPreviewWidget* preview = window.detailPane()->preview();
    CHECK(preview->file() == tw.ws().blobs().pathOf(DocumentRepository(tw.db()).get(reg->id)->files.first().sha256));
    REQUIRE(QTest::qWaitFor([&] { return !preview->isRendering(); }, 10000));
    CHECK(preview->pageCount() == 1);
}
