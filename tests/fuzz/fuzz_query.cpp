// libFuzzer target: any text typed into the search box or given to `search` becomes an FTS5 MATCH expression
// that SQLite accepts (or a clear "nothing to search" error) — never an FTS syntax error or a crash. Also the
// số/ký hiệu parser on the same bytes.
#include "registry/DocumentCode.h"
#include "search/SearchIndex.h"
#include "search/VietnameseFolding.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static int argc = 1;
    static char name[] = "fuzz_query";
    static char* argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    static QSqlDatabase db = [] {
        QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fuzz"));
        d.setDatabaseName(QStringLiteral(":memory:"));
        d.open();
        QSqlQuery(d).exec(QStringLiteral(
            "CREATE VIRTUAL TABLE s USING fts5(meta, body, tokenize='unicode61 remove_diacritics 0', prefix='2 3')"));
        QSqlQuery(d).exec(QStringLiteral("INSERT INTO s(rowid, meta, body) VALUES (1, 'quyet dinh 12 qd ubnd', '')"));
        return d;
    }();
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    (void)vanban::DocumentCode::parse(text);
    const QString folded = vanban::VietnameseFolding::fold(text);
    (void)folded;
    const QString match = vanban::SearchIndex::matchExpression(text);
    if (match.isEmpty())
        return 0;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT rowid FROM s WHERE s MATCH ?"));
    q.addBindValue(match);
    if (!q.exec()) {
        std::fprintf(stderr, "FTS rejected %s: %s\n", qPrintable(match), qPrintable(q.lastError().text()));
        __builtin_trap();
    }
    return 0;
}
