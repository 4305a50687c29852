// PAdES signing (core/signing/PadesSigner) against the SoftHSM2 test PKI, every output checked by independent
// validators: pdfsig (every signature valid, the last one covering the whole file), qpdf --check, and
// openssl cms -verify over the byte ranges with the test CA; the signed attributes read back with OpenSSL (exactly
// content-type, message-digest, signing-certificate-v2: no signing-time); B-T tokens checked with openssl ts -verify;
// B-LT against the test PKI's OCSP responder and CRLs (revocation_server.py), then verified offline.
#include "signing/Der.h"
#include "signing/PadesSigner.h"
#include "signing/PdfDssUpdate.h"
#include "signing/PdfSignatureParser.h"
#include "signing/PdfSignatureVerifier.h"
#include "signing/TrustStore.h"
#include "support/LoginCounter.h"
#include "support/SoftHsmPki.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <memory>
#include <openssl/cms.h>
#include <openssl/x509.h>
#include <vector>

using namespace vanban;

using vanban::test::LoginCounter;

namespace {

const QString kInputs = QStringLiteral(VANBAN_SHARED_TESTDATA "/pdf/inputs");
const QString kMalformed = QStringLiteral(VANBAN_SHARED_TESTDATA "/pdf/malformed");

struct CmsDeleter {
    void operator()(CMS_ContentInfo* c) const { CMS_ContentInfo_free(c); }
};

int runTool(const QString& program, const QStringList& args, QString* output = nullptr,
            const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment()) {
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    REQUIRE(p.waitForFinished(120000));
    if (output)
        *output = QString::fromUtf8(p.readAll());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

QByteArray readFile(const QString& path) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
}

SecretBuffer pin(const char* text) {
    QByteArray bytes(text);
    return SecretBuffer::take(bytes);
}

// A logged-in signer for a key of the test token.
Pkcs11Signer openSigner(const QString& keyLabel, bool countLogins = false) {
    auto& pki = test::SoftHsmPki::instance();
    auto module = countLogins ? Pkcs11Module::loadShared(pki.modulePath(), &LoginCounter::wrap)
                              : Pkcs11Module::loadShared(pki.modulePath());
    REQUIRE(module.ok());
    auto signer = Pkcs11Signer::open(*module, TokenSelector{}, KeySelector{{}, keyLabel});
    INFO((signer ? std::string() : signer.error().message.toStdString()));
    REQUIRE(signer.ok());
    return std::move(signer).value();
}

SignatureImage testImage(bool transparent) {
    SignatureImage image;
    image.width = 40;
    image.height = 20;
    for (int y = 0; y < image.height; ++y) {
        for (int x = 0; x < image.width; ++x) {
            image.rgb.append(char(0x10)).append(char(0x30)).append(char(0xc0)); // blue ink
            if (transparent)
                image.alpha.append(char((x + y) % 3 == 0 ? 0xff : 0x00));
        }
    }
    return image;
}

struct ExtractedSignature {
    QByteArray cms;     // DER, the placeholder's zero padding removed
    QByteArray content; // the bytes the byte range covers
    QList<qint64> byteRange;
};

// The last signature of a PDF: the last /ByteRange, its /Contents.
ExtractedSignature lastSignature(const QByteArray& pdf) {
    static const QRegularExpression pattern(
        QStringLiteral("/ByteRange\\s*\\[\\s*(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)"));
    ExtractedSignature s;
    const QString text = QString::fromLatin1(pdf);
    auto it = pattern.globalMatch(text);
    QRegularExpressionMatch last;
    while (it.hasNext())
        last = it.next();
    REQUIRE(last.hasMatch());
    for (int i = 1; i <= 4; ++i)
        s.byteRange << last.captured(i).toLongLong();
    REQUIRE(s.byteRange[0] == 0);
    REQUIRE(pdf[s.byteRange[1]] == '<');
    REQUIRE(pdf[s.byteRange[2] - 1] == '>');
    const QByteArray der = QByteArray::fromHex(pdf.mid(s.byteRange[1] + 1, s.byteRange[2] - s.byteRange[1] - 2));
    unsigned char tag = 0;
    qsizetype start = 0, length = 0;
    REQUIRE(der::header(der, 0, &tag, &start, &length));
    s.cms = der.left(start + length);
    s.content = pdf.left(s.byteRange[1]) + pdf.mid(s.byteRange[2], s.byteRange[3]);
    REQUIRE(s.byteRange[2] + s.byteRange[3] <= pdf.size());
    return s;
}

// The signed attributes' types and the unsigned timestamp token of a CMS, read with OpenSSL.
struct CmsFacts {
    QList<int> signedAttributeNids;
    QByteArray signatureValue;
    QByteArray timestampToken; // DER, empty when none
    int certificates = 0;
};

CmsFacts cmsFacts(const QByteArray& der) {
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    std::unique_ptr<CMS_ContentInfo, CmsDeleter> cms(d2i_CMS_ContentInfo(nullptr, &p, long(der.size())));
    REQUIRE(cms);
    CmsFacts facts;
    STACK_OF(CMS_SignerInfo)* signers = CMS_get0_SignerInfos(cms.get());
    REQUIRE(sk_CMS_SignerInfo_num(signers) == 1);
    CMS_SignerInfo* si = sk_CMS_SignerInfo_value(signers, 0);
    for (int i = 0; i < CMS_signed_get_attr_count(si); ++i)
        facts.signedAttributeNids << OBJ_obj2nid(X509_ATTRIBUTE_get0_object(CMS_signed_get_attr(si, i)));
    ASN1_OCTET_STRING* signature = CMS_SignerInfo_get0_signature(si);
    facts.signatureValue =
        QByteArray(reinterpret_cast<const char*>(ASN1_STRING_get0_data(signature)), ASN1_STRING_length(signature));
    const int ts = CMS_unsigned_get_attr_by_NID(si, NID_id_smime_aa_timeStampToken, -1);
    if (ts >= 0) {
        ASN1_TYPE* value = X509_ATTRIBUTE_get0_type(CMS_unsigned_get_attr(si, ts), 0);
        REQUIRE(value);
        REQUIRE(value->type == V_ASN1_SEQUENCE);
        facts.timestampToken =
            QByteArray(reinterpret_cast<const char*>(value->value.sequence->data), value->value.sequence->length);
    }
    STACK_OF(X509)* certs = CMS_get1_certs(cms.get());
    facts.certificates = sk_X509_num(certs);
    sk_X509_pop_free(certs, X509_free);
    return facts;
}

// pdfsig, qpdf --check, and openssl cms -verify on the last signature. Returns the facts of the last CMS.
// `lastCoversFile`: false for B-LT, whose /DSS revision follows the signature.
CmsFacts validate(const QString& pdfPath, int expectedSignatures, bool lastCoversFile = true) {
    auto& pki = test::SoftHsmPki::instance();
    INFO("validating " + pdfPath.toStdString());
    QString out;
    runTool(QStringLiteral("pdfsig"), {pdfPath}, &out);
    INFO(out.toStdString());
    CHECK(out.count(QStringLiteral("Signature Validation: Signature is Valid.")) == expectedSignatures);
    CHECK(out.count(QStringLiteral("Signature Validation:")) == expectedSignatures);
    // Exactly one signature (the new one) covers the whole file; the earlier ones cover their revisions.
    CHECK(out.count(QStringLiteral("- Total document signed")) == (lastCoversFile ? 1 : 0));
    CHECK(out.count(QStringLiteral("Not total document signed")) == expectedSignatures - (lastCoversFile ? 1 : 0));

    QString check;
    const int qpdfExit = runTool(QStringLiteral("qpdf"), {QStringLiteral("--check"), pdfPath}, &check);
    INFO(check.toStdString());
    CHECK(qpdfExit == 0);
    CHECK_FALSE(check.contains(QStringLiteral("ERROR")));
    CHECK_FALSE(check.contains(QStringLiteral("WARNING")));

    const QByteArray pdf = readFile(pdfPath);
    const ExtractedSignature s = ::lastSignature(pdf);
    CHECK((s.byteRange[2] + s.byteRange[3] == pdf.size()) == lastCoversFile); // the newest covers the whole file
    QTemporaryDir dir;
    const QString cmsFile = dir.filePath(QStringLiteral("sig.der"));
    const QString contentFile = dir.filePath(QStringLiteral("content.bin"));
    writeFile(cmsFile, s.cms);
    writeFile(contentFile, s.content);
    QString verify;
    const int verified =
        runTool(QStringLiteral("openssl"),
                {QStringLiteral("cms"), QStringLiteral("-verify"), QStringLiteral("-binary"), QStringLiteral("-inform"),
                 QStringLiteral("DER"), QStringLiteral("-in"), cmsFile, QStringLiteral("-content"), contentFile,
                 QStringLiteral("-CAfile"), pki.value(QStringLiteral("CA_CHAIN")), QStringLiteral("-purpose"),
                 QStringLiteral("any"), QStringLiteral("-out"), QStringLiteral("/dev/null")},
                &verify);
    INFO(verify.toStdString());
    CHECK(verified == 0);
    QString printed;
    REQUIRE(
        runTool(QStringLiteral("openssl"),
                {QStringLiteral("cms"), QStringLiteral("-cmsout"), QStringLiteral("-print"), QStringLiteral("-inform"),
                 QStringLiteral("DER"), QStringLiteral("-in"), cmsFile, QStringLiteral("-noout")},
                &printed) == 0);
    // Our signed attributes come before the unsigned ones (a B-T token has its own, with a signing time).
    const QString signedPart = printed.left(printed.indexOf(QStringLiteral("unsignedAttrs")));
    CHECK(signedPart.contains(QStringLiteral("signedAttrs")));
    CHECK_FALSE(signedPart.contains(QStringLiteral("signingTime")));
    CHECK(signedPart.contains(QStringLiteral("signingCertificateV2")));

    const CmsFacts facts = cmsFacts(s.cms);
    CHECK(facts.signedAttributeNids ==
          QList<int>{NID_pkcs9_contentType, NID_pkcs9_messageDigest, NID_id_smime_aa_signingCertificateV2});
    CHECK(facts.certificates == 2); // the signer's and the intermediate CA's from the token
    return facts;
}

PadesSignRequest request(const QString& in, const QString& out) {
    PadesSignRequest r;
    r.input = in;
    r.output = out;
    r.reason = QStringLiteral("Phê duyệt văn bản");
    r.location = QStringLiteral("Hà Nội");
    return r;
}

// The RFC 3161 test TSA, started for one test.
class TsaServer {
public:
    TsaServer() {
        auto& pki = test::SoftHsmPki::instance();
        m_process.start(QStringLiteral("python3"), {QStringLiteral(VANBAN_TSA_SERVER), QStringLiteral("--config"),
                                                    pki.value(QStringLiteral("TSA_CONFIG"))});
        REQUIRE(m_process.waitForStarted(10000));
        QByteArray line;
        while (!line.contains('\n') && m_process.waitForReadyRead(30000))
            line += m_process.readAllStandardOutput();
        REQUIRE(line.startsWith("listening on http://127.0.0.1:"));
        m_url = QUrl(QString::fromLatin1(line.mid(int(qstrlen("listening on "))).trimmed()));
    }
    ~TsaServer() {
        m_process.terminate();
        m_process.waitForFinished(30000);
    }
    QUrl url() const { return m_url; }

private:
    QProcess m_process;
    QUrl m_url;
};

QStringList pdfFiles(const QString& dir) {
    QStringList files;
    QDirIterator it(dir, {QStringLiteral("*.pdf")}, QDir::Files);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

int pdfsigCount(const QString& path) {
    QString out;
    runTool(QStringLiteral("pdfsig"), {path}, &out);
    return int(out.count(QStringLiteral("Signature Validation:")));
}

} // namespace

TEST_CASE("Every input PDF is signed as an incremental update that pdfsig, qpdf and openssl cms accept") {
    VANBAN_REQUIRE_SOFTHSM();
    if (!QDir(kInputs).exists()) {
        WARN("no test PDFs at " + kInputs.toStdString() + ": skipped");
        return;
    }
    Pkcs11Signer signer = openSigner(QStringLiteral("leader-rsa2048"));
    REQUIRE(signer.login(pin("123456")).ok());
    QTemporaryDir dir;
    const QStringList files = pdfFiles(kInputs);
    REQUIRE(files.size() >= 10);
    for (const QString& file : files) {
        const QString name = QFileInfo(file).fileName();
        SECTION(name.toStdString()) {
            const int before = pdfsigCount(file);
            const QString out = dir.filePath(name);
            PadesSignRequest r = request(file, out);
            r.role = SignatureRole::Leader;
            r.image = testImage(true);
            const bool hasEmptyField = name.contains(QStringLiteral("field"));
            if (!hasEmptyField) {
                r.page = name == QLatin1String("minimal-two-pages.pdf") ? 1 : 0;
                r.rect = QRectF(60, 60, 160, 60);
            }
            auto result = PadesSigner(signer).sign(r);
            INFO((result ? std::string() : result.error().message.toStdString()));
            REQUIRE(result.ok());
            CHECK(result->attempts == 1);
            const QByteArray original = readFile(file);
            const QByteArray signedPdf = readFile(out);
            CHECK(signedPdf.startsWith(original)); // an incremental update: the original bytes untouched
            validate(out, before + 1);
            if (hasEmptyField) // the existing empty field was filled, not a new one added
                CHECK_FALSE(result->fieldName.startsWith(QStringLiteral("Signature")));
        }
    }
}

TEST_CASE("The cross-reference section has the flavour of the input's") {
    VANBAN_REQUIRE_SOFTHSM();
    if (!QDir(kInputs).exists()) {
        WARN("no test PDFs: skipped");
        return;
    }
    Pkcs11Signer signer = openSigner(QStringLiteral("leader-p256"));
    REQUIRE(signer.login(pin("123456")).ok());
    QTemporaryDir dir;
    for (const auto& [name, stream] :
         {std::pair{"minimal.pdf", false}, std::pair{"minimal-xref.pdf", true},
          std::pair{"minimal-hybrid-xref.pdf", false}, std::pair{"uncompressed-objstream-sample.pdf", true}}) {
        const QString in = kInputs + QLatin1Char('/') + QLatin1String(name);
        const QString out = dir.filePath(QLatin1String(name));
        auto result = PadesSigner(signer).sign(request(in, out));
        REQUIRE(result.ok());
        const QByteArray update = readFile(out).mid(readFile(in).size());
        INFO(name);
        CHECK(update.contains("/Type /XRef") == stream);
        CHECK(update.contains("\nxref\n") == !stream);
        CHECK(update.contains("/Prev "));
        validate(out, 1); // invisible signature (no rectangle, no empty field)
    }
}

TEST_CASE("Each key type signs: RSA-2048, RSA-3072 (PKCS#1 v1.5 and PSS) and P-256") {
    VANBAN_REQUIRE_SOFTHSM();
    QTemporaryDir dir;
    const QString in = kInputs + QStringLiteral("/minimal.pdf");
    if (!QFile::exists(in)) {
        WARN("no test PDFs: skipped");
        return;
    }
    struct Case {
        const char* label;
        SignatureScheme scheme;
    };
    for (const Case& c :
         {Case{"leader-rsa2048", SignatureScheme::RsaPkcs1v15}, Case{"agency-rsa3072", SignatureScheme::RsaPkcs1v15},
          Case{"agency-rsa3072", SignatureScheme::RsaPss}, Case{"leader-p256", SignatureScheme::Ecdsa}}) {
        INFO(c.label << " scheme " << int(c.scheme));
        Pkcs11Signer signer = openSigner(QString::fromLatin1(c.label));
        REQUIRE(signer.setScheme(c.scheme).ok());
        REQUIRE(signer.login(pin("123456")).ok());
        const QString out = dir.filePath(QStringLiteral("%1-%2.pdf").arg(QLatin1String(c.label)).arg(int(c.scheme)));
        PadesSignRequest r = request(in, out);
        r.role = SignatureRole::Agency;
        r.image = testImage(false);
        r.rect = QRectF(90, 40, 200, 70);
        auto result = PadesSigner(signer).sign(r);
        INFO((result ? std::string() : result.error().message.toStdString()));
        REQUIRE(result.ok());
        validate(out, 1);
        QString fonts;
        REQUIRE(runTool(QStringLiteral("pdffonts"), {out}, &fonts) == 0);
        INFO(fonts.toStdString());
        // Embedded as a subset ("ABCDEF+" names it), with a ToUnicode map.
        CHECK(fonts.contains(QRegularExpression(
            QStringLiteral("[A-Z]{6}\\+LiberationSerif\\s+CID TrueType\\s+Identity-H\\s+yes\\s+yes\\s+yes"))));
    }
}

TEST_CASE("Leader then agency with the number stamped: the leader's signature stays valid") {
    VANBAN_REQUIRE_SOFTHSM();
    const QString in = kInputs + QStringLiteral("/minimal.pdf");
    if (!QFile::exists(in)) {
        WARN("no test PDFs: skipped");
        return;
    }
    QTemporaryDir dir;
    const QString leaderOut = dir.filePath(QStringLiteral("leader.pdf"));
    const QString agencyOut = dir.filePath(QStringLiteral("agency.pdf"));
    {
        Pkcs11Signer leader = openSigner(QStringLiteral("leader-rsa2048"));
        REQUIRE(leader.login(pin("123456")).ok());
        PadesSignRequest r = request(in, leaderOut);
        r.role = SignatureRole::Leader;
        r.image = testImage(true);
        r.rect = QRectF(150, 10, 140, 50);
        REQUIRE(PadesSigner(leader).sign(r).ok());
        validate(leaderOut, 1);
    }
    Pkcs11Signer agency = openSigner(QStringLiteral("agency-rsa3072"));
    REQUIRE(agency.login(pin("123456")).ok());
    PadesSignRequest r = request(leaderOut, agencyOut);
    r.role = SignatureRole::Agency;
    r.image = testImage(true);
    r.rect = QRectF(110, 5, 170, 55); // overlapping the leader's image on the left
    NumberStamp stamp;
    stamp.lines = {QStringLiteral("Số: 12/QĐ-UBND"), QStringLiteral("Hà Nội, ngày 01 tháng 6 năm 2025")};
    stamp.rect = QRectF(10, 100, 200, 36);
    r.stamp = stamp;
    auto result = PadesSigner(agency).sign(r);
    INFO((result ? std::string() : result.error().message.toStdString()));
    REQUIRE(result.ok());
    validate(agencyOut, 2);
    const QByteArray leaderBytes = readFile(leaderOut);
    CHECK(readFile(agencyOut).startsWith(leaderBytes));
    // The stamped text is in the page content now (Poppler extracts it through the ToUnicode map).
    QString text;
    REQUIRE(runTool(QStringLiteral("pdftotext"), {agencyOut, QStringLiteral("-")}, &text) == 0);
    CHECK(text.contains(QStringLiteral("12/QĐ-UBND")));
    CHECK(text.contains(QStringLiteral("Hà Nội, ngày 01 tháng 6 năm 2025")));
}

TEST_CASE("B-T: the signature time-stamp token verifies with openssl ts -verify") {
    VANBAN_REQUIRE_SOFTHSM();
    const QString in = kInputs + QStringLiteral("/minimal-xref.pdf");
    if (!QFile::exists(in)) {
        WARN("no test PDFs: skipped");
        return;
    }
    TsaServer tsa;
    QTemporaryDir dir;
    Pkcs11Signer signer = openSigner(QStringLiteral("leader-p256"));
    REQUIRE(signer.login(pin("123456")).ok());
    const QString out = dir.filePath(QStringLiteral("bt.pdf"));
    PadesSignRequest r = request(in, out);
    r.level = PadesLevel::BaselineT;
    r.tsaUrl = tsa.url();
    r.role = SignatureRole::Attachment;
    r.documentNumber = QStringLiteral("12/QĐ-UBND");
    auto result = PadesSigner(signer).sign(r);
    INFO((result ? std::string() : result.error().message.toStdString()));
    REQUIRE(result.ok());
    CHECK(result->level == PadesLevel::BaselineT);
    const CmsFacts facts = validate(out, 1);
    REQUIRE_FALSE(facts.timestampToken.isEmpty());
    const QString token = dir.filePath(QStringLiteral("token.der"));
    writeFile(token, facts.timestampToken);
    const QByteArray imprint = QCryptographicHash::hash(facts.signatureValue, QCryptographicHash::Sha256).toHex();
    QString out2;
    const int verified = runTool(QStringLiteral("openssl"),
                                 {QStringLiteral("ts"), QStringLiteral("-verify"), QStringLiteral("-in"), token,
                                  QStringLiteral("-token_in"), QStringLiteral("-digest"), QString::fromLatin1(imprint),
                                  QStringLiteral("-CAfile"), pki.value(QStringLiteral("ROOT_CA")),
                                  QStringLiteral("-untrusted"), pki.value(QStringLiteral("INTERMEDIATE_CA"))},
                                 &out2);
    INFO(out2.toStdString());
    CHECK(verified == 0);
    CHECK(out2.contains(QStringLiteral("Verification: OK")));

    // A TSA that does not answer is an External error, and no output is left behind.
    const QString none = dir.filePath(QStringLiteral("no-tsa.pdf"));
    PadesSignRequest broken = request(in, none);
    broken.level = PadesLevel::BaselineT;
    broken.tsaUrl = QUrl(QStringLiteral("http://127.0.0.1:1/tsa"));
    auto failed = PadesSigner(signer).sign(broken);
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().code == ErrorCode::External);
    CHECK_FALSE(QFile::exists(none));
}

