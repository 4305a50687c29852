// The outgoing register in the window: its lazy model under QAbstractItemModelTester, the “issue outgoing number”
// dialog driven with the keyboard, and switching between the two sections of the main window.
#include <catch2/catch.hpp>

#include "DocumentDetailPane.h"
#include "IssueOutgoingDialog.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "OutgoingRegisterModel.h"
#include "WorkspaceWorker.h"
#include "documents/DocumentRepository.h"
#include "support/Drafts.h"
#include "support/PdfFixtures.h"
#include "support/TempWorkspace.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace vanban;
using namespace vanban::ui;

namespace {
template <class W> W* child(QWidget& parent, const char* name) {
    W* w = parent.findChild<W*>(QLatin1String(name));
    if (!w)
        FAIL("no widget " << name);
    return w;
}

void typeText(QWidget* widget, const QString& text) {
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &press);
        QApplication::sendEvent(widget, &release);
    }
}

qint64 outgoingCount(test::TempWorkspace& tw) {
    RegisterQuery q;
    q.direction = Direction::Outgoing;
    return DocumentRepository(tw.db()).count(q).value();
}

// count outgoing documents with alternating notations and signers; every 50th one secret.
void issueMany(test::TempWorkspace& tw, int count) {
    OutgoingRegistry registry(tw.ws());
    const QStringList signers = {QStringLiteral("Trần Văn Hùng"), QStringLiteral("Lê Đình Phúc"),
                                 QStringLiteral("Võ Thị Hồng")};
    for (int i = 0; i < count; ++i) {
        OutgoingDraft d = test::outgoingDraft(i % 2 ? QStringLiteral("UBND-VP") : QStringLiteral("QĐ-UBND"));
        d.signerFullName = signers[i % 3];
        if (i % 50 == 49) {
            d.secrecy = Secrecy::Confidential;
            d.notation = QStringLiteral("M-UBND");
        }
        REQUIRE(registry.issue(tw.clerk(), d).ok());
    }
}
} // namespace

TEST_CASE("The outgoing register model pages lazily, newest number first, with the outgoing columns",
          "[ui][model][outgoing]") {
    test::TempWorkspace tw;
    REQUIRE(IncomingRegistry(tw.ws()).registerDocument(tw.clerk(), test::draft()).ok()); // not in this register
    issueMany(tw, 450);
    OutgoingRegisterModel model(tw.db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.rowCount() == 450);
    REQUIRE(model.columnCount() == OutgoingRegisterModel::ColumnCount);
    CHECK(model.direction() == Direction::Outgoing);
    CHECK(model.headerData(OutgoingRegisterModel::SignerColumn, Qt::Horizontal).toString() == QStringLiteral("Signer"));
    CHECK(model.headerData(OutgoingRegisterModel::RecipientsColumn, Qt::Horizontal).toString() ==
          QStringLiteral("Recipients"));

    // Across page boundaries the normal sequence runs down from 441 (9 of the 450 are secret).
    int expected = 441;
    for (int row = 0; row < model.rowCount(); ++row) {
        const Document d = DocumentRepository(tw.db()).get(model.documentId(row), false).value();
        REQUIRE(d.direction == Direction::Outgoing);
        if (d.secrecy != Secrecy::None)
            continue;
        REQUIRE(d.number == expected);
        --expected;
    }
    CHECK(expected == 0);

    const Document top = DocumentRepository(tw.db()).get(model.documentId(0)).value();
    auto text = [&](int column) { return model.data(model.index(0, column)).toString(); };
    CHECK(text(OutgoingRegisterModel::NumberColumn) == Document::numberText(top.number));
    CHECK(text(OutgoingRegisterModel::CodeColumn) == top.code());
    CHECK(text(OutgoingRegisterModel::IssuedColumn) == top.issuedDate.toString(QStringLiteral("dd/MM/yyyy")));
    CHECK(text(OutgoingRegisterModel::SignerColumn) == top.signerFullName);
    CHECK(text(OutgoingRegisterModel::RecipientsColumn) == QStringLiteral("- UBND các xã, thị trấn; - Lưu: VT."));
    CHECK(model.data(model.index(0, OutgoingRegisterModel::SignerColumn), Qt::ToolTipRole).toString() ==
          QStringLiteral("Chủ tịch, ") + top.signerFullName);

    SECTION("sorting by signer happens in SQL") {
        model.sort(OutgoingRegisterModel::SignerColumn, Qt::AscendingOrder);
        REQUIRE(model.rowCount() == 450);
        QString previous;
        for (int row = 0; row < model.rowCount(); row += 7) {
            const QString signer = model.data(model.index(row, OutgoingRegisterModel::SignerColumn)).toString();
            CHECK(previous <= signer);
            previous = signer;
        }
    }
    SECTION("the year filter recounts") {
        model.setYear(QDate::currentDate().year() - 1);
        CHECK(model.rowCount() == 0);
        model.setYear(QDate::currentDate().year());
        CHECK(model.rowCount() == 450);
    }
}

