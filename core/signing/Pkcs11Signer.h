#pragma once
// Signs digests with a private key on a PKCS#11 token; the key never leaves the token. Chooses the token by label or
// serial and the key by its certificate's SHA-256 or label, gives the CMS builder the signer certificate and the
// chain certificates found on the token, and signs:
//   RSA  PKCS#1 v1.5: CKM_RSA_PKCS over a DigestInfo built here;
//   RSA  PSS:         CKM_RSA_PKCS_PSS (MGF1 with the same hash, salt = hash length), only if the token offers it;
//   EC   ECDSA:       CKM_ECDSA, the token's r‖s converted to a DER ECDSA-Sig-Value.
// login() calls C_Login once with the PIN (never retried); a key with CKA_ALWAYS_AUTHENTICATE gets the
// CKU_CONTEXT_SPECIFIC login right before its C_Sign, with the same PIN, which is kept wiped-on-destruction until
// then. All calls block: run them off the UI thread.

#include "common/Result.h"
#include "signing/DigestAlgorithm.h"
#include "signing/Pkcs11Session.h"

#include <QCoreApplication>
#include <memory>

namespace vanban {

enum class SignatureScheme { RsaPkcs1v15, RsaPss, Ecdsa };

// Which key: the certificate's SHA-256 (hex, colons and case ignored) or the certificate's or key's label. Empty:
// the only certificate on the token that has a key.
struct KeySelector {
    QString certificateSha256;
    QString label;
};

class Pkcs11Signer {
    Q_DECLARE_TR_FUNCTIONS(Pkcs11Signer)

public:
    static Result<Pkcs11Signer> open(std::shared_ptr<const Pkcs11Module> module, const TokenSelector& token,
                                     const KeySelector& key);

    Pkcs11Signer(Pkcs11Signer&&) noexcept = default;
    Pkcs11Signer& operator=(Pkcs11Signer&&) noexcept = default;

    const TokenInfo& token() const { return m_session.token(); }
    const TokenCertificate& certificate() const { return m_certificate; }
    // The issuers of the signer certificate that are on the token (DER), nearest first; may be empty.
    const QList<QByteArray>& chainCertificates() const { return m_chain; }

    // RSA keys start with PKCS#1 v1.5 (what deployed Vietnamese verifiers expect, DOMAIN.md §7.3); EC keys with ECDSA.
    SignatureScheme scheme() const { return m_scheme; }
    bool supportsPss() const { return m_supportsPss; }
    // Invalid when the scheme does not fit the key or the token does not offer its mechanism.
    Status setScheme(SignatureScheme scheme);

    // One C_Login with the PIN (moved in and wiped). Permission error on a wrong PIN, with the token's PIN state.
    Status login(SecretBuffer pin);
    bool loggedIn() const { return m_session.loggedIn(); }
    bool alwaysAuthenticate() const { return m_alwaysAuthenticate; }

    // The signature over a digest made with `algorithm`: the raw RSA signature (PKCS#1 v1.5 or PSS), or a DER
    // ECDSA-Sig-Value. Needs login() first when the token requires it.
    Result<QByteArray> sign(DigestAlgorithm algorithm, const QByteArray& digest);

private:
    explicit Pkcs11Signer(Pkcs11Session session)
        : m_session(std::move(session)) {}
    Result<CK_OBJECT_HANDLE> privateKey();
    Result<QByteArray> signWith(CK_OBJECT_HANDLE key, CK_MECHANISM& mechanism, const QByteArray& input);

    Pkcs11Session m_session;
    TokenCertificate m_certificate;
    QList<QByteArray> m_chain;
    QByteArray m_keyId;
    SignatureScheme m_scheme = SignatureScheme::RsaPkcs1v15;
    bool m_supportsPkcs1 = false;
    bool m_supportsPss = false;
    bool m_supportsEcdsa = false;
    bool m_alwaysAuthenticate = false;
    SecretBuffer m_contextPin; // only for CKA_ALWAYS_AUTHENTICATE keys, until the next C_Sign
};

} // namespace vanban
