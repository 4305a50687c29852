// IncomingRegisterModel: lazy paging, SQL sorting and search restriction, under QAbstractItemModelTester.
#include <catch2/catch.hpp>

#include "IncomingRegisterModel.h"
#include "demo/SampleDocuments.h"
#include "documents/DocumentRepository.h"
#include "support/Drafts.h"
#include "support/TempWorkspace.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QIcon>

using namespace vanban;
using vanban::ui::IncomingRegisterModel;

namespace {
constexpr int kDocuments = 450; // more than two pages of IncomingRegisterModel::kPageSize

// The register, filled once for all cases (filling hashes no passwords, but is still the slow part).
test::TempWorkspace& filled() {
    static test::TempWorkspace* tw = [] {
        auto* t = new test::TempWorkspace;
        auto done = SampleDocuments::fill(t->ws(), t->clerk(), kDocuments, QDateTime::currentDateTime());
        if (!done)
            FAIL(done.error().message.toStdString());
        return t;
    }();
    return *tw;
}

Document docAt(IncomingRegisterModel& model, int row) {
    const qint64 id = model.data(model.index(row, 0), IncomingRegisterModel::DocumentIdRole).toLongLong();
    return DocumentRepository(filled().db()).get(id, false).value();
}
} // namespace

TEST_CASE("The register model counts once and shows the newest number first", "[ui][model]") {
    IncomingRegisterModel model(filled().db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.rowCount() == kDocuments);
    REQUIRE(model.columnCount() == IncomingRegisterModel::ColumnCount);
    REQUIRE(model.rowCount(model.index(0, 0)) == 0);
    REQUIRE(model.headerData(IncomingRegisterModel::NumberColumn, Qt::Horizontal).toString() ==
            QStringLiteral("Number"));

    // Across page boundaries: (year, number) strictly descending.
    std::pair<int, int> previous{INT_MAX, INT_MAX};
    for (int row = 0; row < kDocuments; ++row) {
        const qint64 id = model.documentId(row);
        REQUIRE(id > 0);
        const Document d = docAt(model, row);
        const std::pair<int, int> current{d.year, d.number};
        if (d.secrecy == Secrecy::None && row > 0)
            CHECK(current <= previous);
        if (d.secrecy == Secrecy::None)
            previous = current;
        REQUIRE(model.data(model.index(row, IncomingRegisterModel::NumberColumn)).toString() ==
                Document::numberText(d.number));
    }
    REQUIRE(model.documentId(kDocuments) == 0);
    REQUIRE_FALSE(model.data(model.index(kDocuments, 0)).isValid());
}

