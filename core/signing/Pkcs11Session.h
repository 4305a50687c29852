#pragma once
// A session with one token (C_OpenSession … C_CloseSession), move-only, keeping its module loaded. Login once with a
// PIN, never retried here: a wrong PIN is reported with the token's PIN flags read after the failure.

#include "common/Result.h"
#include "signing/Pkcs11Module.h"
#include "signing/SecretBuffer.h"
#include "signing/TokenCertificate.h"

#include <QCoreApplication>
#include <memory>
#include <optional>

namespace vanban {

class Pkcs11Session {
    Q_DECLARE_TR_FUNCTIONS(Pkcs11Session)

public:
    static Result<Pkcs11Session> open(std::shared_ptr<const Pkcs11Module> module, const TokenInfo& token);

    ~Pkcs11Session();
    Pkcs11Session(Pkcs11Session&& other) noexcept;
    Pkcs11Session& operator=(Pkcs11Session&& other) noexcept;
    Pkcs11Session(const Pkcs11Session&) = delete;
    Pkcs11Session& operator=(const Pkcs11Session&) = delete;

    CK_SESSION_HANDLE handle() const { return m_handle; }
    const Pkcs11Module& module() const { return *m_module; }
    const TokenInfo& token() const { return m_token; }

    // One C_Login with the PIN, which is wiped afterwards. CKR_USER_ALREADY_LOGGED_IN counts as success. A PIN
    // failure is a Permission error whose message carries the token's PIN state (few tries left, locked). An empty
    // PIN on a token with a PIN pad (protected authentication path) logs in through the pad.
    Status login(SecretBuffer& pin, CK_USER_TYPE userType = CKU_USER);
    Status logout();
    bool loggedIn() const { return m_loggedIn; }

    // Objects of a class, optionally with a given CKA_ID.
    Result<QList<CK_OBJECT_HANDLE>> findObjects(CK_OBJECT_CLASS objectClass, const QByteArray& id = {}) const;
    // One attribute's value; std::nullopt when the object does not have it or it is sensitive.
    Result<std::optional<QByteArray>> attribute(CK_OBJECT_HANDLE object, CK_ATTRIBUTE_TYPE type) const;
    Result<bool> booleanAttribute(CK_OBJECT_HANDLE object, CK_ATTRIBUTE_TYPE type, bool fallback) const;
    // The X.509 certificates on the token, each with whether a matching key (same CKA_ID) is visible.
    Result<QList<TokenCertificate>> certificates() const;

    Error failure(const QString& what, CK_RV rv) const; // External, naming the token

private:
    Pkcs11Session() = default;
    void release();
    Error loginFailure(CK_RV rv) const;

    std::shared_ptr<const Pkcs11Module> m_module;
    TokenInfo m_token;
    CK_SESSION_HANDLE m_handle = CK_INVALID_HANDLE;
    bool m_loggedIn = false;
};

} // namespace vanban
