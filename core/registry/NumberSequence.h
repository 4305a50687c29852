#pragma once
// The numbers of a register book (Nghị định 30 Art. 15 and 22): per book and calendar year from 01, with a
// separate sequence for secret documents (Mật, Tối mật, Tuyệt mật). Shared by the incoming register (số đến) and
// the outgoing register (số văn bản đi). take() must run inside Database::write(): the write transaction
// (BEGIN IMMEDIATE on SQLite, SELECT … FOR UPDATE on PostgreSQL) makes the numbers gapless and unique across
// processes; a transaction that rolls back gives its number back.

#include "common/Result.h"
#include "model/Enums.h"
#include "storage/Database.h"

namespace vanban {

class NumberSequence {
public:
    explicit NumberSequence(Database& db)
        : m_db(db) {}

    static bool isSecret(Secrecy secrecy) { return secrecy != Secrecy::None; }

    // The next number of the sequence, taken (inside the caller's write transaction).
    Result<int> take(const QString& bookId, int year, bool secret);
    // The number the next document would get, without taking it (e.g. shown in a dialog).
    Result<int> peek(const QString& bookId, int year, bool secret);

private:
    Database& m_db;
};

} // namespace vanban
