#include "UnitDirectory.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace vanban::hub {

namespace {
// Compares in time independent of where the strings differ.
bool equalSecrets(const QByteArray& a, const QByteArray& b) {
    unsigned char diff = a.size() == b.size() ? 0 : 1;
    const qsizetype n = std::max(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i)
        diff |= static_cast<unsigned char>((i < a.size() ? a.at(i) : 0) ^ (i < b.size() ? b.at(i) : 0));
    return diff == 0;
}
} // namespace

Result<UnitDirectory> UnitDirectory::load(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::invalid(QStringLiteral("--units"),
                              QStringLiteral("cannot read the units file %1: %2").arg(path, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isArray())
        return Error::invalid(QStringLiteral("--units"), QStringLiteral("the units file %1 is not a JSON array: %2")
                                                             .arg(path, parseError.error != QJsonParseError::NoError
                                                                            ? parseError.errorString()
                                                                            : QStringLiteral("not an array")));
    UnitDirectory directory;
    QSet<QString> organIds;
    const QJsonArray array = doc.array();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        HubUnit unit;
        unit.organId = o.value(QStringLiteral("organId")).toString().trimmed();
        unit.name = o.value(QStringLiteral("name")).toString();
        unit.parentId = o.value(QStringLiteral("parentId")).toString();
        unit.systemId = o.value(QStringLiteral("systemId")).toString().trimmed();
        unit.secret = o.value(QStringLiteral("secret")).toString();
        unit.email = o.value(QStringLiteral("email")).toString();
        unit.oldCode = o.value(QStringLiteral("oldCode")).toString();
        unit.active = o.value(QStringLiteral("active")).toBool(true);
        const QString where = QStringLiteral("units[%1]").arg(i);
        for (const auto& [field, value] :
             {std::pair{QStringLiteral("organId"), unit.organId}, std::pair{QStringLiteral("systemId"), unit.systemId},
              std::pair{QStringLiteral("secret"), unit.secret}})
            if (value.isEmpty())
                return Error::invalid(where + QLatin1Char('.') + field,
                                      QStringLiteral("%1.%2: missing or empty").arg(where, field));
        if (organIds.contains(unit.organId))
            return Error::invalid(where + QStringLiteral(".organId"),
                                  QStringLiteral("%1.organId: %2 appears twice").arg(where, unit.organId));
        if (directory.m_bySystemId.contains(unit.systemId))
            return Error::invalid(where + QStringLiteral(".systemId"),
                                  QStringLiteral("%1.systemId: %2 appears twice").arg(where, unit.systemId));
        organIds.insert(unit.organId);
        directory.m_bySystemId.insert(unit.systemId, directory.m_units.size());
        directory.m_units.append(unit);
    }
    return directory;
}

const HubUnit* UnitDirectory::authenticate(const QString& systemId, const QString& secret) const {
    const auto it = m_bySystemId.constFind(systemId);
    if (it == m_bySystemId.constEnd())
        return nullptr;
    const HubUnit& unit = m_units.at(*it);
    return equalSecrets(unit.secret.toUtf8(), secret.toUtf8()) ? &unit : nullptr;
}

} // namespace vanban::hub