TEST_CASE("Vietnamese signature text is set in an embedded font subset that Poppler extracts and renders") {
    VANBAN_REQUIRE_SOFTHSM();
    QTemporaryDir dir;
    const QString in = dir.filePath(QStringLiteral("in.pdf"));
    REQUIRE(runTool(QStringLiteral("python3"), {QStringLiteral(VANBAN_PDF_FIXTURE), QStringLiteral("make-pdf"), in}) ==
            0);
    Pkcs11Signer signer = openSigner(QStringLiteral("leader-rsa2048"));
    REQUIRE(signer.login(pin("123456")).ok());
    const QString out = dir.filePath(QStringLiteral("signed.pdf"));
    PadesSignRequest r = request(in, out);
    r.role = SignatureRole::Attachment; // text only: the first line, then the signing time
    r.documentNumber = QStringLiteral("CHỦ TỊCH Nguyễn Văn Đức, ký ngày 01/06/2025");
    auto result = PadesSigner(signer).sign(r);
    INFO((result ? std::string() : result.error().message.toStdString()));
    REQUIRE(result.ok());
    validate(out, 1);

    // Size: the CMS placeholder (16 KiB of DER, hex-encoded) and a few KB of font, not the whole 211 KB font.
    const qint64 added = QFileInfo(out).size() - QFileInfo(in).size();
    INFO("the signature adds " << added << " bytes");
    CHECK(added < 50000);

    QString fonts;
    REQUIRE(runTool(QStringLiteral("pdffonts"), {out}, &fonts) == 0);
    INFO(fonts.toStdString());
    CHECK(QRegularExpression(QStringLiteral("^[A-Z]{6}\\+LiberationSerif\\s+CID TrueType\\s+Identity-H\\s+yes yes yes"),
                             QRegularExpression::MultilineOption)
              .match(fonts)
              .hasMatch());

    QString text;
    REQUIRE(runTool(QStringLiteral("pdftotext"),
                    {QStringLiteral("-enc"), QStringLiteral("UTF-8"), out, QStringLiteral("-")}, &text) == 0);
    CHECK(text.contains(r.documentNumber));
    CHECK(text.contains(PadesSigner::isoVietnamTime(result->signingTime)));

    QString rendered;
    CHECK(runTool(QStringLiteral("pdftoppm"),
                  {QStringLiteral("-r"), QStringLiteral("72"), out, dir.filePath(QStringLiteral("page"))},
                  &rendered) == 0);
    CHECK(rendered.isEmpty()); // no warning about the font or the file
}