TEST_CASE("The issue dialog shows the code the document will get and issues it", "[ui][dialog][outgoing]") {
    MessageBox::setTestMode(true);
    test::TempWorkspace tw;
    const QString pdf = tw.file(QStringLiteral("quyet-dinh.pdf"));
    REQUIRE(test::writePdf(pdf, "Quyet dinh").size() > 0);
    IssueOutgoingDialog dialog(tw.ws(), tw.clerk());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    CHECK(QApplication::focusWidget() == child<QLineEdit>(dialog, "notationEdit"));
    CHECK(dialog.expectedCode() == QStringLiteral("01"));

    typeText(child<QLineEdit>(dialog, "notationEdit"), QStringLiteral("QĐ-UBND"));
    CHECK(dialog.expectedCode() == QStringLiteral("01/QĐ-UBND"));
    CHECK(child<QLabel>(dialog, "nextNumberLabel")->text().contains(QStringLiteral("01/QĐ-UBND")));
    typeText(child<QComboBox>(dialog, "typeCombo")->lineEdit(), QStringLiteral("Quyết định"));
    typeText(child<QPlainTextEdit>(dialog, "subjectEdit"),
             QStringLiteral("Quyết định về việc thành lập Tổ công tác chuyển đổi số"));
    // Saving without a signer highlights the signer field and saves nothing.
    QTest::keyClick(&dialog, Qt::Key_S, Qt::ControlModifier);
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.widgetForField(QStringLiteral("signer"))->property("invalid").toBool());
    CHECK(QApplication::focusWidget() == child<QLineEdit>(dialog, "signerEdit"));
    CHECK_FALSE(dialog.errorText().isEmpty());
    CHECK(outgoingCount(tw) == 0);

    typeText(child<QLineEdit>(dialog, "signerEdit"), QStringLiteral("Trần Văn Hùng"));
    typeText(child<QLineEdit>(dialog, "signerPositionEdit"), QStringLiteral("Chủ tịch"));
    typeText(child<QPlainTextEdit>(dialog, "recipientsEdit"), QStringLiteral("UBND các xã"));
    dialog.addFiles({pdf});
    REQUIRE(child<QListWidget>(dialog, "fileList")->count() == 1);
    QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    INFO(dialog.errorText().toStdString());
    REQUIRE(dialog.result() == QDialog::Accepted);
    REQUIRE(dialog.issuance());
    CHECK(dialog.issuance()->code == QStringLiteral("01/QĐ-UBND"));
    CHECK(MessageBox::takeShownMessages().join(QLatin1Char('\n')).contains(QStringLiteral("01/QĐ-UBND")));
    auto doc = DocumentRepository(tw.db()).get(dialog.issuance()->id);
    REQUIRE(doc);
    CHECK(doc->direction == Direction::Outgoing);
    CHECK(doc->signerPosition == QStringLiteral("Chủ tịch"));
    CHECK(doc->toPlaces == QStringLiteral("UBND các xã"));
    REQUIRE(doc->files.size() == 1);
    CHECK(doc->files.first().name == QStringLiteral("quyet-dinh.pdf"));
}

TEST_CASE("A number already taken is shown on the notation field", "[ui][dialog][outgoing]") {
    MessageBox::setTestMode(true);
    test::TempWorkspace tw;
    OutgoingRegistry registry(tw.ws());
    REQUIRE(registry.issue(tw.clerk(), test::outgoingDraft(QStringLiteral("UBND-VP"))).ok()); // 01/UBND-VP
    IssueOutgoingDialog dialog(tw.ws(), tw.clerk());
    dialog.show();
    typeText(child<QLineEdit>(dialog, "notationEdit"), QStringLiteral("UBND-VP"));
    child<QComboBox>(dialog, "secrecyCombo")->setCurrentIndex(1); // Mật: its own sequence starts at 01 too
    CHECK(dialog.expectedCode() == QStringLiteral("01/UBND-VP"));
    CHECK(child<QLabel>(dialog, "nextNumberLabel")->text().contains(QStringLiteral("secret")));
    typeText(child<QComboBox>(dialog, "typeCombo")->lineEdit(), QStringLiteral("Công văn"));
    typeText(child<QPlainTextEdit>(dialog, "subjectEdit"), QStringLiteral("V/v bảo vệ bí mật nhà nước"));
    typeText(child<QLineEdit>(dialog, "signerEdit"), QStringLiteral("Trần Văn Hùng"));
    CHECK_FALSE(dialog.save());
    CHECK(dialog.widgetForField(QStringLiteral("notation"))->property("invalid").toBool());
    CHECK(dialog.errorText().contains(QStringLiteral("01/UBND-VP")));
    CHECK(outgoingCount(tw) == 1);
    // another notation goes through
    child<QLineEdit>(dialog, "notationEdit")->setText(QStringLiteral("UBND-M"));
    CHECK(dialog.save());
    CHECK(dialog.issuance()->code == QStringLiteral("01/UBND-M"));
    MessageBox::takeShownMessages();
}

