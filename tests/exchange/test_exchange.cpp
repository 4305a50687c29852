// Client ↔ vanban-hub over real HTTP on loopback: sending, receiving, statuses, refusals and faults.
#include "ExchangeFixture.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryFile>
#include <csignal>

using namespace vanban;
using namespace vanban::test;

namespace {

QString sha256(const QByteArray& bytes) {
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// Rounds of A then B until `done` holds or the rounds run out.
template <class Done> int syncUntil(TestAgency& a, TestAgency& b, Done done, int maxRounds = 40) {
    for (int round = 1; round <= maxRounds; ++round) {
        a.sync();
        b.sync();
        if (done())
            return round;
    }
    return -1;
}

} // namespace

TEST_CASE("A sends a document with attachments to B, B accepts or returns it, and A sees every status") {
    HubProcess hub({.units = 2});
    hub.start();
    TestAgency a(hub.unit(0), hub.baseUrl());
    TestAgency b(hub.unit(1), hub.baseUrl());
    a.sync(); // the directory
    REQUIRE(a.count(QStringLiteral("SELECT COUNT(*) FROM organizations WHERE organ_id = ?"), {b.unit().organId}) == 1);

    const QByteArray mainPdf = minimalPdf("Cong van so 1");
    QByteArray annex(300 * 1024, '\0');
    for (int i = 0; i < annex.size(); ++i)
        annex[i] = char((i * 7919) % 251);
    const qint64 doc = a.issue(QStringLiteral("Về việc tổ chức tập huấn chuyển đổi số"),
                               {{QStringLiteral("cong-van.pdf"), mainPdf}, {QStringLiteral("phu-luc.xlsx"), annex}});
    auto queued = a.send(doc, {b.unit().organId});
    REQUIRE(queued);
    CHECK(a.recipients(doc).first().state == QLatin1String("queued"));

    SyncReport sent = a.sync();
    CHECK(sent.sent == 1);
    CHECK(sent.waiting == 0);
    CHECK(a.recipients(doc).first().state == QLatin1String("sent"));

    SyncReport received = b.sync();
    CHECK(received.received == 1);
    const QList<InboxItem> inbox = b.inbox();
    REQUIRE(inbox.size() == 1);
    const InboxItem& item = inbox.first();
    CHECK(item.fromOrganId == a.unit().organId);
    CHECK(item.subject == QStringLiteral("Về việc tổ chức tập huấn chuyển đổi số"));
    CHECK(item.codeNotation == QStringLiteral("UBND-VP"));
    REQUIRE(item.files.size() == 2);
    CHECK(item.files[0].name == QStringLiteral("cong-van.pdf"));
    CHECK(item.files[1].name == QStringLiteral("phu-luc.xlsx"));
    CHECK(item.files[0].sha256 == sha256(mainPdf));
    CHECK(item.files[1].sha256 == sha256(annex));
    auto annexBytes = b.ws().blobs().read(item.files[1].sha256);
    REQUIRE(annexBytes);
    CHECK(annexBytes.value() == annex); // byte-identical

    // Status 01 went back in the same round; the clerk accepts → 03.
    auto registration = ExchangeInbox(b.ws()).accept(b.tw().clerk(), item.id);
    REQUIRE(registration);
    CHECK(registration->arrivalNumber == 1);
    CHECK(b.inbox().isEmpty());
    b.sync();

    SyncReport statuses = a.sync();
    CHECK(statuses.statuses == 2);
    const QList<RecipientState> states = a.recipients(doc);
    REQUIRE(states.size() == 1);
    CHECK(states.first().state == QLatin1String("accepted"));
    CHECK(states.first().statusCode == QLatin1String("03"));
    CHECK(a.count(QStringLiteral("SELECT COUNT(*) FROM exchange_status_received WHERE status_code IN ('01', '03')")) ==
          2);

    // Another document, returned with a reason → 02 with that reason at A.
    const qint64 second = a.issue(QStringLiteral("Về việc báo cáo số liệu quý IV"),
                                  {{QStringLiteral("bao-cao.pdf"), minimalPdf("Bao cao")}});
    REQUIRE(a.send(second, {b.unit().organId}));
    a.sync();
    b.sync();
    const QList<InboxItem> waiting = b.inbox();
    REQUIRE(waiting.size() == 1);
    const QString reason = QStringLiteral("Gửi nhầm đơn vị, đề nghị gửi Sở Tài chính");
    REQUIRE(ExchangeInbox(b.ws()).returnToSender(b.tw().clerk(), waiting.first().id, reason));
    CHECK_FALSE(ExchangeInbox(b.ws()).accept(b.tw().clerk(), waiting.first().id)); // decided already
    b.sync();
    a.sync();
    const QList<RecipientState> returned = a.recipients(second);
    REQUIRE(returned.size() == 1);
    CHECK(returned.first().state == QLatin1String("returned"));
    CHECK(returned.first().statusCode == QLatin1String("02"));
    CHECK(returned.first().reason == reason);

    // Nothing is delivered twice: another round on each side changes nothing.
    SyncReport quietA = a.sync();
    SyncReport quietB = b.sync();
    CHECK(quietA.received + quietA.statuses + quietB.received + quietB.statuses == 0);
    CHECK(hub.stop() == 0);
}

TEST_CASE("Secret documents never leave through the exchange") {
    HubProcess hub({.units = 2});
    hub.start();
    TestAgency a(hub.unit(0), hub.baseUrl());
    a.sync();
    const qint64 doc = a.issue(QStringLiteral("Về phương án bảo vệ"), {{QStringLiteral("mat.pdf"), minimalPdf("Mat")}},
                               Secrecy::Secret);
    auto queued = a.send(doc, {hub.unit(1).organId});
    REQUIRE_FALSE(queued);
    CHECK(queued.error().code == ErrorCode::Permission);
    CHECK(queued.error().message.contains(Enums::label(Secrecy::Secret)));
    CHECK(a.count(QStringLiteral("SELECT COUNT(*) FROM exchange_outbox")) == 0);
    CHECK(a.count(QStringLiteral("SELECT COUNT(*) FROM exchange_recipients")) == 0);
}

TEST_CASE("Recipients are checked against the directory and cannot be sent to twice") {
    HubProcess hub({.units = 2});
    hub.start();
    TestAgency a(hub.unit(0), hub.baseUrl());
    a.sync();
    const qint64 doc = a.issue(QStringLiteral("Về việc A"), {{QStringLiteral("a.pdf"), minimalPdf("A")}});
    auto unknown = a.send(doc, {QStringLiteral("000.00.99.H99")});
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().code == ErrorCode::NotFound);
    CHECK(unknown.error().message.contains(QStringLiteral("000.00.99.H99")));
    auto self = a.send(doc, {a.unit().organId});
    REQUIRE_FALSE(self);
    CHECK(self.error().code == ErrorCode::Invalid);
    REQUIRE(a.send(doc, {hub.unit(1).organId}));
    auto twice = a.send(doc, {hub.unit(1).organId});
    REQUIRE_FALSE(twice);
    CHECK(twice.error().code == ErrorCode::Conflict);
    // A specialist may not send.
    auto specialist =
        UserDirectory(a.tw().db())
            .add(a.tw().admin(), NewUser{QStringLiteral("cv"), QStringLiteral("Lê Văn C"), Role::Specialist, {}},
                 "specialist-password");
    REQUIRE(specialist);
    auto refused = ExchangeOutbox(a.ws()).queueDocument(specialist.value(), doc, {hub.unit(1).organId});
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Permission);
}

