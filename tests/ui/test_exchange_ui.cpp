// The exchange in the window: the “Chờ tiếp nhận” model and section (accept, duplicate, return), the send dialog
// and the recipient table of an outgoing document, secret documents, the settings dialog, and the background
// synchronisation against a real vanban-hub on loopback.
#include <catch2/catch.hpp>

#include "DocumentDetailPane.h"
#include "ExchangeRecipientsWidget.h"
#include "ExchangeSettingsDialog.h"
#include "InboxDetailPane.h"
#include "InboxModel.h"
#include "InboxView.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "PdfPreviewWidget.h"
#include "RegisterModel.h"
#include "ReturnDialog.h"
#include "SendExchangeDialog.h"
#include "SignaturePanel.h"
#include "SyncController.h"
#include "SyncStatusLabel.h"
#include "WorkspaceWorker.h"
#include "exchange/ExchangeFixture.h"
#include "exchange/ExchangeInbox.h"
#include "exchange/ExchangeOutbox.h"
#include "exchange/ExchangeSettings.h"
#include "registry/OutgoingRegistry.h"
#include "support/Drafts.h"
#include "support/PdfFixtures.h"
#include "support/TempWorkspace.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace vanban;
using namespace vanban::ui;

namespace {

edxml::Organization organization(const QString& organId, const QString& name = {}) {
    edxml::Organization o;
    o.organId = organId;
    o.organName = name;
    return o;
}
const edxml::Organization kSender =
    organization(QStringLiteral("000.00.04.H41"), QStringLiteral("Sở Tài chính tỉnh Nghệ An"));

// Records a received package directly (as the sync engine would after a download): one PDF, no network.
qint64 receive(test::TempWorkspace& tw, const QString& hubDocId, const QString& codeNumber, int businessType = 0,
               const QDate& date = QDate::currentDate().addDays(-1)) {
    const QString pdf = tw.file(hubDocId + QStringLiteral(".pdf"));
    REQUIRE(test::writePdf(pdf, "Cong van " + hubDocId.toUtf8()).size() > 0);
    auto file = tw.ws().blobs().addFile(pdf);
    REQUIRE(file);
    auto package = tw.ws().blobs().addBytes("<edXML>" + hubDocId.toUtf8() + "</edXML>");
    REQUIRE(package);
    edxml::EdocPackage p;
    p.from = kSender;
    p.codeNumber = codeNumber;
    p.codeNotation = QStringLiteral("STC-QLNS");
    p.promulgationDate = date;
    p.documentId = edxml::EdocPackage::makeDocumentId(kSender.organId, date, p.codeNumber, p.codeNotation);
    p.typeName = QStringLiteral("Công văn");
    p.subject = QStringLiteral("V/v hướng dẫn lập dự toán ngân sách nhà nước năm 2027 (%1)").arg(hubDocId);
    p.signer.fullName = QStringLiteral("Nguyễn Văn Thành");
    p.business.docType = edxml::BusinessDocType(businessType);
    if (businessType != 0)
        p.business.reason = QStringLiteral("Văn bản ban hành sai thẩm quyền");
    edxml::Attachment a;
    a.name = QStringLiteral("cong-van-%1.pdf").arg(codeNumber);
    a.contentType = QStringLiteral("application/pdf");
    p.attachments << a;
    auto recorded = ExchangeInbox(tw.ws()).recordDocument(hubDocId, p, package.value(), {file.value()});
    INFO((recorded ? QString() : recorded.error().message).toStdString());
    REQUIRE(recorded);
    return ExchangeInbox(tw.ws()).items(QString()).value().last().id;
}

void addAgency(test::TempWorkspace& tw, const QString& organId, const QString& name, bool active = true) {
    auto added = tw.db().exec(QStringLiteral("INSERT INTO organizations (organ_id, name, parent_id, active) VALUES (?, "
                                             "?, '000.00.00.H41', ?) ON CONFLICT (organ_id) DO UPDATE SET name = "
                                             "excluded.name, active = excluded.active"),
                              {organId, name, active ? 1 : 0});
    INFO((added ? QString() : added.error().message).toStdString());
    REQUIRE(added.ok());
}

qint64 issueWithFile(test::TempWorkspace& tw, Secrecy secrecy = Secrecy::None) {
    OutgoingDraft d =
        test::outgoingDraft(secrecy == Secrecy::None ? QStringLiteral("UBND-VP") : QStringLiteral("M-UBND"));
    d.secrecy = secrecy;
    const QString pdf = tw.file(QStringLiteral("di-%1.pdf").arg(int(secrecy)));
    REQUIRE(test::writePdf(pdf, "Cong van di").size() > 0);
    d.files = {pdf};
    auto issued = OutgoingRegistry(tw.ws()).issue(tw.clerk(), d);
    REQUIRE(issued);
    return issued->id;
}

// Answers the next modal ReturnDialog with a reason (offscreen, the dialog runs its own event loop).
void answerReturnDialog(const QString& reason, bool* sawDisabledOk) {
    QTimer::singleShot(50, [reason, sawDisabledOk] {
        ReturnDialog* dialog = nullptr;
        for (QWidget* w : QApplication::topLevelWidgets())
            if (auto* d = qobject_cast<ReturnDialog*>(w); d && d->isVisible())
                dialog = d;
        if (!dialog)
            return;
        auto* ok = dialog->findChild<QPushButton*>(QStringLiteral("returnOkButton"));
        *sawDisabledOk = !ok->isEnabled();
        dialog->findChild<QPlainTextEdit*>(QStringLiteral("reasonEdit"))->setPlainText(reason);
        QTest::mouseClick(ok, Qt::LeftButton);
    });
}

} // namespace

