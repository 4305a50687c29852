#include "exchange/SecretStore.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <qt6keychain/keychain.h>

#include <memory>

namespace vanban {

namespace {
constexpr int kKeyBytes = 32;
constexpr int kNonceBytes = 12;
constexpr int kTagBytes = 16;
const QLatin1String kPrefix("v1:");
const QString kKeychainService = QStringLiteral("VanBan exchange");

struct CipherContextFree {
    void operator()(EVP_CIPHER_CTX* c) const { EVP_CIPHER_CTX_free(c); }
};
using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, CipherContextFree>;

// Overwrites a buffer's bytes before it is freed.
struct Wiper {
    QByteArray& bytes;
    ~Wiper() {
        if (!bytes.isEmpty())
            OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
    }
};
} // namespace

QString SecretStore::keyFilePath() {
    const QString overridden = qEnvironmentVariable("VANBAN_SECRET_KEY_FILE");
    if (!overridden.isEmpty())
        return overridden;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
        .filePath(QStringLiteral("VanBan/secret.key"));
}

bool SecretStore::keychainUsable() {
    if (qEnvironmentVariable("VANBAN_SECRET_STORE") == QLatin1String("encrypted"))
        return false;
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    return true;
#else
    // Without a session bus there is no Secret Service; asking would only wait for a timeout.
    return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
#endif
}

Result<QByteArray> SecretStore::keyFileKey(bool create) {
    const QString path = keyFilePath();
    QFile file(path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly))
            return Error{ErrorCode::External, tr("Cannot read the key file %1: %2.").arg(path, file.errorString())};
        QByteArray key = file.readAll();
        if (key.size() != kKeyBytes)
            return Error{ErrorCode::Integrity, tr("The key file %1 is damaged.").arg(path)};
        return key;
    }
    if (!create)
        return Error{ErrorCode::NotFound,
                     tr("The key file %1 that protects the exchange's secret key is missing. Enter the secret key "
                        "again (vanban-cli exchange configure).")
                         .arg(path)};
    QByteArray key(kKeyBytes, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(key.data()), kKeyBytes) != 1)
        qFatal("The random number generator failed."); // never continue with a predictable key
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error{ErrorCode::External, tr("Cannot create the folder of %1.").arg(path)};
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return Error{ErrorCode::External, tr("Cannot write the key file %1: %2.").arg(path, out.errorString())};
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    out.write(key);
    if (!out.commit())
        return Error{ErrorCode::External, tr("Cannot write the key file %1: %2.").arg(path, out.errorString())};
    return key;
}

Result<QString> SecretStore::encrypt(const QString& account, const QByteArray& secret) {
    Result<QByteArray> key = keyFileKey(true);
    if (!key)
        return key.error();
    Wiper wipeKey{key.value()};
    unsigned char nonce[kNonceBytes];
    if (RAND_bytes(nonce, kNonceBytes) != 1)
        qFatal("The random number generator failed.");
    CipherContext ctx(EVP_CIPHER_CTX_new());
    const QByteArray aad = account.toUtf8();
    QByteArray out(kNonceBytes + secret.size() + kTagBytes, Qt::Uninitialized);
    auto* o = reinterpret_cast<unsigned char*>(out.data());
    std::memcpy(o, nonce, kNonceBytes);
    int len = 0, total = 0;
    bool ok = ctx && EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr,
                                        reinterpret_cast<const unsigned char*>(key->constData()), nonce) == 1;
    ok = ok && EVP_EncryptUpdate(ctx.get(), nullptr, &len, reinterpret_cast<const unsigned char*>(aad.constData()),
                                 int(aad.size())) == 1;
    ok = ok && EVP_EncryptUpdate(ctx.get(), o + kNonceBytes, &len,
                                 reinterpret_cast<const unsigned char*>(secret.constData()), int(secret.size())) == 1;
    total = len;
    ok = ok && EVP_EncryptFinal_ex(ctx.get(), o + kNonceBytes + total, &len) == 1;
    total += len;
    ok = ok && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTagBytes, o + kNonceBytes + total) == 1;
    if (!ok)
        return Error{ErrorCode::Internal, tr("Encrypting the secret key failed.")};
    return QString(kPrefix + QString::fromLatin1(out.toBase64()));
}

