#include "signing/Pkcs11Signer.h"

#include <memory>
#include <openssl/bn.h>
#include <openssl/ec.h>

namespace vanban {

namespace {
struct EcdsaSigDeleter {
    void operator()(ECDSA_SIG* s) const { ECDSA_SIG_free(s); }
};
struct BytesDeleter {
    void operator()(unsigned char* p) const { OPENSSL_free(p); }
};

QString normalisedHex(QString text) {
    text.remove(QLatin1Char(':')).remove(QLatin1Char(' '));
    return text.toLower();
}

CK_MECHANISM_TYPE hashMechanism(DigestAlgorithm algorithm) {
    switch (algorithm) {
    case DigestAlgorithm::Sha256:
        return CKM_SHA256;
    case DigestAlgorithm::Sha384:
        return CKM_SHA384;
    case DigestAlgorithm::Sha512:
        return CKM_SHA512;
    }
    return CKM_SHA256;
}

CK_RSA_PKCS_MGF_TYPE mgf1(DigestAlgorithm algorithm) {
    switch (algorithm) {
    case DigestAlgorithm::Sha256:
        return CKG_MGF1_SHA256;
    case DigestAlgorithm::Sha384:
        return CKG_MGF1_SHA384;
    case DigestAlgorithm::Sha512:
        return CKG_MGF1_SHA512;
    }
    return CKG_MGF1_SHA256;
}

// PKCS#11 returns an ECDSA signature as r‖s, each half as long as the group order; CMS wants
// ECDSA-Sig-Value ::= SEQUENCE { r INTEGER, s INTEGER }.
QByteArray ecdsaDer(const QByteArray& raw) {
    if (raw.isEmpty() || raw.size() % 2 != 0)
        return {};
    const int half = int(raw.size() / 2);
    const auto* bytes = reinterpret_cast<const unsigned char*>(raw.constData());
    std::unique_ptr<ECDSA_SIG, EcdsaSigDeleter> sig(ECDSA_SIG_new());
    BIGNUM* r = BN_bin2bn(bytes, half, nullptr);
    BIGNUM* s = BN_bin2bn(bytes + half, half, nullptr);
    if (!sig || !r || !s || ECDSA_SIG_set0(sig.get(), r, s) != 1) {
        BN_free(r);
        BN_free(s);
        return {};
    }
    unsigned char* der = nullptr;
    const int length = i2d_ECDSA_SIG(sig.get(), &der);
    if (length <= 0)
        return {};
    std::unique_ptr<unsigned char, BytesDeleter> owner(der);
    return QByteArray(reinterpret_cast<const char*>(der), length);
}
} // namespace

Result<Pkcs11Signer> Pkcs11Signer::open(std::shared_ptr<const Pkcs11Module> module, const TokenSelector& tokenSelector,
                                        const KeySelector& keySelector) {
    auto token = module->findToken(tokenSelector);
    if (!token)
        return token.error();
    auto session = Pkcs11Session::open(module, *token);
    if (!session)
        return session.error();
    auto certificates = session->certificates();
    if (!certificates)
        return certificates.error();

    const QString wantedSha = normalisedHex(keySelector.certificateSha256);
    const QString wantedLabel = keySelector.label.trimmed();
    QList<TokenCertificate> matches;
    for (const TokenCertificate& c : *certificates) {
        if (!wantedSha.isEmpty()     ? c.sha256 == wantedSha
            : !wantedLabel.isEmpty() ? (c.label == wantedLabel || (c.hasKey && c.keyLabel == wantedLabel))
                                     : (c.hasKey && !c.isCa))
            matches << c;
    }
    QStringList candidates;
    for (const TokenCertificate& c : *certificates) {
        if (c.hasKey)
            candidates << QStringLiteral("%1 [%2, SHA-256 %3]").arg(c.subjectCommonName, c.label, c.sha256.left(16));
    }
    const QString list = candidates.join(QStringLiteral("; "));
    if (matches.isEmpty()) {
        if (!wantedSha.isEmpty())
            return Error{
                ErrorCode::Invalid,
                tr("The token “%1” has no certificate with SHA-256 %2; it has: %3.").arg(token->label, wantedSha, list),
                QStringLiteral("cert-sha256")};
        if (!wantedLabel.isEmpty())
            return Error{ErrorCode::Invalid,
                         tr("The token “%1” has no certificate or key labelled “%2”; it has: %3.")
                             .arg(token->label, wantedLabel, list),
                         QStringLiteral("key-label")};
        return Error{ErrorCode::Invalid, tr("The token “%1” has no certificate with a signing key.").arg(token->label),
                     QStringLiteral("token")};
    }
    if (matches.size() > 1)
        return Error{ErrorCode::Invalid,
                     tr("The token “%1” has several certificates with keys; choose one by its label or SHA-256: %2.")
                         .arg(token->label, list),
                     wantedLabel.isEmpty() ? QStringLiteral("cert-sha256") : QStringLiteral("key-label")};
    const TokenCertificate& chosen = matches.first();
    if (!chosen.hasKey)
        return Error{ErrorCode::Invalid,
                     tr("The certificate “%1” on the token “%2” has no private key there, so it cannot sign.")
                         .arg(chosen.subjectCommonName, token->label),
                     wantedSha.isEmpty() ? QStringLiteral("key-label") : QStringLiteral("cert-sha256")};
    if (chosen.keyType == KeyType::Other)
        return Error{ErrorCode::Invalid, tr("The certificate “%1” has a key type VanBan cannot sign with (only RSA and "
                                            "EC).")
                                             .arg(chosen.subjectCommonName)};

    auto mechanisms = module->mechanisms(token->slotId);
    if (!mechanisms)
        return mechanisms.error();

    Pkcs11Signer signer(std::move(session).value());
    signer.m_certificate = chosen;
    signer.m_keyId = QByteArray::fromHex(chosen.idHex.toLatin1());
    signer.m_supportsPkcs1 = mechanisms->contains(CKM_RSA_PKCS);
    signer.m_supportsPss = mechanisms->contains(CKM_RSA_PKCS_PSS);
    signer.m_supportsEcdsa = mechanisms->contains(CKM_ECDSA);
    if (chosen.keyType == KeyType::Ec) {
        signer.m_scheme = SignatureScheme::Ecdsa;
        if (!signer.m_supportsEcdsa)
            return Error{ErrorCode::External,
                         tr("The token “%1” does not offer ECDSA (CKM_ECDSA) for its EC key.").arg(token->label)};
    } else {
        signer.m_scheme = signer.m_supportsPkcs1 ? SignatureScheme::RsaPkcs1v15 : SignatureScheme::RsaPss;
        if (!signer.m_supportsPkcs1 && !signer.m_supportsPss)
            return Error{ErrorCode::External,
                         tr("The token “%1” offers neither CKM_RSA_PKCS nor CKM_RSA_PKCS_PSS for its RSA key.")
                             .arg(token->label)};
    }

    // The chain: issuers of the signer certificate that are on the token, nearest first.
    const TokenCertificate* current = &signer.m_certificate;
    for (int depth = 0; depth < 8 && current->issuerDer != current->subjectDer; ++depth) {
        const TokenCertificate* issuer = nullptr;
        for (const TokenCertificate& c : *certificates) {
            if (c.subjectDer == current->issuerDer && c.sha256 != current->sha256)
                issuer = &c;
        }
        if (!issuer || signer.m_chain.contains(issuer->der))
            break;
        signer.m_chain << issuer->der;
        current = issuer;
    }
    return signer;
}

Status Pkcs11Signer::setScheme(SignatureScheme scheme) {
    const bool rsa = m_certificate.keyType == KeyType::Rsa;
    bool fits = false;
    switch (scheme) {
    case SignatureScheme::RsaPkcs1v15:
        fits = rsa && m_supportsPkcs1;
        break;
    case SignatureScheme::RsaPss:
        fits = rsa && m_supportsPss;
        break;
    case SignatureScheme::Ecdsa:
        fits = !rsa && m_supportsEcdsa;
        break;
    }
    if (!fits)
        return Error{ErrorCode::Invalid,
                     tr("The key of “%1” (%2) on the token “%3” cannot sign with this scheme, or the token does not "
                        "offer it.")
                         .arg(m_certificate.subjectCommonName, m_certificate.keyDescription(), token().label)};
    m_scheme = scheme;
    return {};
}

Status Pkcs11Signer::login(SecretBuffer pin) {
    m_contextPin.wipe();
    if (!token().loginRequired && pin.isEmpty())
        return {};
    // A copy for CKU_CONTEXT_SPECIFIC, kept only if the key turns out to need it (known after login).
    SecretBuffer copy = pin.copy();
    Status status = m_session.login(pin);
    if (!status)
        return status;
    auto key = privateKey();
    if (!key)
        return key.error();
    auto always = m_session.booleanAttribute(*key, CKA_ALWAYS_AUTHENTICATE, false);
    if (!always)
        return always.error();
    m_alwaysAuthenticate = *always;
    if (m_alwaysAuthenticate)
        m_contextPin = std::move(copy);
    return {};
}

Result<CK_OBJECT_HANDLE> Pkcs11Signer::privateKey() {
    auto keys = m_session.findObjects(CKO_PRIVATE_KEY, m_keyId);
    if (!keys)
        return keys.error();
    if (keys->isEmpty())
        return Error{
            ErrorCode::External,
            m_session.loggedIn()
                ? tr("The private key of “%1” is not on the token “%2” (CKA_ID %3).")
                      .arg(m_certificate.subjectCommonName, token().label, m_certificate.idHex)
                : tr("The token “%1” shows its private keys only after the PIN is entered.").arg(token().label)};
    return keys->first();
}

Result<QByteArray> Pkcs11Signer::sign(DigestAlgorithm algorithm, const QByteArray& digest) {
    if (digest.size() != digest::length(algorithm))
        return Error{ErrorCode::Invalid, tr("A %1 digest has %2 bytes, not %3.")
                                             .arg(digest::name(algorithm))
                                             .arg(digest::length(algorithm))
                                             .arg(digest.size())};
    if (token().loginRequired && !m_session.loggedIn())
        return Error{ErrorCode::Permission, tr("Enter the PIN of the token “%1” before signing.").arg(token().label),
                     QStringLiteral("pin")};
    if (m_alwaysAuthenticate && m_contextPin.isEmpty() && !token().protectedAuthenticationPath)
        return Error{ErrorCode::Permission,
                     tr("The key of “%1” needs the PIN for every signature: enter it again.")
                         .arg(m_certificate.subjectCommonName),
                     QStringLiteral("pin")};
    auto key = privateKey();
    if (!key)
        return key.error();

    CK_MECHANISM mechanism = {CKM_RSA_PKCS, nullptr, 0};
    CK_RSA_PKCS_PSS_PARAMS pss = {hashMechanism(algorithm), mgf1(algorithm), CK_ULONG(digest.size())};
    QByteArray input = digest;
    switch (m_scheme) {
    case SignatureScheme::RsaPkcs1v15:
        input = digest::pkcs1DigestInfo(algorithm, digest);
        break;
    case SignatureScheme::RsaPss:
        mechanism = {CKM_RSA_PKCS_PSS, &pss, sizeof pss};
        break;
    case SignatureScheme::Ecdsa:
        mechanism = {CKM_ECDSA, nullptr, 0};
        break;
    }
    auto signature = signWith(*key, mechanism, input);
    if (!signature)
        return signature.error();
    if (m_scheme != SignatureScheme::Ecdsa)
        return signature;
    const QByteArray der = ecdsaDer(*signature);
    if (der.isEmpty())
        return Error{ErrorCode::External,
                     tr("The token “%1” returned an ECDSA signature VanBan cannot read (%2 bytes).")
                         .arg(token().label)
                         .arg(signature->size())};
    return der;
}

Result<QByteArray> Pkcs11Signer::signWith(CK_OBJECT_HANDLE key, CK_MECHANISM& mechanism, const QByteArray& input) {
    CK_FUNCTION_LIST_PTR f = m_session.module().functions();
    const CK_SESSION_HANDLE session = m_session.handle();
    if (const CK_RV rv = f->C_SignInit(session, &mechanism, key); rv != CKR_OK) {
        if (rv == CKR_USER_NOT_LOGGED_IN)
            return Error{ErrorCode::Permission,
                         tr("Enter the PIN of the token “%1” before signing (%2).")
                             .arg(token().label, pkcs11::returnValueName(rv)),
                         QStringLiteral("pin")};
        return m_session.failure(QStringLiteral("C_SignInit"), rv);
    }
    if (m_alwaysAuthenticate) {
        // The key asks for the PIN once more, for this one operation.
        Status status = m_session.login(m_contextPin, CKU_CONTEXT_SPECIFIC);
        m_contextPin.wipe();
        if (!status) {
            f->C_SignInit(session, nullptr, key); // cancels the operation (PKCS#11 3.0; ignored by older modules)
            return status.error();
        }
    }
    auto* data = reinterpret_cast<CK_BYTE_PTR>(const_cast<char*>(input.constData()));
    CK_ULONG length = 0;
    CK_RV rv = f->C_Sign(session, data, CK_ULONG(input.size()), nullptr, &length);
    if (rv != CKR_OK)
        return m_session.failure(QStringLiteral("C_Sign"), rv);
    QByteArray signature(qsizetype(length), Qt::Uninitialized);
    rv = f->C_Sign(session, data, CK_ULONG(input.size()), reinterpret_cast<CK_BYTE_PTR>(signature.data()), &length);
    if (rv != CKR_OK)
        return m_session.failure(QStringLiteral("C_Sign"), rv);
    signature.truncate(qsizetype(length));
    return signature;
}

} // namespace vanban
