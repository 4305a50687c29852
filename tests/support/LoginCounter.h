#pragma once
// A test seam for Pkcs11Module::load: wraps the module's function list so that every C_Login is recorded (its user
// type) and forwarded. Tests check that a PIN is tried once and never retried by the program itself.

#include "signing/Pkcs11.h"

#include <vector>

namespace vanban::test {

struct LoginCounter {
    static inline CK_FUNCTION_LIST_PTR original = nullptr;
    static inline CK_FUNCTION_LIST copy = {};
    static inline std::vector<CK_USER_TYPE> logins;

    static CK_RV login(CK_SESSION_HANDLE session, CK_USER_TYPE user, CK_UTF8CHAR_PTR pin, CK_ULONG length) {
        logins.push_back(user);
        return original->C_Login(session, user, pin, length);
    }
    // Pkcs11Module::FunctionListFilter: resets the record and returns the wrapped list.
    static CK_FUNCTION_LIST_PTR wrap(CK_FUNCTION_LIST_PTR functions) {
        original = functions;
        copy = *functions;
        copy.C_Login = &LoginCounter::login;
        logins.clear();
        return &copy;
    }
};

} // namespace vanban::test
