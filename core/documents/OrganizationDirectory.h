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
    // The agencies active on the exchange (the recipients a document can be sent to), except `excludeOrganId`,
    // whose name or code (mã định danh, old codes) contains every word of `text`, diacritics optional
    // ("nam dan" finds "UBND huyện Nam Đàn"; "12.H41" finds 000.00.12.H41). All of them when text is empty.
    // Ordered by name in Vietnamese order.
    static Result<QList<Organization>> searchActive(Database& db, const QString& text = {},
                                                    const QString& excludeOrganId = {});
};

} // namespace vanban