TEST_CASE("The inbox model lists received packages and marks revoke / update / replace orders",
          "[ui][model][exchange]") {
    test::TempWorkspace tw;
    receive(tw, QStringLiteral("hub-1"), QStringLiteral("125"));
    receive(tw, QStringLiteral("hub-2"), QStringLiteral("126"), 1);
    receive(tw, QStringLiteral("hub-3"), QStringLiteral("127"), 3);
    InboxModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 0);
    model.setItems(ExchangeInbox(tw.ws()).items().value());
    REQUIRE(model.rowCount() == 3);
    REQUIRE(model.columnCount() == InboxModel::ColumnCount);
    auto text = [&](int row, int column) { return model.data(model.index(row, column)).toString(); };
    CHECK(text(0, InboxModel::KindColumn) == QStringLiteral("New"));
    CHECK(text(1, InboxModel::KindColumn) == QStringLiteral("Revoke"));
    CHECK(text(2, InboxModel::KindColumn) == QStringLiteral("Replace"));
    CHECK(text(0, InboxModel::SenderColumn) == QStringLiteral("Sở Tài chính tỉnh Nghệ An"));
    CHECK(text(0, InboxModel::CodeColumn) == QStringLiteral("125/STC-QLNS"));
    CHECK(text(0, InboxModel::TypeColumn) == QStringLiteral("Công văn"));
    CHECK(text(0, InboxModel::DateColumn) == QDate::currentDate().addDays(-1).toString(QStringLiteral("dd/MM/yyyy")));
    CHECK(text(0, InboxModel::StateColumn) == QStringLiteral("Awaiting acceptance"));
    CHECK_FALSE(text(0, InboxModel::ReceivedColumn).isEmpty());
    CHECK_FALSE(model.data(model.index(0, InboxModel::KindColumn), Qt::ForegroundRole).isValid());
    CHECK(model.data(model.index(1, InboxModel::KindColumn), Qt::ForegroundRole).value<QColor>() ==
          QColor(0xc6, 0x28, 0x28));
    CHECK(model.data(model.index(1, InboxModel::KindColumn), Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("sai thẩm quyền")));
    CHECK(model.headerData(InboxModel::SubjectColumn, Qt::Horizontal).toString() == QStringLiteral("Subject"));
    CHECK(model.rowOfId(model.item(2)->id) == 2);
    model.setItems(ExchangeInbox(tw.ws()).items().value().mid(1));
    CHECK(model.rowCount() == 2);
    model.setItems({});
    CHECK(model.rowCount() == 0);
}

