// The signing screens: the signature panel of the detail pane (verification off the UI thread, statuses, the
// details, "view signed revision") and the sign dialog driven programmatically against the SoftHSM2 test token
// (tests/signing/make-test-pki.sh). The token cases WARN and return when softhsm2 is absent.
#include <catch2/catch.hpp>

#include "FileDialog.h"
#include "MessageBox.h"
#include "PdfPreviewWidget.h"
#include "SampleLetterPdf.h"
#include "SignDialog.h"
#include "SignaturePanel.h"
#include "SignatureSummary.h"
#include "signing/PdfSignatureVerifier.h"
#include "signing/TrustStore.h"
#include "support/LoginCounter.h"
#include "support/SoftHsmPki.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <vector>

using namespace vanban;
using namespace vanban::ui;

using vanban::test::LoginCounter;

namespace {

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString& path, const QByteArray& data) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(data);
}

QList<QByteArray> testAnchors() {
    return TrustStore::readCertificates(readAll(test::SoftHsmPki::instance().value(QStringLiteral("ROOT_CA"))));
}

// Signs `in` into `out` with the leader key of the test token, through the core signer.
void signWithToken(const QString& in, const QString& out) {
    auto module = Pkcs11Module::loadShared(test::SoftHsmPki::instance().modulePath());
    REQUIRE(module.ok());
    auto signer = Pkcs11Signer::open(*module, TokenSelector{QStringLiteral("VanBan Test")},
                                     KeySelector{{}, QStringLiteral("leader-rsa2048")});
    REQUIRE(signer.ok());
    QByteArray pin("123456");
    REQUIRE(signer->login(SecretBuffer::take(pin)).ok());
    PadesSignRequest request;
    request.input = in;
    request.output = out;
    request.role = SignatureRole::Leader;
    request.page = 0;
    request.rect = QRectF(330, 150, 170, 60);
    auto signedPdf = PadesSigner(*signer).sign(request);
    INFO((signedPdf ? QString() : signedPdf.error().message).toStdString());
    REQUIRE(signedPdf.ok());
}

void waitVerified(SignaturePanel& panel) {
    QSignalSpy verified(&panel, &SignaturePanel::verified);
    if (panel.isVerifying())
        REQUIRE(verified.wait(60000));
    REQUIRE_FALSE(panel.isVerifying());
}

} // namespace

TEST_CASE("The signature panel says when a PDF has no signature", "[ui][signing]") {
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("letter.pdf"));
    REQUIRE(test::writeLetterPdf(pdf, 1));
    SignaturePanel panel;
    panel.setTrustAnchors({});
    panel.setFile(pdf);
    CHECK(panel.isVerifying()); // off the UI thread: setFile() returned before the result
    waitVerified(panel);
    CHECK(panel.statusText() == QStringLiteral("This PDF has no digital signature."));
    CHECK(panel.signatureList()->count() == 0);
    CHECK_FALSE(panel.findChild<QPushButton*>(QStringLiteral("viewRevisionButton"))->isEnabled());

    panel.setFile(dir.filePath(QStringLiteral("missing.pdf")));
    waitVerified(panel);
    CHECK(panel.statusText().startsWith(QStringLiteral("The signatures cannot be verified:")));
}

