#include "auth/PasswordHasher.h"
#include "auth/UserDirectory.h"
#include "support/TempWorkspace.h"

#include <catch2/catch.hpp>

using namespace vanban;

TEST_CASE("Passwords are stored as salted scrypt hashes and verified") {
    auto h1 = PasswordHasher::hash("mật khẩu 123");
    auto h2 = PasswordHasher::hash("mật khẩu 123");
    REQUIRE(h1.ok());
    REQUIRE(h2.ok());
    CHECK(h1->startsWith("scrypt$131072$8$1$"));
    CHECK(*h1 != *h2); // different salts
    CHECK_FALSE(h1->contains("123"));
    CHECK(PasswordHasher::verify("mật khẩu 123", *h1));
    CHECK_FALSE(PasswordHasher::verify("mật khẩu 124", *h1));
    CHECK_FALSE(PasswordHasher::verify("x", "garbage"));
}

TEST_CASE("Authentication and user administration") {
    test::TempWorkspace tw;
    UserDirectory users(tw.db());
    CHECK(users.authenticate(QStringLiteral("clerk"), test::TempWorkspace::kClerkPassword).ok());
    auto wrong = users.authenticate(QStringLiteral("clerk"), "nope-nope");
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().code == ErrorCode::Permission);
    auto unknown = users.authenticate(QStringLiteral("ghost"), "nope-nope");
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().message == wrong.error().message); // no user enumeration

    SECTION("only an administrator adds users") {
        auto byClerk =
            users.add(tw.clerk(), NewUser{QStringLiteral("x1"), QStringLiteral("X"), Role::Leader, {}}, "password-1");
        REQUIRE_FALSE(byClerk.ok());
        CHECK(byClerk.error().code == ErrorCode::Permission);
        auto byAdmin =
            users.add(tw.admin(), NewUser{QStringLiteral("x1"), QStringLiteral("X"), Role::Leader, {}}, "password-1");
        REQUIRE(byAdmin.ok());
        CHECK(byAdmin->role == Role::Leader);
        auto again =
            users.add(tw.admin(), NewUser{QStringLiteral("x1"), QStringLiteral("X"), Role::Leader, {}}, "password-1");
        REQUIRE_FALSE(again.ok());
        CHECK(again.error().code == ErrorCode::Conflict);
    }
    SECTION("weak input is refused") {
        auto shortPassword =
            users.add(tw.admin(), NewUser{QStringLiteral("x2"), QStringLiteral("X"), Role::Leader, {}}, "short");
        REQUIRE_FALSE(shortPassword.ok());
        CHECK(shortPassword.error().field == QStringLiteral("password"));
        auto badLogin = users.add(
            tw.admin(), NewUser{QStringLiteral("tên có dấu"), QStringLiteral("X"), Role::Leader, {}}, "password-1");
        REQUIRE_FALSE(badLogin.ok());
        CHECK(badLogin.error().field == QStringLiteral("name"));
    }
}