TEST_CASE("The window switches between the incoming and the outgoing register", "[ui][window][outgoing]") {
    test::TempWorkspace tw;
    REQUIRE(IncomingRegistry(tw.ws()).registerDocument(tw.clerk(), test::draft()).ok());
    REQUIRE(IncomingRegistry(tw.ws()).registerDocument(tw.clerk(), test::draft(QStringLiteral("13/QĐ-UBND"))).ok());
    issueMany(tw, 3);
    OutgoingDraft marked = test::outgoingDraft(QStringLiteral("TB-UBND"));
    marked.typeName = QStringLiteral("Thông báo");
    marked.subject = QStringLiteral("Thông báo lịch tiếp công dân định kỳ tháng mười hai");
    auto markedIssued = OutgoingRegistry(tw.ws()).issue(tw.clerk(), marked);
    REQUIRE(markedIssued);

    auto ws = Workspace::open(tw.path());
    REQUIRE(ws);
    MainWindow window(std::move(ws).value(), tw.clerk());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK(window.currentSection() == Direction::Incoming);
    CHECK(window.registerModel()->rowCount() == 2);
    CHECK(window.findChild<QAction*>(QStringLiteral("issueAction"))->isEnabled());

    // Ctrl+2 shows văn bản đi: its table, its detail pane, its count.
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    CHECK(window.currentSection() == Direction::Outgoing);
    RegisterModel* outgoing = window.registerModel();
    CHECK(outgoing == window.registerModel(Direction::Outgoing));
    CHECK(outgoing->direction() == Direction::Outgoing);
    CHECK(outgoing->rowCount() == 4);
    CHECK(child<QStackedWidget>(window, "sectionStack")->currentWidget()->isAncestorOf(window.registerTable()));
    CHECK(window.registerTable()->objectName() == QStringLiteral("outgoingTable"));
    CHECK(child<QTreeWidget>(window, "navigation")->currentItem()->text(0) == QStringLiteral("Outgoing register"));
    CHECK(window.findChild<QLabel*>(QStringLiteral("countLabel"))->text().contains(QStringLiteral("4")));
    window.selectFirstRow();
    CHECK(window.detailPane()->direction() == Direction::Outgoing);
    CHECK(window.detailPane()->documentId() == markedIssued->id);
    CHECK(window.detailPane()->findChild<QLabel*>(QStringLiteral("detailTitle"))->text().contains(markedIssued->code));
    CHECK(window.detailPane()
              ->findChild<QLabel*>(QStringLiteral("recipientsValue"))
              ->text()
              .contains(QStringLiteral("Lưu: VT.")));

    // The search box searches the register shown.
    auto* box = child<QLineEdit>(window, "searchBox");
    box->setText(QStringLiteral("tiep cong dan"));
    QMetaObject::invokeMethod(box, "returnPressed");
    REQUIRE(QTest::qWaitFor([&] { return outgoing->isRestricted(); }, 10000));
    CHECK(outgoing->rowCount() == 1);
    CHECK(outgoing->documentId(0) == markedIssued->id);

    // Back to văn bản đến by the navigation pane: the search runs there (nothing matches) and Escape clears it.
    auto* nav = child<QTreeWidget>(window, "navigation");
    nav->setCurrentItem(nav->topLevelItem(0)->child(0));
    CHECK(window.currentSection() == Direction::Incoming);
    RegisterModel* incoming = window.registerModel();
    REQUIRE(QTest::qWaitFor([&] { return incoming->isRestricted(); }, 10000));
    CHECK(incoming->rowCount() == 0);
    QTest::keyClick(box, Qt::Key_Escape);
    REQUIRE(QTest::qWaitFor([&] { return !incoming->isRestricted(); }, 10000));
    CHECK(incoming->rowCount() == 2);
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    CHECK_FALSE(outgoing->isRestricted());
    CHECK(outgoing->rowCount() == 4);
}

TEST_CASE("A specialist cannot issue outgoing numbers", "[ui][window][outgoing]") {
    test::TempWorkspace tw;
    auto ws = Workspace::open(tw.path());
    REQUIRE(ws);
    User specialist = tw.clerk();
    specialist.role = Role::Specialist;
    MainWindow window(std::move(ws).value(), specialist);
    CHECK_FALSE(window.findChild<QAction*>(QStringLiteral("issueAction"))->isEnabled());
    window.showSection(Direction::Outgoing);
    CHECK(window.registerModel()->rowCount() == 0);
}
