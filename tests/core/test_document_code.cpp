#include "registry/DocumentCode.h"

#include <catch2/catch.hpp>

using vanban::DocumentCode;

TEST_CASE("Số/ký hiệu splits into number and notation") {
    auto c = DocumentCode::parse(QStringLiteral("12/QĐ-UBND"));
    REQUIRE(c.ok());
    CHECK(c->number == QStringLiteral("12"));
    CHECK(c->notation == QStringLiteral("QĐ-UBND"));

    auto legal = DocumentCode::parse(QStringLiteral("30/2020/NĐ-CP"));
    REQUIRE(legal.ok());
    CHECK(legal->number == QStringLiteral("30"));
    CHECK(legal->notation == QStringLiteral("2020/NĐ-CP"));

    auto withPrefix = DocumentCode::parse(QStringLiteral("Số: 05/ TTr-UBND"));
    REQUIRE(withPrefix.ok());
    CHECK(withPrefix->number == QStringLiteral("05"));
    CHECK(withPrefix->notation == QStringLiteral("TTr-UBND"));
}

TEST_CASE("Notations keep their case (QyĐ, TTr are case-sensitive)") {
    auto c = DocumentCode::parse(QStringLiteral("7/QyĐ-UBND"));
    REQUIRE(c.ok());
    CHECK(c->notation == QStringLiteral("QyĐ-UBND"));
}

TEST_CASE("Malformed codes are refused with the field named") {
    for (const char* bad : {"", "abc/QĐ-UBND", "12/-UBND", "12/QĐ-", "1234567890123/QĐ"}) {
        auto c = DocumentCode::parse(QString::fromUtf8(bad));
        INFO(bad);
        REQUIRE_FALSE(c.ok());
        CHECK(c.error().field == QStringLiteral("code"));
        CHECK(c.error().code == vanban::ErrorCode::Invalid);
    }
    auto tooLong = DocumentCode::parse(QStringLiteral("1/") + QString(31, QLatin1Char('A')));
    CHECK_FALSE(tooLong.ok());
}
