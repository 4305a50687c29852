// RegisterIncomingDialog driven with the keyboard and mouse on the offscreen platform.
#include <catch2/catch.hpp>

#include "MessageBox.h"
#include "RegisterIncomingDialog.h"
#include "SampleLetterPdf.h"
#include "demo/SampleDocuments.h"
#include "documents/DocumentRepository.h"
#include "support/Drafts.h"
#include "support/TempWorkspace.h"

#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QFileInfo>
#include <QImage>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace vanban;
using vanban::ui::MessageBox;
using vanban::ui::RegisterIncomingDialog;

namespace {
template <class W> W* child(QWidget& dialog, const char* name) {
    W* w = dialog.findChild<W*>(QLatin1String(name));
    if (!w)
        FAIL("no widget " << name);
    return w;
}

// typeText() types Latin-1 only; Vietnamese needs key events that carry their text.
void typeText(QWidget* widget, const QString& text) {
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &press);
        QApplication::sendEvent(widget, &release);
    }
}

qint64 registered(test::TempWorkspace& tw) {
    return DocumentRepository(tw.db()).count(RegisterQuery{}).value();
}

// Types a complete document except what the test leaves out.
void typeDocument(RegisterIncomingDialog& dialog, bool withSubject = true) {
    typeText(child<QLineEdit>(dialog, "codeEdit"), QStringLiteral("1250/STC-QLNS"));
    child<QDateEdit>(dialog, "issuedDateEdit")->setDate(QDate::currentDate().addDays(-3));
    typeText(child<QComboBox>(dialog, "typeCombo")->lineEdit(), QStringLiteral("Công văn"));
    if (withSubject)
        typeText(child<QPlainTextEdit>(dialog, "subjectEdit"),
                 QStringLiteral("V/v hướng dẫn lập dự toán ngân sách nhà nước năm 2027"));
    typeText(child<QLineEdit>(dialog, "organNameEdit"), QStringLiteral("Sở Tài chính tỉnh Nghệ An"));
    typeText(child<QLineEdit>(dialog, "organIdEdit"), QStringLiteral("000.00.04.H41"));
    typeText(child<QLineEdit>(dialog, "signerEdit"), QStringLiteral("Nguyễn Văn Thành"));
}
} // namespace

TEST_CASE("The registration dialog registers a typed-in document with its PDF as number 01", "[ui][dialog]") {
    MessageBox::setTestMode(true);
    test::TempWorkspace tw;
    const QString pdf = tw.file(QStringLiteral("cong-van-1250.pdf"));
    REQUIRE(test::writeLetterPdf(pdf));
    RegisterIncomingDialog dialog(tw.ws(), tw.clerk());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));

    CHECK(child<QLabel>(dialog, "nextNumberLabel")->text().contains(QStringLiteral(">01<")));
    typeDocument(dialog);
    CHECK(child<QLabel>(dialog, "subjectCounter")->text() == QStringLiteral("53/500"));
    dialog.addFiles({pdf});
    REQUIRE(child<QListWidget>(dialog, "fileList")->count() == 1);

    QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    INFO(dialog.errorText().toStdString());
    REQUIRE(dialog.result() == QDialog::Accepted);
    REQUIRE(dialog.registration());
    CHECK(dialog.registration()->arrivalNumberText == QStringLiteral("01"));
    const QStringList shown = MessageBox::takeShownMessages();
    REQUIRE(shown.size() == 1);
    CHECK(shown.first().contains(QStringLiteral("01")));

    auto doc = DocumentRepository(tw.db()).get(dialog.registration()->id);
    REQUIRE(doc);
    CHECK(doc->number == 1);
    CHECK(doc->code() == QStringLiteral("1250/STC-QLNS"));
    CHECK(doc->typeName == QStringLiteral("Công văn"));
    CHECK(doc->organId == QStringLiteral("000.00.04.H41"));
    CHECK(doc->subject == QStringLiteral("V/v hướng dẫn lập dự toán ngân sách nhà nước năm 2027"));
    REQUIRE(doc->files.size() == 1);
    CHECK(doc->files.first().name == QStringLiteral("cong-van-1250.pdf"));
}

TEST_CASE("A missing subject highlights the subject field and registers nothing", "[ui][dialog]") {
    MessageBox::setTestMode(true);
    test::TempWorkspace tw;
    RegisterIncomingDialog dialog(tw.ws(), tw.clerk());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    typeDocument(dialog, false);
    QTest::keyClick(child<QLineEdit>(dialog, "signerEdit"), Qt::Key_S, Qt::ControlModifier); // Ctrl+S saves

    auto* subject = child<QPlainTextEdit>(dialog, "subjectEdit");
    CHECK(dialog.isVisible());
    CHECK_FALSE(dialog.registration());
    CHECK(subject->property("invalid").toBool());
    CHECK(dialog.focusWidget() == subject);
    CHECK(child<QLabel>(dialog, "errorLabel")->isVisibleTo(&dialog));
    CHECK_FALSE(dialog.errorText().isEmpty());
    CHECK(MessageBox::takeShownMessages().isEmpty()); // no pop-up for validation
    CHECK(registered(tw) == 0);

    // Typing the subject and saving again clears the highlight and registers.
    typeText(subject, QStringLiteral("V/v báo cáo"));
    QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    CHECK_FALSE(subject->property("invalid").toBool());
    CHECK(dialog.registration());
    CHECK(registered(tw) == 1);
}

