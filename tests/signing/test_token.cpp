// PKCS#11 token access against the SoftHSM2 test PKI: listing, selection, signing with each key type (verified with
// OpenSSL against the certificate's public key), PIN handling, and `vanban-cli token list --json`.
#include "signing/Pkcs11Signer.h"
#include "support/LoginCounter.h"
#include "support/SoftHsmPki.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <memory>
#include <openssl/evp.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>
#include <vector>

using namespace vanban;

using vanban::test::LoginCounter;

namespace {

std::shared_ptr<Pkcs11Module> loadModule(bool countLogins = false) {
    auto& pki = test::SoftHsmPki::instance();
    auto module = countLogins ? Pkcs11Module::loadShared(pki.modulePath(), &LoginCounter::wrap)
                              : Pkcs11Module::loadShared(pki.modulePath());
    INFO((module ? std::string() : module.error().message.toStdString()));
    REQUIRE(module.ok());
    return *module;
}

SecretBuffer pin(const char* text) {
    QByteArray bytes(text);
    return SecretBuffer::take(bytes);
}

QString run(const QString& program, const QStringList& args) {
    QProcess p;
    p.start(program, args);
    REQUIRE(p.waitForFinished(60000));
    INFO(QString::fromUtf8(p.readAllStandardError()).toStdString());
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// `openssl x509 -fingerprint -sha256` of the certificate file the script made, as lower-case hex.
QString opensslFingerprint(const QString& pem) {
    QString out =
        run(QStringLiteral("openssl"), {QStringLiteral("x509"), QStringLiteral("-in"), pem, QStringLiteral("-noout"),
                                        QStringLiteral("-fingerprint"), QStringLiteral("-sha256")});
    out = out.trimmed();
    return out.mid(out.indexOf(QLatin1Char('=')) + 1).remove(QLatin1Char(':')).toLower();
}

struct PkeyDeleter {
    void operator()(EVP_PKEY* k) const { EVP_PKEY_free(k); }
};
struct PkeyCtxDeleter {
    void operator()(EVP_PKEY_CTX* c) const { EVP_PKEY_CTX_free(c); }
};
struct X509Deleter {
    void operator()(X509* x) const { X509_free(x); }
};

const EVP_MD* md(DigestAlgorithm algorithm) {
    switch (algorithm) {
    case DigestAlgorithm::Sha256:
        return EVP_sha256();
    case DigestAlgorithm::Sha384:
        return EVP_sha384();
    case DigestAlgorithm::Sha512:
        return EVP_sha512();
    }
    return nullptr;
}

// Verifies a signature over a digest with the public key of a DER certificate, as a CMS verifier would.
bool verifies(const QByteArray& certificateDer, SignatureScheme scheme, DigestAlgorithm algorithm,
              const QByteArray& digest, const QByteArray& signature) {
    const auto* p = reinterpret_cast<const unsigned char*>(certificateDer.constData());
    std::unique_ptr<X509, X509Deleter> x509(d2i_X509(nullptr, &p, long(certificateDer.size())));
    REQUIRE(x509);
    EVP_PKEY* key = X509_get0_pubkey(x509.get());
    REQUIRE(key);
    std::unique_ptr<EVP_PKEY_CTX, PkeyCtxDeleter> ctx(EVP_PKEY_CTX_new(key, nullptr));
    REQUIRE(EVP_PKEY_verify_init(ctx.get()) == 1);
    REQUIRE(EVP_PKEY_CTX_set_signature_md(ctx.get(), md(algorithm)) == 1);
    if (scheme == SignatureScheme::RsaPkcs1v15)
        REQUIRE(EVP_PKEY_CTX_set_rsa_padding(ctx.get(), RSA_PKCS1_PADDING) == 1);
    if (scheme == SignatureScheme::RsaPss) {
        REQUIRE(EVP_PKEY_CTX_set_rsa_padding(ctx.get(), RSA_PKCS1_PSS_PADDING) == 1);
        REQUIRE(EVP_PKEY_CTX_set_rsa_mgf1_md(ctx.get(), md(algorithm)) == 1);
        REQUIRE(EVP_PKEY_CTX_set_rsa_pss_saltlen(ctx.get(), RSA_PSS_SALTLEN_DIGEST) == 1);
    }
    return EVP_PKEY_verify(ctx.get(), reinterpret_cast<const unsigned char*>(signature.constData()),
                           size_t(signature.size()), reinterpret_cast<const unsigned char*>(digest.constData()),
                           size_t(digest.size())) == 1;
}

QByteArray randomData() {
    QByteArray data(1000, Qt::Uninitialized);
    for (char& c : data)
        c = char(QRandomGenerator::global()->bounded(256));
    return data;
}

QByteArray fileBytes(const QString& path) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

} // namespace

TEST_CASE("The token, its flags and its certificates are listed") {
    VANBAN_REQUIRE_SOFTHSM();
    auto module = loadModule();

    auto info = module->info();
    REQUIRE(info.ok());
    CHECK(info->manufacturer == QStringLiteral("SoftHSM"));

    auto slots_ = module->slotList();
    REQUIRE(slots_.ok());
    QList<TokenInfo> tokens;
    for (const SlotInfo& s : *slots_) {
        if (s.token && s.token->initialized)
            tokens << *s.token;
    }
    REQUIRE(tokens.size() == 1);
    const TokenInfo token = tokens.first();
    CHECK(token.label == QStringLiteral("VanBan Test"));
    CHECK(token.loginRequired);
    CHECK(token.userPinInitialized);
    CHECK_FALSE(token.pinLocked);
    CHECK(token.pinWarnings().isEmpty());
    CHECK_FALSE(token.serial.isEmpty());

    // Selected by label, by serial, and as the only token.
    for (const QString& selector : {token.label, token.serial, QString()}) {
        auto found = module->findToken(TokenSelector{selector});
        REQUIRE(found.ok());
        CHECK(found->slotId == token.slotId);
    }

    auto session = Pkcs11Session::open(module, token);
    REQUIRE(session.ok());
    auto certificates = session->certificates();
    REQUIRE(certificates.ok());
    QHash<QString, TokenCertificate> byLabel;
    for (const TokenCertificate& c : *certificates)
        byLabel.insert(c.label, c);
    CHECK(certificates->size() == 8);

    struct Expected {
        const char* label;
        const char* id;
        KeyType type;
        int bits;
        const char* curve;
        const char* commonName;
    };
    const Expected expected[] = {
        {"leader-rsa2048", "01", KeyType::Rsa, 2048, "", "Nguyễn Văn An"},
        {"agency-rsa3072", "02", KeyType::Rsa, 3072, "", "UBND xã Thử Nghiệm"},
        {"leader-p256", "03", KeyType::Ec, 256, "P-256", "Trần Thị Bình"},
        {"expired-rsa2048", "04", KeyType::Rsa, 2048, "", "Lê Văn Cường"},
        {"untrusted-rsa2048", "05", KeyType::Rsa, 2048, "", "Hoàng Thị Giang"},
        {"always-auth-p256", "06", KeyType::Ec, 256, "P-256", "Phạm Văn Dũng"},
        {"revoked-p256", "07", KeyType::Ec, 256, "P-256", "Đinh Văn Khoa"},
    };
    for (const Expected& e : expected) {
        const QString label = QString::fromUtf8(e.label);
        INFO(e.label);
        REQUIRE(byLabel.contains(label));
        const TokenCertificate& c = byLabel[label];
        CHECK(c.idHex == QString::fromLatin1(e.id));
        CHECK(c.keyType == e.type);
        CHECK(c.keyBits == e.bits);
        CHECK(c.curve == QString::fromLatin1(e.curve));
        CHECK(c.subjectCommonName == QString::fromUtf8(e.commonName));
        CHECK(c.hasKey);
        CHECK_FALSE(c.isCa);
        CHECK(c.keyLabel == label);
        CHECK(c.sha256 == opensslFingerprint(pki.certificatePem(label)));
        CHECK(c.der == fileBytes(pki.certificateDer(label)));
    }
    CHECK(byLabel[QStringLiteral("leader-rsa2048")].subjectOrganization == QStringLiteral("UBND xã Thử Nghiệm"));
    CHECK(byLabel[QStringLiteral("leader-rsa2048")].subject.contains(QStringLiteral("CN=Nguyễn Văn An")));
    CHECK(byLabel[QStringLiteral("leader-rsa2048")].issuerCommonName == QStringLiteral("VanBan Test Intermediate CA"));
    const TokenCertificate expired = byLabel[QStringLiteral("expired-rsa2048")];
    CHECK(expired.notAfter == QDateTime(QDate(2021, 1, 1), QTime(0, 0), Qt::UTC));
    CHECK_FALSE(expired.isValidAt(QDateTime::currentDateTimeUtc()));
    CHECK(byLabel[QStringLiteral("leader-p256")].isValidAt(QDateTime::currentDateTimeUtc()));
    const TokenCertificate ca = byLabel[QStringLiteral("VanBan Test Intermediate CA")];
    CHECK(ca.isCa);
    CHECK_FALSE(ca.hasKey);
    CHECK(ca.sha256 == opensslFingerprint(pki.value(QStringLiteral("INTERMEDIATE_CA"))));
}

TEST_CASE("Each key type signs a digest that OpenSSL verifies with the certificate's public key") {
    VANBAN_REQUIRE_SOFTHSM();
    auto module = loadModule();
    struct Case {
        const char* label;
        SignatureScheme scheme;
        DigestAlgorithm algorithm;
    };
    const Case cases[] = {
        {"leader-rsa2048", SignatureScheme::RsaPkcs1v15, DigestAlgorithm::Sha256},
        {"leader-rsa2048", SignatureScheme::RsaPkcs1v15, DigestAlgorithm::Sha512},
        {"agency-rsa3072", SignatureScheme::RsaPkcs1v15, DigestAlgorithm::Sha384},
        {"leader-rsa2048", SignatureScheme::RsaPss, DigestAlgorithm::Sha256},
        {"agency-rsa3072", SignatureScheme::RsaPss, DigestAlgorithm::Sha512},
        {"leader-p256", SignatureScheme::Ecdsa, DigestAlgorithm::Sha256},
        {"leader-p256", SignatureScheme::Ecdsa, DigestAlgorithm::Sha384},
    };
    for (const Case& c : cases) {
        INFO(c.label << " scheme " << int(c.scheme) << " digest " << int(c.algorithm));
        auto signer = Pkcs11Signer::open(module, TokenSelector{QStringLiteral("VanBan Test")},
                                         KeySelector{{}, QString::fromLatin1(c.label)});
        INFO((signer ? std::string() : signer.error().message.toStdString()));
        REQUIRE(signer.ok());
        CHECK(signer->certificate().label == QString::fromLatin1(c.label));
        if (c.scheme == SignatureScheme::RsaPss) {
            REQUIRE(signer->supportsPss()); // SoftHSM 2.6 offers CKM_RSA_PKCS_PSS
            REQUIRE(signer->setScheme(SignatureScheme::RsaPss).ok());
        }
        CHECK(signer->scheme() == c.scheme);
        REQUIRE(signer->login(pin("123456")).ok());

        const QByteArray data = randomData();
        const QByteArray digest = digest::compute(c.algorithm, data);
        auto signature = signer->sign(c.algorithm, digest);
        INFO((signature ? std::string() : signature.error().message.toStdString()));
        REQUIRE(signature.ok());
        CHECK(verifies(signer->certificate().der, c.scheme, c.algorithm, digest, *signature));
        // The same signature does not verify another digest (the check above can fail).
        const QByteArray other = digest::compute(c.algorithm, data + "x");
        CHECK_FALSE(verifies(signer->certificate().der, c.scheme, c.algorithm, other, *signature));
        if (c.scheme == SignatureScheme::Ecdsa)
            CHECK(signature->at(0) == '\x30'); // DER SEQUENCE, not raw r‖s
    }
}

TEST_CASE("The same module loaded twice: releasing one leaves the other's session working") {
    VANBAN_REQUIRE_SOFTHSM();
    auto first = loadModule();
    auto second = loadModule(); // e.g. two sign dialogs, or the window's and a check's
    auto signer = Pkcs11Signer::open(second, TokenSelector{QStringLiteral("VanBan Test")},
                                     KeySelector{{}, QStringLiteral("leader-rsa2048")});
    REQUIRE(signer.ok());
    REQUIRE(signer->login(pin("123456")).ok());
    first.reset(); // neither C_Finalize nor the unload may happen yet
    const QByteArray digest = digest::compute(DigestAlgorithm::Sha256, randomData());
    auto signature = signer->sign(DigestAlgorithm::Sha256, digest);
    INFO((signature ? std::string() : signature.error().message.toStdString()));
    REQUIRE(signature.ok());
    CHECK(
        verifies(signer->certificate().der, SignatureScheme::RsaPkcs1v15, DigestAlgorithm::Sha256, digest, *signature));
}

TEST_CASE("The signer is chosen by certificate SHA-256 and gives the chain found on the token") {
    VANBAN_REQUIRE_SOFTHSM();
    auto module = loadModule();
    const QString sha = opensslFingerprint(pki.certificatePem(QStringLiteral("agency-rsa3072")));
    // Upper case with colons, as certificate viewers show it.
    QString shown;
    for (int i = 0; i < sha.size(); i += 2)
        shown += (i ? QStringLiteral(":") : QString()) + sha.mid(i, 2).toUpper();
    auto signer = Pkcs11Signer::open(module, TokenSelector{}, KeySelector{shown, {}});
    REQUIRE(signer.ok());
    CHECK(signer->certificate().label == QStringLiteral("agency-rsa3072"));
    REQUIRE(signer->chainCertificates().size() == 1);
    CHECK(signer->chainCertificates().first() ==
          fileBytes(
              pki.value(QStringLiteral("INTERMEDIATE_CA")).replace(QStringLiteral(".pem"), QStringLiteral(".der"))));
    auto intermediate = TokenCertificate::fromDer(signer->chainCertificates().first());
    REQUIRE(intermediate.ok());
    CHECK(intermediate->sha256 == opensslFingerprint(pki.value(QStringLiteral("INTERMEDIATE_CA"))));

    auto untrusted = Pkcs11Signer::open(module, TokenSelector{}, KeySelector{{}, QStringLiteral("untrusted-rsa2048")});
    REQUIRE(untrusted.ok());
    CHECK(untrusted->chainCertificates().isEmpty()); // its root is not on the token

    // Several keys on the token and no choice: Invalid, naming the candidates.
    auto ambiguous = Pkcs11Signer::open(module, TokenSelector{}, KeySelector{});
    REQUIRE_FALSE(ambiguous.ok());
    CHECK(ambiguous.error().code == ErrorCode::Invalid);
    CHECK(ambiguous.error().message.contains(QStringLiteral("leader-p256")));
}

TEST_CASE("A wrong PIN is one C_Login, a Permission error with the token's PIN state; then the right PIN works") {
    VANBAN_REQUIRE_SOFTHSM();
    auto module = loadModule(/*countLogins=*/true);
    auto signer = Pkcs11Signer::open(module, TokenSelector{QStringLiteral("VanBan Test")},
                                     KeySelector{{}, QStringLiteral("leader-rsa2048")});
    REQUIRE(signer.ok());

    const QByteArray digest = digest::compute(DigestAlgorithm::Sha256, "văn bản");
    auto early = signer->sign(DigestAlgorithm::Sha256, digest);
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().code == ErrorCode::Permission);
    CHECK(LoginCounter::logins.empty()); // signing never logs in by itself

