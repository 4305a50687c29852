// vanban-cli: the command-line front end (shared/spec/cli.md). Composition only: parse, dispatch, exit code.
#include "CliContext.h"
#include "Commands.h"
#include "common/Localization.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <cstdio>
#include <memory>

using namespace vanban;
using namespace vanban::cli;

namespace {
struct Command {
    QStringList words;
    ExitCode (*run)(CliContext&);
    const char* help;
};

const QList<Command>& commands() {
    static const QList<Command> list = {
        {{QStringLiteral("init")},
         runInit,
         QT_TRANSLATE_NOOP(
             "Cli", "init --organ-id ID --organ-name NAME --admin USER [--admin-full-name NAME]\n"
                    "    Create a workspace (administrator's password from --password-file or VANBAN_PASSWORD).")},
        {{QStringLiteral("user"), QStringLiteral("add")},
         runUserAdd,
         QT_TRANSLATE_NOOP(
             "Cli", "user add --name USER --full-name NAME --role clerk|leader|specialist|admin [--unit UNIT]\n"
                    "    Add a user (administrators only; password from --new-password-file or VANBAN_NEW_PASSWORD).")},
        {{QStringLiteral("incoming"), QStringLiteral("register")},
         runIncomingRegister,
         QT_TRANSLATE_NOOP(
             "Cli",
             "incoming register --file PDF… --from-name NAME [--from-organ-id ID] --code 12/QĐ-UBND\n"
             "    --issued YYYY-MM-DD --type NAME --subject TEXT [--signer NAME] [--urgency "
             "normal|urgent|very-urgent|flash]\n"
             "    [--secrecy none|confidential|secret|top-secret] [--due YYYY-MM-DD] [--arrived YYYY-MM-DDTHH:MM]\n"
             "    [--book ID] [--pages N] [--force-duplicate]\n"
             "    Register an incoming document (văn bản đến) and give it its arrival number (số đến).")},
        {{QStringLiteral("incoming"), QStringLiteral("list")},
         runIncomingList,
         QT_TRANSLATE_NOOP("Cli", "incoming list [--year Y] [--status S] [--limit N] [--offset N]\n    List the "
                                  "incoming register, newest first.")},
        {{QStringLiteral("outgoing"), QStringLiteral("register")},
         runOutgoingRegister,
         QT_TRANSLATE_NOOP(
             "Cli", "outgoing register --file PDF… --notation QĐ-UBND --type NAME --subject TEXT --signer NAME\n"
                    "    [--signer-position TEXT] [--issued YYYY-MM-DD] [--urgency normal|urgent|very-urgent|flash]\n"
                    "    [--secrecy none|confidential|secret|top-secret] [--book ID] [--recipients TEXT] [--pages N]\n"
                    "    Issue the number (số) of an outgoing document (văn bản đi); the register gives it.")},
        {{QStringLiteral("outgoing"), QStringLiteral("list")},
         runOutgoingList,
         QT_TRANSLATE_NOOP("Cli", "outgoing list [--year Y] [--status S] [--limit N] [--offset N]\n    List the "
                                  "outgoing register, newest first.")},
        {{QStringLiteral("show")},
         runShow,
         QT_TRANSLATE_NOOP("Cli", "show ID\n    One document with its files and history.")},
        {{QStringLiteral("search")},
         runSearch,
         QT_TRANSLATE_NOOP(
             "Cli", "search QUERY [--limit N] [--offset N] [--year Y] [--type NAME] [--from ORGAN] [--urgency U]\n"
                    "    [--arrived-from YYYY-MM-DD] [--arrived-to YYYY-MM-DD]\n"
                    "    Full-text search, insensitive to case and diacritics (“dong y” finds “đồng ý”).")},
        {{QStringLiteral("export-register")},
         runExportRegister,
         QT_TRANSLATE_NOOP(
             "Cli", "export-register incoming|outgoing --year Y --format csv|pdf --out FILE\n"
                    "    The register book in the columns of Nghị định 30/2020 Phụ lục IV (pdf: the printable form).")},
        {{QStringLiteral("backup")},
         runBackup,
         QT_TRANSLATE_NOOP(
             "Cli", "backup --out FILE\n    A consistent copy of the whole workspace, also while VanBan is running.")},
        {{QStringLiteral("restore")},
         runRestore,
         QT_TRANSLATE_NOOP("Cli", "restore --from FILE\n    Restore a backup into --workspace (over an existing one: "
                                  "administrators only; the old one is kept).")},
        {{QStringLiteral("check")},
         runCheck,
         QT_TRANSLATE_NOOP("Cli",
                           "check\n    Verify the database and the digest of every stored file (exit 7 on damage).")},
        {{QStringLiteral("exchange"), QStringLiteral("configure")},
         runExchangeConfigure,
         QT_TRANSLATE_NOOP("Cli", "exchange configure --url URL --system-id ID [--ca-file PEM]\n"
                                  "    Set the exchange (LGSP) address and this agency's SystemId (secret key from "
                                  "--secret-file or\n    VANBAN_EXCHANGE_SECRET; administrators only).")},
        {{QStringLiteral("sync")},
         runSync,
         QT_TRANSLATE_NOOP("Cli", "sync [--once] [--interval SECONDS]\n"
                                  "    Exchange: send the outbox, receive and acknowledge packages, refresh the "
                                  "directory.\n    --once does one round; otherwise rounds repeat until stopped.")},
        {{QStringLiteral("exchange"), QStringLiteral("send")},
         runExchangeSend,
         QT_TRANSLATE_NOOP("Cli", "exchange send ID --to ORGAN_ID[,ORGAN_ID…]\n"
                                  "    Queue an outgoing document for agencies of the directory.")},
        {{QStringLiteral("exchange"), QStringLiteral("outbox")},
         runExchangeOutbox,
         QT_TRANSLATE_NOOP("Cli", "exchange outbox [--all]\n    What waits to be sent (--all: also what was sent or "
                                  "refused).")},
        {{QStringLiteral("exchange"), QStringLiteral("inbox")},
         runExchangeInbox,
         QT_TRANSLATE_NOOP("Cli", "exchange inbox [--state pending|accepted|returned|all]\n"
                                  "    Documents received from the exchange, waiting for the clerk.")},
        {{QStringLiteral("exchange"), QStringLiteral("accept")},
         runExchangeAccept,
         QT_TRANSLATE_NOOP("Cli", "exchange accept ID [--book ID] [--force-duplicate]\n"
                                  "    Register a received document in the incoming book (sends status 03).")},
        {{QStringLiteral("exchange"), QStringLiteral("return")},
         runExchangeReturn,
         QT_TRANSLATE_NOOP("Cli", "exchange return ID --reason TEXT\n    Return a received document to its sender "
                                  "(sends status 02).")},
        {{QStringLiteral("exchange"), QStringLiteral("status")},
         runExchangeStatus,
         QT_TRANSLATE_NOOP("Cli", "exchange status ID\n    Where an outgoing document stands with each recipient.")},
        {{QStringLiteral("token"), QStringLiteral("list")},
         runTokenList,
         QT_TRANSLATE_NOOP("Cli",
                           "token list --pkcs11-module PATH\n    The slots and tokens of a PKCS#11 module (the token "
                           "driver's library) and the certificates on each token.")},
        {{QStringLiteral("sign")},
         runSign,
         QT_TRANSLATE_NOOP(
             "Cli",
             "sign --in PDF --out PDF --pkcs11-module PATH [--token LABEL] [--key-label LABEL | --cert-sha256 HEX]\n"
             "    --role leader|agency|attachment [--image PNG] [--page N]\n"
             "    [--rect X,Y,W,H | --anchor TEXT | --invisible]\n"
             "    [--field NAME] [--reason TEXT] [--location TEXT] [--tsa URL] [--level B-B|B-T|B-LT]\n"
             "    [--trust-anchors DIR] [--number 12/QĐ-UBND [--stamp-rect X,Y,W,H | --stamp-anchor TEXT]\n"
             "    [--stamp-date TEXT]]\n"
             "    Sign a PDF (PAdES) with a token; PIN from --pin-file FILE or VANBAN_PIN. Without a place, the\n"
             "    leader's signature goes between the position line and the name, the seal over the left third of\n"
             "    the leader's signature, as found in the document. The agency can write the\n"
             "    number into the page first (--stamp-…). B-LT (needs --tsa) adds the OCSP responses or CRLs of the\n"
             "    signer's and the TSA's certificates, fetched now, checked against the trust anchors.")},
        {{QStringLiteral("verify")},
         runVerify,
         QT_TRANSLATE_NOOP("Cli",
                           "verify PDF [--trust-anchors DIR] [--offline]\n"
                           "    Verify every signature of a PDF (exit 7 when one is not valid). Without\n"
                           "    --trust-anchors, the anchors imported with “trust import”. --offline: no OCSP/CRL "
                           "requests.")},
        {{QStringLiteral("trust"), QStringLiteral("import")},
         runTrustImport,
         QT_TRANSLATE_NOOP("Cli",
                           "trust import FILE [--trust-anchors DIR]\n"
                           "    Check a root CA certificate (PEM, DER or .p7b) and add it to the trust anchors.")},
        {{QStringLiteral("trust"), QStringLiteral("list")},
         runTrustList,
         QT_TRANSLATE_NOOP("Cli", "trust list [--trust-anchors DIR]\n    The trust anchors signatures are verified "
                                  "against.")},
    };
    return list;
}

void printHelp(const Command* only) {
    QString text;
    if (!only) {
        text = QCoreApplication::translate(
            "Cli",
            "vanban-cli — VanBan from the command line.\n\n"
            "Global options: --workspace DIR (or VANBAN_WORKSPACE), --as USER (password from --password-file FILE or\n"
            "VANBAN_PASSWORD), --json, --lang vi|en.\n\nCommands:\n");
        for (const Command& c : commands())
            text += QStringLiteral("  ") + QCoreApplication::translate("Cli", c.help) + QLatin1Char('\n');
        text += QCoreApplication::translate(
            "Cli", "\nExit codes: 0 success, 1 usage, 2 invalid input, 3 not found, 4 permission denied,\n"
                   "5 conflict, 6 external failure, 7 integrity failure, 10 internal error.\n");
    } else {
        text = QStringLiteral("vanban-cli ") + QCoreApplication::translate("Cli", only->help) + QLatin1Char('\n');
    }
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}
} // namespace

