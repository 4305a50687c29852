// PdfSignatureVerifier, TrustStore and `vanban-cli verify` against PDFs signed by tests/signing/pdf_fixture.py with
// software keys issued by the test PKI's CAs (tests/signing/make-test-pki.sh), the two signed PDFs of the shared test
// data, and the malformed ones. pdfsig (Poppler) is asked for its opinion where it has one.
#include "support/SoftHsmPki.h"

#include "signing/OpenSslHandles.h"
#include "signing/PdfSignatureParser.h"
#include "signing/PdfSignatureVerifier.h"
#include "signing/RevocationChecker.h"
#include "signing/TrustStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace vanban;

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

// The fixture: certificates made once from the SoftHSM test PKI's CA keys, and a helper to run pdf_fixture.py.
class SignedPdfs {
public:
    static SignedPdfs& instance() {
        static SignedPdfs fixture;
        return fixture;
    }
    bool ready() const { return m_ready; }
    QString error() const { return m_error; }
    QString pki(const QString& key) const { return test::SoftHsmPki::instance().value(key); }
    QString cert(const QString& name) const { return m_dir.filePath(QStringLiteral("certs/") + name + ".pem"); }
    QString key(const QString& name) const { return m_dir.filePath(QStringLiteral("certs/") + name + ".key"); }
    QString path(const QString& name) const { return m_dir.filePath(name); }

    // Runs pdf_fixture.py; returns its stderr on failure (empty on success).
    QString run(const QStringList& args) const {
        QProcess p;
        p.start(QStringLiteral("python3"), QStringList{QStringLiteral(VANBAN_PDF_FIXTURE)} + args);
        if (!p.waitForFinished(120000) || p.exitCode() != 0)
            return QStringLiteral("pdf_fixture.py %1 failed: %2")
                .arg(args.join(QLatin1Char(' ')), QString::fromUtf8(p.readAllStandardError()));
        return {};
    }

    // Signs `in` into `out` with the named certificate (and its chain); extra options for pdf_fixture.py sign.
    QString sign(const QString& in, const QString& out, const QString& who, const QStringList& extra = {}) const {
        QStringList args{QStringLiteral("sign"),  path(in), path(out), QStringLiteral("--cert"), cert(who),
                         QStringLiteral("--key"), key(who)};
        const QString chain = who == QLatin1String("signer-untrusted") ? pki(QStringLiteral("UNTRUSTED_ROOT_CA"))
                                                                       : pki(QStringLiteral("CA_CHAIN"));
        args << QStringLiteral("--chain") << chain << extra;
        return run(args);
    }
    QStringList tsaOptions() const {
        return {QStringLiteral("--tsa-config"),  pki(QStringLiteral("TSA_CONFIG")), QStringLiteral("--tsa-cert"),
                pki(QStringLiteral("TSA_CERT")), QStringLiteral("--tsa-key"),       pki(QStringLiteral("TSA_KEY"))};
    }

    QList<QByteArray> anchors() const { return TrustStore::readCertificates(readAll(pki(QStringLiteral("ROOT_CA")))); }

    PdfVerificationReport verify(const QString& name, QList<QByteArray> anchors = {{}}) const {
        VerifyOptions options;
        options.trustAnchors = anchors == QList<QByteArray>{{}} ? this->anchors() : anchors;
        options.online = false;
        auto report = PdfSignatureVerifier(options).verifyFile(path(name));
        INFO((report ? QString() : report.error().message).toStdString());
        REQUIRE(report.ok());
        return *report;
    }

private:
    SignedPdfs() {
        auto& pki = test::SoftHsmPki::instance();
        if (!pki.available()) {
            m_error = pki.failure();
            return;
        }
        QString e = run({QStringLiteral("certs"), pki.dir() + QStringLiteral("/pki"), path(QStringLiteral("certs"))});
        if (e.isEmpty())
            e = run({QStringLiteral("make-pdf"), path(QStringLiteral("plain.pdf"))});
        m_error = e;
        m_ready = e.isEmpty();
    }
    QTemporaryDir m_dir;
    bool m_ready = false;
    QString m_error;
};

#define VANBAN_REQUIRE_SIGNED_PDFS()                                                                                   \
    auto& pdfs = SignedPdfs::instance();                                                                               \
    if (!pdfs.ready()) {                                                                                               \
        REQUIRE(pdfs.error().toStdString() == "");                                                                     \
        WARN(::vanban::test::SoftHsmPki::instance().reason().toStdString());                                           \
        return;                                                                                                        \
    }

#define REQUIRE_FIXTURE(call)                                                                                          \
    do {                                                                                                               \
        const QString fixtureError = (call);                                                                           \
        REQUIRE(fixtureError.toStdString() == "");                                                                     \
    } while (false)

// pdfsig's opinion of each signature: "valid" / "digest-mismatch" / "invalid" and whether it says the whole document
// is signed; empty when pdfsig is not installed.
struct PdfsigOpinion {
    QString validation;
    bool total = false;
};
QList<PdfsigOpinion> pdfsig(const QString& path) {
    QList<PdfsigOpinion> out;
    if (QStandardPaths::findExecutable(QStringLiteral("pdfsig")).isEmpty())
        return out;
    QProcess p;
    p.start(QStringLiteral("pdfsig"), {path});
    p.waitForFinished(60000);
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    for (const QString& block : text.split(QRegularExpression(QStringLiteral("Signature #\\d+:"))).mid(1)) {
        PdfsigOpinion o;
        o.total = block.contains(QLatin1String("Total document signed"));
        if (block.contains(QLatin1String("Signature is Valid")))
            o.validation = QStringLiteral("valid");
        else if (block.contains(QLatin1String("Digest Mismatch")))
            o.validation = QStringLiteral("digest-mismatch");
        else
            o.validation = QStringLiteral("invalid");
        out.prepend(o); // pdfsig lists the newest first
    }
    return out;
}

