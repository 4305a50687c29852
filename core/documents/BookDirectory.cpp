#include "documents/BookDirectory.h"

#include <QSqlQuery>

namespace vanban {

Result<QList<Book>> BookDirectory::list(Database& db, Direction direction) {
    auto q = db.exec(
        QStringLiteral("SELECT id, name, is_default FROM books WHERE direction = ? ORDER BY is_default DESC, id"),
        {Enums::code(direction)});
    if (!q)
        return q.error();
    QList<Book> out;
    while (q->next())
        out << Book{q->value(0).toString(), direction, q->value(1).toString(), q->value(2).toBool()};
    return out;
}

} // namespace vanban
