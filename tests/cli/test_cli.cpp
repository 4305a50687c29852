// End-to-end runs of vanban-cli: commands, JSON and exit codes of shared/spec/cli.md.
#include "pdf/PdfDocument.h"
#include "support/PdfFixtures.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace {
struct Run {
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

class Cli {
public:
    Cli() { m_workspace = m_dir.filePath(QStringLiteral("ws")); }

    Run run(const QStringList& args, const QMap<QString, QString>& env = {}) {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.remove(QStringLiteral("VANBAN_PASSWORD"));
        e.remove(QStringLiteral("VANBAN_NEW_PASSWORD"));
        e.remove(QStringLiteral("VANBAN_WORKSPACE"));
        e.remove(QStringLiteral("VANBAN_LANG"));
        for (auto it = env.begin(); it != env.end(); ++it)
            e.insert(it.key(), it.value());
        p.setProcessEnvironment(e);
        p.start(QStringLiteral(VANBAN_CLI), QStringList{QStringLiteral("--workspace"), m_workspace} + args);
        REQUIRE(p.waitForFinished(120000));
        Run r;
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }
    Run as(const QString& user, const QString& password, const QStringList& args) {
        return run(QStringList{QStringLiteral("--as"), user} + args, {{QStringLiteral("VANBAN_PASSWORD"), password}});
    }
    Run clerk(const QStringList& args) { return as(QStringLiteral("vt"), QStringLiteral("clerk-pass-1"), args); }

    void init() {
        Run r = run({QStringLiteral("init"), QStringLiteral("--organ-id"), QStringLiteral("000.00.12.H41"),
                     QStringLiteral("--organ-name"), QStringLiteral("UBND huyện Nam Đàn"), QStringLiteral("--admin"),
                     QStringLiteral("admin"), QStringLiteral("--json")},
                    {{QStringLiteral("VANBAN_PASSWORD"), QStringLiteral("admin-pass-1")}});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        Run u = as(QStringLiteral("admin"), QStringLiteral("admin-pass-1"),
                   {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("vt"),
                    QStringLiteral("--full-name"), QStringLiteral("Nguyễn Thị Lan"), QStringLiteral("--role"),
                    QStringLiteral("clerk"), QStringLiteral("--json")});
        u = run({QStringLiteral("--as"), QStringLiteral("admin"), QStringLiteral("user"), QStringLiteral("add"),
                 QStringLiteral("--name"), QStringLiteral("vt"), QStringLiteral("--full-name"),
                 QStringLiteral("Nguyễn Thị Lan"), QStringLiteral("--role"), QStringLiteral("clerk"),
                 QStringLiteral("--json")},
                {{QStringLiteral("VANBAN_PASSWORD"), QStringLiteral("admin-pass-1")},
                 {QStringLiteral("VANBAN_NEW_PASSWORD"), QStringLiteral("clerk-pass-1")}});
        INFO(u.err.toStdString());
        REQUIRE(u.exitCode == 0);
        CHECK(u.json().value(QStringLiteral("role")).toString() == QStringLiteral("clerk"));
    }

    QStringList registerArgs(const QString& code, const QString& subject) {
        return {QStringLiteral("incoming"),        QStringLiteral("register"),
                QStringLiteral("--from-name"),     QStringLiteral("Sở Tài chính tỉnh Nghệ An"),
                QStringLiteral("--from-organ-id"), QStringLiteral("000.00.05.H41"),
                QStringLiteral("--code"),          code,
                QStringLiteral("--issued"),        QStringLiteral("2026-01-05"),
                QStringLiteral("--type"),          QStringLiteral("Công văn"),
                QStringLiteral("--subject"),       subject,
                QStringLiteral("--arrived"),       QStringLiteral("2026-01-06T08:30"),
                QStringLiteral("--json")};
    }
    QString file(const QString& name) const { return m_dir.filePath(name); }
    const QString& workspace() const { return m_workspace; }

private:
    QTemporaryDir m_dir;
    QString m_workspace;
};
} // namespace