TEST_CASE("Too small a /Contents placeholder is redone bigger, never truncated") {
    VANBAN_REQUIRE_SOFTHSM();
    const QString in = kInputs + QStringLiteral("/minimal.pdf");
    if (!QFile::exists(in)) {
        WARN("no test PDFs: skipped");
        return;
    }
    QTemporaryDir dir;
    Pkcs11Signer signer = openSigner(QStringLiteral("agency-rsa3072"));
    REQUIRE(signer.login(pin("123456")).ok());
    const QString out = dir.filePath(QStringLiteral("small.pdf"));
    PadesSignRequest r = request(in, out);
    r.initialContentsBytes = 256; // the test hook: far less than a CMS with two certificates
    auto result = PadesSigner(signer).sign(r);
    REQUIRE(result.ok());
    CHECK(result->attempts == 2);
    CHECK(result->contentsBytes >= result->cmsBytes);
    validate(out, 1);
}

TEST_CASE("A 40 MB PDF is signed by streaming it, then stamped and signed again in place") {
    VANBAN_REQUIRE_SOFTHSM();
    QTemporaryDir dir;
    const QString original = dir.filePath(QStringLiteral("original.pdf"));
    const QString path = dir.filePath(QStringLiteral("large.pdf"));
    REQUIRE(runTool(QStringLiteral("python3"), {QStringLiteral(VANBAN_PDF_FIXTURE), QStringLiteral("make-pdf"),
                                                original, QStringLiteral("--size"), QString::number(40 << 20)}) == 0);
    const QByteArray originalBytes = readFile(original);
    REQUIRE(originalBytes.size() >= (40 << 20) - 4096);

    QByteArray onceBytes;
    {
        // One signer at a time: two modules of the same library cannot be alive together (see Pkcs11Module).
        Pkcs11Signer leader = openSigner(QStringLiteral("leader-rsa2048"));
        REQUIRE(leader.login(pin("123456")).ok());
        PadesSignRequest first = request(original, path);
        first.role = SignatureRole::Leader;
        first.image = testImage(true);
        first.rect = QRectF(150, 10, 140, 50);
        auto signedOnce = PadesSigner(leader).sign(first);
        INFO((signedOnce ? std::string() : signedOnce.error().message.toStdString()));
        REQUIRE(signedOnce.ok());
        CHECK(signedOnce->attempts == 1);
        onceBytes = readFile(path);
        CHECK(onceBytes.startsWith(originalBytes));
        CHECK(onceBytes.size() - originalBytes.size() < 1024 * 1024); // only the update was appended
        validate(path, 1);
    }

    // The output is the input: the copy is made before the rename replaces it, and its permissions are kept.
    REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup));
    const auto permissions = QFile::permissions(path);
    Pkcs11Signer agency = openSigner(QStringLiteral("agency-rsa3072"));
    REQUIRE(agency.login(pin("123456")).ok());
    PadesSignRequest second = request(path, path);
    second.role = SignatureRole::Agency;
    second.image = testImage(true);
    second.rect = QRectF(110, 5, 170, 55);
    NumberStamp stamp;
    stamp.lines = {QStringLiteral("Số: 12/QĐ-UBND")};
    stamp.rect = QRectF(10, 100, 200, 20);
    second.stamp = stamp;
    auto signedTwice = PadesSigner(agency).sign(second);
    INFO((signedTwice ? std::string() : signedTwice.error().message.toStdString()));
    REQUIRE(signedTwice.ok());
    CHECK(readFile(path).startsWith(onceBytes)); // the leader's revision untouched
    validate(path, 2);
    CHECK(QFile::permissions(path) == permissions);
    CHECK(QDir(dir.path()).entryList(QDir::Files) ==
          QStringList{QStringLiteral("large.pdf"), QStringLiteral("original.pdf")}); // no temporary file left
}

