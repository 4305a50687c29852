#include "HttpMessage.h"

#include <QJsonDocument>

namespace vanban::hub {

HttpResponse HttpResponse::json(int status, const QJsonObject& object) {
    HttpResponse r;
    r.status = status;
    r.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json; charset=utf-8")});
    r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return r;
}

} // namespace vanban::hub