TEST_CASE("init, user add and authentication") {
    Cli cli;
    cli.init();
    Run again =
        cli.run({QStringLiteral("init"), QStringLiteral("--organ-id"), QStringLiteral("x"),
                 QStringLiteral("--organ-name"), QStringLiteral("y"), QStringLiteral("--admin"), QStringLiteral("a")},
                {{QStringLiteral("VANBAN_PASSWORD"), QStringLiteral("admin-pass-1")}});
    CHECK(again.exitCode == 5);
    Run noPassword = Cli().run({QStringLiteral("init"), QStringLiteral("--organ-id"), QStringLiteral("x"),
                                QStringLiteral("--organ-name"), QStringLiteral("y"), QStringLiteral("--admin"),
                                QStringLiteral("a")});
    CHECK(noPassword.exitCode == 2);
    Run byClerk = cli.run({QStringLiteral("--as"), QStringLiteral("vt"), QStringLiteral("user"), QStringLiteral("add"),
                           QStringLiteral("--name"), QStringLiteral("ld"), QStringLiteral("--full-name"),
                           QStringLiteral("Trần Văn Hùng"), QStringLiteral("--role"), QStringLiteral("leader")},
                          {{QStringLiteral("VANBAN_PASSWORD"), QStringLiteral("clerk-pass-1")},
                           {QStringLiteral("VANBAN_NEW_PASSWORD"), QStringLiteral("leader-pass-1")}});
    CHECK(byClerk.exitCode == 4);
    Run wrongPassword = cli.as(QStringLiteral("vt"), QStringLiteral("wrong-pass"),
                               {QStringLiteral("incoming"), QStringLiteral("list")});
    CHECK(wrongPassword.exitCode == 4);
    Run noUser = cli.run({QStringLiteral("incoming"), QStringLiteral("list")});
    CHECK(noUser.exitCode == 4);
    // a password file works like the environment variable
    QFile pw(cli.file(QStringLiteral("pw")));
    REQUIRE(pw.open(QIODevice::WriteOnly));
    pw.write("clerk-pass-1\n");
    pw.close();
    Run withFile =
        cli.run({QStringLiteral("--as"), QStringLiteral("vt"), QStringLiteral("--password-file"), pw.fileName(),
                 QStringLiteral("incoming"), QStringLiteral("list"), QStringLiteral("--json")});
    CHECK(withFile.exitCode == 0);
    CHECK(withFile.json().value(QStringLiteral("total")).toInt() == 0);
}

