// Where the "Ký số" dialog puts a signature by default (core/pdf/SignaturePlacement, found with Poppler in the
// sample công văn of ui/LetterPdf): the leader's between the position line and the name, the agency's seal over the
// left third of the leader's signature (already on the page, or where it will go), a rectangle the user drew kept;
// and the timestamp server: prefilled from the last one used, a wrong address refused before the PIN, B-T signed and
// remembered. The token cases WARN and return when softhsm2 is absent.
#include <catch2/catch.hpp>

#include "AsyncTask.h"
#include "FileDialog.h"
#include "MessageBox.h"
#include "PdfPreviewWidget.h"
#include "SampleLetterPdf.h"
#include "SignDialog.h"
#include "pdf/SignaturePlacement.h"
#include "signing/PdfSignatureVerifier.h"
#include "signing/TrustStore.h"
#include "support/SoftHsmPki.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace vanban;
using namespace vanban::ui;

namespace {

bool near(const QRectF& a, const QRectF& b, double tolerance = 0.5) {
    return std::abs(a.left() - b.left()) <= tolerance && std::abs(a.top() - b.top()) <= tolerance &&
           std::abs(a.width() - b.width()) <= tolerance && std::abs(a.height() - b.height()) <= tolerance;
}

std::string describe(const QRectF& r) {
    return QStringLiteral("(%1, %2, %3 × %4)").arg(r.left()).arg(r.top()).arg(r.width()).arg(r.height()).toStdString();
}

// Waits for the dialog's placement search to end; returns whether it found a place in the document.
bool waitForSuggestion(QSignalSpy& suggested) {
    if (suggested.isEmpty())
        REQUIRE(suggested.wait(30000));
    const bool found = suggested.last().at(0).toBool();
    suggested.clear();
    return found;
}

QString writeLetter(const QTemporaryDir& dir, const QString& name, const Letter& letter, int pages = 2) {
    const QString path = dir.filePath(name);
    REQUIRE(writeLetterPdf(path, letter, pages));
    return path;
}

// The RFC 3161 test TSA (tests/signing/tsa_server.py) for one test.
class TsaServer {
public:
    TsaServer() {
        m_process.start(QStringLiteral("python3"), {QStringLiteral(VANBAN_TSA_SERVER), QStringLiteral("--config"),
                                                    test::SoftHsmPki::instance().value(QStringLiteral("TSA_CONFIG"))});
        REQUIRE(m_process.waitForStarted(10000));
        QByteArray line;
        while (!line.contains('\n') && m_process.waitForReadyRead(30000))
            line += m_process.readAllStandardOutput();
        REQUIRE(line.startsWith("listening on http://127.0.0.1:"));
        m_url = QString::fromLatin1(line.mid(int(qstrlen("listening on "))).trimmed());
    }
    ~TsaServer() {
        m_process.terminate();
        m_process.waitForFinished(30000);
    }
    QString url() const { return m_url; }

private:
    QProcess m_process;
    QString m_url;
};

} // namespace

TEST_CASE("The signature block of a letter: the leader between the position line and the name, the seal over its "
          "left third",
          "[ui][signing]") {
    QTemporaryDir dir;
    const QString letter = writeLetter(dir, QStringLiteral("letter.pdf"), Letter());

    auto block = SignaturePlacement::findSignatureBlock(letter);
    INFO((block ? std::string() : block.error().message.toStdString()));
    REQUIRE(block.ok());
    CHECK(block->page == 0); // page 2 is the annex: the block is on page 1
    CHECK(block->titleText == QStringLiteral("PHÓ GIÁM ĐỐC"));
    CHECK(block->nameText == QStringLiteral("Nguyễn Văn Thành"));
    CHECK(block->title.center().x() > block->pageSize.width() / 2); // the right half (ND 30)
    CHECK(block->name.top() < block->title.top());                  // PDF space: the name is lower

    const QRectF leader = SignaturePlacement::leaderInBlock(*block);
    INFO("leader " << describe(leader) << " title " << describe(block->title) << " name " << describe(block->name));
    CHECK(leader.height() == Approx(SignaturePlacement::kLeaderHeight));
    CHECK(leader.bottom() <= block->title.top()); // under the position line
    CHECK(leader.top() >= block->name.bottom());  // above the name
    CHECK(std::abs(leader.center().x() - block->title.center().x()) < 1);

    auto agency = SignaturePlacement::suggest(letter, SignatureRole::Agency);
    REQUIRE(agency.ok());
    CHECK(agency->basis == SuggestedPlacement::Basis::SignatureBlock);
    CHECK(near(agency->rect, SignaturePlacement::sealOverLeader(leader)));
    CHECK(agency->rect.right() == Approx(leader.left() + leader.width() / 3));
    CHECK_FALSE(SignaturePlacement::suggest(letter, SignatureRole::Attachment).ok());

    SECTION("a collective signature: TM. … / CHỦ TỊCH, the signer's name given") {
        Letter l;
        l.signerTitle = QStringLiteral("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH");
        l.signerName = QStringLiteral("Trần Thị Bình");
        const QString pdf = writeLetter(dir, QStringLiteral("tm.pdf"), l, 1);
        auto found = SignaturePlacement::findSignatureBlock(pdf, QStringLiteral("Trần Thị Bình"));
        REQUIRE(found.ok());
        CHECK(found->titleText == QStringLiteral("CHỦ TỊCH"));
        CHECK(found->nameText == QStringLiteral("Trần Thị Bình"));
    }
    SECTION("no title in capitals: nothing found, with a message") {
        Letter l;
        l.signerTitle = QStringLiteral("Người ký");
        const QString pdf = writeLetter(dir, QStringLiteral("none.pdf"), l, 1);
        auto found = SignaturePlacement::findSignatureBlock(pdf);
        REQUIRE_FALSE(found.ok());
        CHECK(found.error().code == ErrorCode::NotFound);
        CHECK(found.error().message.contains(QStringLiteral("CHỦ TỊCH")));
    }
}