TEST_CASE("Malformed PDFs are refused with a clear message and no output file") {
    VANBAN_REQUIRE_SOFTHSM();
    if (!QDir(kMalformed).exists()) {
        WARN("no malformed test PDFs: skipped");
        return;
    }
    Pkcs11Signer signer = openSigner(QStringLiteral("leader-rsa2048"));
    REQUIRE(signer.login(pin("123456")).ok());
    QTemporaryDir dir;
    const QStringList files = pdfFiles(kMalformed);
    REQUIRE(files.size() >= 6);
    for (const QString& file : files) {
        const QString name = QFileInfo(file).fileName();
        INFO(name.toStdString());
        const QString out = dir.filePath(name);
        PadesSignRequest r = request(file, out);
        r.rect = QRectF(60, 60, 160, 60);
        auto result = PadesSigner(signer).sign(r);
        REQUIRE_FALSE(result.ok());
        INFO(result.error().message.toStdString());
        CHECK(result.error().code == ErrorCode::Invalid);
        CHECK(result.error().message.contains(name));
        CHECK_FALSE(QFile::exists(out));
        CHECK(QDir(dir.path()).entryList(QDir::Files).isEmpty()); // no temporary file left either
    }
}

TEST_CASE("A wrong PIN is one C_Login and a permission error; an expired certificate is refused") {
    VANBAN_REQUIRE_SOFTHSM();
    {
        Pkcs11Signer signer = openSigner(QStringLiteral("leader-rsa2048"), true);
        Status login = signer.login(pin("000000"));
        REQUIRE_FALSE(login.ok());
        CHECK(login.error().code == ErrorCode::Permission);
        CHECK(LoginCounter::logins.size() == 1);
    }
    Pkcs11Signer expired = openSigner(QStringLiteral("expired-rsa2048"));
    Status valid = PadesSigner::checkCertificate(expired.certificate(), QDateTime::currentDateTimeUtc());
    REQUIRE_FALSE(valid.ok());
    CHECK(valid.error().message.contains(QStringLiteral("expired")));
    // Valid at a time inside its validity (2020-2021).
    CHECK(
        PadesSigner::checkCertificate(expired.certificate(), QDateTime(QDate(2020, 6, 1), QTime(0, 0), Qt::UTC)).ok());
    CHECK(PadesSigner::pdfDate(QDateTime(QDate(2025, 6, 1), QTime(3, 4, 5), Qt::UTC)) == "D:20250601100405+07'00'");
    CHECK(PadesSigner::isoVietnamTime(QDateTime(QDate(2025, 6, 1), QTime(3, 4, 5), Qt::UTC)) ==
          QStringLiteral("2025-06-01T10:04:05+07:00"));
}

