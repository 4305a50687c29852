// The dialogs before the main window: the first-run dialog that creates a workspace, and sign-in.
#include <catch2/catch.hpp>

#include "FirstRunDialog.h"
#include "LoginDialog.h"
#include "WorkspaceWorker.h"
#include "support/TempWorkspace.h"

#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace vanban;
using namespace vanban::ui;

namespace {
void saveScreenshot(QWidget& widget, const char* name) {
    if (const QString dir = qEnvironmentVariable("VANBAN_UI_SCREENSHOTS"); !dir.isEmpty())
        widget.grab().save(dir + QLatin1Char('/') + QLatin1String(name));
}
} // namespace

TEST_CASE("The first-run dialog creates a workspace with its administrator", "[ui][startup]") {
    QTemporaryDir temp;
    const QString dir = temp.filePath(QStringLiteral("ws"));
    FirstRunDialog dialog(dir);
    dialog.show();
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    auto edit = [&](const char* name) { return dialog.findChild<QLineEdit*>(QLatin1String(name)); };
    edit("organIdEdit")->setText(QStringLiteral("000.00.12.H41"));
    edit("organNameEdit")->setText(QStringLiteral("UBND huyện Nam Đàn"));
    edit("adminFullNameEdit")->setText(QStringLiteral("Quản trị hệ thống"));
    edit("passwordEdit")->setText(QStringLiteral("mat-khau-dai"));
    edit("passwordRepeatEdit")->setText(QStringLiteral("mat-khau-khac"));
    dialog.create();
    auto* error = dialog.findChild<QLabel*>(QStringLiteral("errorLabel"));
    CHECK(error->isVisibleTo(&dialog));
    CHECK_FALSE(Workspace::exists(dir));
    saveScreenshot(dialog, "first-run-dialog.png");

    edit("passwordRepeatEdit")->setText(QStringLiteral("mat-khau-dai"));
    dialog.create();
    REQUIRE(accepted.wait(15000));
    CHECK(dialog.adminLogin() == QStringLiteral("admin"));
    auto ws = Workspace::open(dir);
    REQUIRE(ws);
    CHECK((*ws)->agency()->organName == QStringLiteral("UBND huyện Nam Đàn"));
}

TEST_CASE("Signing in checks the password on the worker thread", "[ui][login]") {
    test::TempWorkspace tw;
    WorkspaceWorker worker(tw.path());
    LoginDialog dialog(worker, QStringLiteral("en"));
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.setAgencyName(QStringLiteral("UBND huyện Nam Đàn"));
    dialog.setHint(QStringLiteral("Demo workspace. Accounts: vanthu / vanthu123 (Records clerk)."));
    dialog.show();

    dialog.setCredentials(QStringLiteral("clerk"), QStringLiteral("wrong-password"));
    dialog.submit();
    auto* error = dialog.findChild<QLabel*>(QStringLiteral("errorLabel"));
    REQUIRE(QTest::qWaitFor([&] { return error->isVisibleTo(&dialog); }, 10000));
    CHECK(accepted.isEmpty());
    saveScreenshot(dialog, "login-dialog.png");

    dialog.setCredentials(QStringLiteral("clerk"), QString::fromLatin1(test::TempWorkspace::kClerkPassword));
    dialog.submit();
    REQUIRE(accepted.wait(10000));
    CHECK(dialog.user().login == QStringLiteral("clerk"));
    CHECK(dialog.user().role == Role::Clerk);
}
