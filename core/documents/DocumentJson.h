#pragma once
// The JSON form of documents used by the CLI (canonical DOMAIN.md names in camelCase, see shared/spec/cli.md).

#include "model/Document.h"

#include <QJsonObject>

namespace vanban {

class DocumentJson {
public:
    static QJsonObject toJson(const Document& doc, const QList<HistoryEntry>* history = nullptr);
};

} // namespace vanban