TEST_CASE("vanban-cli sign end to end with --json, wrong PIN and expired certificate") {
    VANBAN_REQUIRE_SOFTHSM();
    const QString in = kInputs + QStringLiteral("/minimal.pdf");
    if (!QFile::exists(in)) {
        WARN("no test PDFs: skipped");
        return;
    }
    QTemporaryDir dir;
    // A transparent PNG written with python3's zlib (the test links no image library).
    const QString png = dir.filePath(QStringLiteral("seal.png"));
    REQUIRE(runTool(QStringLiteral("python3"),
                    {QStringLiteral("-c"),
                     QStringLiteral(
                         "import struct,sys,zlib\n"
                         "w,h=64,64\n"
                         "raw=b''.join(b'\\x00'+b''.join(bytes([200,20,20,255 if (x-32)**2+(y-32)**2<900 else 0]) "
                         "for x in range(w)) for y in range(h))\n"
                         "def chunk(t,d): return struct.pack('>I',len(d))+t+d+struct.pack('>I',zlib.crc32(t+d))\n"
                         "open(sys.argv[1],'wb').write(b'\\x89PNG\\r\\n\\x1a\\n'+chunk(b'IHDR',struct.pack('>IIBBBBB',"
                         "w,h,8,6,0,0,0))+chunk(b'IDAT',zlib.compress(raw))+chunk(b'IEND',b''))\n"),
                     png}) == 0);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SOFTHSM2_CONF"), pki.value(QStringLiteral("SOFTHSM2_CONF")));
    env.insert(QStringLiteral("VANBAN_PIN"), QStringLiteral("123456"));
    const QStringList common = {QStringLiteral("sign"),    QStringLiteral("--pkcs11-module"), pki.modulePath(),
                                QStringLiteral("--token"), QStringLiteral("VanBan Test"),     QStringLiteral("--json")};

    const QString out = dir.filePath(QStringLiteral("cli.pdf"));
    QString output;
    int exit = runTool(
        QStringLiteral(VANBAN_CLI),
        common + QStringList{QStringLiteral("--in"), in, QStringLiteral("--out"), out, QStringLiteral("--key-label"),
                             QStringLiteral("agency-rsa3072"), QStringLiteral("--role"), QStringLiteral("agency"),
                             QStringLiteral("--image"), png, QStringLiteral("--anchor"), QStringLiteral("Hello"),
                             QStringLiteral("--number"), QStringLiteral("12/QĐ-UBND"), QStringLiteral("--stamp-rect"),
                             QStringLiteral("10,110,200,30"), QStringLiteral("--reason"), QStringLiteral("Ban hành")},
        &output, env);
    INFO(output.toStdString());
    REQUIRE(exit == 0);
    const QJsonObject json = QJsonDocument::fromJson(output.toUtf8()).object();
    CHECK(json.value(QStringLiteral("out")).toString() == QFileInfo(out).absoluteFilePath());
    CHECK(json.value(QStringLiteral("signatureField")).toString() == QStringLiteral("Signature1"));
    CHECK(json.value(QStringLiteral("level")).toString() == QStringLiteral("B-B"));
    CHECK(json.value(QStringLiteral("signer")).toString() == QStringLiteral("UBND xã Thử Nghiệm"));
    CHECK(json.value(QStringLiteral("signingTime")).toString().endsWith(QStringLiteral("+07:00")));
    validate(out, 1);

    // Wrong PIN: exit 4, no output.
    env.insert(QStringLiteral("VANBAN_PIN"), QStringLiteral("999999"));
    const QString wrong = dir.filePath(QStringLiteral("wrong.pdf"));
    exit = runTool(QStringLiteral(VANBAN_CLI),
                   common + QStringList{QStringLiteral("--in"), in, QStringLiteral("--out"), wrong,
                                        QStringLiteral("--key-label"), QStringLiteral("leader-rsa2048"),
                                        QStringLiteral("--role"), QStringLiteral("leader")},
                   &output, env);
    INFO(output.toStdString());
    CHECK(exit == 4);
    CHECK_FALSE(QFile::exists(wrong));

    // Expired certificate: refused before any PIN is needed (none is given here), exit 2.
    env.remove(QStringLiteral("VANBAN_PIN"));
    const QString expired = dir.filePath(QStringLiteral("expired.pdf"));
    exit = runTool(QStringLiteral(VANBAN_CLI),
                   common + QStringList{QStringLiteral("--in"), in, QStringLiteral("--out"), expired,
                                        QStringLiteral("--key-label"), QStringLiteral("expired-rsa2048"),
                                        QStringLiteral("--role"), QStringLiteral("leader"), QStringLiteral("--lang"),
                                        QStringLiteral("en")},
                   &output, env);
    INFO(output.toStdString());
    CHECK(exit == 2);
    CHECK(output.contains(QStringLiteral("expired")));
    CHECK_FALSE(QFile::exists(expired));
}