Result<QByteArray> SecretStore::decrypt(const QString& account, const QString& ciphertext) {
    if (!ciphertext.startsWith(kPrefix))
        return Error{ErrorCode::Integrity, tr("The stored secret key is damaged.")};
    const QByteArray raw = QByteArray::fromBase64(ciphertext.mid(kPrefix.size()).toLatin1());
    if (raw.size() < kNonceBytes + kTagBytes)
        return Error{ErrorCode::Integrity, tr("The stored secret key is damaged.")};
    Result<QByteArray> key = keyFileKey(false);
    if (!key)
        return key.error();
    Wiper wipeKey{key.value()};
    const auto* in = reinterpret_cast<const unsigned char*>(raw.constData());
    const int bodySize = int(raw.size()) - kNonceBytes - kTagBytes;
    QByteArray plain(bodySize, Qt::Uninitialized);
    const QByteArray aad = account.toUtf8();
    CipherContext ctx(EVP_CIPHER_CTX_new());
    int len = 0;
    bool ok = ctx && EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr,
                                        reinterpret_cast<const unsigned char*>(key->constData()), in) == 1;
    ok = ok && EVP_DecryptUpdate(ctx.get(), nullptr, &len, reinterpret_cast<const unsigned char*>(aad.constData()),
                                 int(aad.size())) == 1;
    ok = ok && EVP_DecryptUpdate(ctx.get(), reinterpret_cast<unsigned char*>(plain.data()), &len, in + kNonceBytes,
                                 bodySize) == 1;
    ok = ok && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTagBytes,
                                   const_cast<unsigned char*>(in + kNonceBytes + bodySize)) == 1;
    int finalLen = 0;
    ok = ok && EVP_DecryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char*>(plain.data()) + len, &finalLen) == 1;
    if (!ok) {
        OPENSSL_cleanse(plain.data(), size_t(plain.size()));
        return Error{ErrorCode::Integrity, tr("The secret key cannot be decrypted with the key file %1 (a different "
                                              "computer or user?). Enter the secret key again.")
                                               .arg(keyFilePath())};
    }
    return plain;
}

Status SecretStore::keychainWrite(const QString& account, const QByteArray& secret) {
    QKeychain::WritePasswordJob job(kKeychainService);
    job.setAutoDelete(false);
    job.setKey(account);
    job.setBinaryData(secret);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (job.error() != QKeychain::NoError)
        return Error{ErrorCode::External, tr("The system keychain refused the secret: %1.").arg(job.errorString())};
    return {};
}

Result<QByteArray> SecretStore::keychainRead(const QString& account) {
    QKeychain::ReadPasswordJob job(kKeychainService);
    job.setAutoDelete(false);
    job.setKey(account);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (job.error() != QKeychain::NoError)
        return Error{
            ErrorCode::External,
            tr("The exchange's secret key cannot be read from the system keychain: %1.").arg(job.errorString())};
    return job.binaryData();
}

Result<SecretStore::Stored> SecretStore::store(const QString& account, const QByteArray& secret) {
    if (keychainUsable() && keychainWrite(account, secret))
        return Stored{Kind::Keychain, {}};
    Result<QString> ciphertext = encrypt(account, secret);
    if (!ciphertext)
        return ciphertext.error();
    return Stored{Kind::Encrypted, ciphertext.value()};
}

Result<QByteArray> SecretStore::load(const QString& account, const Stored& stored) {
    if (stored.kind == Kind::Keychain)
        return keychainRead(account);
    return decrypt(account, stored.ciphertext);
}

} // namespace vanban