TEST_CASE("The register model shows each column as a văn thư expects", "[ui][model]") {
    IncomingRegisterModel model(filled().db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const Document d = docAt(model, 0);
    auto text = [&](int column) { return model.data(model.index(0, column)).toString(); };
    CHECK(text(IncomingRegisterModel::ArrivalColumn) == d.arrivalDate.toString(QStringLiteral("dd/MM/yyyy")));
    CHECK(text(IncomingRegisterModel::SenderColumn) == d.organName);
    CHECK(text(IncomingRegisterModel::CodeColumn) == d.code());
    CHECK(text(IncomingRegisterModel::SubjectColumn) == d.typeName + QStringLiteral(": ") + d.subject);
    CHECK(text(IncomingRegisterModel::UrgencyColumn) == Enums::label(d.priority));
    CHECK(text(IncomingRegisterModel::StatusColumn) == Enums::statusLabel(d.status));
    CHECK(model.data(model.index(0, IncomingRegisterModel::SubjectColumn), Qt::ToolTipRole)
              .toString()
              .contains(d.subject.toHtmlEscaped()));

    bool sawFlash = false, sawUrgent = false, sawSecret = false;
    for (int row = 0; row < model.rowCount(); ++row) {
        const Document doc = docAt(model, row);
        const QModelIndex urgency = model.index(row, IncomingRegisterModel::UrgencyColumn);
        if (doc.priority == Priority::Flash) {
            sawFlash = true;
            CHECK(model.data(urgency, Qt::BackgroundRole).value<QColor>().isValid());
        }
        if (doc.priority != Priority::Normal) {
            sawUrgent = true;
            CHECK(model.data(urgency, Qt::ForegroundRole).value<QColor>() == QColor(0xc6, 0x28, 0x28));
            CHECK_FALSE(model.data(urgency, Qt::DecorationRole).value<QIcon>().isNull());
        } else {
            CHECK_FALSE(model.data(urgency, Qt::ForegroundRole).isValid());
        }
        if (doc.secrecy != Secrecy::None) {
            sawSecret = true;
            CHECK(model.data(model.index(row, IncomingRegisterModel::SubjectColumn))
                      .toString()
                      .contains(Enums::label(doc.secrecy)));
        }
    }
    CHECK(sawUrgent);
    CHECK(sawFlash);
    CHECK(sawSecret);
}

TEST_CASE("The register model sorts in SQL", "[ui][model]") {
    IncomingRegisterModel model(filled().db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    model.sort(IncomingRegisterModel::ArrivalColumn, Qt::AscendingOrder);
    REQUIRE(model.rowCount() == kDocuments);
    QDateTime last;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QDateTime arrival = docAt(model, row).arrivalDate;
        CHECK(arrival >= last);
        last = arrival;
    }

    model.sort(IncomingRegisterModel::SenderColumn, Qt::DescendingOrder);
    QString previous;
    for (int row = 0; row < model.rowCount(); row += 7) {
        const QString organ = model.data(model.index(row, IncomingRegisterModel::SenderColumn)).toString();
        if (!previous.isNull())
            CHECK(organ <= previous);
        previous = organ;
    }

    model.sort(-1); // back to the natural order
    REQUIRE(model.sortColumn() == IncomingRegisterModel::NumberColumn);
    REQUIRE(model.sortOrder() == Qt::DescendingOrder);
}

TEST_CASE("Search results restrict the register and keep their ranking", "[ui][model]") {
    IncomingRegisterModel model(filled().db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const qint64 a = model.documentId(5), b = model.documentId(300), c = model.documentId(42);
    model.setSearchIds(QList<qint64>{b, a, c});
    REQUIRE(model.isRestricted());
    REQUIRE(model.rowCount() == 3);
    REQUIRE(model.sortColumn() == -1);
    CHECK(model.documentId(0) == b);
    CHECK(model.documentId(1) == a);
    CHECK(model.documentId(2) == c);
    CHECK(model.rowOfId(c) == 2);

    model.sort(IncomingRegisterModel::NumberColumn, Qt::AscendingOrder);
    REQUIRE(model.rowCount() == 3);
    CHECK(model.documentId(0) == b); // row 300 of “newest first” is the oldest of the three
    CHECK(model.documentId(2) == a);

    model.sort(-1); // unsorted again: the ranking
    CHECK(model.documentId(0) == b);

    model.setSearchIds(QList<qint64>{});
    CHECK(model.rowCount() == 0);

    model.setSearchIds(std::nullopt);
    CHECK_FALSE(model.isRestricted());
    CHECK(model.rowCount() == kDocuments);
    CHECK(model.sortColumn() == IncomingRegisterModel::NumberColumn);
}

TEST_CASE("The year filter and refresh recount the register", "[ui][model]") {
    test::TempWorkspace tw;
    IncomingRegistry registry(tw.ws());
    const QDateTime now = QDateTime::currentDateTime();
    REQUIRE(registry.registerDocument(tw.clerk(), test::draft(QStringLiteral("1/QĐ-UBND"), now.addYears(-1))));
    IncomingRegisterModel model(tw.db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.rowCount() == 1);

    auto second = registry.registerDocument(tw.clerk(), test::draft(QStringLiteral("2/QĐ-UBND"), now));
    REQUIRE(second);
    REQUIRE(model.rowCount() == 1); // counted once …
    model.refresh();
    REQUIRE(model.rowCount() == 2); // … and again on refresh
    CHECK(model.documentId(0) == second->id);
    CHECK(model.rowOfId(second->id) == 0);

    model.setYear(now.date().year() - 1);
    REQUIRE(model.rowCount() == 1);
    CHECK(model.data(model.index(0, IncomingRegisterModel::CodeColumn)).toString() == QStringLiteral("1/QĐ-UBND"));
    model.setYear(std::nullopt);
    CHECK(model.rowCount() == 2);
}

TEST_CASE("Overdue deadlines are red", "[ui][model]") {
    test::TempWorkspace tw;
    IncomingDraft d = test::draft();
    d.dueDate = QDate::currentDate();
    REQUIRE(IncomingRegistry(tw.ws()).registerDocument(tw.clerk(), d));
    IncomingRegisterModel model(tw.db());
    const QModelIndex due = model.index(0, IncomingRegisterModel::DueColumn);
    CHECK_FALSE(model.data(due, Qt::ForegroundRole).isValid());
    model.setToday(QDate::currentDate().addDays(1));
    model.refresh();
    CHECK(model.data(model.index(0, IncomingRegisterModel::DueColumn), Qt::ForegroundRole).value<QColor>().isValid());
}
