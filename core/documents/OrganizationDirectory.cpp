#include "documents/OrganizationDirectory.h"

#include "search/VietnameseFolding.h"

#include <QCollator>
#include <QLocale>
#include <QSqlQuery>
#include <algorithm>

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

Result<QList<Organization>> OrganizationDirectory::searchActive(Database& db, const QString& text,
                                                                const QString& excludeOrganId) {
    auto q = db.exec(
        QStringLiteral(
            "SELECT organ_id, name, parent_id, old_codes FROM organizations WHERE active = 1 AND organ_id <> ?"),
        {excludeOrganId});
    if (!q)
        return q.error();
    const QStringList words = VietnameseFolding::fold(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QList<Organization> out;
    while (q->next()) {
        Organization o{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString()};
        const QString haystack =
            VietnameseFolding::fold(o.name + QLatin1Char(' ') + o.organId + QLatin1Char(' ') + o.oldCodes);
        if (std::all_of(words.begin(), words.end(), [&](const QString& w) { return haystack.contains(w); }))
            out << o;
    }
    QCollator collator{QLocale(QLocale::Vietnamese, QLocale::Vietnam)};
    std::stable_sort(out.begin(), out.end(), [&](const Organization& a, const Organization& b) {
        return collator.compare(a.name, b.name) < 0;
    });
    return out;
}

} // namespace vanban