// --- B-LT ---------------------------------------------------------------------------------------------------------

namespace {
// The test PKI's OCSP responder and CRL server on the loopback address its certificates name, for one test.
class RevocationServer {
public:
    RevocationServer() {
        auto& pki = test::SoftHsmPki::instance();
        auto v = [&](const char* key) { return pki.value(QString::fromLatin1(key)); };
        m_process.start(QStringLiteral("python3"),
                        {QStringLiteral(VANBAN_REVOCATION_SERVER), QStringLiteral("--host"), v("REVOCATION_HOST"),
                         QStringLiteral("--port"), v("REVOCATION_PORT"), QStringLiteral("--index"), v("OCSP_INDEX"),
                         QStringLiteral("--ca"), v("INTERMEDIATE_CA"), QStringLiteral("--rsigner"), v("OCSP_CERT"),
                         QStringLiteral("--rkey"), v("OCSP_KEY"), QStringLiteral("--crl-dir"), v("CRL_DIR")});
        REQUIRE(m_process.waitForStarted(10000));
        QByteArray line;
        while (!line.contains('\n') && m_process.waitForReadyRead(30000))
            line += m_process.readAllStandardOutput();
        INFO(m_process.readAllStandardError().toStdString());
        REQUIRE(line.startsWith("listening on http://127."));
    }
    ~RevocationServer() {
        m_process.terminate();
        m_process.waitForFinished(30000);
    }

private:
    QProcess m_process;
};

QList<QByteArray> rootAnchor() {
    return TrustStore::readCertificates(readFile(test::SoftHsmPki::instance().value(QStringLiteral("ROOT_CA"))));
}

QByteArray pemToDer(const QString& path) {
    const QList<QByteArray> certs = TrustStore::readCertificates(readFile(path));
    REQUIRE(certs.size() == 1);
    return certs.first();
}

PdfVerificationReport verifyOffline(const QString& path) {
    VerifyOptions options;
    options.trustAnchors = rootAnchor();
    options.online = false;
    auto report = PdfSignatureVerifier(options).verifyFile(path);
    INFO((report ? QString() : report.error().message).toStdString());
    REQUIRE(report.ok());
    return *report;
}

PadesSignRequest ltRequest(const QString& in, const QString& out, const QUrl& tsa) {
    PadesSignRequest r = request(in, out);
    r.level = PadesLevel::BaselineLT;
    r.tsaUrl = tsa;
    r.trustAnchors = rootAnchor();
    r.networkTimeoutMs = 5000;
    return r;
}
} // namespace

TEST_CASE("B-LT: the DSS holds OCSP responses and CRLs of both chains and verifies offline", "[lt]") {
    VANBAN_REQUIRE_SOFTHSM();
    const QString in = kInputs + QStringLiteral("/minimal-xref.pdf");
    if (!QFile::exists(in)) {
        WARN("no test PDFs: skipped");
        return;
    }
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("blt.pdf"));
    {
        TsaServer tsa;
        RevocationServer revocation;
        Pkcs11Signer signer = openSigner(QStringLiteral("leader-rsa2048"));
        REQUIRE(signer.login(pin("123456")).ok());
        PadesSignRequest r = ltRequest(in, out, tsa.url());
        r.rect = QRectF(60, 60, 160, 60);
        r.image = testImage(true);
        auto result = PadesSigner(signer).sign(r);
        INFO((result ? std::string() : result.error().message.toStdString()));
        REQUIRE(result.ok());
        CHECK(result->level == PadesLevel::BaselineLT);
        // signer, intermediate, root, TSA, OCSP responder; OCSP for the signer and the TSA; the root's CRL for the
        // intermediate CA.
        CHECK(result->dssCertificates == 5);
        CHECK(result->dssOcspResponses == 2);
        CHECK(result->dssCrls == 1);
        CHECK(result->revocationSources.size() == 3);
    } // the responders and the TSA stop here: what follows is offline

    validate(out, 1, /*lastCoversFile=*/false);
    const QByteArray pdf = readFile(out);
    CHECK(pdf.startsWith(readFile(in)));
    // Two revisions were appended (signature, DSS), both in the input's flavour (an xref stream) with /Prev.
    const QByteArray appended = pdf.mid(readFile(in).size());
    CHECK(appended.count("/Type /XRef") == 2);
    CHECK(appended.count("/Prev ") == 2);
    CHECK_FALSE(appended.contains("\nxref\n"));
    // The same /ID in both new trailers as in the original.
    const QRegularExpression id(QStringLiteral("/ID\\s*\\[\\s*<([0-9A-Fa-f]+)>"));
    QStringList ids;
    for (auto it = id.globalMatch(QString::fromLatin1(pdf)); it.hasNext();)
        ids << it.next().captured(1).toLower();
    REQUIRE(ids.size() >= 3);
    CHECK(ids.count(ids.first()) == ids.size());

    auto parsed = PdfSignatureParser::parse(pdf);
    REQUIRE(parsed.ok());
    REQUIRE(parsed->signatures.size() == 1);
    const PdfSecurityStore& dss = parsed->dss;
    CHECK(dss.present);
    CHECK(dss.vriKeys == QList<QByteArray>{PdfDssUpdate::vriKey(parsed->signatures[0].contents)});
    CHECK(dss.certificates.contains(pemToDer(pki.certificatePem(QStringLiteral("leader-rsa2048")))));
    CHECK(dss.certificates.contains(pemToDer(pki.value(QStringLiteral("INTERMEDIATE_CA")))));
    CHECK(dss.certificates.contains(pemToDer(pki.value(QStringLiteral("TSA_CERT")))));
    CHECK(dss.certificates.contains(pemToDer(pki.value(QStringLiteral("OCSP_CERT")))));

    // Our verifier, offline: not revoked from the document's data, level B-LT, the DSS revision allowed.
    const PdfVerificationReport report = verifyOffline(out);
    REQUIRE(report.signatures.size() == 1);
    const SignatureVerification& s = report.signatures[0];
    INFO(s.message.toStdString() << " / " << s.revocationDetail.toStdString());
    CHECK(s.level == SignatureLevel::BLT);
    CHECK(s.revocation == RevocationStatus::Good);
    CHECK(s.revocationDetail.contains(QStringLiteral("OCSP response in the document")));
    CHECK_FALSE(s.modifiedAfterSigning);
    CHECK_FALSE(s.coversWholeDocument);
    CHECK(s.changes.join(QLatin1Char(' ')).contains(QStringLiteral("Validation data (DSS) was added")));
    CHECK(report.allValid());

    // The CLI says the same in JSON and in its text.
    QTemporaryDir anchors;
    REQUIRE(QFile::copy(pki.value(QStringLiteral("ROOT_CA")), anchors.filePath(QStringLiteral("root.pem"))));
    QString output;
    const int exit = runTool(QStringLiteral(VANBAN_CLI),
                             {QStringLiteral("verify"), out, QStringLiteral("--trust-anchors"), anchors.path(),
                              QStringLiteral("--offline"), QStringLiteral("--json")},
                             &output);
    INFO(output.toStdString());
    CHECK(exit == 0);
    const QJsonObject first = QJsonDocument::fromJson(output.toUtf8())
                                  .object()
                                  .value(QStringLiteral("signatures"))
                                  .toArray()
                                  .first()
                                  .toObject();
    CHECK(first.value(QStringLiteral("level")).toString() == QStringLiteral("B-LT"));
    CHECK(first.value(QStringLiteral("revocation")).toString() == QStringLiteral("good"));
    CHECK(first.value(QStringLiteral("revocationFromDocument")).toBool());
    runTool(QStringLiteral(VANBAN_CLI),
            {QStringLiteral("verify"), out, QStringLiteral("--trust-anchors"), anchors.path(),
             QStringLiteral("--offline"), QStringLiteral("--lang"), QStringLiteral("vi")},
            &output);
    CHECK(output.contains(QStringLiteral("PAdES B-LT")));
}