TEST_CASE("The sign dialog places each role from the document and keeps a rectangle the user drew", "[ui][signing]") {
    QTemporaryDir dir;
    const QString letter = writeLetter(dir, QStringLiteral("letter.pdf"), Letter());
    auto block = SignaturePlacement::findSignatureBlock(letter);
    REQUIRE(block.ok());
    const QRectF leader = SignaturePlacement::leaderInBlock(*block);

    SignDialog dialog(letter);
    QSignalSpy suggested(&dialog, &SignDialog::placementSuggested);
    dialog.setRole(SignatureRole::Leader);
    REQUIRE(waitForSuggestion(suggested));
    REQUIRE(dialog.preview()->selection());
    CHECK(dialog.preview()->selection()->page == 0);
    INFO(describe(dialog.preview()->selection()->rect) << " vs " << describe(leader));
    CHECK(near(dialog.preview()->selection()->rect, leader));
    CHECK(dialog.placementText().contains(QStringLiteral("Between “PHÓ GIÁM ĐỐC” and “Nguyễn Văn Thành”")));

    dialog.setRole(SignatureRole::Agency);
    REQUIRE(waitForSuggestion(suggested));
    CHECK(dialog.preview()->selection()->page == 0);
    CHECK(near(dialog.preview()->selection()->rect, SignaturePlacement::sealOverLeader(leader)));
    CHECK(dialog.placementText().contains(QStringLiteral("left third of where the leader signs")));

    dialog.setRole(SignatureRole::Attachment);
    CHECK_FALSE(waitForSuggestion(suggested));
    CHECK(dialog.preview()->selection()->page == 0);
    CHECK(dialog.preview()->selection()->rect.top() > 700); // the top right of page 1
    CHECK(dialog.placementText().contains(QStringLiteral("top right of page 1")));

    // The user drags a rectangle while the search runs: the search result does not move it.
    dialog.setRole(SignatureRole::Leader);
    const PdfPreviewWidget::PageRect drawn{1, QRectF(50, 50, 120, 40)};
    dialog.preview()->setSelection(drawn);
    emit dialog.preview()->selectionChanged(); // what a drag on the page emits
    AsyncTask::waitForAll();
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    CHECK(suggested.isEmpty());
    CHECK(dialog.preview()->selection()->page == 1);
    CHECK(dialog.preview()->selection()->rect == drawn.rect);
    CHECK(dialog.placementText().contains(QStringLiteral("Drawn on the page by you")));
}

TEST_CASE("Without a signature block the dialog keeps its fixed place and says why", "[ui][signing]") {
    QTemporaryDir dir;
    Letter l;
    l.signerTitle = QStringLiteral("Người ký");
    const QString pdf = writeLetter(dir, QStringLiteral("letter.pdf"), l, 2);
    SignDialog dialog(pdf);
    QSignalSpy suggested(&dialog, &SignDialog::placementSuggested);
    dialog.setRole(SignatureRole::Leader);
    CHECK_FALSE(waitForSuggestion(suggested));
    REQUIRE(dialog.preview()->selection());
    CHECK(dialog.preview()->selection()->page == 1); // the last page
    CHECK(dialog.placementText().contains(QStringLiteral("no title such as “CHỦ TỊCH”")));
}