TEST_CASE("The signature panel: a token-signed PDF is valid, appended bytes are reported, the signed revision "
          "is the prefix",
          "[ui][signing][token]") {
    VANBAN_REQUIRE_SOFTHSM();
    QTemporaryDir dir;
    const QString letter = dir.filePath(QStringLiteral("letter.pdf"));
    const QString signedPdf = dir.filePath(QStringLiteral("signed.pdf"));
    const QString appended = dir.filePath(QStringLiteral("appended.pdf"));
    REQUIRE(test::writeLetterPdf(letter, 2));
    signWithToken(letter, signedPdf);
    const QByteArray signedBytes = readAll(signedPdf);
    writeAll(appended, signedBytes + "\n99 0 obj\n<< /Evil true >>\nendobj\n");

    SignaturePanel panel;
    panel.setTrustAnchors(testAnchors());
    panel.resize(500, 600);
    panel.show();

    SECTION("valid") {
        panel.setFile(signedPdf);
        waitVerified(panel);
        REQUIRE(panel.report());
        REQUIRE(panel.report()->signatures.size() == 1);
        const SignatureVerification& s = panel.report()->signatures[0];
        CHECK(s.integrity);
        CHECK(s.valid());
        REQUIRE(panel.signatureList()->count() == 1);
        const QString line = panel.signatureList()->item(0)->text();
        INFO(line.toStdString());
        // Offline, so revocation is unknown: valid, with the warning TT 15/2025 asks for.
        CHECK(SignatureSummary::status(s) == SignatureSummary::Status::RevocationUnknown);
        CHECK(line.startsWith(QStringLiteral("1. Valid signature")));
        CHECK(line.contains(s.signer));
        CHECK(panel.statusText().contains(QStringLiteral("all valid")));
        // The selected signature's details (TT 15/2025 Phụ lục II items).
        const QString details = panel.detailsText();
        for (const char* label : {"Signer:", "Organisation:", "Issuer:", "Signing time:", "Timestamp:", "Integrity:",
                                  "Covers the whole document:", "Modified after signing:", "Certificate period:",
                                  "Valid at signing time:", "Trusted:", "Revocation:", "Level:"})
            CHECK(details.contains(QString::fromLatin1(label)));
        CHECK(details.contains(QStringLiteral("intact")));
        CHECK(details.contains(s.issuer));
        CHECK(details.contains(QStringLiteral("(UTC+7)")));
    }

    SECTION("modified after signing, and the signed revision") {
        panel.setFile(appended);
        waitVerified(panel);
        REQUIRE(panel.report());
        REQUIRE(panel.report()->signatures.size() == 1);
        const SignatureVerification& s = panel.report()->signatures[0];
        CHECK(s.integrity);
        CHECK(s.modifiedAfterSigning);
        CHECK(SignatureSummary::status(s) == SignatureSummary::Status::Modified);
        CHECK(panel.signatureList()->item(0)->text().startsWith(QStringLiteral("1. Modified after signing")));
        CHECK(panel.statusText().contains(QStringLiteral("at least one is not valid")));

        QSignalSpy ready(&panel, &SignaturePanel::signedRevisionReady);
        auto* view = panel.findChild<QPushButton*>(QStringLiteral("viewRevisionButton"));
        REQUIRE(view->isEnabled());
        view->click();
        REQUIRE(ready.wait(10000));
        const QString revision = ready.takeFirst().at(0).toString();
        const QList<qint64>& range = s.byteRange;
        REQUIRE(range.size() == 4);
        const QByteArray written = readAll(revision);
        CHECK(written.size() == range[2] + range[3]);
        CHECK(written == readAll(appended).left(range[2] + range[3]));
        CHECK(written == signedBytes); // the revision as signed, without what was appended
    }
}