bool anyContains(const QStringList& list, const QString& needle) {
    for (const QString& s : list)
        if (s.contains(needle, Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace

TEST_CASE("verify: a valid RSA signature of the test PKI", "[verify]") {
    VANBAN_REQUIRE_SIGNED_PDFS();
    REQUIRE_FIXTURE(pdfs.sign(QStringLiteral("plain.pdf"), QStringLiteral("rsa.pdf"), QStringLiteral("signer-rsa")));
    const PdfVerificationReport report = pdfs.verify(QStringLiteral("rsa.pdf"));
    REQUIRE(report.signatures.size() == 1);
    const SignatureVerification& s = report.signatures[0];
    CHECK(s.field == QStringLiteral("Signature1"));
    CHECK(s.signer == QStringLiteral("Nguyễn Văn An"));
    CHECK(s.organization == QStringLiteral("UBND xã Thử Nghiệm"));
    CHECK(s.issuer == QStringLiteral("VanBan Test Intermediate CA"));
    CHECK(s.byteRangeValid);
    CHECK(s.digestMatches);
    CHECK(s.signatureValid);
    CHECK(s.attributesValid);
    CHECK(s.integrity);
    CHECK(s.coversWholeDocument);
    CHECK_FALSE(s.modifiedAfterSigning);
    CHECK(s.certificateTrusted);
    CHECK(s.certificateValidAtSigningTime);
    CHECK(s.level == SignatureLevel::BB);
    CHECK(s.digestAlgorithm == QStringLiteral("SHA-256"));
    CHECK(s.signatureAlgorithm == QStringLiteral("RSA PKCS#1 v1.5"));
    CHECK(s.claimedSigningTime.isValid());
    CHECK_FALSE(s.timestamp.has_value());
    CHECK(s.revocation == RevocationStatus::Unknown);               // offline; the certificate names no OCSP/CRL either
    CHECK(anyContains(s.warnings, QStringLiteral("signing-time"))); // openssl cms adds one: PAdES forbids it
    CHECK(s.valid());
    CHECK(report.allValid());
    for (const PdfsigOpinion& o : pdfsig(pdfs.path(QStringLiteral("rsa.pdf")))) {
        CHECK(o.validation == QStringLiteral("valid"));
        CHECK(o.total);
    }
}

TEST_CASE("verify: ECDSA and RSA-PSS signatures", "[verify]") {
    VANBAN_REQUIRE_SIGNED_PDFS();
    REQUIRE_FIXTURE(pdfs.sign(QStringLiteral("plain.pdf"), QStringLiteral("ec.pdf"), QStringLiteral("signer-ec")));
    REQUIRE_FIXTURE(pdfs.sign(QStringLiteral("plain.pdf"), QStringLiteral("pss.pdf"), QStringLiteral("signer-rsa"),
                              {QStringLiteral("--pss"), QStringLiteral("--md"), QStringLiteral("sha384")}));
    const auto ec = pdfs.verify(QStringLiteral("ec.pdf"));
    REQUIRE(ec.signatures.size() == 1);
    CHECK(ec.signatures[0].signatureAlgorithm == QStringLiteral("ECDSA"));
    CHECK(ec.signatures[0].signer == QStringLiteral("Trần Thị Bình"));
    CHECK(ec.allValid());
    const auto pss = pdfs.verify(QStringLiteral("pss.pdf"));
    REQUIRE(pss.signatures.size() == 1);
    CHECK(pss.signatures[0].signatureAlgorithm == QStringLiteral("RSA-PSS"));
    CHECK(pss.signatures[0].digestAlgorithm == QStringLiteral("SHA-384"));
    CHECK(pss.allValid());
}

TEST_CASE("verify: a signature timestamp gives B-T and the trusted time; a DSS gives B-LT", "[verify]") {
    VANBAN_REQUIRE_SIGNED_PDFS();
    REQUIRE_FIXTURE(pdfs.sign(QStringLiteral("plain.pdf"), QStringLiteral("bt.pdf"), QStringLiteral("signer-rsa"),
                              pdfs.tsaOptions()));
    const auto bt = pdfs.verify(QStringLiteral("bt.pdf"));
    REQUIRE(bt.signatures.size() == 1);
    const SignatureVerification& s = bt.signatures[0];
    REQUIRE(s.timestamp.has_value());
    CHECK(s.timestampTrusted);
    CHECK(s.timestampAuthority == QStringLiteral("VanBan Test TSA"));
    CHECK(qAbs(s.timestamp->secsTo(s.claimedSigningTime)) < 600);
    CHECK(s.level == SignatureLevel::BT);
    CHECK(s.valid());
    CHECK_FALSE(anyContains(s.warnings, QStringLiteral("no trusted timestamp")));

    REQUIRE_FIXTURE(pdfs.run({QStringLiteral("dss"), pdfs.path(QStringLiteral("bt.pdf")),
                              pdfs.path(QStringLiteral("blt.pdf")), QStringLiteral("--certs"),
                              pdfs.cert(QStringLiteral("signer-rsa")), pdfs.pki(QStringLiteral("INTERMEDIATE_CA")),
                              QStringLiteral("--crls"), pdfs.pki(QStringLiteral("CRL_DIR")) + "/root.crl"}));
    const auto blt = pdfs.verify(QStringLiteral("blt.pdf"));
    REQUIRE(blt.signatures.size() == 1);
    CHECK(blt.signatures[0].level == SignatureLevel::BLT);
    CHECK_FALSE(blt.signatures[0].coversWholeDocument);
    CHECK_FALSE(blt.signatures[0].modifiedAfterSigning); // adding DSS data is allowed
    CHECK(blt.allValid());
    // Without the root's CRL the intermediate CA's revocation status is not in the document: B-T (and still valid).
    REQUIRE_FIXTURE(pdfs.run({QStringLiteral("dss"), pdfs.path(QStringLiteral("bt.pdf")),
                              pdfs.path(QStringLiteral("blt-partial.pdf")), QStringLiteral("--certs"),
                              pdfs.cert(QStringLiteral("signer-rsa")), pdfs.pki(QStringLiteral("INTERMEDIATE_CA"))}));
    const auto partial = pdfs.verify(QStringLiteral("blt-partial.pdf"));
    CHECK(partial.signatures[0].level == SignatureLevel::BT);
    CHECK(partial.allValid());

    // Without the root as anchor the TSA is untrusted too: the time is only claimed.
    const auto untrusted = pdfs.verify(QStringLiteral("bt.pdf"), {});
    CHECK_FALSE(untrusted.signatures[0].timestampTrusted);
    CHECK_FALSE(untrusted.signatures[0].certificateTrusted);
}

TEST_CASE("verify: a flipped byte inside the signed range breaks integrity", "[verify]") {
    VANBAN_REQUIRE_SIGNED_PDFS();
    REQUIRE_FIXTURE(
        pdfs.sign(QStringLiteral("plain.pdf"), QStringLiteral("flip-src.pdf"), QStringLiteral("signer-rsa")));
    QByteArray bytes = readAll(pdfs.path(QStringLiteral("flip-src.pdf")));
    const qsizetype at = bytes.indexOf("Van ban thu nghiem");
    REQUIRE(at > 0);
    bytes[at] = 'W';
    writeAll(pdfs.path(QStringLiteral("flipped.pdf")), bytes);
    const auto report = pdfs.verify(QStringLiteral("flipped.pdf"));
    REQUIRE(report.signatures.size() == 1);
    CHECK(report.signatures[0].byteRangeValid);
    CHECK_FALSE(report.signatures[0].digestMatches);
    CHECK(report.signatures[0].signatureValid); // the signed attributes are untouched
    CHECK_FALSE(report.signatures[0].integrity);
    CHECK_FALSE(report.allValid());
    for (const PdfsigOpinion& o : pdfsig(pdfs.path(QStringLiteral("flipped.pdf"))))
        CHECK(o.validation == QStringLiteral("digest-mismatch"));
}

TEST_CASE("verify: bytes appended after signing", "[verify]") {
    VANBAN_REQUIRE_SIGNED_PDFS();
    REQUIRE_FIXTURE(
        pdfs.sign(QStringLiteral("plain.pdf"), QStringLiteral("append-src.pdf"), QStringLiteral("signer-rsa")));
    writeAll(pdfs.path(QStringLiteral("appended.pdf")),
             readAll(pdfs.path(QStringLiteral("append-src.pdf"))) + "\n1 0 obj\n<< /Evil true >>\nendobj\n");
    const auto report = pdfs.verify(QStringLiteral("appended.pdf"));
    REQUIRE(report.signatures.size() == 1);
    CHECK(report.signatures[0].integrity);
    CHECK_FALSE(report.signatures[0].coversWholeDocument);
    CHECK(report.signatures[0].modifiedAfterSigning);
    CHECK_FALSE(report.allValid());
    for (const PdfsigOpinion& o : pdfsig(pdfs.path(QStringLiteral("appended.pdf"))))
        CHECK_FALSE(o.total); // pdfsig notices, but still calls the signature valid
}

TEST_CASE("verify: the file rewritten by qpdf", "[verify]") {
    VANBAN_REQUIRE_SIGNED_PDFS();
    if (QStandardPaths::findExecutable(QStringLiteral("qpdf")).isEmpty()) {
        WARN("qpdf is not installed");
        return;
    }
    REQUIRE_FIXTURE(
        pdfs.sign(QStringLiteral("plain.pdf"), QStringLiteral("rewrite-src.pdf"), QStringLiteral("signer-rsa")));
    QProcess qpdf;
    qpdf.start(QStringLiteral("qpdf"),
               {pdfs.path(QStringLiteral("rewrite-src.pdf")), pdfs.path(QStringLiteral("rewritten.pdf"))});
    REQUIRE(qpdf.waitForFinished(60000));
    REQUIRE(QFile::exists(pdfs.path(QStringLiteral("rewritten.pdf"))));
    const auto report = pdfs.verify(QStringLiteral("rewritten.pdf"));
    REQUIRE(report.signatures.size() == 1);
    CHECK_FALSE(report.signatures[0].integrity);
    CHECK_FALSE(report.signatures[0].valid());
    for (const PdfsigOpinion& o : pdfsig(pdfs.path(QStringLiteral("rewritten.pdf"))))
        CHECK(o.validation != QStringLiteral("valid"));
}

TEST_CASE("verify: changes in later revisions", "[verify]") {
    VANBAN_REQUIRE_SIGNED_PDFS();
    REQUIRE_FIXTURE(pdfs.sign(QStringLiteral("plain.pdf"), QStringLiteral("base.pdf"), QStringLiteral("signer-rsa")));
    auto update = [&](const QString& kind, const QString& out) {
        REQUIRE_FIXTURE(pdfs.run({kind, pdfs.path(QStringLiteral("base.pdf")), pdfs.path(out)}));
        const auto report = pdfs.verify(out);
        REQUIRE(report.signatures.size() == 1);
        CHECK(report.signatures[0].integrity);
        CHECK_FALSE(report.signatures[0].coversWholeDocument);
        return report.signatures[0];
    };
    SECTION("a page added: modified (pdfsig still says valid)") {
        const auto s = update(QStringLiteral("add-page"), QStringLiteral("added-page.pdf"));
        CHECK(s.modifiedAfterSigning);
        CHECK(anyContains(s.changes, QStringLiteral("Pages were added")));
        CHECK_FALSE(s.valid());
        for (const PdfsigOpinion& o : pdfsig(pdfs.path(QStringLiteral("added-page.pdf"))))
            CHECK(o.validation == QStringLiteral("valid")); // the reason for this verifier
    }
    SECTION("page content rewritten: modified") {
        const auto s = update(QStringLiteral("rewrite-content"), QStringLiteral("rewritten-content.pdf"));
        CHECK(s.modifiedAfterSigning);
        CHECK_FALSE(s.valid());
    }
    SECTION("page content rewritten and listed in a /DSS: modified") {
        const auto s = update(QStringLiteral("dss-shadow"), QStringLiteral("dss-shadow.pdf"));
        CHECK(s.modifiedAfterSigning);
        CHECK(anyContains(s.changes, QStringLiteral("was changed")));
        CHECK_FALSE(s.valid());
    }
    SECTION("a number stamp annotation: allowed") {
        const auto s = update(QStringLiteral("stamp"), QStringLiteral("stamped.pdf"));
        CHECK_FALSE(s.modifiedAfterSigning);
        CHECK(anyContains(s.changes, QStringLiteral("stamp")));
        CHECK(s.valid());
    }
    SECTION("a number stamp appended to the page content: allowed") {
        const auto s = update(QStringLiteral("append-content"), QStringLiteral("appended-content.pdf"));
        CHECK_FALSE(s.modifiedAfterSigning);
        CHECK(anyContains(s.changes, QStringLiteral("appended to page 1")));
        CHECK(s.valid());
    }
}

TEST_CASE("verify: a second signature keeps the first valid", "[verify]") {
    VANBAN_REQUIRE_SIGNED_PDFS();
    REQUIRE_FIXTURE(pdfs.sign(QStringLiteral("plain.pdf"), QStringLiteral("leader.pdf"), QStringLiteral("signer-rsa")));
    REQUIRE_FIXTURE(pdfs.sign(QStringLiteral("leader.pdf"), QStringLiteral("both.pdf"), QStringLiteral("signer-ec"),
                              QStringList{QStringLiteral("--field"), QStringLiteral("Agency")} + pdfs.tsaOptions()));
    const auto report = pdfs.verify(QStringLiteral("both.pdf"));
    REQUIRE(report.signatures.size() == 2);
    CHECK(report.signatures[0].field == QStringLiteral("Signature1"));
    CHECK_FALSE(report.signatures[0].coversWholeDocument);
    CHECK_FALSE(report.signatures[0].modifiedAfterSigning);
    CHECK(anyContains(report.signatures[0].changes, QStringLiteral("Allowed")));
    CHECK(report.signatures[1].field == QStringLiteral("Agency"));
    CHECK(report.signatures[1].coversWholeDocument);
    CHECK(report.allValid());
    const auto opinions = pdfsig(pdfs.path(QStringLiteral("both.pdf")));
    for (const PdfsigOpinion& o : opinions)
        CHECK(o.validation == QStringLiteral("valid"));
    if (opinions.size() == 2) {
        CHECK_FALSE(opinions[0].total);
        CHECK(opinions[1].total);
    }
}

TEST_CASE("verify: DocMDP of a certification signature", "[verify]") {
    VANBAN_REQUIRE_SIGNED_PDFS();
    REQUIRE_FIXTURE(pdfs.sign(QStringLiteral("plain.pdf"), QStringLiteral("certified1.pdf"),
                              QStringLiteral("signer-rsa"), {QStringLiteral("--docmdp"), QStringLiteral("1")}));
    REQUIRE_FIXTURE(pdfs.sign(QStringLiteral("certified1.pdf"), QStringLiteral("certified1-signed.pdf"),
                              QStringLiteral("signer-ec"), {QStringLiteral("--field"), QStringLiteral("Second")}));
    const auto p1 = pdfs.verify(QStringLiteral("certified1-signed.pdf"));
    REQUIRE(p1.signatures.size() == 2);
    CHECK(p1.signatures[0].docMdpPermissions == 1);
    CHECK(p1.signatures[0].modifiedAfterSigning); // P=1: no changes at all
    CHECK(p1.signatures[1].valid());

    REQUIRE_FIXTURE(pdfs.sign(QStringLiteral("plain.pdf"), QStringLiteral("certified2.pdf"),
                              QStringLiteral("signer-rsa"), {QStringLiteral("--docmdp"), QStringLiteral("2")}));
    REQUIRE_FIXTURE(pdfs.sign(QStringLiteral("certified2.pdf"), QStringLiteral("certified2-signed.pdf"),
                              QStringLiteral("signer-ec"), {QStringLiteral("--field"), QStringLiteral("Second")}));
    const auto p2 = pdfs.verify(QStringLiteral("certified2-signed.pdf"));
    REQUIRE(p2.signatures.size() == 2);
    CHECK_FALSE(p2.signatures[0].modifiedAfterSigning); // P=2 allows signatures
    CHECK(p2.allValid());
    REQUIRE_FIXTURE(pdfs.run({QStringLiteral("stamp"), pdfs.path(QStringLiteral("certified2.pdf")),
                              pdfs.path(QStringLiteral("certified2-stamped.pdf"))}));
    const auto stamped = pdfs.verify(QStringLiteral("certified2-stamped.pdf"));
    CHECK(stamped.signatures[0].modifiedAfterSigning); // P=2 does not allow annotations
}

TEST_CASE("verify: certificates expired at signing time, or from an untrusted root", "[verify]") {
    VANBAN_REQUIRE_SIGNED_PDFS();
    REQUIRE_FIXTURE(
        pdfs.sign(QStringLiteral("plain.pdf"), QStringLiteral("expired.pdf"), QStringLiteral("signer-expired")));
    const auto expired = pdfs.verify(QStringLiteral("expired.pdf"));
    REQUIRE(expired.signatures.size() == 1);
    CHECK(expired.signatures[0].integrity);
    CHECK(expired.signatures[0].certificateTrusted);
    CHECK_FALSE(expired.signatures[0].certificateValidAtSigningTime);
    CHECK(expired.signatures[0].certificate.notAfter.date().year() == 2021);
    CHECK_FALSE(expired.allValid());

    REQUIRE_FIXTURE(
        pdfs.sign(QStringLiteral("plain.pdf"), QStringLiteral("untrusted.pdf"), QStringLiteral("signer-untrusted")));
    const auto untrusted = pdfs.verify(QStringLiteral("untrusted.pdf"));
    REQUIRE(untrusted.signatures.size() == 1);
    CHECK(untrusted.signatures[0].integrity);
    CHECK_FALSE(untrusted.signatures[0].certificateTrusted);
    CHECK(untrusted.signatures[0].certificateValidAtSigningTime);
    CHECK(untrusted.signatures[0].organization == QStringLiteral("Tổ chức Không Tin Cậy"));
    CHECK_FALSE(untrusted.allValid());
    for (const PdfsigOpinion& o : pdfsig(pdfs.path(QStringLiteral("untrusted.pdf"))))
        CHECK(o.validation == QStringLiteral("valid")); // pdfsig: signature valid, certificate not trusted
}

TEST_CASE("verify: the signed PDFs of the shared test data", "[verify]") {
    const QString dir = QStringLiteral(VANBAN_SHARED_TESTDATA "/pdf/inputs/");
    if (!QDir(dir).exists()) {
        WARN("shared/testdata is absent; skipping the shared signed PDFs");
        return;
    }
    for (const char* name : {"minimal-signed-twice-both-created.pdf", "separate-annots-kids-indir.pdf"}) {
        INFO(name);
        VerifyOptions options;
        options.online = false;
        auto report = PdfSignatureVerifier(options).verifyFile(dir + QLatin1String(name));
        REQUIRE(report.ok());
        REQUIRE_FALSE(report->signatures.isEmpty());
        for (const SignatureVerification& s : report->signatures) {
            INFO(s.field.toStdString() + ": " + s.message.toStdString());
            CHECK(s.integrity);
            CHECK_FALSE(s.modifiedAfterSigning);
            CHECK_FALSE(s.certificateTrusted); // pyHanko's test CA is no anchor of ours
            CHECK_FALSE(s.signer.isEmpty());
        }
        CHECK_FALSE(report->allValid());
        const auto opinions = pdfsig(dir + QLatin1String(name));
        if (!opinions.isEmpty()) {
            REQUIRE(opinions.size() == report->signatures.size());
            for (const PdfsigOpinion& o : opinions)
                CHECK(o.validation == QStringLiteral("valid"));
        }
    }
}

TEST_CASE("verify: malformed and unsigned files", "[verify]") {
    VerifyOptions options;
    options.online = false;
    const PdfSignatureVerifier verifier(options);
    CHECK_FALSE(verifier.verify("not a pdf").ok());
    CHECK(verifier.verify("not a pdf").error().code == ErrorCode::Invalid);
    CHECK(verifier.verifyFile(QStringLiteral("/nonexistent/x.pdf")).error().code == ErrorCode::NotFound);

    const QDir malformed(QStringLiteral(VANBAN_SHARED_TESTDATA "/pdf/malformed"));
    if (!malformed.exists()) {
        WARN("shared/testdata is absent; skipping the malformed and unsigned shared PDFs");
        return;
    }
    const QStringList files = malformed.entryList({QStringLiteral("*.pdf")});
    REQUIRE_FALSE(files.isEmpty());
    for (const QString& name : files) {
        INFO(name.toStdString());
        auto report = verifier.verifyFile(malformed.filePath(name));
        if (report) {
            CHECK(report->signatures.isEmpty()); // readable enough, and nothing signed
        } else {
            CHECK(report.error().code == ErrorCode::Invalid);
            CHECK_FALSE(report.error().message.isEmpty());
        }
    }
    auto unsigned_ = verifier.verifyFile(QStringLiteral(VANBAN_SHARED_TESTDATA "/pdf/inputs/minimal.pdf"));
    REQUIRE(unsigned_.ok());
    CHECK(unsigned_->signatures.isEmpty());
    CHECK_FALSE(unsigned_->allValid());
}

TEST_CASE("TrustStore: import checks CA certificates; load reads a folder", "[verify][trust]") {
    VANBAN_REQUIRE_SIGNED_PDFS();
    QTemporaryDir dir;
    auto imported = TrustStore::import(pdfs.pki(QStringLiteral("ROOT_CA")), dir.path());
    REQUIRE(imported.ok());
    REQUIRE(imported->size() == 1);
    CHECK(QFile::exists(dir.filePath(imported->first().sha256 + QStringLiteral(".pem"))));
    CHECK(readAll(dir.filePath(imported->first().sha256 + QStringLiteral(".pem"))).startsWith("# Subject: "));

    auto leaf = TrustStore::import(pdfs.cert(QStringLiteral("signer-rsa")), dir.path());
    REQUIRE_FALSE(leaf.ok());
    CHECK(leaf.error().code == ErrorCode::Invalid);
    auto missing = TrustStore::import(dir.filePath(QStringLiteral("none.pem")), dir.path());
    CHECK(missing.error().code == ErrorCode::NotFound);

    writeAll(dir.filePath(QStringLiteral("junk.txt")), "not a certificate");
    auto store = TrustStore::load(dir.path());
    REQUIRE(store.ok());
    CHECK(store->anchors().size() == 1);
    CHECK(store->warnings().size() == 1);
    CHECK(TrustStore::load(dir.filePath(QStringLiteral("absent")))->isEmpty());
}

TEST_CASE("vanban-cli verify", "[verify][cli]") {
    VANBAN_REQUIRE_SIGNED_PDFS();
    REQUIRE_FIXTURE(pdfs.sign(QStringLiteral("plain.pdf"), QStringLiteral("cli.pdf"), QStringLiteral("signer-rsa")));
    QTemporaryDir anchors;
    REQUIRE(TrustStore::import(pdfs.pki(QStringLiteral("ROOT_CA")), anchors.path()).ok());
    auto cli = [&](const QStringList& args, QByteArray* out = nullptr) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), anchors.filePath(QStringLiteral("config")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(VANBAN_CLI), args);
        REQUIRE(p.waitForFinished(120000));
        if (out)
            *out = p.readAllStandardOutput();
        return p.exitCode();
    };
    QByteArray out;
    CHECK(cli({QStringLiteral("verify"), pdfs.path(QStringLiteral("cli.pdf")), QStringLiteral("--trust-anchors"),
               anchors.path(), QStringLiteral("--offline"), QStringLiteral("--json")},
              &out) == 0);
    const QJsonObject json = QJsonDocument::fromJson(out).object();
    CHECK(json.value(QStringLiteral("allValid")).toBool());
    const QJsonObject s = json.value(QStringLiteral("signatures")).toArray().at(0).toObject();
    for (const char* key :
         {"field", "signer", "issuer", "signingTime", "timestamp", "level", "integrity", "coversWholeDocument",
          "modifiedAfterSigning", "certificateTrusted", "certificateValidAtSigningTime", "revocation", "message"})
        CHECK(s.contains(QLatin1String(key)));
    CHECK(s.value(QStringLiteral("timestamp")).isNull());
    CHECK(s.value(QStringLiteral("level")).toString() == QStringLiteral("B-B"));
    CHECK(s.value(QStringLiteral("revocation")).toString() == QStringLiteral("unknown"));

    // Human output is Vietnamese by default.
    CHECK(cli({QStringLiteral("verify"), pdfs.path(QStringLiteral("cli.pdf")), QStringLiteral("--trust-anchors"),
               anchors.path(), QStringLiteral("--offline")},
              &out) == 0);
    CHECK(QString::fromUtf8(out).contains(QStringLiteral("Nguyễn Văn An")));

    // Untrusted (no anchors): exit 7. Unsigned: exit 0, empty list. Not a PDF: exit 2.
    QTemporaryDir empty;
    CHECK(cli({QStringLiteral("verify"), pdfs.path(QStringLiteral("cli.pdf")), QStringLiteral("--trust-anchors"),
               empty.path(), QStringLiteral("--offline"), QStringLiteral("--json")}) == 7);
    CHECK(cli({QStringLiteral("verify"), pdfs.path(QStringLiteral("plain.pdf")), QStringLiteral("--offline"),
               QStringLiteral("--json")},
              &out) == 0);
    CHECK(QJsonDocument::fromJson(out).object().value(QStringLiteral("signatures")).toArray().isEmpty());
    CHECK_FALSE(QJsonDocument::fromJson(out).object().value(QStringLiteral("allValid")).toBool());
    writeAll(pdfs.path(QStringLiteral("junk.pdf")), "junk");
    CHECK(cli({QStringLiteral("verify"), pdfs.path(QStringLiteral("junk.pdf")), QStringLiteral("--offline")}) == 2);

    // trust import / list through the default folder (XDG_CONFIG_HOME of the test).
    CHECK(cli({QStringLiteral("trust"), QStringLiteral("import"), pdfs.pki(QStringLiteral("ROOT_CA"))}) == 0);
    CHECK(cli({QStringLiteral("trust"), QStringLiteral("list"), QStringLiteral("--json")}, &out) == 0);
    CHECK(QJsonDocument::fromJson(out).object().value(QStringLiteral("anchors")).toArray().size() == 1);
    CHECK(cli({QStringLiteral("verify"), pdfs.path(QStringLiteral("cli.pdf")), QStringLiteral("--offline")}) == 0);
}

namespace {
// Answers OCSP requests with `openssl ocsp` over the fixture's index (no network): the CA itself signs the answers.
class OpenSslOcspResponder : public RevocationFetcher {
public:
    explicit OpenSslOcspResponder(const SignedPdfs& pdfs)
        : m_pdfs(pdfs) {}
    int requests = 0;
    Result<QByteArray> fetch(const QUrl&, const QByteArray& body, const QByteArray& contentType) override {
        ++requests;
        if (contentType != "application/ocsp-request")
            return Error{ErrorCode::External, QStringLiteral("not an OCSP request")};
        QTemporaryDir tmp;
        writeAll(tmp.filePath(QStringLiteral("req.der")), body);
        const QString ca = m_pdfs.pki(QStringLiteral("INTERMEDIATE_CA"));
        QString key = ca;
        key.replace(QStringLiteral(".pem"), QStringLiteral(".key"));
        QProcess p;
        p.start(QStringLiteral("openssl"),
                {QStringLiteral("ocsp"), QStringLiteral("-index"), m_pdfs.path(QStringLiteral("certs/ocsp-index.txt")),
                 QStringLiteral("-CA"), ca, QStringLiteral("-rsigner"), ca, QStringLiteral("-rkey"), key,
                 QStringLiteral("-reqin"), tmp.filePath(QStringLiteral("req.der")), QStringLiteral("-respout"),
                 tmp.filePath(QStringLiteral("resp.der")), QStringLiteral("-ndays"), QStringLiteral("1")});
        p.waitForFinished(60000);
        const QByteArray response = readAll(tmp.filePath(QStringLiteral("resp.der")));
        if (response.isEmpty())
            return Error{ErrorCode::External, QString::fromUtf8(p.readAllStandardError())};
        return response;
    }

private:
    const SignedPdfs& m_pdfs;
};
} // namespace

TEST_CASE("verify: revocation by OCSP (good, revoked, unreachable)", "[verify][revocation]") {
    VANBAN_REQUIRE_SIGNED_PDFS();
    REQUIRE_FIXTURE(
        pdfs.sign(QStringLiteral("plain.pdf"), QStringLiteral("ocsp-good.pdf"), QStringLiteral("signer-ocsp")));
    REQUIRE_FIXTURE(
        pdfs.sign(QStringLiteral("plain.pdf"), QStringLiteral("ocsp-revoked.pdf"), QStringLiteral("signer-revoked")));
    auto responder = std::make_shared<OpenSslOcspResponder>(pdfs);
    VerifyOptions options;
    options.trustAnchors = pdfs.anchors();
    options.fetcher = responder;
    const PdfSignatureVerifier verifier(options);

    auto good = verifier.verifyFile(pdfs.path(QStringLiteral("ocsp-good.pdf")));
    REQUIRE(good.ok());
    CHECK(good->signatures[0].revocation == RevocationStatus::Good);
    CHECK(good->allValid());
    auto revoked = verifier.verifyFile(pdfs.path(QStringLiteral("ocsp-revoked.pdf")));
    REQUIRE(revoked.ok());
    CHECK(revoked->signatures[0].revocation == RevocationStatus::Revoked);
    CHECK(revoked->signatures[0].integrity);
    CHECK_FALSE(revoked->allValid());
    CHECK(responder->requests == 2);

    // The real HTTP fetcher: the responder address (port 9 on loopback) refuses: unknown, with a warning.
    VerifyOptions online;
    online.trustAnchors = pdfs.anchors();
    online.networkTimeoutMs = 2000;
    auto unreachable = PdfSignatureVerifier(online).verifyFile(pdfs.path(QStringLiteral("ocsp-good.pdf")));
    REQUIRE(unreachable.ok());
    CHECK(unreachable->signatures[0].revocation == RevocationStatus::Unknown);
    CHECK(anyContains(unreachable->signatures[0].warnings, QStringLiteral("127.0.0.1:9")));
    CHECK(unreachable->allValid()); // unknown revocation warns only (TT 15/2025 Phụ lục II)

    // Offline: not asked at all.
    VerifyOptions offline;
    offline.trustAnchors = pdfs.anchors();
    offline.online = false;
    auto notAsked = PdfSignatureVerifier(offline).verifyFile(pdfs.path(QStringLiteral("ocsp-revoked.pdf")));
    REQUIRE(notAsked.ok());
    CHECK(notAsked->signatures[0].revocation == RevocationStatus::Unknown);
    CHECK(anyContains(notAsked->signatures[0].warnings, QStringLiteral("offline")));
}

TEST_CASE("ByteRange geometry checks", "[verify][geometry]") {
    // "%PDF-1.7\n… /Contents <0a0b> …%%EOF\n": the gap must be exactly the hex string after /Contents.
    const QByteArray head = "%PDF-1.7\n1 0 obj << /Contents ";
    const QByteArray gap = "<0a0b>";
    const QByteArray tail = " >> endobj\ntrailer << >>\n%%EOF\n";
    const QByteArray pdf = head + gap + tail;
    const qint64 b1 = head.size(), b2 = head.size() + gap.size();
    auto check = [&](const QByteArray& bytes, QList<qint64> range, const QByteArray& contents = "\x0a\x0b") {
        PdfSignatureDictionary s;
        s.byteRange = range;
        s.contents = contents;
        PdfSignatureParser::checkGeometry(bytes, s);
        INFO(s.byteRangeProblem.toStdString());
        return s.byteRangeValid;
    };
    CHECK(check(pdf, {0, b1, b2, tail.size()}));
    CHECK_FALSE(check(pdf, {1, b1 - 1, b2, tail.size()}));         // does not start at 0
    CHECK_FALSE(check(pdf, {0, b1 + 1, b2, tail.size()}));         // gap does not start at '<'
    CHECK_FALSE(check(pdf, {0, b1, b2 + 1, tail.size() - 1}));     // gap reaches past '>'
    CHECK_FALSE(check(pdf, {0, b1, b2, tail.size() + 1}));         // beyond the end of the file
    CHECK_FALSE(check(pdf, {0, b1, b2, tail.size() - 2}));         // does not end at %%EOF
    CHECK_FALSE(check(pdf, {0, b2, b1, tail.size()}));             // overlapping / reversed
    CHECK_FALSE(check(pdf, {0, b1, b2}));                          // three numbers
    CHECK_FALSE(check(pdf, {0, b1, b2, tail.size()}, "\x0a\x0c")); // another signature's /Contents
    QByteArray notHex = pdf;
    notHex[b1 + 2] = 'x';
    CHECK_FALSE(check(notHex, {0, b1, b2, tail.size()}));
    QByteArray otherKey = pdf;
    otherKey.replace("/Contents", "/Contentz");
    CHECK_FALSE(check(otherKey, {0, b1, b2, tail.size()}));

    CHECK(PdfSignatureParser::parsePdfDate(QStringLiteral("D:20250102030405+07'00'")) ==
          QDateTime(QDate(2025, 1, 1), QTime(20, 4, 5), Qt::UTC));
    CHECK(PdfSignatureParser::parsePdfDate(QStringLiteral("D:20250102030405Z")) ==
          QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5), Qt::UTC));
    CHECK_FALSE(PdfSignatureParser::parsePdfDate(QStringLiteral("yesterday")).isValid());
    CHECK(PdfSignatureParser::revisionEnds(pdf) == QList<qint64>{pdf.size()});
}