TEST_CASE("An unknown recipient on the exchange fails alone; the others still receive the document") {
    HubProcess hub({.units = 2});
    hub.start();
    TestAgency a(hub.unit(0), hub.baseUrl());
    TestAgency b(hub.unit(1), hub.baseUrl());
    a.sync();
    // In A's directory, but the exchange does not know it (e.g. a unit closed since the last directory refresh).
    REQUIRE(a.tw().db().exec(QStringLiteral("INSERT INTO organizations (organ_id, name) VALUES ('000.00.77.H41', "
                                            "'UBND xã đã giải thể')")));
    const qint64 doc = a.issue(QStringLiteral("Về việc B"), {{QStringLiteral("b.pdf"), minimalPdf("B")}});
    REQUIRE(a.send(doc, {b.unit().organId, QStringLiteral("000.00.77.H41")}));
    a.sync(); // refused (18) → that recipient fails, the package is rebuilt for B
    a.sync(); // B's package leaves
    const QList<RecipientState> states = a.recipients(doc);
    REQUIRE(states.size() == 2);
    for (const RecipientState& r : states) {
        if (r.organId == QLatin1String("000.00.77.H41")) {
            CHECK(r.state == QLatin1String("failed"));
            CHECK_FALSE(r.reason.isEmpty());
        } else {
            CHECK(r.state == QLatin1String("sent"));
        }
    }
    b.sync();
    CHECK(b.inbox().size() == 1);
}

