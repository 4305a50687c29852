// vanban: the desktop window. Composition only: options, language, workspace (demo / first run), sign-in, window.
#include "AsyncTask.h"
#include "DemoWorkspace.h"
#include "FirstRunDialog.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "Screenshots.h"
#include "WorkspaceWorker.h"
#include "auth/UserDirectory.h"
#include "common/Localization.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QMessageBox>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QTimer>
#include <QTranslator>
#include <cstdio>
#include <openssl/crypto.h>

using namespace vanban;

namespace {
// The translation context of this file.
struct Main {
    Q_DECLARE_TR_FUNCTIONS(Main)
};

void printError(const QString& message) {
    std::fprintf(stderr, "vanban: %s\n", qPrintable(message));
}

// Localization::install replaces the translations installed before.
void switchLanguage(const QString& language) {
    Localization::install(language);
    QSettings().setValue(QStringLiteral("language"), language);
}

// --lang is read before the other options so that their help is shown in the chosen language.
QString startLanguage(const QStringList& arguments) {
    for (int i = 1; i < arguments.size(); ++i) {
        const QString& a = arguments[i];
        if ((a == QLatin1String("--lang") || a == QLatin1String("-lang")) && i + 1 < arguments.size())
            return arguments[i + 1];
        if (a.startsWith(QLatin1String("--lang=")))
            return a.mid(7);
    }
    if (qEnvironmentVariableIsSet("VANBAN_LANG"))
        return Localization::languageFromEnvironment();
    return QSettings().value(QStringLiteral("language"), Localization::languageFromEnvironment()).toString();
}

Result<QByteArray> readPassword(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Invalid, Main::tr("Cannot read the password file %1: %2").arg(path, f.errorString())};
    QByteArray secret = f.readAll();
    while (secret.endsWith('\n') || secret.endsWith('\r'))
        secret.chop(1);
    return secret;
}
} // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("VanBan"));
    QCoreApplication::setApplicationName(QStringLiteral("VanBan"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VANBAN_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("VanBan"));
    if (QApplication::style()->name().compare(QLatin1String("windows"), Qt::CaseInsensitive) == 0)
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));

    const QString language = startLanguage(app.arguments());
    if (!Localization::install(language)) {
        printError(QStringLiteral("--lang must be vi or en"));
        return int(ErrorCode::Usage);
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(Main::tr("VanBan — document management for Vietnamese agencies."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("workspace"), Main::tr("Workspace folder (default: VANBAN_WORKSPACE or the data folder)."),
         QStringLiteral("DIR")},
        {QStringLiteral("lang"), Main::tr("Interface language: vi or en."), QStringLiteral("LANG")},
        {QStringLiteral("demo"), Main::tr("Open the demo workspace (created on first use).")},
        {QStringLiteral("user"), Main::tr("Sign in as USER without the sign-in dialog (needs --password-file)."),
         QStringLiteral("USER")},
        {QStringLiteral("password-file"), Main::tr("File holding the password for --user."), QStringLiteral("FILE")},
        {QStringLiteral("screenshot"), Main::tr("Save a picture of the window to FILE (PNG) and quit."),
         QStringLiteral("FILE")},
    });
    // For the documentation: a picture of the registration dialog, with files shown in its list.
    QCommandLineOption dialogShot(QStringLiteral("screenshot-dialog"), QString(), QStringLiteral("FILE"));
    dialogShot.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption attach(QStringLiteral("attach"), QString(), QStringLiteral("FILE"));
    attach.setFlags(QCommandLineOption::HiddenFromHelp);
    // The register shown first: incoming (default) or outgoing (e.g. for a screenshot of văn bản đi).
    QCommandLineOption section(QStringLiteral("section"), QString(), QStringLiteral("incoming|outgoing|inbox"));
    section.setFlags(QCommandLineOption::HiddenFromHelp);
    // The two-agency exchange demo (packaging/demo-exchange.sh): the agency of a new demo workspace, and creating
    // it without opening the window.
    QCommandLineOption demoAgency(QStringLiteral("demo-agency"), QString(), QStringLiteral("ORGAN_ID=NAME"));
    demoAgency.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption prepareOnly(QStringLiteral("prepare-only"));
    prepareOnly.setFlags(QCommandLineOption::HiddenFromHelp);
    // No background synchronisation (screenshots of a fixed state).
    QCommandLineOption noSync(QStringLiteral("no-sync"));
    noSync.setFlags(QCommandLineOption::HiddenFromHelp);
    // For the documentation: the Signatures tab on a signed PDF, and the sign dialog (with a PKCS#11 module).
    QCommandLineOption signaturesShot(QStringLiteral("screenshot-signatures"), QString(), QStringLiteral("FILE"));
    signaturesShot.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption signedPdf(QStringLiteral("signed-pdf"), QString(), QStringLiteral("FILE"));
    signedPdf.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption signShot(QStringLiteral("screenshot-sign-dialog"), QString(), QStringLiteral("FILE"));
    signShot.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption pkcs11(QStringLiteral("pkcs11-module"), QString(), QStringLiteral("PATH"));
    pkcs11.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({signaturesShot, signedPdf, signShot, pkcs11});
    parser.addOption(dialogShot);
    parser.addOption(attach);
    parser.addOption(section);
    parser.addOption(demoAgency);
    parser.addOption(prepareOnly);
    parser.addOption(noSync);
    parser.process(app);

    const bool demo = parser.isSet(QStringLiteral("demo"));
    const QString explicitDir = parser.value(QStringLiteral("workspace"));
    const QString dir = demo ? (explicitDir.isEmpty() ? gui::DemoWorkspace::defaultLocation() : explicitDir)
                             : Workspace::resolveLocation(explicitDir);
    QString prefillLogin;
    if (demo) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        AgencyProfile agency = gui::DemoWorkspace::defaultAgency();
        if (parser.isSet(demoAgency)) {
            const QString value = parser.value(demoAgency);
            agency = AgencyProfile{value.section(QLatin1Char('='), 0, 0).trimmed(),
                                   value.section(QLatin1Char('='), 1).trimmed()};
        }
        const Status created = gui::DemoWorkspace::ensure(dir, agency);
        QApplication::restoreOverrideCursor();
        if (!created) {
            printError(created.error().message);
            QMessageBox::critical(nullptr, QStringLiteral("VanBan"), created.error().message);
            return int(created.error().code);
        }
    } else if (!Workspace::exists(dir)) {
        ui::FirstRunDialog firstRun(dir);
        if (firstRun.exec() != QDialog::Accepted)
            return 0;
        prefillLogin = firstRun.adminLogin();
    }

    if (parser.isSet(prepareOnly))
        return 0;

    auto workspace = Workspace::open(dir);
    if (!workspace) {
        printError(workspace.error().message);
        QMessageBox::critical(nullptr, QStringLiteral("VanBan"), workspace.error().message);
        return int(workspace.error().code);
    }
    auto queries = std::make_unique<ui::WorkspaceWorker>(dir);
    User user;
    if (parser.isSet(QStringLiteral("user"))) {
        auto password = readPassword(parser.value(QStringLiteral("password-file")));
        auto signedIn =
            password
                ? UserDirectory((*workspace)->database()).authenticate(parser.value(QStringLiteral("user")), *password)
                : Result<User>(password.error());
        if (password)
            OPENSSL_cleanse(password->data(), size_t(password->size()));
        if (!signedIn) {
            printError(signedIn.error().message);
            return int(signedIn.error().code);
        }
        user = *signedIn;
    } else {
        ui::LoginDialog login(*queries, language);
        if (auto agency = (*workspace)->agency())
            login.setAgencyName(agency->organName);
        if (demo) {
            login.setCredentials(QStringLiteral("vanthu"), QStringLiteral("vanthu123"));
            login.setHint(gui::DemoWorkspace::hint());
        } else if (!prefillLogin.isEmpty()) {
            login.setCredentials(prefillLogin, {});
        }
        QObject::connect(&login, &ui::LoginDialog::languageChanged, &switchLanguage);
        if (login.exec() != QDialog::Accepted)
            return 0;
        user = login.user();
    }

    ui::MainWindow window(std::move(workspace).value(), user, std::move(queries));
    if (parser.value(section) == QLatin1String("outgoing"))
        window.showSection(Direction::Outgoing);
    else if (parser.value(section) == QLatin1String("inbox"))
        window.showInbox();
    window.show();
    QTimer::singleShot(0, &window, &ui::MainWindow::startIndexing);
    if (!parser.isSet(noSync))
        QTimer::singleShot(0, &window, &ui::MainWindow::startSync);
    if (parser.isSet(QStringLiteral("screenshot")))
        gui::scheduleWindowScreenshot(&window, parser.value(QStringLiteral("screenshot")));
    else if (parser.isSet(dialogShot))
        gui::scheduleDialogScreenshot(&window, parser.value(dialogShot), parser.values(attach));
    else if (parser.isSet(signaturesShot))
        gui::scheduleSignaturesScreenshot(&window, parser.value(signaturesShot), parser.value(signedPdf));
    else if (parser.isSet(signShot))
        gui::scheduleSignDialogScreenshot(&window, parser.value(signShot), parser.value(pkcs11));
    const int rc = app.exec();
    ui::AsyncTask::waitForAll();
    return rc;
}