    QByteArray wrong("000000");
    Status failed = signer->login(SecretBuffer::take(wrong));
    CHECK(wrong.isEmpty()); // the caller's copy is wiped
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().code == ErrorCode::Permission);
    CHECK(failed.error().message.contains(QStringLiteral("CKR_PIN_INCORRECT")));
    CHECK(failed.error().message.contains(QStringLiteral("VanBan Test")));
    CHECK(LoginCounter::logins == std::vector<CK_USER_TYPE>{CKU_USER}); // exactly one attempt, not retried
    auto after = module->findToken(TokenSelector{QStringLiteral("VanBan Test")});
    REQUIRE(after.ok());
    if (after->pinCountLow || after->pinFinalTry) // SoftHSM reports the count-low flag after a failure
        CHECK(failed.error().message.contains(QStringLiteral("tries")));
    CHECK_FALSE(signer->loggedIn());

    REQUIRE(signer->login(pin("123456")).ok());
    CHECK(LoginCounter::logins.size() == 2);
    auto signature = signer->sign(DigestAlgorithm::Sha256, digest);
    REQUIRE(signature.ok());
    CHECK(
        verifies(signer->certificate().der, SignatureScheme::RsaPkcs1v15, DigestAlgorithm::Sha256, digest, *signature));
    auto cleared = module->findToken(TokenSelector{QStringLiteral("VanBan Test")});
    REQUIRE(cleared.ok());
    CHECK_FALSE(cleared->pinLocked);
}