TEST_CASE("Wrong credentials stop the round without failing the package") {
    HubProcess hub({.units = 2});
    hub.start();
    TestAgency a(hub.unit(0), hub.baseUrl());
    a.sync();
    const qint64 doc = a.issue(QStringLiteral("Về việc C"), {{QStringLiteral("c.pdf"), minimalPdf("C")}});
    REQUIRE(a.send(doc, {hub.unit(1).organId}));
    a.configure(hub.baseUrl(), "not-the-secret");
    SyncReport report = a.sync();
    CHECK(report.sent == 0);
    REQUIRE_FALSE(report.problems.isEmpty());
    CHECK(report.problems.first().contains(QStringLiteral("SystemId")));
    CHECK(a.count(QStringLiteral("SELECT COUNT(*) FROM exchange_outbox WHERE state = 'queued' AND attempts = 0")) == 1);
    a.configure(hub.baseUrl(), hub.unit(0).secret.toUtf8());
    CHECK(a.sync().sent == 1);
}

TEST_CASE("TLS: the exchange's certificate must be trusted") {
    HubProcess hub({.units = 2, .tls = true});
    hub.start();
    TestAgency a(hub.unit(0), hub.baseUrl()); // no CA file: the hub's self-signed certificate is not trusted
    SyncReport untrusted = a.sync();
    REQUIRE_FALSE(untrusted.problems.isEmpty());
    CHECK(untrusted.problems.first().contains(QStringLiteral("certificate")));
    CHECK(a.count(QStringLiteral("SELECT COUNT(*) FROM organizations WHERE organ_id = ?"), {hub.unit(1).organId}) == 0);
    a.configure(hub.baseUrl(), hub.unit(0).secret.toUtf8(), hub.certificatePath());
    SyncReport trusted = a.sync();
    CHECK(trusted.problems.isEmpty());
    CHECK(a.count(QStringLiteral("SELECT COUNT(*) FROM organizations WHERE organ_id = ?"), {hub.unit(1).organId}) == 1);
    // Plain http is refused to anything but loopback.
    auto remote = ExchangeClient::create(
        ExchangeEndpoint{QUrl(QStringLiteral("http://lgsp.example.gov.vn/")), QStringLiteral("X"), "s", {}});
    REQUIRE_FALSE(remote);
    CHECK(remote.error().code == ErrorCode::Invalid);
}

