#pragma once
// The register books (sổ đăng ký) of a workspace, e.g. "den" = Sổ văn bản đến. Read-only here; the registration
// dialog offers them in its book selector.

#include "common/Result.h"
#include "model/Enums.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QList>

namespace vanban {

struct Book {
    QString id;
    Direction direction = Direction::Incoming;
    QString name;
    bool isDefault = false;
};

class BookDirectory {
    Q_DECLARE_TR_FUNCTIONS(BookDirectory)

public:
    // The books of one direction, the default book first.
    static Result<QList<Book>> list(Database& db, Direction direction);
};

} // namespace vanban
