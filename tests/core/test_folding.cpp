#include "search/VietnameseFolding.h"

#include <catch2/catch.hpp>

using vanban::VietnameseFolding;

TEST_CASE("Folding removes Vietnamese diacritics and case, đ included") {
    CHECK(VietnameseFolding::fold(QStringLiteral("Đồng ý")) == QStringLiteral("dong y"));
    CHECK(VietnameseFolding::fold(QStringLiteral("QUYẾT ĐỊNH")) == QStringLiteral("quyet dinh"));
    CHECK(VietnameseFolding::fold(QStringLiteral("Quyết định")) == QStringLiteral("quyet dinh"));
    CHECK(VietnameseFolding::fold(QStringLiteral("đường")) == QStringLiteral("duong"));
    CHECK(VietnameseFolding::fold(QStringLiteral("Ủy ban nhân dân")) == QStringLiteral("uy ban nhan dan"));
    CHECK(VietnameseFolding::fold(QStringLiteral("QĐ-UBND")) == QStringLiteral("qd-ubnd"));
}

TEST_CASE("Folding gives the same result for NFC and NFD input") {
    const QString nfc = QStringLiteral("Hỏa tốc đồng ý");
    const QString nfd = nfc.normalized(QString::NormalizationForm_D);
    REQUIRE(nfc != nfd);
    CHECK(VietnameseFolding::fold(nfd) == VietnameseFolding::fold(nfc));
    CHECK(VietnameseFolding::fold(nfd) == QStringLiteral("hoa toc dong y"));
    // "Hòa" and "Hoà" (old and new tone placement) fold alike.
    CHECK(VietnameseFolding::fold(QStringLiteral("Hòa")) == VietnameseFolding::fold(QStringLiteral("Hoà")));
}

TEST_CASE("Query words are split on punctuation") {
    CHECK(VietnameseFolding::words(QStringLiteral("12/QĐ-UBND")) ==
          QStringList{QStringLiteral("12"), QStringLiteral("qd"), QStringLiteral("ubnd")});
    CHECK(VietnameseFolding::words(QStringLiteral("  V/v  đồng ý, ")) ==
          QStringList{QStringLiteral("v"), QStringLiteral("v"), QStringLiteral("dong"), QStringLiteral("y")});
    CHECK(VietnameseFolding::words(QStringLiteral("—")).isEmpty());
}