TEST_CASE("Messages are in Vietnamese by default and in English with --lang en") {
    Cli cli;
    cli.init();
    Run vi = cli.as(QStringLiteral("vt"), QStringLiteral("wrong-pass"),
                    {QStringLiteral("incoming"), QStringLiteral("list"), QStringLiteral("--json")});
    CHECK(vi.exitCode == 4);
    CHECK(vi.err.contains(QStringLiteral("Lỗi: Sai tên đăng nhập hoặc mật khẩu.")));
    CHECK(vi.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString() ==
          QStringLiteral("Sai tên đăng nhập hoặc mật khẩu."));
    Run en =
        cli.as(QStringLiteral("vt"), QStringLiteral("wrong-pass"),
               {QStringLiteral("incoming"), QStringLiteral("list"), QStringLiteral("--lang"), QStringLiteral("en")});
    CHECK(en.err.contains(QStringLiteral("Error: Wrong user name or password.")));
    Run help = cli.run({QStringLiteral("--help")});
    CHECK(help.out.contains(QStringLiteral("Vào sổ văn bản đến và cấp số đến.")));
    CHECK(cli.run({QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--help")}).exitCode == 1);
}

TEST_CASE("Usage errors exit 1") {
    Cli cli;
    CHECK(cli.run({QStringLiteral("frobnicate")}).exitCode == 1);
    CHECK(
        cli.run({QStringLiteral("incoming"), QStringLiteral("list"), QStringLiteral("--colour"), QStringLiteral("red")})
            .exitCode == 1);
    CHECK(cli.run({QStringLiteral("incoming"), QStringLiteral("list"), QStringLiteral("--limit")}).exitCode == 1);
    Run help = cli.run({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("incoming register")));
    Run missing =
        cli.run({QStringLiteral("--as"), QStringLiteral("x"), QStringLiteral("incoming"), QStringLiteral("list")},
                {{QStringLiteral("VANBAN_PASSWORD"), QStringLiteral("whatever-1")}});
    CHECK(missing.exitCode == 3); // no workspace there
}

TEST_CASE("incoming register, list, show, search and export") {
    Cli cli;
    cli.init();
    const QString pdf =
        vanban::test::writePdf(cli.file(QStringLiteral("cv125.pdf")), "Cong van 125 ve viec thanh ly xe o to cong");
    Run first = cli.clerk(
        cli.registerArgs(QStringLiteral("125/STC-NS"), QStringLiteral("V/v đồng ý chủ trương mua sắm tài sản")) +
        QStringList{QStringLiteral("--file"), pdf, QStringLiteral("--urgency"), QStringLiteral("urgent")});
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    const QJsonObject reg = first.json();
    CHECK(reg.value(QStringLiteral("arrivalNumber")).toInt() == 1);
    CHECK(reg.value(QStringLiteral("arrivalNumberText")).toString() == QStringLiteral("01"));
    CHECK(reg.value(QStringLiteral("book")).toString() == QStringLiteral("den"));
    CHECK(reg.value(QStringLiteral("year")).toInt() == 2026);
    const QString id = reg.value(QStringLiteral("id")).toString();
    REQUIRE_FALSE(id.isEmpty());

    Run dup = cli.clerk(cli.registerArgs(QStringLiteral("125/STC-NS"), QStringLiteral("V/v khác")));
    CHECK(dup.exitCode == 5);
    Run forced = cli.clerk(cli.registerArgs(QStringLiteral("125/STC-NS"), QStringLiteral("V/v khác")) +
                           QStringList{QStringLiteral("--force-duplicate")});
    CHECK(forced.exitCode == 0);
    CHECK(forced.json().value(QStringLiteral("arrivalNumberText")).toString() == QStringLiteral("02"));

    Run badDate = cli.clerk(cli.registerArgs(QStringLiteral("126/STC-NS"), QStringLiteral("x")) +
                            QStringList{QStringLiteral("--due"), QStringLiteral("31/12/2026")});
    CHECK(badDate.exitCode == 2);
    CHECK(badDate.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("field")).toString() ==
          QStringLiteral("due"));
    Run badType = cli.clerk(cli.registerArgs(QStringLiteral("126/STC-NS"), QStringLiteral("x")) +
                            QStringList{QStringLiteral("--type"), QStringLiteral("Thư")});
    CHECK(badType.exitCode == 1); // --type given twice
    Run notPdf = cli.clerk(cli.registerArgs(QStringLiteral("127/STC-NS"), QStringLiteral("x")) +
                           QStringList{QStringLiteral("--file"), cli.file(QStringLiteral("nope.pdf"))});
    CHECK(notPdf.exitCode == 2);

    Run list = cli.clerk({QStringLiteral("incoming"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(list.exitCode == 0);
    CHECK(list.json().value(QStringLiteral("total")).toInt() == 2);
    const QJsonArray items = list.json().value(QStringLiteral("items")).toArray();
    REQUIRE(items.size() == 2);
    CHECK(items[0].toObject().value(QStringLiteral("arrivalNumber")).toInt() == 2); // newest first
    Run limited =
        cli.clerk({QStringLiteral("incoming"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("1"),
                   QStringLiteral("--offset"), QStringLiteral("1"), QStringLiteral("--json")});
    CHECK(limited.json().value(QStringLiteral("items")).toArray().size() == 1);
    CHECK(limited.json()
              .value(QStringLiteral("items"))
              .toArray()[0]
              .toObject()
              .value(QStringLiteral("arrivalNumber"))
              .toInt() == 1);
    CHECK(cli.clerk({QStringLiteral("incoming"), QStringLiteral("list"), QStringLiteral("--year"),
                     QStringLiteral("2025"), QStringLiteral("--json")})
              .json()
              .value(QStringLiteral("total"))
              .toInt() == 0);

    Run show = cli.clerk({QStringLiteral("show"), id, QStringLiteral("--json")});
    REQUIRE(show.exitCode == 0);
    const QJsonObject doc = show.json();
    for (const char* field : {"id", "direction", "arrivalNumber", "arrivalDate", "codeNumber", "codeNotation",
                              "issuedDate", "typeName", "subject", "organId", "organName", "signerFullName", "priority",
                              "secrecy", "dueDate", "pageAmount", "status", "files"})
        CHECK(doc.contains(QString::fromLatin1(field)));
    CHECK(doc.value(QStringLiteral("codeNumber")).toString() == QStringLiteral("125"));
    CHECK(doc.value(QStringLiteral("codeNotation")).toString() == QStringLiteral("STC-NS"));
    CHECK(doc.value(QStringLiteral("priority")).toString() == QStringLiteral("urgent"));
    CHECK(doc.value(QStringLiteral("arrivalDate")).toString().startsWith(QStringLiteral("2026-01-06T08:30")));
    const QJsonArray files = doc.value(QStringLiteral("files")).toArray();
    REQUIRE(files.size() == 1);
    CHECK(files[0].toObject().value(QStringLiteral("name")).toString() == QStringLiteral("cv125.pdf"));
    CHECK(files[0].toObject().value(QStringLiteral("size")).toInt() == QFileInfo(pdf).size());
    CHECK(files[0].toObject().value(QStringLiteral("sha256")).toString().size() == 64);
    CHECK(doc.value(QStringLiteral("history")).toArray().size() == 1);
    CHECK(cli.clerk({QStringLiteral("show"), QStringLiteral("999")}).exitCode == 3);

    Run search = cli.clerk({QStringLiteral("search"), QStringLiteral("dong y"), QStringLiteral("--json")});
    REQUIRE(search.exitCode == 0);
    CHECK(search.json().value(QStringLiteral("total")).toInt() == 1);
    CHECK(search.json().value(QStringLiteral("items")).toArray()[0].toObject().value(QStringLiteral("id")).toString() ==
          id);
    // the PDF's text was indexed at registration
    Run inPdf = cli.clerk({QStringLiteral("search"), QStringLiteral("thanh lý xe ô tô"), QStringLiteral("--json")});
    CHECK(inPdf.json().value(QStringLiteral("total")).toInt() == 1);
    Run both = cli.clerk({QStringLiteral("search"), QStringLiteral("cong van 125"), QStringLiteral("--json")});
    CHECK(both.json().value(QStringLiteral("total")).toInt() == 2);

    const QString csv = cli.file(QStringLiteral("so-den.csv"));
    Run exported = cli.clerk({QStringLiteral("export-register"), QStringLiteral("incoming"), QStringLiteral("--year"),
                              QStringLiteral("2026"), QStringLiteral("--format"), QStringLiteral("csv"),
                              QStringLiteral("--out"), csv, QStringLiteral("--json")});
    REQUIRE(exported.exitCode == 0);
    CHECK(exported.json().value(QStringLiteral("rows")).toInt() == 2);
    QFile f(csv);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0].contains(QStringLiteral("Ngày đến,Số đến,Tác giả,\"Số, ký hiệu\"")));
    CHECK(lines[1].startsWith(QStringLiteral("06/01/2026,01,Sở Tài chính tỉnh Nghệ An,125/STC-NS,05/01/2026,")));
    // the printable form (Phụ lục IV) as PDF, read back with Poppler
    const QString pdfOut = cli.file(QStringLiteral("so-den.pdf"));
    Run printed = cli.clerk({QStringLiteral("export-register"), QStringLiteral("incoming"), QStringLiteral("--year"),
                             QStringLiteral("2026"), QStringLiteral("--format"), QStringLiteral("pdf"),
                             QStringLiteral("--out"), pdfOut, QStringLiteral("--json")});
    INFO(printed.err.toStdString());
    REQUIRE(printed.exitCode == 0);
    CHECK(printed.json().value(QStringLiteral("rows")).toInt() == 2);
    auto register_ = vanban::PdfDocument::open(pdfOut);
    REQUIRE(register_.ok());
    CHECK((*register_)->pageCount() == 1);
    const QString printedText = (*register_)->allText();
    CHECK(printedText.contains(QStringLiteral("SỔ ĐĂNG KÝ VĂN BẢN ĐẾN")));
    CHECK(printedText.contains(QStringLiteral("UBND HUYỆN NAM ĐÀN")));
    CHECK(printedText.contains(QStringLiteral("125/STC-NS")));
    CHECK(printedText.contains(QStringLiteral("mua sắm")));
    CHECK(cli.clerk({QStringLiteral("export-register"), QStringLiteral("incoming"), QStringLiteral("--format"),
                     QStringLiteral("xls"), QStringLiteral("--out"), csv})
              .exitCode == 2);
}

TEST_CASE("outgoing register, list, show, search and export") {
    Cli cli;
    cli.init();
    auto issue = [&](const QString& notation, const QStringList& more = {}) {
        return cli.clerk(
            QStringList{QStringLiteral("outgoing"), QStringLiteral("register"), QStringLiteral("--notation"), notation,
                        QStringLiteral("--type"), QStringLiteral("Quyết định"), QStringLiteral("--subject"),
                        QStringLiteral("Quyết định về việc thành lập Tổ công tác chuyển đổi số"),
                        QStringLiteral("--signer"), QStringLiteral("Trần Văn Hùng"), QStringLiteral("--issued"),
                        QStringLiteral("2026-02-10"), QStringLiteral("--json")} +
            more);
    };
    const QString pdf =
        vanban::test::writePdf(cli.file(QStringLiteral("qd01.pdf")), "Quyet dinh thanh lap to cong tac chuyen doi so");
    Run first =
        issue(QStringLiteral("QĐ-UBND"),
              {QStringLiteral("--file"), pdf, QStringLiteral("--signer-position"), QStringLiteral("Chủ tịch"),
               QStringLiteral("--recipients"), QStringLiteral("UBND các xã; Lưu: VT"), QStringLiteral("--pages"),
               QStringLiteral("2"), QStringLiteral("--urgency"), QStringLiteral("urgent")});
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    const QJsonObject issued = first.json();
    CHECK(issued.keys() == QStringList{QStringLiteral("code"), QStringLiteral("id"), QStringLiteral("number"),
                                       QStringLiteral("numberText"), QStringLiteral("year")});
    CHECK(issued.value(QStringLiteral("number")).toInt() == 1);
    CHECK(issued.value(QStringLiteral("numberText")).toString() == QStringLiteral("01"));
    CHECK(issued.value(QStringLiteral("code")).toString() == QStringLiteral("01/QĐ-UBND"));
    CHECK(issued.value(QStringLiteral("year")).toInt() == 2026);
    const QString id = issued.value(QStringLiteral("id")).toString();

    Run second = issue(QStringLiteral("UBND-VP"));
    REQUIRE(second.exitCode == 0);
    CHECK(second.json().value(QStringLiteral("code")).toString() == QStringLiteral("02/UBND-VP"));
    Run secret = issue(QStringLiteral("QĐ-UBND-M"), {QStringLiteral("--secrecy"), QStringLiteral("secret")});
    REQUIRE(secret.exitCode == 0);
    CHECK(secret.json().value(QStringLiteral("code")).toString() == QStringLiteral("01/QĐ-UBND-M"));
    // without --issued: today
    Run today = cli.clerk({QStringLiteral("outgoing"), QStringLiteral("register"), QStringLiteral("--notation"),
                           QStringLiteral("TB-UBND"), QStringLiteral("--type"), QStringLiteral("Thông báo"),
                           QStringLiteral("--subject"), QStringLiteral("Thông báo lịch tiếp công dân"),
                           QStringLiteral("--signer"), QStringLiteral("Lê Đình Phúc"), QStringLiteral("--json")});
    REQUIRE(today.exitCode == 0);
    CHECK(today.json().value(QStringLiteral("year")).toInt() == QDate::currentDate().year());

    // validation names the field; the secret sequence with a notation already used at that number is a conflict
    Run withNumber = issue(QStringLiteral("12/QĐ-UBND"));
    CHECK(withNumber.exitCode == 2);
    CHECK(withNumber.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("field")).toString() ==
          QStringLiteral("notation"));
    Run noSigner = cli.clerk({QStringLiteral("outgoing"), QStringLiteral("register"), QStringLiteral("--notation"),
                              QStringLiteral("QĐ-UBND"), QStringLiteral("--type"), QStringLiteral("Quyết định"),
                              QStringLiteral("--subject"), QStringLiteral("x"), QStringLiteral("--json")});
    CHECK(noSigner.exitCode == 2);
    CHECK(noSigner.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("field")).toString() ==
          QStringLiteral("signer"));
    // the secret sequence's next number is 02, and 02/UBND-VP is taken in the normal one
    Run taken = issue(QStringLiteral("UBND-VP"), {QStringLiteral("--secrecy"), QStringLiteral("confidential")});
    CHECK(taken.exitCode == 5);
    CHECK(taken.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("field")).toString() ==
          QStringLiteral("notation"));
    Run badLevel = issue(QStringLiteral("QĐ-UBND"), {QStringLiteral("--urgency"), QStringLiteral("soon")});
    CHECK(badLevel.exitCode == 2);
    Run twice = issue(QStringLiteral("CV-UBND"), {QStringLiteral("--issued"), QStringLiteral("2026-01-01")});
    CHECK(twice.exitCode == 1); // --issued given twice
    Run wrongBook = issue(QStringLiteral("CV-UBND"), {QStringLiteral("--book"), QStringLiteral("den")});
    CHECK(wrongBook.exitCode == 3);

    // a leader may read the register but not issue numbers
    Run addLeader =
        cli.run({QStringLiteral("--as"), QStringLiteral("admin"), QStringLiteral("user"), QStringLiteral("add"),
                 QStringLiteral("--name"), QStringLiteral("ld"), QStringLiteral("--full-name"),
                 QStringLiteral("Trần Văn Hùng"), QStringLiteral("--role"), QStringLiteral("leader")},
                {{QStringLiteral("VANBAN_PASSWORD"), QStringLiteral("admin-pass-1")},
                 {QStringLiteral("VANBAN_NEW_PASSWORD"), QStringLiteral("leader-pass-1")}});
    REQUIRE(addLeader.exitCode == 0);
    Run byLeader = cli.as(QStringLiteral("ld"), QStringLiteral("leader-pass-1"),
                          {QStringLiteral("outgoing"), QStringLiteral("register"), QStringLiteral("--notation"),
                           QStringLiteral("CV-UBND"), QStringLiteral("--type"), QStringLiteral("Công văn"),
                           QStringLiteral("--subject"), QStringLiteral("x"), QStringLiteral("--signer"),
                           QStringLiteral("Trần Văn Hùng")});
    CHECK(byLeader.exitCode == 4);
    CHECK(cli.as(QStringLiteral("ld"), QStringLiteral("leader-pass-1"),
                 {QStringLiteral("outgoing"), QStringLiteral("list")})
              .exitCode == 0);

    Run list = cli.clerk({QStringLiteral("outgoing"), QStringLiteral("list"), QStringLiteral("--year"),
                          QStringLiteral("2026"), QStringLiteral("--json")});
    REQUIRE(list.exitCode == 0);
    CHECK(list.json().value(QStringLiteral("total")).toInt() == 4);
    const QJsonArray items = list.json().value(QStringLiteral("items")).toArray();
    REQUIRE(items.size() == 4);
    for (const QJsonValue& item : items)
        CHECK(item.toObject().value(QStringLiteral("direction")).toString() == QStringLiteral("outgoing"));
    CHECK(cli.clerk({QStringLiteral("incoming"), QStringLiteral("list"), QStringLiteral("--json")})
              .json()
              .value(QStringLiteral("total"))
              .toInt() == 0);
    Run human =
        cli.clerk({QStringLiteral("outgoing"), QStringLiteral("list"), QStringLiteral("--lang"), QStringLiteral("en")});
    CHECK(human.out.contains(QStringLiteral("01/QĐ-UBND")));
    CHECK(human.out.contains(QStringLiteral("10/02/2026")));
    CHECK(human.out.contains(QStringLiteral("4 of 4 documents shown.")));

    Run show = cli.clerk({QStringLiteral("show"), id, QStringLiteral("--json")});
    REQUIRE(show.exitCode == 0);
    const QJsonObject doc = show.json();
    CHECK(doc.value(QStringLiteral("direction")).toString() == QStringLiteral("outgoing"));
    CHECK(doc.value(QStringLiteral("number")).toInt() == 1);
    CHECK(doc.value(QStringLiteral("codeNumber")).toString() == QStringLiteral("01"));
    CHECK(doc.value(QStringLiteral("codeNotation")).toString() == QStringLiteral("QĐ-UBND"));
    CHECK(doc.value(QStringLiteral("issuedDate")).toString() == QStringLiteral("2026-02-10"));
    CHECK(doc.value(QStringLiteral("organName")).toString() == QStringLiteral("UBND huyện Nam Đàn"));
    CHECK(doc.value(QStringLiteral("signerFullName")).toString() == QStringLiteral("Trần Văn Hùng"));
    CHECK(doc.value(QStringLiteral("signerPosition")).toString() == QStringLiteral("Chủ tịch"));
    CHECK(doc.value(QStringLiteral("toPlaces")).toString() == QStringLiteral("UBND các xã; Lưu: VT"));
    CHECK(doc.value(QStringLiteral("pageAmount")).toInt() == 2);
    CHECK(doc.value(QStringLiteral("priority")).toString() == QStringLiteral("urgent"));
    CHECK(doc.value(QStringLiteral("files")).toArray().size() == 1);
    const QJsonArray history = doc.value(QStringLiteral("history")).toArray();
    REQUIRE(history.size() == 1);
    CHECK(history[0].toObject().value(QStringLiteral("action")).toString() == QStringLiteral("issued"));

    // the PDF's text was indexed when the number was issued
    Run found = cli.clerk({QStringLiteral("search"), QStringLiteral("chuyen doi so"), QStringLiteral("--json")});
    CHECK(found.json().value(QStringLiteral("total")).toInt() == 3);
    Run inPdf = cli.clerk({QStringLiteral("search"), QStringLiteral("thanh lap to"), QStringLiteral("--json")});
    CHECK(inPdf.json().value(QStringLiteral("total")).toInt() == 3);

    const QString csv = cli.file(QStringLiteral("so-di.csv"));
    Run exported = cli.clerk({QStringLiteral("export-register"), QStringLiteral("outgoing"), QStringLiteral("--year"),
                              QStringLiteral("2026"), QStringLiteral("--format"), QStringLiteral("csv"),
                              QStringLiteral("--out"), csv, QStringLiteral("--json")});
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    CHECK(exported.json().value(QStringLiteral("rows")).toInt() == 4);
    QFile f(csv);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 5);
    CHECK(lines[0].contains(QStringLiteral("\"Số, ký hiệu văn bản\",Ngày tháng văn bản,Tên loại và trích yếu nội "
                                           "dung,Người ký,Nơi nhận văn bản")));
    CHECK(lines[1].startsWith(QStringLiteral("01/QĐ-UBND,10/02/2026,Quyết định: ")));
    CHECK(lines[1].contains(QStringLiteral("Trần Văn Hùng (Chủ tịch),UBND các xã; Lưu: VT,")));
    CHECK(lines[4].startsWith(QStringLiteral("01/QĐ-UBND-M,"))); // the secret sequence last

    const QString pdfOut = cli.file(QStringLiteral("so-di.pdf"));
    Run printed = cli.clerk({QStringLiteral("export-register"), QStringLiteral("outgoing"), QStringLiteral("--year"),
                             QStringLiteral("2026"), QStringLiteral("--format"), QStringLiteral("pdf"),
                             QStringLiteral("--out"), pdfOut, QStringLiteral("--json")});
    INFO(printed.err.toStdString());
    REQUIRE(printed.exitCode == 0);
    auto register_ = vanban::PdfDocument::open(pdfOut);
    REQUIRE(register_.ok());
    const QString printedText = (*register_)->allText();
    CHECK(printedText.contains(QStringLiteral("SỔ ĐĂNG KÝ VĂN BẢN ĐI")));
    CHECK(printedText.contains(QStringLiteral("Nơi nhận văn bản")));
    CHECK(printedText.contains(QStringLiteral("02/UBND-VP")));
    CHECK_FALSE(printedText.contains(QStringLiteral("Số đến")));
}

