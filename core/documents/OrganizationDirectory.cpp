#include "documents/OrganizationDirectory.h"

#include <QSqlQuery>

namespace vanban {

Result<QList<Organization>> OrganizationDirectory::list(Database& db) {
    auto q = db.exec(QStringLiteral("SELECT organ_id, name, parent_id, old_codes FROM organizations ORDER BY name"));
    if (!q)
        return q.error();
    QList<Organization> out;
    while (q->next())
        out << Organization{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                            q->value(3).toString()};
    return out;
}

} // namespace vanban
