#include "signing/Pkcs11Session.h"

#include <QHash>
#include <algorithm>
#include <cstring>
#include <tuple>
#include <utility>
#include <vector>

namespace vanban {

Result<Pkcs11Session> Pkcs11Session::open(std::shared_ptr<const Pkcs11Module> module, const TokenInfo& token) {
    Pkcs11Session session;
    session.m_module = std::move(module);
    session.m_token = token;
    CK_SESSION_HANDLE handle = CK_INVALID_HANDLE;
    const CK_RV rv =
        session.m_module->functions()->C_OpenSession(token.slotId, CKF_SERIAL_SESSION, nullptr, nullptr, &handle);
    if (rv != CKR_OK)
        return session.failure(QStringLiteral("C_OpenSession"), rv);
    session.m_handle = handle;
    return session;
}

Pkcs11Session::~Pkcs11Session() {
    release();
}

Pkcs11Session::Pkcs11Session(Pkcs11Session&& other) noexcept
    : m_module(std::move(other.m_module))
    , m_token(std::move(other.m_token))
    , m_handle(std::exchange(other.m_handle, CK_INVALID_HANDLE))
    , m_loggedIn(std::exchange(other.m_loggedIn, false)) {}

Pkcs11Session& Pkcs11Session::operator=(Pkcs11Session&& other) noexcept {
    if (this != &other) {
        release();
        m_module = std::move(other.m_module);
        m_token = std::move(other.m_token);
        m_handle = std::exchange(other.m_handle, CK_INVALID_HANDLE);
        m_loggedIn = std::exchange(other.m_loggedIn, false);
    }
    return *this;
}

void Pkcs11Session::release() {
    if (m_module && m_handle != CK_INVALID_HANDLE) {
        if (m_loggedIn)
            m_module->functions()->C_Logout(m_handle);
        m_module->functions()->C_CloseSession(m_handle);
    }
    m_handle = CK_INVALID_HANDLE;
    m_loggedIn = false;
}

Error Pkcs11Session::failure(const QString& what, CK_RV rv) const {
    return Error{ErrorCode::External,
                 tr("The token “%1” failed in %2: %3.").arg(m_token.label, what, pkcs11::returnValueName(rv))};
}

Status Pkcs11Session::login(SecretBuffer& pin, CK_USER_TYPE userType) {
    const bool pinPad = pin.isEmpty() && m_token.protectedAuthenticationPath;
    const CK_RV rv = m_module->functions()->C_Login(m_handle, userType, pinPad ? nullptr : pin.data(),
                                                    pinPad ? 0 : CK_ULONG(pin.size()));
    pin.wipe();
    if (rv == CKR_OK || rv == CKR_USER_ALREADY_LOGGED_IN) {
        if (userType == CKU_USER)
            m_loggedIn = true;
        return {};
    }
    return loginFailure(rv);
}

Error Pkcs11Session::loginFailure(CK_RV rv) const {
    // The token's PIN state after the failure: how many tries are left, or whether it is now locked.
    TokenInfo after = m_token;
    if (auto fresh = m_module->tokenInfo(m_token.slotId))
        after = *fresh;
    const QString code = pkcs11::returnValueName(rv);
    QString message;
    ErrorCode category = ErrorCode::Permission;
    switch (rv) {
    case CKR_PIN_INCORRECT:
        message = tr("The PIN for the token “%1” is wrong (%2).").arg(m_token.label, code);
        break;
    case CKR_PIN_LOCKED:
        message = tr("The token “%1” is locked because a wrong PIN was entered too many times (%2).")
                      .arg(m_token.label, code);
        break;
    case CKR_PIN_LEN_RANGE:
        message = tr("The PIN for the token “%1” is too short or too long (%2).").arg(m_token.label, code);
        break;
    case CKR_PIN_INVALID:
        message = tr("The PIN for the token “%1” contains characters the token does not accept (%2).")
                      .arg(m_token.label, code);
        break;
    case CKR_PIN_EXPIRED:
        message = tr("The PIN for the token “%1” has expired; change it with the token's own software (%2).")
                      .arg(m_token.label, code);
        break;
    case CKR_USER_PIN_NOT_INITIALIZED:
        category = ErrorCode::External;
        message = tr("The token “%1” has no user PIN yet; initialise it with the token's own software (%2).")
                      .arg(m_token.label, code);
        break;
    case CKR_USER_ANOTHER_ALREADY_LOGGED_IN:
        category = ErrorCode::External;
        message =
            tr("Another user (the security officer) is logged in to the token “%1” (%2).").arg(m_token.label, code);
        break;
    case CKR_FUNCTION_CANCELED:
        message = tr("The PIN entry on the token “%1” was cancelled (%2).").arg(m_token.label, code);
        break;
    case CKR_TOKEN_NOT_PRESENT:
    case CKR_DEVICE_REMOVED:
        category = ErrorCode::External;
        message = tr("The token “%1” was removed (%2).").arg(m_token.label, code);
        break;
    default:
        category = ErrorCode::External;
        message = tr("Logging in to the token “%1” failed (%2).").arg(m_token.label, code);
    }
    const QStringList warnings = after.pinWarnings();
    if (!warnings.isEmpty() && category == ErrorCode::Permission)
        message += QLatin1Char(' ') + warnings.join(QLatin1Char(' '));
    return Error{category, message, QStringLiteral("pin")};
}

Status Pkcs11Session::logout() {
    if (!m_loggedIn)
        return {};
    const CK_RV rv = m_module->functions()->C_Logout(m_handle);
    m_loggedIn = false;
    if (rv != CKR_OK && rv != CKR_USER_NOT_LOGGED_IN)
        return failure(QStringLiteral("C_Logout"), rv);
    return {};
}

Result<QList<CK_OBJECT_HANDLE>> Pkcs11Session::findObjects(CK_OBJECT_CLASS objectClass, const QByteArray& id) const {
    CK_ATTRIBUTE attributes[2] = {{CKA_CLASS, &objectClass, sizeof objectClass},
                                  {CKA_ID, const_cast<char*>(id.constData()), CK_ULONG(id.size())}};
    CK_FUNCTION_LIST_PTR f = m_module->functions();
    if (const CK_RV rv = f->C_FindObjectsInit(m_handle, attributes, id.isNull() ? 1 : 2); rv != CKR_OK)
        return failure(QStringLiteral("C_FindObjectsInit"), rv);
    QList<CK_OBJECT_HANDLE> found;
    CK_OBJECT_HANDLE batch[32];
    CK_RV rv = CKR_OK;
    for (;;) {
        CK_ULONG count = 0;
        rv = f->C_FindObjects(m_handle, batch, 32, &count);
        if (rv != CKR_OK || count == 0)
            break;
        found.append(QList<CK_OBJECT_HANDLE>(batch, batch + count));
    }
    f->C_FindObjectsFinal(m_handle);
    if (rv != CKR_OK)
        return failure(QStringLiteral("C_FindObjects"), rv);
    return found;
}

Result<std::optional<QByteArray>> Pkcs11Session::attribute(CK_OBJECT_HANDLE object, CK_ATTRIBUTE_TYPE type) const {
    CK_ATTRIBUTE a = {type, nullptr, 0};
    CK_FUNCTION_LIST_PTR f = m_module->functions();
    CK_RV rv = f->C_GetAttributeValue(m_handle, object, &a, 1);
    if (rv == CKR_ATTRIBUTE_TYPE_INVALID || rv == CKR_ATTRIBUTE_SENSITIVE || a.ulValueLen == CK_UNAVAILABLE_INFORMATION)
        return std::optional<QByteArray>();
    if (rv != CKR_OK)
        return failure(QStringLiteral("C_GetAttributeValue"), rv);
    QByteArray value(qsizetype(a.ulValueLen), Qt::Uninitialized);
    a.pValue = value.data();
    rv = f->C_GetAttributeValue(m_handle, object, &a, 1);
    if (rv != CKR_OK)
        return failure(QStringLiteral("C_GetAttributeValue"), rv);
    value.truncate(qsizetype(a.ulValueLen));
    return std::optional<QByteArray>(value);
}

Result<bool> Pkcs11Session::booleanAttribute(CK_OBJECT_HANDLE object, CK_ATTRIBUTE_TYPE type, bool fallback) const {
    auto value = attribute(object, type);
    if (!value)
        return value.error();
    if (!value->has_value() || (*value)->size() != sizeof(CK_BBOOL))
        return fallback;
    return (*value)->at(0) != 0;
}

Result<QList<TokenCertificate>> Pkcs11Session::certificates() const {
    auto handles = findObjects(CKO_CERTIFICATE);
    if (!handles)
        return handles.error();

    // Keys by CKA_ID: private keys are visible after login only; before, a public key with the same CKA_ID stands
    // for the key pair.
    QHash<QByteArray, QString> keyLabels;
    for (CK_OBJECT_CLASS keyClass : {CKO_PUBLIC_KEY, CKO_PRIVATE_KEY}) {
        auto keys = findObjects(keyClass);
        if (!keys)
            return keys.error();
        for (CK_OBJECT_HANDLE key : *keys) {
            auto id = attribute(key, CKA_ID);
            if (!id)
                return id.error();
            if (!id->has_value() || (*id)->isEmpty())
                continue;
            auto label = attribute(key, CKA_LABEL);
            if (!label)
                return label.error();
            if (keyClass == CKO_PRIVATE_KEY || !keyLabels.contains(**id))
                keyLabels.insert(**id, QString::fromUtf8(label->value_or(QByteArray())));
        }
    }

    QList<TokenCertificate> certificates;
    for (CK_OBJECT_HANDLE handle : *handles) {
        auto type = attribute(handle, CKA_CERTIFICATE_TYPE);
        if (!type)
            return type.error();
        CK_CERTIFICATE_TYPE certificateType = CKC_X_509;
        if (type->has_value() && (*type)->size() == sizeof certificateType)
            memcpy(&certificateType, (*type)->constData(), sizeof certificateType);
        if (certificateType != CKC_X_509)
            continue;
        auto value = attribute(handle, CKA_VALUE);
        if (!value)
            return value.error();
        if (!value->has_value())
            continue;
        auto parsed = TokenCertificate::fromDer(**value);
        if (!parsed)
            continue; // an unreadable object is not ours to judge; the others still list
        TokenCertificate certificate = std::move(parsed).value();
        auto id = attribute(handle, CKA_ID);
        if (!id)
            return id.error();
        auto label = attribute(handle, CKA_LABEL);
        if (!label)
            return label.error();
        const QByteArray idBytes = id->value_or(QByteArray());
        certificate.idHex = QString::fromLatin1(idBytes.toHex());
        certificate.label = QString::fromUtf8(label->value_or(QByteArray()));
        certificate.hasKey = !idBytes.isEmpty() && keyLabels.contains(idBytes);
        certificate.keyLabel = keyLabels.value(idBytes);
        certificates << certificate;
    }
    // Object order is the token's whim; list in a stable order.
    std::sort(certificates.begin(), certificates.end(), [](const TokenCertificate& a, const TokenCertificate& b) {
        return std::tie(a.idHex, a.label, a.sha256) < std::tie(b.idHex, b.label, b.sha256);
    });
    return certificates;
}

} // namespace vanban