TEST_CASE("verify: an OCSP response in the DSS answers offline (B-LT)", "[verify][revocation]") {
    VANBAN_REQUIRE_SIGNED_PDFS();
    REQUIRE_FIXTURE(pdfs.sign(QStringLiteral("plain.pdf"), QStringLiteral("lt-src.pdf"), QStringLiteral("signer-ocsp"),
                              pdfs.tsaOptions()));
    // An OCSP request for the signer certificate and the responder's answer, made with openssl.
    const QString ca = pdfs.pki(QStringLiteral("INTERMEDIATE_CA"));
    QString caKey = ca;
    caKey.replace(QStringLiteral(".pem"), QStringLiteral(".key"));
    QProcess request;
    request.start(QStringLiteral("openssl"), {QStringLiteral("ocsp"), QStringLiteral("-issuer"), ca,
                                              QStringLiteral("-cert"), pdfs.cert(QStringLiteral("signer-ocsp")),
                                              QStringLiteral("-reqout"), pdfs.path(QStringLiteral("lt.req"))});
    REQUIRE(request.waitForFinished(60000));
    QProcess responder;
    responder.start(QStringLiteral("openssl"),
                    {QStringLiteral("ocsp"), QStringLiteral("-index"),
                     pdfs.path(QStringLiteral("certs/ocsp-index.txt")), QStringLiteral("-CA"), ca,
                     QStringLiteral("-rsigner"), ca, QStringLiteral("-rkey"), caKey, QStringLiteral("-reqin"),
                     pdfs.path(QStringLiteral("lt.req")), QStringLiteral("-respout"),
                     pdfs.path(QStringLiteral("lt.ocsp")), QStringLiteral("-ndays"), QStringLiteral("1")});
    REQUIRE(responder.waitForFinished(60000));
    REQUIRE(QFile::exists(pdfs.path(QStringLiteral("lt.ocsp"))));
    REQUIRE_FIXTURE(
        pdfs.run({QStringLiteral("dss"), pdfs.path(QStringLiteral("lt-src.pdf")), pdfs.path(QStringLiteral("lt.pdf")),
                  QStringLiteral("--certs"), pdfs.cert(QStringLiteral("signer-ocsp")), ca, QStringLiteral("--ocsps"),
                  pdfs.path(QStringLiteral("lt.ocsp")), QStringLiteral("--crls"),
                  pdfs.pki(QStringLiteral("CRL_DIR")) + "/root.crl"}));
    const auto report = pdfs.verify(QStringLiteral("lt.pdf")); // offline
    REQUIRE(report.signatures.size() == 1);
    const SignatureVerification& s = report.signatures[0];
    CHECK(s.level == SignatureLevel::BLT);
    CHECK(s.revocation == RevocationStatus::Good);
    CHECK(s.revocationDetail.contains(QStringLiteral("in the document")));
    CHECK_FALSE(s.modifiedAfterSigning);
    CHECK(report.allValid());
}