TEST_CASE("The clerk accepts and returns received documents in the “Chờ tiếp nhận” section", "[ui][window][exchange]") {
    MessageBox::setTestMode(true);
    test::TempWorkspace tw;
    receive(tw, QStringLiteral("hub-1"), QStringLiteral("125"));
    receive(tw, QStringLiteral("hub-2"), QStringLiteral("126"));
    const qint64 duplicateId = receive(tw, QStringLiteral("hub-3"), QStringLiteral("127"));
    // The same letter was already registered from paper: accepting hub-3 is a probable duplicate.
    IncomingDraft paper = test::draft(QStringLiteral("127/STC-QLNS"));
    paper.organId = kSender.organId;
    paper.organName = kSender.organName;
    paper.issuedDate = QDate::currentDate().addDays(-1);
    REQUIRE(IncomingRegistry(tw.ws()).registerDocument(tw.clerk(), paper).ok());

    auto ws = Workspace::open(tw.path());
    REQUIRE(ws);
    MainWindow window(std::move(ws).value(), tw.clerk());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    RegisterModel* incoming = window.registerModel(Direction::Incoming);
    CHECK(incoming->rowCount() == 1);

    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    REQUIRE(window.isInboxShown());
    InboxView* inbox = window.inboxView();
    REQUIRE(QTest::qWaitFor([&] { return !inbox->isLoading() && inbox->model()->rowCount() == 3; }, 10000));
    auto* nav = window.findChild<QTreeWidget*>(QStringLiteral("navigation"));
    REQUIRE(QTest::qWaitFor([&] { return nav->currentItem()->text(0).contains(QStringLiteral("(3)")); }, 10000));
    CHECK(nav->currentItem()->text(0) == QStringLiteral("Awaiting acceptance (3)"));

    SECTION("accept: registered in the incoming book with its arrival number") {
        const int row = inbox->model()->rowCount() - 1; // newest first: hub-1 is the last row
        inbox->table()->selectRow(row);
        const qint64 id = inbox->model()->item(row)->id;
        CHECK(inbox->detail()->itemId() == id);
        CHECK(inbox->detail()->findChild<QLabel*>(QStringLiteral("codeValue"))->text() ==
              QStringLiteral("125/STC-QLNS"));
        CHECK(inbox->detail()->findChild<QTreeWidget*>(QStringLiteral("filesList"))->topLevelItemCount() == 1);
        // Its PDF's signatures are checked before the clerk decides (Nghị định 30 Art. 21).
        CHECK(inbox->detail()->signaturePanel()->file() == inbox->detail()->preview()->file());
        CHECK_FALSE(inbox->detail()->signaturePanel()->file().isEmpty());
        REQUIRE(inbox->detail()->acceptButton()->isEnabled());
        QTest::mouseClick(inbox->detail()->acceptButton(), Qt::LeftButton);
        QStringList shown;
        REQUIRE(QTest::qWaitFor(
            [&] {
                shown += MessageBox::takeShownMessages();
                return !shown.isEmpty();
            },
            10000));
        CHECK(shown.join(QLatin1Char('\n')).contains(QStringLiteral("arrival number 02")));
        REQUIRE(QTest::qWaitFor([&] { return !inbox->isLoading() && inbox->model()->rowCount() == 2; }, 10000));
        CHECK(incoming->rowCount() == 2);
        CHECK(inbox->model()->rowOfId(id) < 0);
        CHECK(nav->currentItem()->text(0) == QStringLiteral("Awaiting acceptance (2)"));
        auto accepted = ExchangeInbox(tw.ws()).get(id);
        REQUIRE(accepted);
        CHECK(accepted->state == QStringLiteral("accepted"));
        CHECK(accepted->registeredDocumentId > 0);
        // The incoming register shows the new document.
        window.showSection(Direction::Incoming);
        CHECK(window.selectDocument(accepted->registeredDocumentId));
        CHECK(window.detailPane()->document().subject.contains(QStringLiteral("hub-1")));
    }

    SECTION("a probable duplicate is registered only when the clerk confirms") {
        const int row = inbox->model()->rowOfId(duplicateId);
        inbox->table()->selectRow(row);
        MessageBox::queueAnswer(false);
        QTest::mouseClick(inbox->detail()->acceptButton(), Qt::LeftButton);
        QStringList shown;
        REQUIRE(QTest::qWaitFor(
            [&] {
                shown += MessageBox::takeShownMessages();
                return !shown.isEmpty() && !inbox->isBusy();
            },
            10000));
        CHECK(shown.join(QLatin1Char('\n')).contains(QStringLiteral("Probable duplicate")));
        CHECK(ExchangeInbox(tw.ws()).get(duplicateId)->state == QStringLiteral("pending"));
        CHECK(incoming->rowCount() == 1);

        MessageBox::queueAnswer(true); // this time: register anyway
        QTest::mouseClick(inbox->detail()->acceptButton(), Qt::LeftButton);
        shown.clear();
        REQUIRE(QTest::qWaitFor(
            [&] {
                shown += MessageBox::takeShownMessages();
                return shown.join(QLatin1Char('\n')).contains(QStringLiteral("arrival number"));
            },
            10000));
        CHECK(ExchangeInbox(tw.ws()).get(duplicateId)->state == QStringLiteral("accepted"));
        CHECK(incoming->rowCount() == 2);
    }

    SECTION("return: a reason is required, the package leaves the pending list, status 02 waits in the outbox") {
        const int row = inbox->model()->rowOfId(duplicateId);
        inbox->table()->selectRow(row);
        bool okWasDisabled = false;
        answerReturnDialog(QStringLiteral("Gửi nhầm đơn vị"), &okWasDisabled);
        QTest::mouseClick(inbox->detail()->returnButton(), Qt::LeftButton);
        CHECK(okWasDisabled);
        REQUIRE(QTest::qWaitFor([&] { return !inbox->isBusy() && inbox->model()->rowCount() == 2; }, 10000));
        auto returned = ExchangeInbox(tw.ws()).get(duplicateId);
        CHECK(returned->state == QStringLiteral("returned"));
        CHECK(returned->reason == QStringLiteral("Gửi nhầm đơn vị"));
        auto outbox = ExchangeOutbox(tw.ws()).items(true).value();
        CHECK(std::any_of(outbox.begin(), outbox.end(),
                          [](const OutboxItem& i) { return i.statusCode == QStringLiteral("02"); }));
        CHECK(incoming->rowCount() == 1);
        // The filter shows what was returned, with its reason.
        inbox->filter()->setCurrentIndex(2);
        REQUIRE(QTest::qWaitFor([&] { return !inbox->isLoading() && inbox->model()->rowCount() == 1; }, 10000));
        CHECK(inbox->model()->data(inbox->model()->index(0, InboxModel::StateColumn)).toString() ==
              QStringLiteral("Returned: Gửi nhầm đơn vị"));
        inbox->table()->selectRow(0);
        CHECK_FALSE(inbox->detail()->acceptButton()->isVisible());
    }
    MessageBox::takeShownMessages();
}

