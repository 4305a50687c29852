#pragma once
// Where the exchange's secret key is kept: the operating system's keychain when the session has one (Secret Service
// on Linux desktops, Credential Manager on Windows), otherwise encrypted at rest (AES-256-GCM) with a random key
// kept in the user's configuration folder, outside the workspace — so the database, a backup or a copied workspace
// never holds the secret in a readable form. The secret is never logged.

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace vanban {

class SecretStore {
    Q_DECLARE_TR_FUNCTIONS(SecretStore)

public:
    enum class Kind { Keychain, Encrypted };

    struct Stored {
        Kind kind = Kind::Encrypted;
        QString ciphertext; // Encrypted: base64 "v1:" nonce‖ciphertext‖tag; Keychain: empty
    };

    // `account` names the secret (e.g. the workspace and SystemId); it is bound into the encryption.
    static Result<Stored> store(const QString& account, const QByteArray& secret);
    static Result<QByteArray> load(const QString& account, const Stored& stored);

    static QString kindCode(Kind kind) {
        return kind == Kind::Keychain ? QStringLiteral("keychain") : QStringLiteral("encrypted");
    }
    static Kind kindFromCode(const QString& code) {
        return code == QLatin1String("keychain") ? Kind::Keychain : Kind::Encrypted;
    }

    // The key file of the encrypted store (VANBAN_SECRET_KEY_FILE overrides it, for tests).
    static QString keyFilePath();

private:
    static bool keychainUsable();
    static Result<QByteArray> keyFileKey(bool create);
    static Result<QString> encrypt(const QString& account, const QByteArray& secret);
    static Result<QByteArray> decrypt(const QString& account, const QString& ciphertext);
    static Status keychainWrite(const QString& account, const QByteArray& secret);
    static Result<QByteArray> keychainRead(const QString& account);
};

} // namespace vanban
