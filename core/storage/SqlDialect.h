#pragma once
// The few places where SQLite and PostgreSQL SQL differ. Repositories build their statements through this so
// that the multi-user PostgreSQL mode can reuse them unchanged.

#include <QString>

namespace vanban {

class SqlDialect {
public:
    enum class Kind { SQLite, PostgreSQL };
    explicit SqlDialect(Kind kind)
        : m_kind(kind) {}
    Kind kind() const { return m_kind; }

    // Starts a transaction that takes the write lock at once, so that read-then-write sequences (the next
    // arrival number) cannot interleave between processes.
    QString beginWrite() const {
        return m_kind == Kind::SQLite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
    }
    // Row lock suffix for SELECTs inside a write transaction (SQLite locks the whole database instead).
    QString forUpdate() const { return m_kind == Kind::SQLite ? QString() : QStringLiteral(" FOR UPDATE"); }
    // Name of the folder of numbered migrations for this dialect.
    QString migrationFolder() const {
        return m_kind == Kind::SQLite ? QStringLiteral("sqlite") : QStringLiteral("postgresql");
    }

private:
    Kind m_kind;
};

} // namespace vanban
