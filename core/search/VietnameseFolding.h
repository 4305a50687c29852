#pragma once
// Folds Vietnamese text for search: Unicode NFD, combining marks dropped, đ/Đ → d, case folded. "Đồng Ý",
// "dong y" and the NFD spelling of "đồng ý" all fold to "dong y". Used for both indexing and queries, and the
// same function will feed a PostgreSQL index (SQLite's remove_diacritics does not fold đ).

#include <QString>
#include <QStringList>

namespace vanban {

class VietnameseFolding {
public:
    static QString fold(const QString& text);
    // The folded words of a query: runs of letters and digits.
    static QStringList words(const QString& text);
};

} // namespace vanban