TEST_CASE("A package that cannot be processed is acknowledged `fail` with the reason and nothing is stored") {
    HubProcess hub({.units = 3});
    hub.start();
    TestAgency b(hub.unit(1), hub.baseUrl());
    // Unit 3 sends B a package whose envelope routes but whose content is broken (an impossible date).
    const QByteArray broken =
        QStringLiteral(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
            "<edXML xmlns=\"http://www.mic.gov.vn/TBT/QCVN_102_2016\"><edXML:edXMLEnvelope "
            "xmlns:edXML=\"http://www.mic.gov.vn/TBT/QCVN_102_2016\"><edXML:edXMLHeader><edXML:MessageHeader>"
            "<edXML:From><edXML:OrganId>%1</edXML:OrganId><edXML:OrganName>Đơn vị 03</edXML:OrganName></edXML:From>"
            "<edXML:To><edXML:OrganId>%2</edXML:OrganId><edXML:OrganName>Đơn vị 02</edXML:OrganName></edXML:To>"
            "<edXML:DocumentId>%1,2026/02/31,1/UBND</edXML:DocumentId>"
            "<edXML:Code><edXML:CodeNumber>1</edXML:CodeNumber><edXML:CodeNotation>UBND</edXML:CodeNotation></"
            "edXML:Code>"
            "<edXML:PromulgationInfo><edXML:Place>Vinh</edXML:Place><edXML:PromulgationDate>2026/02/31</"
            "edXML:PromulgationDate></edXML:PromulgationInfo>"
            "<edXML:Subject>Hỏng</edXML:Subject></edXML:MessageHeader></edXML:edXMLHeader>"
            "<edXML:edXMLBody/></edXML:edXMLEnvelope></edXML>")
            .arg(hub.unit(2).organId, hub.unit(1).organId)
            .toUtf8();
    QTemporaryFile file;
    REQUIRE(file.open());
    file.write(broken);
    file.flush();
    auto sender =
        ExchangeClient::create(ExchangeEndpoint{hub.baseUrl(), hub.unit(2).systemId, hub.unit(2).secret.toUtf8(), {}});
    REQUIRE(sender);
    auto docId = sender.value()->sendPackage(QStringLiteral("edoc"), file.fileName(), QStringLiteral("req-broken-1"));
    REQUIRE(docId);

    SyncReport report = b.sync();
    CHECK(report.rejected == 1);
    CHECK(report.received == 0);
    CHECK(b.inbox(QString()).isEmpty());
    CHECK(b.count(QStringLiteral("SELECT COUNT(*) FROM exchange_outbox")) == 0); // no 01 for a broken package
    CHECK(b.count(QStringLiteral("SELECT COUNT(*) FROM exchange_received WHERE outcome = 'fail' AND acked_at IS NOT "
                                 "NULL")) == 1);
    // No leftovers of the attempt in the workspace.
    QDir blobs(b.ws().blobs().root());
    CHECK(blobs.entryList({QStringLiteral(".edxml-*"), QStringLiteral("*.tmp")}, QDir::AllEntries | QDir::Hidden)
              .isEmpty());
    // The sender sees the failure with the reason.
    auto sent = sender.value()->sentPackages();
    REQUIRE(sent);
    REQUIRE(sent->size() == 1);
    CHECK(sent->first().receiveStatus == QLatin1String("fail"));
    CHECK(b.sync().rejected == 0); // not listed again
}

TEST_CASE("Soak: 500 packages through 30 % injected faults arrive exactly once, every status once") {
    HubProcess hub({.units = 2});
    hub.start({QStringLiteral("--fail-rate"), QStringLiteral("0.3"), QStringLiteral("--drop-after-commit-rate"),
               QStringLiteral("0.3"), QStringLiteral("--truncate-rate"), QStringLiteral("0.3"),
               QStringLiteral("--seed"), QStringLiteral("20261123")});
    TestAgency a(hub.unit(0), hub.baseUrl());
    TestAgency b(hub.unit(1), hub.baseUrl());
    for (int i = 0; i < 10 && a.count(QStringLiteral("SELECT COUNT(*) FROM organizations")) < 2; ++i)
        a.sync();
    REQUIRE(a.count(QStringLiteral("SELECT COUNT(*) FROM organizations")) == 2);
    constexpr int kPackages = 500;
    for (int i = 1; i <= kPackages; ++i) {
        const qint64 doc = a.issue(QStringLiteral("Công văn thử số %1").arg(i),
                                   {{QStringLiteral("cv.pdf"), minimalPdf("Soak " + QByteArray::number(i))}});
        REQUIRE(a.send(doc, {b.unit().organId}));
    }
    auto arrivedAll = [&] {
        return b.count(QStringLiteral("SELECT COUNT(*) FROM exchange_inbox")) == kPackages &&
               a.count(QStringLiteral("SELECT COUNT(*) FROM exchange_recipients WHERE state = 'arrived'")) ==
                   kPackages &&
               a.count(QStringLiteral("SELECT COUNT(*) FROM exchange_outbox WHERE state = 'queued'")) == 0 &&
               b.count(QStringLiteral("SELECT COUNT(*) FROM exchange_outbox WHERE state = 'queued'")) == 0;
    };
    const int rounds = syncUntil(a, b, arrivedAll, 200);
    INFO("rounds: " << rounds);
    REQUIRE(rounds > 0);
    CHECK(b.count(QStringLiteral("SELECT COUNT(DISTINCT edxml_document_id) FROM exchange_inbox")) == kPackages);
    CHECK(a.count(QStringLiteral("SELECT COUNT(*) FROM exchange_status_received WHERE status_code = '01'")) ==
          kPackages);
    CHECK(a.count(QStringLiteral("SELECT COUNT(*) FROM exchange_outbox WHERE state = 'failed'")) == 0);
    // The exchange itself holds each package once (X-Request-Id): one edoc per document, one 01 per document.
    auto listed = [](TestAgency& agency) {
        for (int i = 0; i < 50; ++i)
            if (auto sent = agency.client().sentPackages())
                return sent.value();
        throw std::runtime_error("the sent list never arrived whole");
    };
    QSet<QString> edocs, statuses;
    int edocRows = 0, statusRows = 0;
    for (const SentItem& s : listed(a))
        if (s.messageType == QLatin1String("edoc")) {
            edocs.insert(s.docId);
            ++edocRows;
        }
    for (const SentItem& s : listed(b))
        if (s.messageType == QLatin1String("status")) {
            statuses.insert(s.docId);
            ++statusRows;
        }
    CHECK(edocRows == kPackages);
    CHECK(edocs.size() == kPackages);
    CHECK(statusRows == kPackages);
    CHECK(statuses.size() == kPackages);
    CHECK(hub.stop() == 0);
}