TEST_CASE("The send dialog queues an outgoing document to the chosen agencies; the detail pane shows their states",
          "[ui][dialog][exchange]") {
    MessageBox::setTestMode(true);
    test::TempWorkspace tw; // 000.00.12.H41, UBND huyện Nam Đàn
    addAgency(tw, QStringLiteral("000.00.04.H41"), QStringLiteral("Sở Tài chính tỉnh Nghệ An"));
    addAgency(tw, QStringLiteral("000.00.05.H41"), QStringLiteral("Sở Nội vụ tỉnh Nghệ An"));
    addAgency(tw, QStringLiteral("000.00.13.H41"), QStringLiteral("UBND huyện Hưng Nguyên"));
    addAgency(tw, QStringLiteral("000.00.99.H41"), QStringLiteral("Sở Đã Giải Thể"), false);
    addAgency(tw, QStringLiteral("000.00.12.H41"), QStringLiteral("UBND huyện Nam Đàn")); // ourselves
    const qint64 id = issueWithFile(tw);
    WorkspaceWorker worker(tw.path());

    SendExchangeDialog dialog(tw.ws(), worker, tw.clerk(), id, QStringLiteral("01/UBND-VP"));
    dialog.show();
    CHECK(dialog.listedCount() == 3); // active, and not ourselves
    auto* search = dialog.findChild<QLineEdit*>(QStringLiteral("agencySearch"));
    search->setText(QStringLiteral("so tai chinh")); // diacritics optional
    CHECK(dialog.listedCount() == 1);
    CHECK(dialog.setChosen(QStringLiteral("000.00.04.H41"), true));
    search->setText(QStringLiteral("13.H41")); // by code
    CHECK(dialog.listedCount() == 1);
    CHECK(dialog.setChosen(QStringLiteral("000.00.13.H41"), true));
    search->clear();
    CHECK(dialog.listedCount() == 3);
    CHECK(dialog.chosenOrganIds() == QStringList{QStringLiteral("000.00.04.H41"), QStringLiteral("000.00.13.H41")});
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("chosenSummary"))->text() == QStringLiteral("2 agency(ies) chosen"));
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("sendButton")), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return !dialog.isSending(); }, 20000));
    INFO(dialog.errorText().toStdString());
    REQUIRE(dialog.result() == QDialog::Accepted);
    CHECK(dialog.outboxId() > 0);
    auto states = ExchangeOutbox(tw.ws()).recipients(id).value();
    REQUIRE(states.size() == 2);

    DocumentDetailPane pane(tw.ws(), Direction::Outgoing);
    pane.showDocument(id);
    auto* list = pane.findChild<ExchangeRecipientsWidget*>()->list();
    REQUIRE(list->topLevelItemCount() == 2);
    for (int i = 0; i < 2; ++i)
        CHECK(list->topLevelItem(i)->text(ExchangeRecipientsWidget::StateColumn) ==
              QStringLiteral("Waiting to be sent"));

    // The recipients answer (status messages as the sync engine records them).
    const QString edxmlId = ExchangeOutbox(tw.ws()).items(false).value().first().edxmlDocumentId;
    auto answer = [&](const QString& organId, const QString& code, const QString& description) {
        edxml::StatusPackage status;
        status.from = organization(organId);
        status.responseFor << edxml::ResponseFor{QStringLiteral("000.00.12.H41"), QStringLiteral("01/UBND-VP"),
                                                 QDate::currentDate(), edxmlId};
        status.statusCode = code;
        status.description = description;
        status.timestamp = QDateTime::currentDateTime();
        REQUIRE(ExchangeInbox(tw.ws()).recordStatus(QStringLiteral("st-") + organId + code, status).ok());
    };
    answer(QStringLiteral("000.00.04.H41"), QStringLiteral("03"), QStringLiteral("Đã tiếp nhận"));
    answer(QStringLiteral("000.00.13.H41"), QStringLiteral("02"), QStringLiteral("Không đúng thẩm quyền"));
    pane.refreshExchange();
    QStringList shown;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        shown << list->topLevelItem(i)->text(ExchangeRecipientsWidget::AgencyColumn) + QStringLiteral(": ") +
                     list->topLevelItem(i)->text(ExchangeRecipientsWidget::StateColumn);
    shown.sort();
    CHECK(shown == QStringList{QStringLiteral("Sở Tài chính tỉnh Nghệ An: Accepted"),
                               QStringLiteral("UBND huyện Hưng Nguyên: Returned (Không đúng thẩm quyền)")});
}