TEST_CASE("B-LT: an unreachable responder, or a missing root, fails with the certificate named and no output", "[lt]") {
    VANBAN_REQUIRE_SOFTHSM();
    const QString in = kInputs + QStringLiteral("/minimal.pdf");
    if (!QFile::exists(in)) {
        WARN("no test PDFs: skipped");
        return;
    }
    QTemporaryDir dir;
    TsaServer tsa; // the TSA answers; the OCSP responder and the CRL server are not running
    Pkcs11Signer signer = openSigner(QStringLiteral("leader-rsa2048"));
    REQUIRE(signer.login(pin("123456")).ok());
    const QString out = dir.filePath(QStringLiteral("unreachable.pdf"));
    QElapsedTimer timer;
    timer.start();
    auto failed = PadesSigner(signer).sign(ltRequest(in, out, tsa.url()));
    REQUIRE_FALSE(failed.ok());
    INFO(failed.error().message.toStdString());
    CHECK(failed.error().code == ErrorCode::External);
    CHECK(failed.error().message.contains(QStringLiteral("“Nguyễn Văn An”")));
    CHECK(failed.error().message.contains(test::SoftHsmPki::instance().value(QStringLiteral("REVOCATION_HOST"))));
    CHECK(timer.elapsed() < 30000);
    CHECK_FALSE(QFile::exists(out));
    CHECK(QDir(dir.path()).entryList(QDir::Files).isEmpty());

    // No trust anchors: the intermediate CA's issuer (the root) is unknown; the message says what to do.
    RevocationServer revocation;
    PadesSignRequest noRoot = ltRequest(in, out, tsa.url());
    noRoot.trustAnchors.clear();
    auto refused = PadesSigner(signer).sign(noRoot);
    REQUIRE_FALSE(refused.ok());
    INFO(refused.error().message.toStdString());
    CHECK(refused.error().message.contains(QStringLiteral("VanBan Test Intermediate CA")));
    CHECK(refused.error().message.contains(QStringLiteral("trust import")));
    CHECK_FALSE(QFile::exists(out));

    // B-LT without a TSA address is refused before anything is signed.
    PadesSignRequest noTsa = ltRequest(in, out, QUrl());
    auto noTimestamp = PadesSigner(signer).sign(noTsa);
    REQUIRE_FALSE(noTimestamp.ok());
    CHECK(noTimestamp.error().field == QStringLiteral("tsa"));
}

TEST_CASE("B-LT with a revoked certificate is refused; verify reports a B-T signature of it revoked", "[lt]") {
    VANBAN_REQUIRE_SOFTHSM();
    const QString in = kInputs + QStringLiteral("/minimal.pdf");
    if (!QFile::exists(in)) {
        WARN("no test PDFs: skipped");
        return;
    }
    QTemporaryDir dir;
    TsaServer tsa;
    RevocationServer revocation;
    Pkcs11Signer signer = openSigner(QStringLiteral("revoked-p256"));
    REQUIRE(signer.login(pin("123456")).ok());
    const QString out = dir.filePath(QStringLiteral("revoked.pdf"));
    auto refused = PadesSigner(signer).sign(ltRequest(in, out, tsa.url()));
    REQUIRE_FALSE(refused.ok());
    INFO(refused.error().message.toStdString());
    CHECK(refused.error().code == ErrorCode::Invalid);
    CHECK(refused.error().message.contains(QStringLiteral("“Đinh Văn Khoa” was revoked")));
    CHECK_FALSE(QFile::exists(out));

    // B-T does not look at revocation; the verifier (online, the responder running) finds it revoked.
    const QString bt = dir.filePath(QStringLiteral("revoked-bt.pdf"));
    PadesSignRequest r = request(in, bt);
    r.level = PadesLevel::BaselineT;
    r.tsaUrl = tsa.url();
    REQUIRE(PadesSigner(signer).sign(r).ok());
    VerifyOptions online;
    online.trustAnchors = rootAnchor();
    online.networkTimeoutMs = 5000;
    auto report = PdfSignatureVerifier(online).verifyFile(bt);
    REQUIRE(report.ok());
    const SignatureVerification& s = report->signatures.first();
    INFO(s.revocationDetail.toStdString());
    CHECK(s.revocation == RevocationStatus::Revoked);
    CHECK(s.revocationDetail.contains(QStringLiteral("/ocsp")));
    CHECK(s.level == SignatureLevel::BT);
    CHECK_FALSE(report->allValid());
}