namespace {

// `vanban-cli --workspace DIR --as admin ARGS…`; returns the process, started.
std::unique_ptr<QProcess> startCli(const QString& workspace, const QStringList& args) {
    auto p = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("VANBAN_PASSWORD"), QString::fromLatin1(TempWorkspace::kAdminPassword));
    p->setProcessEnvironment(env);
    p->start(QStringLiteral(VANBAN_CLI),
             QStringList{QStringLiteral("--workspace"), workspace, QStringLiteral("--as"), QStringLiteral("admin")} +
                 args);
    p->waitForStarted();
    return p;
}

int runCli(const QString& workspace, const QStringList& args) {
    auto p = startCli(workspace, args);
    p->waitForFinished(120000);
    return p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1;
}

} // namespace

TEST_CASE("Crash: sync processes killed with SIGKILL at random moments lose nothing and duplicate nothing") {
    HubProcess hub({.units = 2});
    hub.start({QStringLiteral("--latency-ms"), QStringLiteral("40")});
    TestAgency a(hub.unit(0), hub.baseUrl());
    TestAgency b(hub.unit(1), hub.baseUrl());
    a.sync();
    constexpr int kPackages = 60;
    for (int i = 1; i <= kPackages; ++i) {
        const qint64 doc = a.issue(QStringLiteral("Văn bản thử nghiệm sự cố %1").arg(i),
                                   {{QStringLiteral("vb.pdf"), minimalPdf("Crash " + QByteArray::number(i))}});
        REQUIRE(a.send(doc, {b.unit().organId}));
    }
    const QString pathA = a.tw().path(), pathB = b.tw().path();
    a.tw().close();
    b.tw().close();

    QRandomGenerator random(4242);
    int killed = 0;
    for (int round = 0; round < 30; ++round) {
        auto p = startCli(round % 2 ? pathB : pathA, {QStringLiteral("sync"), QStringLiteral("--once")});
        // scrypt takes ~0.4 s; the round itself a few seconds: kill anywhere in it.
        if (!p->waitForFinished(300 + int(random.bounded(1500)))) {
            ::kill(pid_t(p->processId()), SIGKILL);
            p->waitForFinished(5000);
            ++killed;
        }
    }
    INFO("rounds killed: " << killed);
    CHECK(killed >= 10);
    for (int round = 0; round < 16; ++round)
        runCli(round % 2 ? pathB : pathA, {QStringLiteral("sync"), QStringLiteral("--once")});

    CHECK(runCli(pathA, {QStringLiteral("check")}) == 0);
    CHECK(runCli(pathB, {QStringLiteral("check")}) == 0);
    a.tw().reopen();
    b.tw().reopen();
    CHECK(b.count(QStringLiteral("SELECT COUNT(*) FROM exchange_inbox")) == kPackages);
    CHECK(b.count(QStringLiteral("SELECT COUNT(DISTINCT edxml_document_id) FROM exchange_inbox")) == kPackages);
    CHECK(a.count(QStringLiteral("SELECT COUNT(*) FROM exchange_recipients WHERE state = 'arrived'")) == kPackages);
    CHECK(a.count(QStringLiteral("SELECT COUNT(*) FROM exchange_status_received")) == kPackages);
    CHECK(a.count(QStringLiteral("SELECT COUNT(*) FROM exchange_outbox WHERE state <> 'sent'")) == 0);
    CHECK(b.count(QStringLiteral("SELECT COUNT(*) FROM exchange_outbox WHERE state <> 'sent'")) == 0);
    int edocRows = 0;
    auto sent = a.client().sentPackages();
    REQUIRE(sent);
    for (const SentItem& s : sent.value())
        edocRows += s.messageType == QLatin1String("edoc");
    CHECK(edocRows == kPackages); // the exchange got each package once (X-Request-Id reused after every kill)
}