TEST_CASE("A secret outgoing document cannot be sent through the exchange", "[ui][window][exchange]") {
    MessageBox::setTestMode(true);
    test::TempWorkspace tw;
    addAgency(tw, QStringLiteral("000.00.04.H41"), QStringLiteral("Sở Tài chính tỉnh Nghệ An"));
    const qint64 open = issueWithFile(tw);
    const qint64 secret = issueWithFile(tw, Secrecy::Confidential);
    auto ws = Workspace::open(tw.path());
    REQUIRE(ws);
    MainWindow window(std::move(ws).value(), tw.clerk());
    auto* send = window.findChild<QAction*>(QStringLiteral("sendAction"));
    CHECK_FALSE(send->isEnabled()); // the incoming register is shown
    window.showSection(Direction::Outgoing);
    REQUIRE(window.selectDocument(open));
    CHECK(send->isEnabled());
    REQUIRE(window.selectDocument(secret));
    CHECK_FALSE(send->isEnabled());
    CHECK(send->toolTip().contains(QStringLiteral("Secret documents")));
    // The core refuses it too.
    auto queued = ExchangeOutbox(tw.ws()).queueDocument(tw.clerk(), secret, {QStringLiteral("000.00.04.H41")});
    REQUIRE_FALSE(queued);
    CHECK(queued.error().code == ErrorCode::Permission);
}

