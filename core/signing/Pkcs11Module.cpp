#include "signing/Pkcs11Module.h"

#include <QFileInfo>
#include <QHash>
#include <QLibrary>
#include <mutex>
#include <utility>
#include <vector>

namespace vanban {

namespace {
TokenInfo toTokenInfo(CK_SLOT_ID slot, const CK_TOKEN_INFO& ck) {
    TokenInfo t;
    t.slotId = slot;
    t.label = pkcs11::paddedString(ck.label);
    t.serial = pkcs11::paddedString(ck.serialNumber);
    t.manufacturer = pkcs11::paddedString(ck.manufacturerID);
    t.model = pkcs11::paddedString(ck.model);
    t.initialized = ck.flags & CKF_TOKEN_INITIALIZED;
    t.loginRequired = ck.flags & CKF_LOGIN_REQUIRED;
    t.userPinInitialized = ck.flags & CKF_USER_PIN_INITIALIZED;
    t.protectedAuthenticationPath = ck.flags & CKF_PROTECTED_AUTHENTICATION_PATH;
    t.pinCountLow = ck.flags & CKF_USER_PIN_COUNT_LOW;
    t.pinFinalTry = ck.flags & CKF_USER_PIN_FINAL_TRY;
    t.pinLocked = ck.flags & CKF_USER_PIN_LOCKED;
    t.pinToBeChanged = ck.flags & CKF_USER_PIN_TO_BE_CHANGED;
    return t;
}
} // namespace

namespace {
// Modules loaded in this process, by path. Cryptoki state is per process, not per load: the library is finalized and
// unloaded only when the last Pkcs11Module of that path goes, or another one's sessions would die with it.
struct LoadedLibrary {
    int users = 0;
    bool finalize = false; // one of the loads initialised it
};
std::mutex& registryMutex() {
    static std::mutex m;
    return m;
}
QHash<QString, LoadedLibrary>& registry() {
    static QHash<QString, LoadedLibrary> r;
    return r;
}
} // namespace

Result<Pkcs11Module> Pkcs11Module::load(const QString& path, const FunctionListFilter& filter) {
    if (path.trimmed().isEmpty())
        return Error{ErrorCode::External, tr("No PKCS#11 module is set: choose the token driver's library.")};
    const QFileInfo file(path);
    if (!file.exists())
        return Error{ErrorCode::External,
                     tr("The PKCS#11 module %1 does not exist: is the token driver installed?").arg(path)};

    Pkcs11Module module;
    module.m_path = file.absoluteFilePath();
    module.m_library = std::make_unique<QLibrary>(module.m_path);
    if (!module.m_library->load())
        return Error{ErrorCode::External,
                     tr("Cannot load the PKCS#11 module %1: %2").arg(path, module.m_library->errorString())};
    auto getFunctionList = reinterpret_cast<CK_C_GetFunctionList>(module.m_library->resolve("C_GetFunctionList"));
    if (!getFunctionList)
        return Error{ErrorCode::External,
                     tr("The library %1 is not a PKCS#11 module: it has no C_GetFunctionList.").arg(path)};
    CK_FUNCTION_LIST_PTR functions = nullptr;
    if (const CK_RV rv = getFunctionList(&functions); rv != CKR_OK || !functions)
        return module.failure(QStringLiteral("C_GetFunctionList"), rv != CKR_OK ? rv : CKR_GENERAL_ERROR);
    module.m_functions = filter ? filter(functions) : functions;

    CK_C_INITIALIZE_ARGS args = {};
    args.flags = CKF_OS_LOCKING_OK;
    const CK_RV rv = module.m_functions->C_Initialize(&args);
    if (rv != CKR_OK && rv != CKR_CRYPTOKI_ALREADY_INITIALIZED)
        return module.failure(QStringLiteral("C_Initialize"), rv);
    {
        const std::lock_guard lock(registryMutex());
        LoadedLibrary& loaded = registry()[module.m_path];
        loaded.users++;
        loaded.finalize = loaded.finalize || rv == CKR_OK;
    }
    module.m_registered = true;
    return module;
}

Result<std::shared_ptr<Pkcs11Module>> Pkcs11Module::loadShared(const QString& path, const FunctionListFilter& filter) {
    auto module = load(path, filter);
    if (!module)
        return module.error();
    return std::make_shared<Pkcs11Module>(std::move(module).value());
}

Pkcs11Module::~Pkcs11Module() {
    release();
}

Pkcs11Module::Pkcs11Module(Pkcs11Module&& other) noexcept
    : m_path(std::move(other.m_path))
    , m_library(std::move(other.m_library))
    , m_functions(std::exchange(other.m_functions, nullptr))
    , m_registered(std::exchange(other.m_registered, false)) {}

Pkcs11Module& Pkcs11Module::operator=(Pkcs11Module&& other) noexcept {
    if (this != &other) {
        release();
        m_path = std::move(other.m_path);
        m_library = std::move(other.m_library);
        m_functions = std::exchange(other.m_functions, nullptr);
        m_registered = std::exchange(other.m_registered, false);
    }
    return *this;
}

void Pkcs11Module::release() {
    bool last = true;
    bool finalize = false;
    if (m_registered) {
        const std::lock_guard lock(registryMutex());
        LoadedLibrary& loaded = registry()[m_path];
        last = --loaded.users == 0;
        finalize = last && loaded.finalize;
        if (last)
            registry().remove(m_path);
    }
    if (m_functions && finalize)
        m_functions->C_Finalize(nullptr);
    m_functions = nullptr;
    m_registered = false;
    if (m_library) {
        if (last)
            m_library->unload(); // QLibrary does not count loads by path: unloading earlier unmaps it for the others
        m_library.reset();
    }
}

Error Pkcs11Module::failure(const QString& what, CK_RV rv) const {
    return Error{ErrorCode::External, tr("The PKCS#11 module %1 failed in %2: %3.")
                                          .arg(QFileInfo(m_path).fileName(), what, pkcs11::returnValueName(rv))};
}

Result<ModuleInfo> Pkcs11Module::info() const {
    CK_INFO ck = {};
    if (const CK_RV rv = m_functions->C_GetInfo(&ck); rv != CKR_OK)
        return failure(QStringLiteral("C_GetInfo"), rv);
    ModuleInfo info;
    info.path = m_path;
    info.manufacturer = pkcs11::paddedString(ck.manufacturerID);
    info.description = pkcs11::paddedString(ck.libraryDescription);
    info.cryptokiVersion =
        QStringLiteral("%1.%2").arg(ck.cryptokiVersion.major).arg(ck.cryptokiVersion.minor, 2, 10, QLatin1Char('0'));
    info.libraryVersion =
        QStringLiteral("%1.%2").arg(ck.libraryVersion.major).arg(ck.libraryVersion.minor, 2, 10, QLatin1Char('0'));
    return info;
}

Result<QList<SlotInfo>> Pkcs11Module::slotList() const {
    CK_ULONG count = 0;
    if (const CK_RV rv = m_functions->C_GetSlotList(CK_FALSE, nullptr, &count); rv != CKR_OK)
        return failure(QStringLiteral("C_GetSlotList"), rv);
    std::vector<CK_SLOT_ID> ids(count);
    if (count > 0) {
        if (const CK_RV rv = m_functions->C_GetSlotList(CK_FALSE, ids.data(), &count); rv != CKR_OK)
            return failure(QStringLiteral("C_GetSlotList"), rv);
        ids.resize(count);
    }
    QList<SlotInfo> found;
    for (CK_SLOT_ID id : ids) {
        CK_SLOT_INFO ck = {};
        if (const CK_RV rv = m_functions->C_GetSlotInfo(id, &ck); rv != CKR_OK)
            return failure(QStringLiteral("C_GetSlotInfo"), rv);
        SlotInfo slot;
        slot.id = id;
        slot.description = pkcs11::paddedString(ck.slotDescription);
        slot.manufacturer = pkcs11::paddedString(ck.manufacturerID);
        slot.tokenPresent = ck.flags & CKF_TOKEN_PRESENT;
        slot.removableDevice = ck.flags & CKF_REMOVABLE_DEVICE;
        slot.hardwareSlot = ck.flags & CKF_HW_SLOT;
        if (slot.tokenPresent) {
            auto token = tokenInfo(id);
            if (token)
                slot.token = *token;
            // A token that cannot be read (removed meanwhile, unrecognised) leaves the slot listed without it.
        }
        found << slot;
    }
    return found;
}

Result<TokenInfo> Pkcs11Module::tokenInfo(CK_SLOT_ID slot) const {
    CK_TOKEN_INFO ck = {};
    if (const CK_RV rv = m_functions->C_GetTokenInfo(slot, &ck); rv != CKR_OK)
        return failure(QStringLiteral("C_GetTokenInfo"), rv);
    return toTokenInfo(slot, ck);
}

Result<QList<CK_MECHANISM_TYPE>> Pkcs11Module::mechanisms(CK_SLOT_ID slot) const {
    CK_ULONG count = 0;
    if (const CK_RV rv = m_functions->C_GetMechanismList(slot, nullptr, &count); rv != CKR_OK)
        return failure(QStringLiteral("C_GetMechanismList"), rv);
    std::vector<CK_MECHANISM_TYPE> list(count);
    if (count > 0) {
        if (const CK_RV rv = m_functions->C_GetMechanismList(slot, list.data(), &count); rv != CKR_OK)
            return failure(QStringLiteral("C_GetMechanismList"), rv);
        list.resize(count);
    }
    return QList<CK_MECHANISM_TYPE>(list.begin(), list.end());
}

Result<TokenInfo> Pkcs11Module::findToken(const TokenSelector& selector) const {
    auto all = slotList();
    if (!all)
        return all.error();
    QList<TokenInfo> tokens;
    for (const SlotInfo& slot : *all) {
        if (slot.token && slot.token->initialized)
            tokens << *slot.token;
    }
    if (tokens.isEmpty())
        return Error{ErrorCode::External,
                     tr("No token is inserted for the PKCS#11 module %1.").arg(QFileInfo(m_path).fileName())};
    const QString wanted = selector.labelOrSerial.trimmed();
    QStringList names;
    for (const TokenInfo& t : tokens)
        names << t.displayName();
    if (wanted.isEmpty()) {
        if (tokens.size() == 1)
            return tokens.first();
        return Error{ErrorCode::Invalid,
                     tr("Several tokens are inserted (%1): choose one by its label or serial number.")
                         .arg(names.join(QStringLiteral(", "))),
                     QStringLiteral("token")};
    }
    QList<TokenInfo> byLabel, bySerial;
    for (const TokenInfo& t : tokens) {
        if (t.label == wanted)
            byLabel << t;
        if (t.serial.compare(wanted, Qt::CaseInsensitive) == 0)
            bySerial << t;
    }
    const QList<TokenInfo>& matches = byLabel.isEmpty() ? bySerial : byLabel;
    if (matches.size() == 1)
        return matches.first();
    if (matches.isEmpty())
        return Error{ErrorCode::Invalid,
                     tr("No token has the label or serial number “%1”; inserted: %2.")
                         .arg(wanted, names.join(QStringLiteral(", "))),
                     QStringLiteral("token")};
    return Error{ErrorCode::Invalid,
                 tr("Several tokens have the label “%1”: choose one by its serial number.").arg(wanted),
                 QStringLiteral("token")};
}

} // namespace vanban
