#pragma once
// What a PKCS#11 slot and its token say about themselves (C_GetSlotInfo / C_GetTokenInfo), as value types.

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>

namespace vanban {

struct TokenInfo {
    Q_DECLARE_TR_FUNCTIONS(TokenInfo)

public:
    unsigned long slotId = 0; // valid while the module is loaded; select tokens by label or serial, never by slot
    QString label;
    QString serial;
    QString manufacturer;
    QString model;
    bool initialized = false;
    bool loginRequired = false;
    bool userPinInitialized = false;
    bool protectedAuthenticationPath = false; // PIN pad on the reader or token
    bool pinCountLow = false;                 // a wrong PIN was entered since the last successful login
    bool pinFinalTry = false;                 // one more wrong PIN locks the token
    bool pinLocked = false;
    bool pinToBeChanged = false;

    // Translated sentences for the PIN state flags that are set ("Few PIN tries are left …"), empty when none.
    QStringList pinWarnings() const;
    // "VanBan Test (serial 1a2b…)"
    QString displayName() const;
};

struct SlotInfo {
    unsigned long id = 0;
    QString description;
    QString manufacturer;
    bool tokenPresent = false;
    bool removableDevice = false;
    bool hardwareSlot = false;
    std::optional<TokenInfo> token; // when a token is present
};

struct ModuleInfo {
    QString path;
    QString manufacturer;
    QString description;
    QString cryptokiVersion; // "2.40"
    QString libraryVersion;
};

// Selects a token by its label or its serial number (not by slot id, which changes between runs). Empty: the only
// initialised token.
struct TokenSelector {
    QString labelOrSerial;
};

} // namespace vanban