TEST_CASE("The exchange settings dialog refuses plain http to another computer and never shows the key",
          "[ui][dialog][exchange]") {
    MessageBox::setTestMode(true);
    test::TempWorkspace tw;
    WorkspaceWorker worker(tw.path());
    {
        ExchangeSettingsDialog dialog(tw.ws(), worker, tw.admin());
        dialog.findChild<QLineEdit*>(QStringLiteral("urlEdit"))->setText(QStringLiteral("http://lgsp.example.gov.vn/"));
        dialog.findChild<QLineEdit*>(QStringLiteral("systemIdEdit"))->setText(QStringLiteral("H41.12"));
        dialog.findChild<QLineEdit*>(QStringLiteral("secretEdit"))->setText(QStringLiteral("s3cret-key"));
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
        REQUIRE(QTest::qWaitFor([&] { return !dialog.isSaving(); }, 10000));
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK(dialog.errorText().contains(QStringLiteral("http")));
        CHECK_FALSE(ExchangeSettings::view(tw.ws()).value().has_value());

        // To this computer plain http is allowed (the demo and the tests' hub).
        dialog.findChild<QLineEdit*>(QStringLiteral("urlEdit"))->setText(QStringLiteral("http://127.0.0.1:8088/"));
        dialog.findChild<QLineEdit*>(QStringLiteral("secretEdit"))->setText(QStringLiteral("s3cret-key"));
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
        REQUIRE(QTest::qWaitFor([&] { return !dialog.isSaving(); }, 10000));
        INFO(dialog.errorText().toStdString());
        CHECK(dialog.result() == QDialog::Accepted);
    }
    auto view = ExchangeSettings::view(tw.ws()).value();
    REQUIRE(view.has_value());
    CHECK(view->systemId == QStringLiteral("H41.12"));
    ExchangeSettingsDialog again(tw.ws(), worker, tw.admin());
    CHECK(again.wasConfigured());
    CHECK(again.findChild<QLineEdit*>(QStringLiteral("urlEdit"))->text() == QStringLiteral("http://127.0.0.1:8088/"));
    CHECK(again.findChild<QLineEdit*>(QStringLiteral("secretEdit"))->text().isEmpty());
    // Saved again without typing the key: the stored key is kept.
    QTest::mouseClick(again.findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return !again.isSaving(); }, 10000));
    CHECK(again.result() == QDialog::Accepted);
    CHECK(ExchangeSettings::endpoint(tw.ws()).value().secret == QByteArray("s3cret-key"));
}

