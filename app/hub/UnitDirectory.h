#pragma once
// The units file (cli.md, vanban-hub): a JSON array of
//   {"organId", "name", "parentId", "systemId", "secret", optional "email", "oldCode", "active"}.
// One organ per unit; organId and systemId are unique. Secrets stay in memory, never in the hub's database.

#include "common/Result.h"

#include <QHash>
#include <QList>
#include <QString>

namespace vanban::hub {

struct HubUnit {
    QString organId;
    QString name;
    QString parentId;
    QString systemId;
    QString secret;
    QString email;
    QString oldCode;
    bool active = true;
};

class UnitDirectory {
public:
    static Result<UnitDirectory> load(const QString& path);

    const QList<HubUnit>& units() const { return m_units; }
    // The unit whose SystemId and SecretKey these are, or null.
    const HubUnit* authenticate(const QString& systemId, const QString& secret) const;

private:
    QList<HubUnit> m_units;
    QHash<QString, qsizetype> m_bySystemId;
};

} // namespace vanban::hub
