#pragma once
// A PKCS#11 module (the token vendor's library), loaded by path: C_GetFunctionList, C_Initialize with
// CKF_OS_LOCKING_OK, C_Finalize and unload in the destructor. Move-only. Every call blocks (a token may take seconds):
// run them off the UI thread. The module may be used from several threads; a session from one thread at a time.
//
// Share a loaded module with std::shared_ptr: sessions and signers keep it alive. Loading the same module twice in
// one process is allowed (the second C_Initialize answers CKR_CRYPTOKI_ALREADY_INITIALIZED): the loads of one path
// are counted, and C_Finalize and the unload come with the last one, so no load pulls the library from under another.

#include "common/Result.h"
#include "signing/Pkcs11.h"
#include "signing/TokenInfo.h"

#include <QCoreApplication>
#include <QList>
#include <functional>
#include <memory>

class QLibrary;

namespace vanban {

class Pkcs11Module {
    Q_DECLARE_TR_FUNCTIONS(Pkcs11Module)

public:
    // A test seam: receives the module's function list and returns the one to use (e.g. a copy whose C_Login counts
    // its calls and forwards). Applied before C_Initialize.
    using FunctionListFilter = std::function<CK_FUNCTION_LIST_PTR(CK_FUNCTION_LIST_PTR)>;

    static Result<Pkcs11Module> load(const QString& path, const FunctionListFilter& filter = {});
    static Result<std::shared_ptr<Pkcs11Module>> loadShared(const QString& path, const FunctionListFilter& filter = {});

    ~Pkcs11Module();
    Pkcs11Module(Pkcs11Module&& other) noexcept;
    Pkcs11Module& operator=(Pkcs11Module&& other) noexcept;
    Pkcs11Module(const Pkcs11Module&) = delete;
    Pkcs11Module& operator=(const Pkcs11Module&) = delete;

    const QString& path() const { return m_path; }
    CK_FUNCTION_LIST_PTR functions() const { return m_functions; }

    Result<ModuleInfo> info() const;
    // Every slot, with its token's information when one is present.
    Result<QList<SlotInfo>> slotList() const;
    Result<TokenInfo> tokenInfo(CK_SLOT_ID slot) const;
    Result<QList<CK_MECHANISM_TYPE>> mechanisms(CK_SLOT_ID slot) const;
    // The initialised token whose label or serial is the selector's (Invalid when none or several match; External
    // when no token is present at all).
    Result<TokenInfo> findToken(const TokenSelector& selector) const;

    // An External error "<what> failed: <CKR name>" naming this module.
    Error failure(const QString& what, CK_RV rv) const;

private:
    Pkcs11Module() = default;
    void release();

    QString m_path;
    std::unique_ptr<QLibrary> m_library;
    CK_FUNCTION_LIST_PTR m_functions = nullptr;
    bool m_registered = false; // counted in the process's list of loaded modules (finalized by the last one)
};

} // namespace vanban