// The printable register (export-register --format pdf) draws text, which needs a QGuiApplication; it runs on the
// offscreen platform so that no display is needed. Every other command stays a plain QCoreApplication.
bool needsGui(int argc, char** argv) {
    bool exportRegister = false, pdf = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        exportRegister = exportRegister || a == "export-register";
        pdf = pdf || a == "--format=pdf" || (a == "--format" && i + 1 < argc && QByteArray(argv[i + 1]) == "pdf");
    }
    return exportRegister && pdf;
}

int main(int argc, char** argv) {
    std::unique_ptr<QCoreApplication> application;
    if (needsGui(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication& app = *application;
    QCoreApplication::setOrganizationName(QStringLiteral("VanBan"));
    QCoreApplication::setApplicationName(QStringLiteral("VanBan"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VANBAN_VERSION));

    CliArguments args;
    const QString usageError = args.parse(app.arguments().mid(1));
    const QString language =
        args.has(QStringLiteral("lang")) ? args.value(QStringLiteral("lang")) : Localization::languageFromEnvironment();
    if (!Localization::install(language)) {
        std::fprintf(stderr, "vanban-cli: --lang must be vi or en\n");
        return int(ErrorCode::Usage);
    }
    CliContext ctx(args);
    if (!usageError.isEmpty())
        return ctx.fail(Error{ErrorCode::Usage, usageError});
    if (args.has(QStringLiteral("version"))) {
        std::printf("vanban-cli %s\n", VANBAN_VERSION);
        return 0;
    }
    if (args.has(QStringLiteral("db")))
        return ctx.fail(Error{ErrorCode::Usage,
                              QCoreApplication::translate(
                                  "Cli", "--db (PostgreSQL) is not available in this version; use --workspace.")});

    const QStringList& words = args.words();
    const Command* match = nullptr;
    for (const Command& c : commands()) {
        if (words.size() >= c.words.size() && words.mid(0, c.words.size()) == c.words) {
            match = &c;
            break;
        }
    }
    if (args.has(QStringLiteral("help")) || words.isEmpty() || words.first() == QLatin1String("help")) {
        printHelp(match);
        return 0;
    }
    if (!match)
        return ctx.fail(
            Error{ErrorCode::Usage, QCoreApplication::translate("Cli", "Unknown command “%1” (see vanban-cli --help).")
                                        .arg(words.join(QLatin1Char(' ')))});
    // Commands that take no positional words beyond their own name.
    static const QStringList withWords = {QStringLiteral("show"),
                                          QStringLiteral("search"),
                                          QStringLiteral("export-register"),
                                          QStringLiteral("exchange send"),
                                          QStringLiteral("exchange accept"),
                                          QStringLiteral("exchange return"),
                                          QStringLiteral("exchange status"),
                                          QStringLiteral("verify"),
                                          QStringLiteral("trust import")};
    const bool takesWords = withWords.contains(match->words.join(QLatin1Char(' ')));
    if (!takesWords && words.size() > match->words.size())
        return ctx.fail(
            Error{ErrorCode::Usage,
                  QCoreApplication::translate("Cli", "Unexpected argument “%1”.").arg(words[match->words.size()])});
    return match->run(ctx);
}