TEST_CASE("RevocationChecker: an answer counts only when it covers the signing time", "[verify][revocation]") {
    VANBAN_REQUIRE_SIGNED_PDFS();
    auto cert = [&](const QString& path) {
        const QList<QByteArray> ders = TrustStore::readCertificates(readAll(path));
        REQUIRE(ders.size() == 1);
        return ossl::certificateFromDer(ders.first());
    };
    const ossl::X509Ptr root = cert(pdfs.pki(QStringLiteral("ROOT_CA")));
    const ossl::X509Ptr intermediate = cert(pdfs.pki(QStringLiteral("INTERMEDIATE_CA")));
    const ossl::X509Ptr revoked = cert(pdfs.pki(QStringLiteral("CERT_DIR")) + "/revoked-p256.pem");
    const ossl::X509Ptr good = cert(pdfs.pki(QStringLiteral("CERT_DIR")) + "/leader-p256.pem");
    const QByteArray rootCrl = readAll(pdfs.pki(QStringLiteral("CRL_DIR")) + "/root.crl"); // PEM, 30 days
    const QByteArray intermediateCrl = readAll(pdfs.pki(QStringLiteral("CRL_DIR")) + "/intermediate.crl"); // DER
    const QDateTime now = QDateTime::currentDateTimeUtc();

    RevocationAnswer a = RevocationChecker::readCrl(rootCrl, intermediate.get(), root.get(), now);
    CHECK(a.usable);
    CHECK_FALSE(a.revoked);
    // A CRL made before the signing time says nothing about it once its nextUpdate has passed.
    a = RevocationChecker::readCrl(rootCrl, intermediate.get(), root.get(), now.addDays(60));
    CHECK_FALSE(a.usable);
    CHECK(a.problem.contains(QStringLiteral("does not cover")));
    // A newer CRL covers an older signing time; a revocation counts whenever the CRL was made.
    CHECK(RevocationChecker::readCrl(rootCrl, intermediate.get(), root.get(), now.addDays(-400)).usable);
    a = RevocationChecker::readCrl(intermediateCrl, revoked.get(), intermediate.get(), now.addDays(60));
    CHECK(a.usable);
    CHECK(a.revoked);
    CHECK(a.revokedAt < now);
    CHECK(RevocationChecker::readCrl(intermediateCrl, good.get(), intermediate.get(), now).usable);
    // The wrong issuer: not this CRL.
    a = RevocationChecker::readCrl(rootCrl, good.get(), intermediate.get(), now);
    CHECK_FALSE(a.usable);
    CHECK(a.problem.contains(QStringLiteral("another authority")));

    // OCSP from the test PKI's delegated responder (-ndays 1): fine now, stale two days later.
    QTemporaryDir tmp;
    const QString request = tmp.filePath(QStringLiteral("req.der")),
                  response = tmp.filePath(QStringLiteral("resp.der"));
    QProcess p;
    p.start(QStringLiteral("openssl"),
            {QStringLiteral("ocsp"), QStringLiteral("-issuer"), pdfs.pki(QStringLiteral("INTERMEDIATE_CA")),
             QStringLiteral("-cert"), pdfs.pki(QStringLiteral("CERT_DIR")) + "/leader-p256.pem",
             QStringLiteral("-reqout"), request});
    REQUIRE(p.waitForFinished(60000));
    p.start(QStringLiteral("openssl"),
            {QStringLiteral("ocsp"), QStringLiteral("-index"), pdfs.pki(QStringLiteral("OCSP_INDEX")),
             QStringLiteral("-CA"), pdfs.pki(QStringLiteral("INTERMEDIATE_CA")), QStringLiteral("-rsigner"),
             pdfs.pki(QStringLiteral("OCSP_CERT")), QStringLiteral("-rkey"), pdfs.pki(QStringLiteral("OCSP_KEY")),
             QStringLiteral("-reqin"), request, QStringLiteral("-respout"), response, QStringLiteral("-ndays"),
             QStringLiteral("1")});
    REQUIRE(p.waitForFinished(60000));
    const QByteArray ocsp = readAll(response);
    REQUIRE_FALSE(ocsp.isEmpty());
    const QList<QByteArray> anchors = pdfs.anchors();
    ossl::X509Stack none(sk_X509_new_null());
    a = RevocationChecker::readOcsp(ocsp, good.get(), intermediate.get(), none.get(), anchors, now);
    INFO(a.problem.toStdString());
    CHECK(a.usable);
    CHECK(a.responderCertificates.size() == 1); // the delegated responder's certificate travels with the answer
    a = RevocationChecker::readOcsp(ocsp, good.get(), intermediate.get(), none.get(), anchors, now.addDays(2));
    CHECK_FALSE(a.usable);
    CHECK(a.problem.contains(QStringLiteral("does not cover")));
    // Without the root as anchor the responder is not trusted.
    a = RevocationChecker::readOcsp(ocsp, good.get(), intermediate.get(), none.get(), {}, now);
    CHECK_FALSE(a.usable);
    // About another certificate.
    a = RevocationChecker::readOcsp(ocsp, revoked.get(), intermediate.get(), none.get(), anchors, now);
    CHECK_FALSE(a.usable);
}