TEST_CASE("The agency's seal goes over the leader's signature; B-T with the timestamp server of the dialog, "
          "remembered",
          "[ui][signing][token]") {
    VANBAN_REQUIRE_SOFTHSM();
    FileDialog::setTestMode(true);
    MessageBox::takeShownMessages();
    FileDialog::takeAskedCaptions();
    QSettings().remove(QStringLiteral("signing/tsaUrl"));
    QTemporaryDir dir;
    const QString letter = writeLetter(dir, QStringLiteral("letter.pdf"), Letter());
    const QString leaderSigned = dir.filePath(QStringLiteral("leader.pdf"));
    const QRectF leaderRect(330, 150, 170, 60);
    {
        auto module = Pkcs11Module::loadShared(pki.modulePath());
        REQUIRE(module.ok());
        auto signer = Pkcs11Signer::open(*module, TokenSelector{QStringLiteral("VanBan Test")},
                                         KeySelector{{}, QStringLiteral("leader-rsa2048")});
        REQUIRE(signer.ok());
        QByteArray pin("123456");
        REQUIRE(signer->login(SecretBuffer::take(pin)).ok());
        PadesSignRequest request;
        request.input = letter;
        request.output = leaderSigned;
        request.page = 0;
        request.rect = leaderRect;
        REQUIRE(PadesSigner(*signer).sign(request).ok());
    }

    // One dialog at a time, as in the window: two would load the PKCS#11 module twice, and with Qt 6.4 the first
    // QLibrary::unload() unmaps it for the other one too.
    TsaServer tsa;
    {
        SignDialog dialog(leaderSigned);
        CHECK(dialog.tsaUrl().isEmpty()); // nothing remembered yet: B-B
        QSignalSpy suggested(&dialog, &SignDialog::placementSuggested);
        QSignalSpy tokens(&dialog, &SignDialog::tokensLoaded);
        QSignalSpy certificates(&dialog, &SignDialog::certificatesLoaded);
        QSignalSpy finished(&dialog, &SignDialog::signingFinished);
        dialog.setModulePath(pki.modulePath());
        REQUIRE(tokens.wait(30000));
        REQUIRE(dialog.selectToken(QStringLiteral("VanBan Test")));
        while (dialog.isBusy())
            REQUIRE(certificates.wait(30000));
        REQUIRE(dialog.selectCertificate(QStringLiteral("agency-rsa3072")));
        suggested.clear();
        dialog.setRole(SignatureRole::Agency);
        REQUIRE(waitForSuggestion(suggested));
        INFO(describe(dialog.preview()->selection()->rect));
        CHECK(dialog.preview()->selection()->page == 0);
        CHECK(near(dialog.preview()->selection()->rect, SignaturePlacement::sealOverLeader(leaderRect), 1.0));
        CHECK(dialog.placementText().contains(QStringLiteral("Over the left third of the leader's signature")));

        // B-T with a wrong address is refused before the file dialog and the PIN.
        dialog.setLevel(PadesLevel::BaselineT);
        dialog.setTsaUrl(QStringLiteral("ftp://tsa.example.vn/"));
        dialog.setPin(QStringLiteral("123456"));
        dialog.sign();
        CHECK(finished.isEmpty());
        CHECK(MessageBox::takeShownMessages().join(QLatin1Char('\n')).contains(QStringLiteral("(http or https)")));
        CHECK(FileDialog::takeAskedCaptions().isEmpty());

        dialog.setTsaUrl(tsa.url());
        const QString out = dir.filePath(QStringLiteral("agency.pdf"));
        FileDialog::queueAnswer(out);
        dialog.setPin(QStringLiteral("123456"));
        dialog.sign();
        REQUIRE(finished.wait(60000));
        INFO(finished.first().at(1).toString().toStdString());
        REQUIRE(finished.first().at(0).toBool());
        CHECK(finished.first().at(1).toString().contains(QStringLiteral("B-T")));
        CHECK(QSettings().value(QStringLiteral("signing/tsaUrl")).toString() == tsa.url());

        VerifyOptions options;
        options.trustAnchors = TrustStore::readCertificates([&] {
            QFile f(pki.value(QStringLiteral("ROOT_CA")));
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }());
        options.online = false;
        auto report = PdfSignatureVerifier(options).verifyFile(out);
        REQUIRE(report.ok());
        REQUIRE(report->signatures.size() == 2);
        CHECK(report->signatures[0].integrity); // the leader's, still intact
        CHECK(report->signatures[1].integrity);
        CHECK(report->signatures[1].timestamp.has_value());
    }
    // The next dialog offers the server used last.
    SignDialog next(letter);
    CHECK(next.tsaUrl() == tsa.url());
    CHECK(next.level() == PadesLevel::BaselineT);
    QSettings().remove(QStringLiteral("signing/tsaUrl"));
    QSettings().remove(QStringLiteral("signing/level"));
    FileDialog::setTestMode(false);
}

