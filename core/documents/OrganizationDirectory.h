#pragma once
// The agency directory (danh bạ cơ quan, table organizations): names and identifiers (mã định danh) of the
// agencies documents come from. Read-only here; the registration dialog completes the sender's name from it.

#include "common/Result.h"
#include "model/User.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QList>

namespace vanban {

class OrganizationDirectory {
    Q_DECLARE_TR_FUNCTIONS(OrganizationDirectory)

public:
    // Every agency, ordered by name.
    static Result<QList<Organization>> list(Database& db);
};

} // namespace vanban