TEST_CASE("Backups and the integrity check cover the exchange's packages and received files") {
    HubProcess hub({.units = 2});
    hub.start();
    TestAgency a(hub.unit(0), hub.baseUrl());
    TestAgency b(hub.unit(1), hub.baseUrl());
    a.sync();
    const QByteArray letter = minimalPdf("Backup of a received letter");
    const qint64 doc = a.issue(QStringLiteral("Về việc sao lưu"), {{QStringLiteral("cv.pdf"), letter}});
    REQUIRE(a.send(doc, {b.unit().organId}));
    a.sync();
    b.sync();
    const QList<InboxItem> inbox = b.inbox();
    REQUIRE(inbox.size() == 1);
    const QString fileSha = inbox.first().files.first().sha256;

    auto checked = WorkspaceCheck::run(b.ws());
    REQUIRE(checked);
    CHECK(checked->ok());
    CHECK(checked->blobsChecked >= 3); // the received package, its file, the status 01 package

    // A backup restores the inbox with its file.
    const QString backupFile = b.tw().file(QStringLiteral("b.vbk"));
    REQUIRE(Backup::create(b.ws(), backupFile));
    const QString restored = b.tw().file(QStringLiteral("restored"));
    REQUIRE(Backup::restore(backupFile, restored));
    auto reopened = Workspace::open(restored);
    REQUIRE(reopened);
    auto restoredInbox = ExchangeInbox(*reopened.value()).items();
    REQUIRE(restoredInbox);
    REQUIRE(restoredInbox->size() == 1);
    auto bytes = reopened.value()->blobs().read(fileSha);
    REQUIRE(bytes);
    CHECK(bytes.value() == letter);

    // A damaged received file is reported by check.
    const QString blob = b.ws().blobs().pathOf(fileSha);
    QFile::setPermissions(blob, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QFile f(blob);
    REQUIRE(f.open(QIODevice::ReadWrite));
    f.seek(10);
    f.write("X");
    f.close();
    auto damaged = WorkspaceCheck::run(b.ws());
    REQUIRE(damaged);
    CHECK_FALSE(damaged->ok());
    REQUIRE(damaged->problems.size() == 1);
    CHECK(damaged->problems.first().contains(QStringLiteral("inbox")));
}

TEST_CASE("A recipient that cannot process a package is shown failed at the sender, with its reason") {
    HubProcess hub({.units = 2});
    hub.start();
    TestAgency a(hub.unit(0), hub.baseUrl());
    TestAgency b(hub.unit(1), hub.baseUrl());
    a.sync();
    const qint64 doc = a.issue(QStringLiteral("Về việc D"), {{QStringLiteral("d.pdf"), minimalPdf("D")}});
    REQUIRE(a.send(doc, {b.unit().organId}));
    a.sync();
    // B's system refuses it at transport level (as another vendor's software might).
    auto listed = b.client().pendingPackages(QStringLiteral("edoc"));
    REQUIRE(listed);
    REQUIRE(listed->size() == 1);
    REQUIRE(b.client().acknowledge(listed->first().docId, false, QStringLiteral("Không giải nén được tệp đính kèm")));
    SyncReport report = a.sync();
    CHECK(report.undeliverable == 1);
    const QList<RecipientState> states = a.recipients(doc);
    REQUIRE(states.size() == 1);
    CHECK(states.first().state == QLatin1String("failed"));
    CHECK(states.first().reason.contains(QStringLiteral("Không giải nén được tệp đính kèm")));
    CHECK(a.sync().undeliverable == 0); // once
}

TEST_CASE("A revoke order waits for the clerk and never deletes the registered document") {
    HubProcess hub({.units = 2});
    hub.start();
    TestAgency a(hub.unit(0), hub.baseUrl());
    TestAgency b(hub.unit(1), hub.baseUrl());
    a.sync();
    const qint64 doc = a.issue(QStringLiteral("Về việc E"), {{QStringLiteral("e.pdf"), minimalPdf("E")}});
    REQUIRE(a.send(doc, {b.unit().organId}));
    a.sync();
    b.sync();
    REQUIRE(b.inbox().size() == 1);
    auto registered = ExchangeInbox(b.ws()).accept(b.tw().clerk(), b.inbox().first().id);
    REQUIRE(registered);
    const QString documentId = ExchangeInbox(b.ws()).items(QStringLiteral("accepted")).value().first().edxmlDocumentId;

    // A's system sends a revoke order (BussinessDocType 1) for the same DocumentId.
    edxml::EdocPackage revoke;
    revoke.from.organId = a.unit().organId;
    revoke.from.organName = a.unit().name;
    edxml::Organization to;
    to.organId = b.unit().organId;
    to.organName = b.unit().name;
    revoke.to << to;
    revoke.documentId = documentId;
    const QStringList parts = documentId.section(QLatin1Char(','), 2).split(QLatin1Char('/'));
    revoke.codeNumber = parts.value(0);
    revoke.codeNotation = parts.mid(1).join(QLatin1Char('/'));
    revoke.promulgationDate =
        QDate::fromString(documentId.section(QLatin1Char(','), 1, 1), QStringLiteral("yyyy/MM/dd"));
    revoke.typeName = QStringLiteral("Công văn");
    revoke.subject = QStringLiteral("Về việc E");
    revoke.business.documentId = documentId;
    revoke.business.docType = edxml::BusinessDocType::Revoke;
    revoke.business.reason = QStringLiteral("Ban hành nhầm, đề nghị thu hồi");
    QTemporaryFile file;
    REQUIRE(file.open());
    REQUIRE(edxml::EdxmlWriter::writeEdoc(revoke, file));
    file.flush();
    REQUIRE(a.client().sendPackage(QStringLiteral("edoc"), file.fileName(), QStringLiteral("revoke-e")));

    b.sync();
    const QList<InboxItem> pending = b.inbox();
    REQUIRE(pending.size() == 1); // shown to the clerk, not applied
    CHECK(pending.first().businessDocType == 1);
    CHECK(pending.first().businessReason == QStringLiteral("Ban hành nhầm, đề nghị thu hồi"));
    CHECK(b.count(QStringLiteral("SELECT count(*) FROM documents WHERE id = ?"), {registered->id}) == 1);

    auto agreed = ExchangeInbox(b.ws()).accept(b.tw().clerk(), pending.first().id);
    REQUIRE(agreed);
    CHECK(agreed->id == registered->id);
    CHECK(agreed->arrivalNumber == 0); // nothing new registered
    CHECK(b.count(QStringLiteral("SELECT count(*) FROM documents")) == 1);
    CHECK(b.count(QStringLiteral("SELECT count(*) FROM document_history WHERE document_id = ? AND action = "
                                 "'revoked-by-sender'"),
                  {registered->id}) == 1);
    b.sync();
    a.sync();
    CHECK(a.count(QStringLiteral("SELECT count(*) FROM exchange_status_received WHERE status_code = '03'")) == 1);
}

TEST_CASE("Assigned, in progress and done (04, 05, 06) move the recipient's state forward, never back") {
    HubProcess hub({.units = 2});
    hub.start();
    TestAgency a(hub.unit(0), hub.baseUrl());
    TestAgency b(hub.unit(1), hub.baseUrl());
    a.sync();
    const qint64 doc = a.issue(QStringLiteral("Về việc F"), {{QStringLiteral("f.pdf"), minimalPdf("F")}});
    REQUIRE(a.send(doc, {b.unit().organId}));
    a.sync();
    b.sync(); // 01 goes back
    const InboxItem item = b.inbox().first();
    REQUIRE(ExchangeInbox(b.ws()).accept(b.tw().clerk(), item.id));
    b.sync(); // 03
    a.sync();
    REQUIRE(a.recipients(doc).first().state == QLatin1String("accepted"));

    // B's workflow (not in VanBan yet) reports 06, then a late 04 and 05: the state ends at done.
    auto sendStatus = [&](const QString& code) {
        edxml::StatusPackage s;
        s.from.organId = b.unit().organId;
        s.from.organName = b.unit().name;
        edxml::ResponseFor about;
        about.organId = a.unit().organId;
        about.code = item.code();
        about.promulgationDate = item.promulgationDate;
        about.documentId = item.edxmlDocumentId;
        s.responseFor << about;
        s.statusCode = code;
        s.description = QStringLiteral("Trạng thái %1").arg(code);
        s.timestamp = QDateTime::currentDateTime();
        QTemporaryFile file;
        REQUIRE(file.open());
        REQUIRE(edxml::EdxmlWriter::writeStatus(s, file));
        file.flush();
        REQUIRE(b.client().sendPackage(QStringLiteral("status"), file.fileName(), QStringLiteral("status-") + code));
    };
    sendStatus(QStringLiteral("06"));
    a.sync();
    CHECK(a.recipients(doc).first().state == QLatin1String("done"));
    sendStatus(QStringLiteral("04"));
    sendStatus(QStringLiteral("05"));
    SyncReport late = a.sync();
    CHECK(late.statuses == 2);
    CHECK(a.recipients(doc).first().state == QLatin1String("done"));
    CHECK(a.recipients(doc).first().statusCode == QLatin1String("06"));
    CHECK(a.count(QStringLiteral("SELECT count(*) FROM exchange_status_received")) == 5); // 01 03 06 04 05
    CHECK(a.count(QStringLiteral("SELECT count(*) FROM document_history WHERE action = 'exchange-status' AND "
                                 "document_id = ?"),
                  {doc}) == 3); // 01, 03, 06: only forward moves are history
}

TEST_CASE("Packages are stored in groups; one package the database refuses holds back no other") {
    HubProcess hub({.units = 2});
    hub.start();
    TestAgency a(hub.unit(0), hub.baseUrl());
    TestAgency b(hub.unit(1), hub.baseUrl());
    a.sync();
    const int count = 12;
    for (int i = 1; i <= count; ++i) {
        const qint64 doc = a.issue(i == 5 ? QStringLiteral("poison") : QStringLiteral("Về việc số %1").arg(i),
                                   {{QStringLiteral("v%1.pdf").arg(i), minimalPdf(QByteArray::number(i))}});
        REQUIRE(a.send(doc, {b.unit().organId}));
    }
    CHECK(a.sync().sent == count);
    // B's database refuses one of them, as a damaged disk page or a failed constraint would.
    REQUIRE(b.tw().db().exec(QStringLiteral("CREATE TRIGGER refuse_poison BEFORE INSERT ON exchange_inbox WHEN "
                                            "NEW.subject = 'poison' BEGIN SELECT RAISE(ABORT, 'refused'); END")));
    SyncReport first = b.sync();
    CHECK(first.received == count - 1);
    CHECK(first.acknowledged == count - 1); // the refused one stays listed at the exchange
    CHECK_FALSE(first.problems.isEmpty());
    CHECK(b.inbox().size() == count - 1);
    CHECK(b.count(QStringLiteral("SELECT COUNT(*) FROM exchange_received WHERE acked_at IS NOT NULL")) == count - 1);
    // Nothing of the refused group is left behind in the store's folder, and the workspace checks clean.
    CHECK(QDir(b.ws().blobs().root())
              .entryList({QStringLiteral("incoming-*"), QStringLiteral(".edxml-*")}, QDir::AllEntries | QDir::Hidden)
              .isEmpty());
    auto checked = WorkspaceCheck::run(b.ws());
    REQUIRE(checked);
    CHECK(checked->ok());

    REQUIRE(b.tw().db().exec(QStringLiteral("DROP TRIGGER refuse_poison")));
    SyncReport second = b.sync();
    CHECK(second.received == 1);
    CHECK(b.inbox().size() == count);
    CHECK(b.sync().received == 0);
}