TEST_CASE("The sign dialog: token, certificates, an expired one refused, a wrong PIN not retried, the right PIN "
          "signs into a new file",
          "[ui][signing][token]") {
    VANBAN_REQUIRE_SOFTHSM();
    FileDialog::setTestMode(true);
    MessageBox::takeShownMessages();
    QTemporaryDir dir;
    const QString letter = dir.filePath(QStringLiteral("letter.pdf"));
    REQUIRE(test::writeLetterPdf(letter, 2));
    const QByteArray original = readAll(letter);
    const QString image = dir.filePath(QStringLiteral("signature.png"));
    QImage picture(120, 50, QImage::Format_ARGB32);
    picture.fill(Qt::transparent);
    for (int x = 10; x < 110; ++x)
        picture.setPixelColor(x, 25 + (x % 7) - 3, QColor(0, 0, 200));
    REQUIRE(picture.save(image));

    SignDialog dialog(letter);
    dialog.setFunctionListFilter(&LoginCounter::wrap);
    QSignalSpy tokens(&dialog, &SignDialog::tokensLoaded);
    QSignalSpy certificates(&dialog, &SignDialog::certificatesLoaded);
    QSignalSpy finished(&dialog, &SignDialog::signingFinished);
    QSignalSpy suggested(&dialog, &SignDialog::placementSuggested);
    dialog.setModulePath(pki.modulePath());
    REQUIRE(tokens.wait(30000));
    CHECK(dialog.message().isEmpty() == false);
    REQUIRE(dialog.tokenLabels().contains(QStringLiteral("VanBan Test")));
    REQUIRE(dialog.selectToken(QStringLiteral("VanBan Test")));
    while (dialog.isBusy())
        REQUIRE(certificates.wait(30000));
    REQUIRE(dialog.certificateList()->topLevelItemCount() >= 4);
    auto* signButton = dialog.findChild<QPushButton*>(QStringLiteral("signButton"));

    // An expired certificate is refused before any PIN is asked.
    REQUIRE(dialog.selectCertificate(QStringLiteral("expired-rsa2048")));
    CHECK_FALSE(dialog.certificateAccepted());
    CHECK(dialog.certificateMessage().contains(QStringLiteral("expired")));
    CHECK_FALSE(signButton->isEnabled());
    dialog.sign();
    CHECK(finished.isEmpty());
    CHECK(LoginCounter::logins.empty());
    CHECK(MessageBox::takeShownMessages().join(QLatin1Char('\n')).contains(QStringLiteral("expired")));

    REQUIRE(dialog.selectCertificate(QStringLiteral("leader-rsa2048")));
    CHECK(dialog.certificateAccepted());
    CHECK(signButton->isEnabled());
    dialog.setRole(SignatureRole::Leader);
    dialog.setImagePath(image);
    // The default position of the leader's signature: in the letter's signature block, on page 1 of 2 (page 2 is
    // the annex), found once the preview has the document (tests/ui/test_sign_placement.cpp has the details).
    while (!dialog.preview()->selection() || dialog.preview()->selection()->page != 0)
        REQUIRE(suggested.wait(10000));
    CHECK(dialog.placementText().contains(QStringLiteral("PHÓ GIÁM ĐỐC")));

    SECTION("a wrong PIN is reported with the token's state, once") {
        const QString out = dir.filePath(QStringLiteral("wrong-pin.pdf"));
        FileDialog::queueAnswer(out);
        dialog.setPin(QStringLiteral("000000"));
        dialog.sign();
        CHECK(dialog.isBusy());
        REQUIRE(finished.wait(60000));
        CHECK_FALSE(finished.first().at(0).toBool());
        const QString message = finished.first().at(1).toString();
        INFO(message.toStdString());
        CHECK(message.contains(QStringLiteral("PIN")));
        CHECK(message.contains(QStringLiteral("CKR_PIN_INCORRECT")));
        CHECK(LoginCounter::logins.size() == 1); // one C_Login, not retried
        QTest::qWait(300);
        CHECK(LoginCounter::logins.size() == 1);
        CHECK(dialog.findChild<QLineEdit*>(QStringLiteral("pinEdit"))->text().isEmpty()); // wiped from the field
        CHECK_FALSE(QFile::exists(out));
        CHECK(MessageBox::takeShownMessages().join(QLatin1Char('\n')).contains(QStringLiteral("CKR_PIN_INCORRECT")));
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK(FileDialog::takeAskedCaptions() == QStringList{QStringLiteral("Save the signed PDF as")});
    }

    SECTION("B-T and B-LT need a timestamp server: refused before the file or the PIN is asked") {
        auto* levels = dialog.findChild<QComboBox*>(QStringLiteral("levelCombo"));
        REQUIRE(levels);
        CHECK(levels->count() == 3);
        auto* tsa = dialog.findChild<QLineEdit*>(QStringLiteral("tsaEdit"));
        REQUIRE(tsa);
        dialog.setLevel(PadesLevel::BaselineB);
        CHECK_FALSE(tsa->isEnabled());
        dialog.setLevel(PadesLevel::BaselineLT);
        CHECK(tsa->isEnabled());
        dialog.setTsaUrl(QString());
        dialog.setPin(QStringLiteral("123456"));
        dialog.sign();
        CHECK_FALSE(dialog.isBusy());
        CHECK(finished.isEmpty());
        CHECK(LoginCounter::logins.empty());
        CHECK(FileDialog::takeAskedCaptions().isEmpty());
        CHECK(MessageBox::takeShownMessages().join(QLatin1Char('\n')).contains(QStringLiteral("time-stamping")));
        dialog.setLevel(PadesLevel::BaselineB);
    }

    SECTION("the right PIN signs; the verifier finds the signature intact") {
        const QString out = dir.filePath(QStringLiteral("signed.pdf"));
        FileDialog::queueAnswer(out);
        dialog.setPin(QStringLiteral("123456"));
        dialog.sign();
        REQUIRE(finished.wait(60000));
        INFO(finished.first().at(1).toString().toStdString());
        REQUIRE(finished.first().at(0).toBool());
        CHECK(LoginCounter::logins.size() == 1);
        CHECK(dialog.result() == QDialog::Accepted);
        CHECK(dialog.outputPath() == out);
        CHECK(readAll(letter) == original); // the input is never modified
        CHECK(readAll(out).startsWith(original));
        VerifyOptions options;
        options.trustAnchors = testAnchors();
        options.online = false;
        auto report = PdfSignatureVerifier(options).verifyFile(out);
        REQUIRE(report.ok());
        REQUIRE(report->signatures.size() == 1);
        CHECK(report->signatures[0].integrity);
        CHECK(report->signatures[0].coversWholeDocument);
        CHECK(report->signatures[0].certificateTrusted);
        CHECK(report->signatures[0].signer == dialog.certificateList()->currentItem()->text(0));
    }
    FileDialog::setTestMode(false);
}