namespace {
// `vanban-cli sign … --json` on the test token; the JSON it printed (empty when it failed).
QJsonObject cliSign(const QStringList& args) {
    auto& pki = test::SoftHsmPki::instance();
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SOFTHSM2_CONF"), pki.value(QStringLiteral("SOFTHSM2_CONF")));
    env.insert(QStringLiteral("VANBAN_PIN"), QStringLiteral("123456"));
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(VANBAN_CLI), QStringList{QStringLiteral("sign"), QStringLiteral("--pkcs11-module"),
                                                      pki.modulePath(), QStringLiteral("--json")} +
                                              args);
    REQUIRE(cli.waitForFinished(120000));
    INFO(cli.readAllStandardError().toStdString());
    REQUIRE(cli.exitCode() == 0);
    return QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
}

QRectF jsonRect(const QJsonObject& json) {
    const QJsonArray r = json.value(QStringLiteral("rect")).toArray();
    return r.size() == 4 ? QRectF(r[0].toDouble(), r[1].toDouble(), r[2].toDouble(), r[3].toDouble()) : QRectF();
}
} // namespace

TEST_CASE("vanban-cli sign without a place puts the leader and the seal where the dialog would", "[signing][token]") {
    VANBAN_REQUIRE_SOFTHSM();
    QTemporaryDir dir;
    const QString letter = writeLetter(dir, QStringLiteral("letter.pdf"), Letter());
    auto block = SignaturePlacement::findSignatureBlock(letter);
    REQUIRE(block.ok());
    const QRectF leader = SignaturePlacement::leaderInBlock(*block);

    const QString leaderSigned = dir.filePath(QStringLiteral("leader.pdf"));
    const QJsonObject first =
        cliSign({QStringLiteral("--in"), letter, QStringLiteral("--out"), leaderSigned, QStringLiteral("--key-label"),
                 QStringLiteral("leader-rsa2048"), QStringLiteral("--role"), QStringLiteral("leader")});
    CHECK(first.value(QStringLiteral("placement")).toString() == QStringLiteral("signature-block"));
    CHECK(first.value(QStringLiteral("page")).toInt() == 1);
    INFO("leader " << describe(jsonRect(first)) << ", expected " << describe(leader));
    CHECK(near(jsonRect(first), leader));

    const QString agencySigned = dir.filePath(QStringLiteral("agency.pdf"));
    const QJsonObject second = cliSign({QStringLiteral("--in"), leaderSigned, QStringLiteral("--out"), agencySigned,
                                        QStringLiteral("--key-label"), QStringLiteral("agency-rsa3072"),
                                        QStringLiteral("--role"), QStringLiteral("agency")});
    CHECK(second.value(QStringLiteral("placement")).toString() == QStringLiteral("over-leader-signature"));
    CHECK(near(jsonRect(second), SignaturePlacement::sealOverLeader(leader), 1.0));

    const QString hidden = dir.filePath(QStringLiteral("invisible.pdf"));
    const QJsonObject third =
        cliSign({QStringLiteral("--in"), letter, QStringLiteral("--out"), hidden, QStringLiteral("--key-label"),
                 QStringLiteral("leader-rsa2048"), QStringLiteral("--role"), QStringLiteral("leader"),
                 QStringLiteral("--invisible")});
    CHECK(third.value(QStringLiteral("placement")).toString() == QStringLiteral("invisible"));
    CHECK_FALSE(third.contains(QStringLiteral("rect")));

    // Both signatures of the agency's copy are intact for our verifier and for Poppler's.
    VerifyOptions options;
    options.online = false;
    auto report = PdfSignatureVerifier(options).verifyFile(agencySigned);
    REQUIRE(report.ok());
    REQUIRE(report->signatures.size() == 2);
    CHECK(report->signatures[0].integrity);
    CHECK(report->signatures[1].integrity);
    QProcess pdfsig;
    pdfsig.start(QStringLiteral("pdfsig"), {agencySigned});
    REQUIRE(pdfsig.waitForFinished(60000));
    const QString said = QString::fromUtf8(pdfsig.readAll());
    INFO(said.toStdString());
    CHECK(said.count(QStringLiteral("Signature Validation: Signature is Valid.")) == 2);
}