TEST_CASE("A CKA_ALWAYS_AUTHENTICATE key gets a context-specific login before C_Sign") {
    VANBAN_REQUIRE_SOFTHSM();
    auto module = loadModule(/*countLogins=*/true);
    auto signer = Pkcs11Signer::open(module, TokenSelector{}, KeySelector{{}, QStringLiteral("always-auth-p256")});
    REQUIRE(signer.ok());
    REQUIRE(signer->login(pin("123456")).ok());
    CHECK(signer->alwaysAuthenticate());
    const QByteArray digest = digest::compute(DigestAlgorithm::Sha256, "công văn");
    auto signature = signer->sign(DigestAlgorithm::Sha256, digest);
    INFO((signature ? std::string() : signature.error().message.toStdString()));
    REQUIRE(signature.ok());
    CHECK(verifies(signer->certificate().der, SignatureScheme::Ecdsa, DigestAlgorithm::Sha256, digest, *signature));
    CHECK(LoginCounter::logins == std::vector<CK_USER_TYPE>{CKU_USER, CKU_CONTEXT_SPECIFIC});
    // The PIN was wiped after that signature: the next one asks for it again.
    auto again = signer->sign(DigestAlgorithm::Sha256, digest);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == ErrorCode::Permission);
}

TEST_CASE("Bad selections, a missing module and bad digests are clear errors") {
    VANBAN_REQUIRE_SOFTHSM();
    auto module = loadModule();

    auto unknownToken = Pkcs11Signer::open(module, TokenSelector{QStringLiteral("Không có")}, KeySelector{});
    REQUIRE_FALSE(unknownToken.ok());
    CHECK(unknownToken.error().code == ErrorCode::Invalid);
    CHECK(unknownToken.error().message.contains(QStringLiteral("Không có")));
    CHECK(unknownToken.error().message.contains(QStringLiteral("VanBan Test"))); // what is inserted

    auto unknownKey = Pkcs11Signer::open(module, TokenSelector{}, KeySelector{{}, QStringLiteral("nobody")});
    REQUIRE_FALSE(unknownKey.ok());
    CHECK(unknownKey.error().code == ErrorCode::Invalid);
    CHECK(unknownKey.error().field == QStringLiteral("key-label"));

    auto unknownSha = Pkcs11Signer::open(module, TokenSelector{}, KeySelector{QString(64, QLatin1Char('a')), {}});
    REQUIRE_FALSE(unknownSha.ok());
    CHECK(unknownSha.error().code == ErrorCode::Invalid);

    auto caOnly =
        Pkcs11Signer::open(module, TokenSelector{}, KeySelector{{}, QStringLiteral("VanBan Test Intermediate CA")});
    REQUIRE_FALSE(caOnly.ok());
    CHECK(caOnly.error().code == ErrorCode::Invalid); // a certificate without a key cannot sign

    auto ec = Pkcs11Signer::open(module, TokenSelector{}, KeySelector{{}, QStringLiteral("leader-p256")});
    REQUIRE(ec.ok());
    CHECK(ec->setScheme(SignatureScheme::RsaPss).error().code == ErrorCode::Invalid);
    REQUIRE(ec->login(pin("123456")).ok());
    auto shortDigest = ec->sign(DigestAlgorithm::Sha256, QByteArray(20, 'x'));
    REQUIRE_FALSE(shortDigest.ok());
    CHECK(shortDigest.error().code == ErrorCode::Invalid);

    const QString missing = pki.dir() + QStringLiteral("/no-such-module.so");
    auto absent = Pkcs11Module::load(missing);
    REQUIRE_FALSE(absent.ok());
    CHECK(absent.error().code == ErrorCode::External);
    CHECK(absent.error().message.contains(missing));

    auto notAModule = Pkcs11Module::load(pki.value(QStringLiteral("CA_CHAIN")));
    REQUIRE_FALSE(notAModule.ok());
    CHECK(notAModule.error().code == ErrorCode::External);
}