TEST_CASE("A probable duplicate is registered only when the clerk confirms", "[ui][dialog]") {
    MessageBox::setTestMode(true);
    test::TempWorkspace tw;
    const IncomingDraft first = test::draft();
    REQUIRE(IncomingRegistry(tw.ws()).registerDocument(tw.clerk(), first));

    auto fillSame = [&](RegisterIncomingDialog& dialog) {
        typeText(child<QLineEdit>(dialog, "codeEdit"), first.code);
        child<QDateEdit>(dialog, "issuedDateEdit")->setDate(first.issuedDate);
        child<QComboBox>(dialog, "typeCombo")->setCurrentText(first.typeName);
        typeText(child<QPlainTextEdit>(dialog, "subjectEdit"), first.subject);
        typeText(child<QLineEdit>(dialog, "organNameEdit"), first.organName);
        typeText(child<QLineEdit>(dialog, "organIdEdit"), first.organId);
    };
    {
        RegisterIncomingDialog dialog(tw.ws(), tw.clerk());
        fillSame(dialog);
        MessageBox::queueAnswer(false);
        CHECK_FALSE(dialog.save());
        CHECK(MessageBox::takeShownMessages().size() == 1); // the question
        CHECK(registered(tw) == 1);
    }
    {
        RegisterIncomingDialog dialog(tw.ws(), tw.clerk());
        CHECK(child<QLabel>(dialog, "nextNumberLabel")->text().contains(QStringLiteral(">02<")));
        fillSame(dialog);
        MessageBox::queueAnswer(true);
        REQUIRE(dialog.save());
        CHECK(dialog.registration()->arrivalNumberText == QStringLiteral("02"));
        CHECK(registered(tw) == 2);
    }
}

TEST_CASE("Choosing an agency from the directory fills its identifier", "[ui][dialog]") {
    MessageBox::setTestMode(true);
    test::TempWorkspace tw;
    REQUIRE(SampleDocuments::addAgencies(tw.ws()));
    REQUIRE_FALSE(SampleDocuments::agencies().isEmpty());
    const Organization organ = SampleDocuments::agencies().first();
    RegisterIncomingDialog dialog(tw.ws(), tw.clerk());
    auto* name = child<QLineEdit>(dialog, "organNameEdit");
    REQUIRE(name->completer());
    CHECK(name->completer()->filterMode() == Qt::MatchContains);
    CHECK(name->completer()->caseSensitivity() == Qt::CaseInsensitive);
    QMetaObject::invokeMethod(name->completer(), "activated", Q_ARG(QString, organ.name));
    CHECK(child<QLineEdit>(dialog, "organIdEdit")->text() == organ.organId);
}

TEST_CASE("Files can be reordered: the first is the main document", "[ui][dialog]") {
    MessageBox::setTestMode(true);
    test::TempWorkspace tw;
    const QString a = tw.file(QStringLiteral("a.pdf")), b = tw.file(QStringLiteral("b.pdf"));
    REQUIRE(test::writeLetterPdf(a, 1));
    REQUIRE(test::writeLetterPdf(b, 1));
    RegisterIncomingDialog dialog(tw.ws(), tw.clerk());
    dialog.addFiles({a, b, a}); // a twice: once
    REQUIRE(dialog.draft().files.size() == 2);
    auto* list = child<QListWidget>(dialog, "fileList");
    list->setCurrentRow(1);
    QTest::mouseClick(child<QPushButton>(dialog, "moveUpButton"), Qt::LeftButton);
    CHECK(QFileInfo(dialog.draft().files.first()).fileName() == QStringLiteral("b.pdf"));
    QTest::mouseClick(child<QPushButton>(dialog, "removeFileButton"), Qt::LeftButton);
    CHECK(dialog.draft().files.size() == 1);
}

TEST_CASE("Secret documents preview the number of their own sequence", "[ui][dialog]") {
    MessageBox::setTestMode(true);
    test::TempWorkspace tw;
    REQUIRE(IncomingRegistry(tw.ws()).registerDocument(tw.clerk(), test::draft()));
    RegisterIncomingDialog dialog(tw.ws(), tw.clerk());
    auto* number = child<QLabel>(dialog, "nextNumberLabel");
    CHECK(number->text().contains(QStringLiteral(">02<")));
    child<QComboBox>(dialog, "secrecyCombo")->setCurrentIndex(1);
    CHECK(number->text().contains(QStringLiteral(">01<")));
}

TEST_CASE("The highlighted field is drawn with a red frame", "[ui][dialog]") {
    MessageBox::setTestMode(true);
    test::TempWorkspace tw;
    RegisterIncomingDialog dialog(tw.ws(), tw.clerk());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    typeDocument(dialog, false);
    CHECK_FALSE(dialog.save());
    const QImage picture = dialog.grab().toImage();
    if (const QString dir = qEnvironmentVariable("VANBAN_UI_SCREENSHOTS"); !dir.isEmpty())
        picture.save(dir + QStringLiteral("/register-dialog-invalid.png"));
    auto* subject = child<QPlainTextEdit>(dialog, "subjectEdit");
    const QRect frame(subject->mapTo(&dialog, QPoint(0, 0)), subject->size());
    int red = 0; // the most red pixels along one of the frame's top rows
    for (int y = frame.top(); y <= frame.top() + 2; ++y) {
        int row = 0;
        for (int x = frame.left(); x <= frame.right(); ++x) {
            const QColor c = picture.pixelColor(x, y);
            if (c.red() > 150 && c.green() < 90 && c.blue() < 90)
                ++row;
        }
        red = qMax(red, row);
    }
    CHECK(red > frame.width() / 2);
}