TEST_CASE("B-LT twice: the second signature extends the DSS without duplicates; both verify offline", "[lt]") {
    VANBAN_REQUIRE_SOFTHSM();
    const QString in = kInputs + QStringLiteral("/minimal.pdf");
    if (!QFile::exists(in)) {
        WARN("no test PDFs: skipped");
        return;
    }
    QTemporaryDir dir;
    const QString leaderOut = dir.filePath(QStringLiteral("leader-lt.pdf"));
    const QString agencyOut = dir.filePath(QStringLiteral("agency-lt.pdf"));
    {
        TsaServer tsa;
        RevocationServer revocation;
        { // one token module loaded at a time (two instances of the same library do not coexist)
            Pkcs11Signer leader = openSigner(QStringLiteral("leader-rsa2048"));
            REQUIRE(leader.login(pin("123456")).ok());
            PadesSignRequest first = ltRequest(in, leaderOut, tsa.url());
            first.rect = QRectF(150, 10, 140, 50);
            REQUIRE(PadesSigner(leader).sign(first).ok());
        }

        Pkcs11Signer agency = openSigner(QStringLiteral("agency-rsa3072"));
        REQUIRE(agency.login(pin("123456")).ok());
        PadesSignRequest second = ltRequest(leaderOut, agencyOut, tsa.url());
        second.role = SignatureRole::Agency;
        second.rect = QRectF(110, 5, 170, 55);
        auto result = PadesSigner(agency).sign(second);
        INFO((result ? std::string() : result.error().message.toStdString()));
        REQUIRE(result.ok());
    }
    validate(agencyOut, 2, /*lastCoversFile=*/false);
    CHECK(readFile(agencyOut).startsWith(readFile(leaderOut)));

    auto parsed = PdfSignatureParser::parse(readFile(agencyOut));
    REQUIRE(parsed.ok());
    REQUIRE(parsed->signatures.size() == 2);
    const PdfSecurityStore& dss = parsed->dss;
    QList<QByteArray> keys = dss.vriKeys;
    std::sort(keys.begin(), keys.end());
    QList<QByteArray> expected{PdfDssUpdate::vriKey(parsed->signatures[0].contents),
                               PdfDssUpdate::vriKey(parsed->signatures[1].contents)};
    std::sort(expected.begin(), expected.end());
    CHECK(keys == expected);
    // The parser also reads the VRI entries' arrays, which point at the same streams: compare the store's arrays.
    const QByteArray text = readFile(agencyOut);
    const qsizetype lastDss = text.lastIndexOf("/Type /DSS");
    REQUIRE(lastDss > 0);
    const QByteArray store = text.mid(lastDss, text.indexOf("endobj", lastDss) - lastDss);
    const auto refsIn = [&](const char* key) {
        const qsizetype at = store.indexOf(key);
        REQUIRE(at >= 0);
        return int(store.mid(at, store.indexOf(']', at) - at).count(" R"));
    };
    // six certificates once each (two signers, intermediate, root, TSA, OCSP responder), an OCSP response for each
    // signer and for the TSA at each signing, the root's CRL once.
    CHECK(refsIn("/Certs") == 6);
    CHECK(refsIn("/OCSPs") == 4);
    CHECK(refsIn("/CRLs") == 1);
    QList<QByteArray> certs = dss.certificates;
    CHECK(QSet<QByteArray>(certs.begin(), certs.end()).size() == 6);

    const PdfVerificationReport report = verifyOffline(agencyOut);
    REQUIRE(report.signatures.size() == 2);
    for (const SignatureVerification& s : report.signatures) {
        INFO(s.field.toStdString() << ": " << s.message.toStdString() << " / " << s.revocationDetail.toStdString());
        CHECK(s.level == SignatureLevel::BLT);
        CHECK(s.revocation == RevocationStatus::Good);
        CHECK_FALSE(s.modifiedAfterSigning);
        CHECK(s.valid());
    }
}

TEST_CASE("vanban-cli sign --level B-LT: JSON with the DSS counts; without --tsa exit 2; responder down exit 6",
          "[lt]") {
    VANBAN_REQUIRE_SOFTHSM();
    const QString in = kInputs + QStringLiteral("/minimal.pdf");
    if (!QFile::exists(in)) {
        WARN("no test PDFs: skipped");
        return;
    }
    QTemporaryDir dir;
    QTemporaryDir anchors;
    REQUIRE(QFile::copy(pki.value(QStringLiteral("ROOT_CA")), anchors.filePath(QStringLiteral("root.pem"))));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SOFTHSM2_CONF"), pki.value(QStringLiteral("SOFTHSM2_CONF")));
    env.insert(QStringLiteral("VANBAN_PIN"), QStringLiteral("123456"));
    TsaServer tsa;
    auto sign = [&](const QString& out, const QStringList& extra, QString* output) {
        return runTool(QStringLiteral(VANBAN_CLI),
                       QStringList{QStringLiteral("sign"), QStringLiteral("--pkcs11-module"), pki.modulePath(),
                                   QStringLiteral("--key-label"), QStringLiteral("leader-p256"),
                                   QStringLiteral("--role"), QStringLiteral("leader"), QStringLiteral("--in"), in,
                                   QStringLiteral("--out"), out, QStringLiteral("--level"), QStringLiteral("B-LT"),
                                   QStringLiteral("--trust-anchors"), anchors.path(), QStringLiteral("--lang"),
                                   QStringLiteral("en")} +
                           extra,
                       output, env);
    };
    QString output;
    const QString noTsa = dir.filePath(QStringLiteral("no-tsa.pdf"));
    CHECK(sign(noTsa, {}, &output) == 2);
    CHECK(output.contains(QStringLiteral("time-stamping authority")));
    CHECK_FALSE(QFile::exists(noTsa));

    const QString down = dir.filePath(QStringLiteral("down.pdf"));
    CHECK(sign(down, {QStringLiteral("--tsa"), tsa.url().toString()}, &output) == 6);
    INFO(output.toStdString());
    CHECK(output.contains(QStringLiteral("“Trần Thị Bình”")));
    CHECK_FALSE(QFile::exists(down));

    RevocationServer revocation;
    const QString out = dir.filePath(QStringLiteral("cli-lt.pdf"));
    REQUIRE(sign(out, {QStringLiteral("--tsa"), tsa.url().toString(), QStringLiteral("--json")}, &output) == 0);
    const QJsonObject json = QJsonDocument::fromJson(output.toUtf8()).object();
    CHECK(json.value(QStringLiteral("level")).toString() == QStringLiteral("B-LT"));
    const QJsonObject dss = json.value(QStringLiteral("dss")).toObject();
    CHECK(dss.value(QStringLiteral("certificates")).toInt() == 5);
    CHECK(dss.value(QStringLiteral("ocspResponses")).toInt() == 2);
    CHECK(dss.value(QStringLiteral("crls")).toInt() == 1);
    validate(out, 1, /*lastCoversFile=*/false);
}