TEST_CASE("backup, restore and check") {
    Cli cli;
    cli.init();
    const QString pdf = vanban::test::writePdf(cli.file(QStringLiteral("a.pdf")), "A");
    REQUIRE(cli.clerk(cli.registerArgs(QStringLiteral("1/UBND-VP"), QStringLiteral("V/v một")) +
                      QStringList{QStringLiteral("--file"), pdf})
                .exitCode == 0);
    Run check = cli.run({QStringLiteral("check"), QStringLiteral("--json")});
    REQUIRE(check.exitCode == 0);
    CHECK(check.json().value(QStringLiteral("ok")).toBool());
    CHECK(check.json().value(QStringLiteral("filesChecked")).toInt() == 1);

    const QString backup = cli.file(QStringLiteral("b.vbk"));
    Run made = cli.clerk({QStringLiteral("backup"), QStringLiteral("--out"), backup, QStringLiteral("--json")});
    REQUIRE(made.exitCode == 0);
    CHECK(made.json().value(QStringLiteral("documents")).toInt() == 1);

    // into a new folder: no --as needed
    QProcess p;
    const QString target = cli.file(QStringLiteral("restored"));
    p.start(QStringLiteral(VANBAN_CLI), {QStringLiteral("--workspace"), target, QStringLiteral("restore"),
                                         QStringLiteral("--from"), backup, QStringLiteral("--json")});
    REQUIRE(p.waitForFinished(60000));
    CHECK(p.exitCode() == 0);
    CHECK(QFile::exists(target + QStringLiteral("/vanban.db")));

    // over the existing workspace: administrators only, and the old one is kept
    CHECK(cli.run({QStringLiteral("restore"), QStringLiteral("--from"), backup}).exitCode == 4);
    CHECK(cli.clerk({QStringLiteral("restore"), QStringLiteral("--from"), backup}).exitCode == 4);
    Run over = cli.as(QStringLiteral("admin"), QStringLiteral("admin-pass-1"),
                      {QStringLiteral("restore"), QStringLiteral("--from"), backup, QStringLiteral("--json")});
    REQUIRE(over.exitCode == 0);
    CHECK(QFile::exists(over.json().value(QStringLiteral("replacedKeptAt")).toString() + QStringLiteral("/vanban.db")));

    // a damaged stored file makes check exit 7
    Run show = cli.clerk({QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--json")});
    const QString sha =
        show.json().value(QStringLiteral("files")).toArray()[0].toObject().value(QStringLiteral("sha256")).toString();
    QFile blob(cli.workspace() + QStringLiteral("/blobs/") + sha.left(2) + QLatin1Char('/') + sha);
    blob.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    REQUIRE(blob.open(QIODevice::Append));
    blob.write("tampered");
    blob.close();
    Run damaged = cli.run({QStringLiteral("check"), QStringLiteral("--json")});
    CHECK(damaged.exitCode == 7);
    CHECK_FALSE(damaged.json().value(QStringLiteral("ok")).toBool());

    // a damaged backup is refused
    QFile b(backup);
    REQUIRE(b.open(QIODevice::ReadWrite));
    b.seek(b.size() - 5);
    b.write("#");
    b.close();
    QProcess bad;
    bad.start(QStringLiteral(VANBAN_CLI), {QStringLiteral("--workspace"), cli.file(QStringLiteral("r2")),
                                           QStringLiteral("restore"), QStringLiteral("--from"), backup});
    REQUIRE(bad.waitForFinished(60000));
    CHECK(bad.exitCode() == 7);
    CHECK_FALSE(QFile::exists(cli.file(QStringLiteral("r2"))));
}

TEST_CASE("The sample PDFs of shared/testdata register and their text is indexed") {
    const QDir inputs(QStringLiteral(VANBAN_SHARED_TESTDATA "/pdf/inputs"));
    if (!inputs.exists()) {
        WARN("shared/testdata is absent; skipping the sample-PDF registration test");
        return;
    }
    Cli cli;
    cli.init();
    int n = 0;
    for (const QString& name : inputs.entryList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Name)) {
        ++n;
        Run r = cli.clerk(cli.registerArgs(QStringLiteral("%1/UBND-VP").arg(n), QStringLiteral("Mẫu ") + name) +
                          QStringList{QStringLiteral("--file"), inputs.filePath(name)});
        INFO(name.toStdString() << ": " << r.err.toStdString());
        CHECK(r.exitCode == 0);
    }
    CHECK(n >= 10);
    Run list = cli.clerk({QStringLiteral("incoming"), QStringLiteral("list"), QStringLiteral("--json")});
    CHECK(list.json().value(QStringLiteral("total")).toInt() == n);

    // Their signatures were verified at registration and the result is kept with each file: the two signed
    // samples are intact but signed by a CA nobody trusts here; the others carry no signature (at most empty fields).
    int signedFiles = 0, signatureCount = 0;
    for (int id = 1; id <= n; ++id) {
        const QJsonObject doc =
            cli.clerk({QStringLiteral("show"), QString::number(id), QStringLiteral("--json")}).json();
        const QJsonObject file = doc.value(QStringLiteral("files")).toArray().first().toObject();
        const QString name = file.value(QStringLiteral("name")).toString();
        const QString state = file.value(QStringLiteral("signatureState")).toString();
        INFO(name.toStdString() << ": " << state.toStdString());
        const QJsonArray signatures =
            file.value(QStringLiteral("signatureCheck")).toObject().value(QStringLiteral("signatures")).toArray();
        if (name == QLatin1String("minimal-signed-twice-both-created.pdf") ||
            name == QLatin1String("separate-annots-kids-indir.pdf")) {
            ++signedFiles;
            signatureCount += int(signatures.size());
            CHECK(state == QLatin1String("invalid"));
            REQUIRE_FALSE(signatures.isEmpty());
            for (const QJsonValue& s : signatures) {
                CHECK(s.toObject().value(QStringLiteral("integrity")).toBool());
                CHECK_FALSE(s.toObject().value(QStringLiteral("certificateTrusted")).toBool());
            }
        } else {
            CHECK(state == QLatin1String("unsigned"));
            CHECK(signatures.isEmpty());
        }
    }
    CHECK(signedFiles == 2);
    Run check = cli.run({QStringLiteral("check"), QStringLiteral("--json")});
    CHECK(check.exitCode == 0);
    CHECK(signatureCount >= 3);
    CHECK(check.json().value(QStringLiteral("signaturesChecked")).toInt() == signatureCount);
}