TEST_CASE("The status label says when the exchange is not configured, with the settings for an administrator",
          "[ui][exchange]") {
    test::TempWorkspace tw;
    SyncController controller(tw.path());
    SyncStatusLabel admin(&controller, true);
    SyncStatusLabel clerk(&controller, false);
    controller.refreshState();
    REQUIRE(QTest::qWaitFor([&] { return controller.state().known; }, 10000));
    CHECK_FALSE(controller.state().configured);
    CHECK(admin.text().contains(QStringLiteral("not configured")));
    CHECK(admin.text().contains(QStringLiteral("href=\"configure\"")));
    CHECK_FALSE(clerk.text().contains(QStringLiteral("href")));
    CHECK(clerk.toolTip().contains(QStringLiteral("administrator")));
}

TEST_CASE("The sync controller runs rounds against vanban-hub on its own thread and updates the status label",
          "[ui][exchange][hub]") {
    test::HubProcess hub({.units = 2});
    hub.start();
    test::TestAgency a(hub.unit(0), hub.baseUrl());
    test::TestAgency b(hub.unit(1), hub.baseUrl());
    b.sync(); // the directory: B now knows A
    const qint64 doc = b.issue(QStringLiteral("Về việc phối hợp tổ chức hội nghị"),
                               {{QStringLiteral("giay-moi.pdf"), test::minimalPdf("Giay moi")}});
    REQUIRE(b.send(doc, {a.unit().organId}));
    REQUIRE(b.sync().sent == 1);

    SyncController controller(a.tw().path());
    SyncStatusLabel label(&controller, true);
    bool inRound = false;
    bool overlapped = false;
    int started = 0;
    QObject::connect(&controller, &SyncController::roundStarted, [&] {
        overlapped = overlapped || inRound;
        inRound = true;
        ++started;
    });
    QObject::connect(&controller, &SyncController::roundFinished, [&] { inRound = false; });
    controller.syncNow();
    CHECK(controller.isRunning());
    CHECK(label.text().contains(QStringLiteral("Synchronising")));
    REQUIRE(QTest::qWaitFor([&] { return controller.roundsFinished() == 1; }, 60000));
    const SyncRound& round = controller.lastRound();
    INFO(round.error.toStdString() << " " << round.report.problems.join(QLatin1Char(';')).toStdString());
    REQUIRE(round.ran);
    CHECK(round.report.received == 1);
    CHECK(controller.state().configured);
    CHECK(controller.state().pendingInbox == 1);
    CHECK(a.inbox().size() == 1);
    CHECK(label.text().contains(QStringLiteral("1 received")));
    CHECK(label.text().contains(QStringLiteral("1 to accept")));
    CHECK_FALSE(label.text().contains(QStringLiteral("problem")));

    // Asked twice during a round: one more round after it, never two at once.
    controller.syncNow();
    controller.syncNow();
    controller.syncNow();
    REQUIRE(QTest::qWaitFor([&] { return controller.roundsFinished() == 3 && !controller.isRunning(); }, 60000));
    QTest::qWait(50);
    CHECK(controller.roundsFinished() == 3);
    CHECK(started == 3);
    CHECK_FALSE(overlapped);
    // B learns that its document arrived (status 01 sent by A's rounds).
    b.sync();
    CHECK(b.recipients(doc).first().state == QStringLiteral("arrived"));

    // The hub stops: the next round reports the problem in the label (red marker, the list in the tooltip).
    CHECK(hub.stop() == 0);
    controller.syncNow();
    REQUIRE(QTest::qWaitFor([&] { return controller.roundsFinished() == 4; }, 120000));
    CHECK(controller.lastRound().hasProblems());
    CHECK(label.text().contains(QStringLiteral("problem")));
    CHECK(label.toolTip().contains(QStringLiteral("<li>")));
    controller.shutdown();
    controller.syncNow();
    CHECK_FALSE(controller.isRunning());
}