TEST_CASE("vanban-cli token list --json shows the token and its certificates") {
    VANBAN_REQUIRE_SOFTHSM();
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SOFTHSM2_CONF"), pki.value(QStringLiteral("SOFTHSM2_CONF")));
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(VANBAN_CLI),
              {QStringLiteral("token"), QStringLiteral("list"), QStringLiteral("--pkcs11-module"), pki.modulePath(),
               QStringLiteral("--json")});
    REQUIRE(cli.waitForFinished(60000));
    INFO(QString::fromUtf8(cli.readAllStandardError()).toStdString());
    REQUIRE(cli.exitCode() == 0);
    const QJsonObject json = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
    CHECK(json.value(QStringLiteral("module")).toObject().value(QStringLiteral("manufacturer")).toString() ==
          QStringLiteral("SoftHSM"));
    QJsonObject token;
    for (const QJsonValue& slot : json.value(QStringLiteral("slots")).toArray()) {
        const QJsonObject t = slot.toObject().value(QStringLiteral("token")).toObject();
        if (t.value(QStringLiteral("label")).toString() == QStringLiteral("VanBan Test"))
            token = t;
    }
    REQUIRE_FALSE(token.isEmpty());
    CHECK(token.value(QStringLiteral("loginRequired")).toBool());
    CHECK_FALSE(token.value(QStringLiteral("pinLocked")).toBool());
    const QJsonArray certificates = token.value(QStringLiteral("certificates")).toArray();
    CHECK(certificates.size() == 8);
    QJsonObject leader;
    for (const QJsonValue& c : certificates) {
        if (c.toObject().value(QStringLiteral("label")).toString() == QStringLiteral("leader-p256"))
            leader = c.toObject();
    }
    REQUIRE_FALSE(leader.isEmpty());
    CHECK(leader.value(QStringLiteral("sha256")).toString() ==
          opensslFingerprint(pki.certificatePem(QStringLiteral("leader-p256"))));
    CHECK(leader.value(QStringLiteral("commonName")).toString() == QStringLiteral("Trần Thị Bình"));
    CHECK(leader.value(QStringLiteral("keyType")).toString() == QStringLiteral("EC"));
    CHECK(leader.value(QStringLiteral("curve")).toString() == QStringLiteral("P-256"));
    CHECK(leader.value(QStringLiteral("hasKey")).toBool());
    CHECK(leader.value(QStringLiteral("issuer")).toString().contains(QStringLiteral("VanBan Test Intermediate CA")));
    CHECK(QDateTime::fromString(leader.value(QStringLiteral("notAfter")).toString(), Qt::ISODate).isValid());

    // A module path that does not exist: exit 6 (external failure) with the path in the message.
    QProcess missing;
    missing.start(QStringLiteral(VANBAN_CLI),
                  {QStringLiteral("token"), QStringLiteral("list"), QStringLiteral("--pkcs11-module"),
                   QStringLiteral("/nonexistent/p11.so"), QStringLiteral("--lang"), QStringLiteral("en")});
    REQUIRE(missing.waitForFinished(60000));
    CHECK(missing.exitCode() == 6);
    CHECK(QString::fromUtf8(missing.readAllStandardError()).contains(QStringLiteral("/nonexistent/p11.so")));
}
