#include "registry/NumberSequence.h"

namespace vanban {

Result<int> NumberSequence::peek(const QString& bookId, int year, bool secret) {
    auto q = m_db.exec(
        QStringLiteral("SELECT last_number FROM number_sequences WHERE book_id = ? AND year = ? AND secret = ?"),
        {bookId, year, secret ? 1 : 0});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() + 1 : 1;
}

Result<int> NumberSequence::take(const QString& bookId, int year, bool secret) {
    auto q = m_db.exec(
        QStringLiteral("SELECT last_number FROM number_sequences WHERE book_id = ? AND year = ? AND secret = ?") +
            m_db.dialect().forUpdate(),
        {bookId, year, secret ? 1 : 0});
    if (!q)
        return q.error();
    if (q->next()) {
        const int next = q->value(0).toInt() + 1;
        auto u = m_db.exec(
            QStringLiteral("UPDATE number_sequences SET last_number = ? WHERE book_id = ? AND year = ? AND secret = ?"),
            {next, bookId, year, secret ? 1 : 0});
        if (!u)
            return u.error();
        return next;
    }
    auto i = m_db.exec(
        QStringLiteral("INSERT INTO number_sequences (book_id, year, secret, last_number) VALUES (?, ?, ?, 1)"),
        {bookId, year, secret ? 1 : 0});
    if (!i)
        return i.error();
    return 1;
}

} // namespace vanban
