#include "HubApi.h"

#include "EnvelopeScanner.h"
#include "MultipartParser.h"

#include "common/Sha256.h"
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>
#include <cstdio>

namespace vanban::hub {

namespace {
const QString kTimeFormat = QStringLiteral("yyyy/MM/dd HH:mm:ss");
const QString kDateFormat = QStringLiteral("yyyy/MM/dd");

HttpResponse apiError(int httpStatus, const char* errorCode, const QString& desc) {
    return HttpResponse::json(httpStatus, QJsonObject{{QStringLiteral("success"), false},
                                                      {QStringLiteral("errorCode"), QString::fromLatin1(errorCode)},
                                                      {QStringLiteral("errorDesc"), desc}});
}

HttpResponse badRequest(const QString& desc) {
    return apiError(400, "10", desc);
}
HttpResponse systemError(const Error& e) {
    std::fprintf(stderr, "vanban-hub: %s\n", qPrintable(e.message));
    return apiError(500, "20", QStringLiteral("Lỗi hệ thống trục liên thông: %1").arg(e.message));
}

QString formatTime(qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms).toString(kTimeFormat);
}

QJsonObject ok() {
    return QJsonObject{{QStringLiteral("success"), true}, {QStringLiteral("message"), QStringLiteral("OK")}};
}

// fromDate/toDate (yyyy/MM/dd, inclusive, local time) as [fromMs, toMs).
std::optional<QString> dateRange(const HttpRequest& request, qint64& fromMs, qint64& toMs) {
    fromMs = std::numeric_limits<qint64>::min();
    toMs = std::numeric_limits<qint64>::max();
    for (const QString& name : {QStringLiteral("fromDate"), QStringLiteral("toDate")}) {
        if (!request.query.hasQueryItem(name))
            continue;
        const QString value = request.query.queryItemValue(name, QUrl::FullyDecoded).trimmed();
        const QDate date = QDate::fromString(value, kDateFormat);
        if (!date.isValid())
            return QStringLiteral("Tham số %1 không hợp lệ: \"%2\" (định dạng YYYY/MM/DD)").arg(name, value);
        if (name == QLatin1String("fromDate"))
            fromMs = date.startOfDay().toMSecsSinceEpoch();
        else
            toMs = date.addDays(1).startOfDay().toMSecsSinceEpoch();
    }
    return std::nullopt;
}

QString receiveStatusDesc(const QString& status, const QString& reason) {
    if (status == QLatin1String("done"))
        return QStringLiteral("Đã nhận");
    if (status == QLatin1String("fail"))
        return reason.isEmpty() ? QStringLiteral("Nhận lỗi") : QStringLiteral("Nhận lỗi: %1").arg(reason);
    return QStringLiteral("Chưa nhận");
}

HttpResponse fromStored(const StoredResponse& stored) {
    HttpResponse r;
    r.status = stored.httpStatus;
    r.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json; charset=utf-8")});
    r.headers.append({QByteArrayLiteral("X-Idempotent-Replay"), QByteArrayLiteral("true")});
    r.body = stored.body;
    return r;
}
} // namespace

HubApi::HubApi(HubStore& store, const UnitDirectory& units, FaultInjector& faults, qint64 maxPackageBytes)
    : m_store(store)
    , m_units(units)
    , m_faults(faults)
    , m_maxPackageBytes(maxPackageBytes) {}

Status HubApi::loadDirectory() {
    auto rows = m_store.organizations();
    if (!rows)
        return rows.error();
    m_organs.clear();
    for (const OrganizationRow& row : *rows)
        m_organs.insert(row.organId, row);
    return {};
}

HttpResponse HubApi::failure(const HttpRequestParser::Failure& f) {
    if (f.tooLarge)
        return apiError(413, "41", QStringLiteral("Gói tin vượt quá dung lượng cho phép (200 MiB): %1").arg(f.reason));
    return apiError(f.httpStatus >= 500 ? f.httpStatus : 400, f.httpStatus >= 500 ? "20" : "10",
                    QStringLiteral("Yêu cầu không hợp lệ: %1").arg(f.reason));
}

HttpResponse HubApi::handle(const HttpRequest& request) {
    const quint64 number = ++m_requestCount;
    QString who;
    std::optional<Route> matched;
    QString faultNote;
    HttpResponse response;
    if (m_faults.nextFail()) { // before doing anything
        response = apiError(503, "20", QStringLiteral("Lỗi hệ thống trục liên thông (lỗi giả lập)"));
        faultNote = QStringLiteral(" [fault: fail]");
    } else {
        response = route(request, who, matched);
        if (response.headers.contains({QByteArrayLiteral("X-Idempotent-Replay"), QByteArrayLiteral("true")}))
            faultNote = QStringLiteral(" [replay]");
        if (matched == Route::SendEdoc || matched == Route::UpdateStatus) {
            if (m_faults.nextDrop()) {
                response.dropWithoutAnswer = true;
                faultNote += QStringLiteral(" [fault: drop after commit]");
            }
        } else if (matched) {
            if (m_faults.nextTruncate()) {
                response.truncateBody = true;
                faultNote += QStringLiteral(" [fault: truncate]");
            }
        }
    }
    std::fprintf(stderr, "#%llu %s %s %s -> %d%s\n", static_cast<unsigned long long>(number),
                 request.method.constData(), qPrintable(request.path),
                 qPrintable(who.isEmpty() ? QStringLiteral("-") : who), response.status, qPrintable(faultNote));
    std::fflush(stderr);
    return response;
}

HttpResponse HubApi::route(const HttpRequest& request, QString& who, std::optional<Route>& matched) {
    static const QHash<QString, std::pair<Route, QByteArray>> routes = {
        {QStringLiteral("/v1/sendEdoc"), {Route::SendEdoc, "POST"}},
        {QStringLiteral("/v1/syncReceivedEdocList"), {Route::SyncReceived, "GET"}},
        {QStringLiteral("/v1/downloadEdoc"), {Route::Download, "GET"}},
        {QStringLiteral("/v1/getEdoc"), {Route::GetEdoc, "GET"}},
        {QStringLiteral("/v1/updateStatus"), {Route::UpdateStatus, "POST"}},
        {QStringLiteral("/v1/getSentEdocList"), {Route::SentList, "GET"}},
        {QStringLiteral("/v1/organizations"), {Route::Organizations, "GET"}},
    };
    QString path = request.path;
    while (path.size() > 1 && path.endsWith(QLatin1Char('/')))
        path.chop(1);
    const auto it = routes.constFind(path);
    if (it == routes.constEnd())
        return apiError(404, "10", QStringLiteral("Không có API %1").arg(request.path));
    if (request.method != it->second) {
        HttpResponse r = apiError(
            405, "10", QStringLiteral("API %1 chỉ nhận phương thức %2").arg(path, QString::fromLatin1(it->second)));
        r.headers.append({QByteArrayLiteral("Allow"), it->second});
        return r;
    }
    matched = it->first;

    const QString systemId = QString::fromUtf8(request.header("x-systemid")).trimmed();
    who = systemId;
    const HubUnit* unit = m_units.authenticate(systemId, QString::fromUtf8(request.header("x-secretkey")));
    if (!unit)
        return apiError(401, "15", QStringLiteral("Sai SystemId hoặc SecretKey"));

    RequestKey key{systemId, QString::fromUtf8(request.header("x-request-id")).trimmed()};
    if (key.requestId.size() > 200)
        return badRequest(QStringLiteral("X-Request-Id quá dài (tối đa 200 ký tự)"));
    if (!key.isEmpty() && (it->first == Route::SendEdoc || it->first == Route::UpdateStatus)) {
        auto stored = m_store.storedResponse(key);
        if (!stored)
            return systemError(stored.error());
        if (*stored)
            return fromStored(**stored);
    }

    switch (it->first) {
    case Route::SendEdoc:
        return sendEdoc(request, *unit, key);
    case Route::UpdateStatus:
        return updateStatus(request, *unit, key);
    case Route::SyncReceived:
        return syncReceived(request, *unit);
    case Route::Download:
        return download(request, *unit);
    case Route::GetEdoc:
        return getEdoc(request, *unit);
    case Route::SentList:
        return sentList(request, *unit);
    case Route::Organizations:
        return organizations(request);
    }
    return badRequest(QStringLiteral("API không hỗ trợ"));
}

HttpResponse HubApi::sendEdoc(const HttpRequest& request, const HubUnit& unit, const RequestKey& key) {
    const QByteArray boundary = MultipartParser::boundaryOf(request.header("content-type"));
    if (boundary.isEmpty())
        return badRequest(QStringLiteral("Yêu cầu phải là multipart/form-data có boundary"));
    if (!request.body)
        return badRequest(QStringLiteral("Yêu cầu không có nội dung"));
    auto parts = MultipartParser::parse(*request.body, boundary);
    if (!parts)
        return badRequest(QStringLiteral("Nội dung multipart không hợp lệ: %1").arg(parts.error().message));

    const MultipartPart* typePart = nullptr;
    const MultipartPart* filePart = nullptr;
    for (const MultipartPart& part : *parts) {
        if (part.name == QLatin1String("messageType") && !typePart)
            typePart = &part;
        else if (part.name == QLatin1String("edocFile") && !filePart)
            filePart = &part;
    }
    if (!typePart)
        return badRequest(QStringLiteral("Thiếu trường messageType"));
    if (!filePart)
        return badRequest(QStringLiteral("Thiếu tệp edocFile"));
    if (typePart->length > 64)
        return badRequest(QStringLiteral("Trường messageType không hợp lệ"));
    request.body->seek(typePart->offset);
    const QString messageType = QString::fromUtf8(request.body->read(typePart->length)).trimmed();
    if (messageType != QLatin1String("edoc") && messageType != QLatin1String("status"))
        return badRequest(QStringLiteral("messageType không hợp lệ: \"%1\" (edoc hoặc status)").arg(messageType));
    if (filePart->length == 0)
        return badRequest(QStringLiteral("Tệp edocFile rỗng"));
    if (filePart->length > m_maxPackageBytes)
        return apiError(413, "41",
                        QStringLiteral("Gói tin %1 byte vượt quá dung lượng cho phép (%2 MiB)")
                            .arg(filePart->length)
                            .arg(m_maxPackageBytes >> 20));

    // Copy the package out of the request body, hashing it on the way.
    QTemporaryFile package(m_store.tempDir() + QStringLiteral("/package-XXXXXX"));
    if (!package.open())
        return apiError(500, "21", QStringLiteral("Lỗi xử lý tệp: không tạo được tệp tạm"));
    vanban::Sha256 sha;
    request.body->seek(filePart->offset);
    for (qint64 left = filePart->length; left > 0;) {
        const QByteArray chunk = request.body->read(std::min<qint64>(left, 1 << 20));
        if (chunk.isEmpty() || package.write(chunk) != chunk.size())
            return apiError(500, "21", QStringLiteral("Lỗi xử lý tệp: không ghi được gói tin"));
        sha.addData(chunk);
        left -= chunk.size();
    }
    if (!package.flush() || !package.seek(0))
        return apiError(500, "21", QStringLiteral("Lỗi xử lý tệp: không ghi được gói tin"));

    auto envelope = EnvelopeScanner::scan(package);
    if (!envelope)
        return apiError(400, "22",
                        QStringLiteral("Gói tin edXML không đúng chuẩn QCVN 102: %1").arg(envelope.error().message));
    if (envelope->isStatus() != (messageType == QLatin1String("status")))
        return apiError(400, "22",
                        envelope->isStatus()
                            ? QStringLiteral("messageType là edoc nhưng gói tin là gói trạng thái (có StatusCode)")
                            : QStringLiteral("messageType là status nhưng gói tin không có StatusCode"));
    if (envelope->fromOrganId != unit.organId)
        return apiError(403, "19",
                        QStringLiteral("Đơn vị gửi %1 không thuộc SystemId %2 (đơn vị của SystemId: %3)")
                            .arg(envelope->fromOrganId, unit.systemId, unit.organId));
    if (!unit.active)
        return apiError(403, "19", QStringLiteral("Đơn vị gửi %1 đã ngừng hoạt động").arg(unit.organId));

    const QStringList recipients = envelope->isStatus() ? envelope->responseForOrganIds : envelope->toOrganIds;
    QStringList unknown;
    QStringList locked;
    for (const QString& organ : recipients) {
        const auto found = m_organs.constFind(organ);
        if (found == m_organs.constEnd())
            unknown.append(organ);
        else if (!found->active)
            locked.append(organ);
    }
    if (!unknown.isEmpty())
        return apiError(422, "18",
                        QStringLiteral("Đơn vị nhận không tồn tại: %1").arg(unknown.join(QStringLiteral(", "))));
    if (!locked.isEmpty())
        return apiError(423, "23", QStringLiteral("Đơn vị nhận đã bị khóa: %1").arg(locked.join(QStringLiteral(", "))));

    const QString docId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QJsonObject body = ok();
    body.insert(QStringLiteral("docId"), docId);
    HttpResponse response = HttpResponse::json(200, body);
    NewPackage p{docId,
                 messageType,
                 unit.organId,
                 unit.systemId,
                 QString::fromLatin1(sha.result().toHex()),
                 filePart->length,
                 recipients};
    package.close();
    if (Status s = m_store.addPackage(p, package.fileName(), QDateTime::currentMSecsSinceEpoch(), key,
                                      StoredResponse{200, response.body});
        !s)
        return systemError(s.error());
    package.setAutoRemove(false); // renamed into the package store
    return response;
}

HttpResponse HubApi::updateStatus(const HttpRequest& request, const HubUnit& unit, const RequestKey& key) {
    if (!request.body || request.bodySize > 64 * 1024)
        return badRequest(QStringLiteral("Nội dung JSON thiếu hoặc quá lớn"));
    request.body->seek(0);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body->readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return badRequest(QStringLiteral("Nội dung không phải đối tượng JSON: %1").arg(parseError.errorString()));
    const QJsonObject o = doc.object();
    const QString docId = o.value(QStringLiteral("docId")).toString().trimmed();
    const QString status = o.value(QStringLiteral("status")).toString().trimmed();
    const QString reason = o.value(QStringLiteral("reason")).toString().trimmed();
    if (docId.isEmpty())
        return badRequest(QStringLiteral("Thiếu docId"));
    if (status != QLatin1String("done") && status != QLatin1String("fail"))
        return badRequest(QStringLiteral("Trạng thái không hợp lệ: \"%1\" (done hoặc fail)").arg(status));
    HttpResponse response = HttpResponse::json(200, ok());
    Status s = m_store.acknowledge(docId, unit.organId, status, status == QLatin1String("fail") ? reason : QString(),
                                   QDateTime::currentMSecsSinceEpoch(), key, StoredResponse{200, response.body});
    if (!s && s.error().code == ErrorCode::NotFound)
        return apiError(404, "40",
                        QStringLiteral("Không tìm thấy văn bản %1 gửi đến đơn vị %2").arg(docId, unit.organId));
    if (!s)
        return systemError(s.error());
    return response;
}

HttpResponse HubApi::syncReceived(const HttpRequest& request, const HubUnit& unit) {
    const QString messageType = request.query.queryItemValue(QStringLiteral("messageType")).trimmed();
    if (messageType != QLatin1String("edoc") && messageType != QLatin1String("status"))
        return badRequest(messageType.isEmpty()
                              ? QStringLiteral("Thiếu tham số messageType")
                              : QStringLiteral("messageType không hợp lệ: \"%1\" (edoc hoặc status)").arg(messageType));
    qint64 fromMs, toMs;
    if (auto problem = dateRange(request, fromMs, toMs))
        return badRequest(*problem);
    auto rows = m_store.pendingFor(unit.organId, messageType, fromMs, toMs);
    if (!rows)
        return systemError(rows.error());
    QJsonArray data;
    for (const DeliveryRow& row : *rows)
        data.append(QJsonObject{{QStringLiteral("docId"), row.docId},
                                {QStringLiteral("messageType"), row.messageType},
                                {QStringLiteral("serviceType"), QStringLiteral("eDoc")},
                                {QStringLiteral("from"), row.fromOrgan},
                                {QStringLiteral("to"), row.toOrgan},
                                {QStringLiteral("status"), row.status},
                                {QStringLiteral("statusDesc"), receiveStatusDesc(row.status, row.reason)},
                                {QStringLiteral("createdTime"), formatTime(row.createdMs)},
                                {QStringLiteral("updatedTime"), formatTime(row.updatedMs)}});
    QJsonObject body = ok();
    body.insert(QStringLiteral("count"), data.size());
    body.insert(QStringLiteral("data"), data);
    return HttpResponse::json(200, body);
}

HttpResponse HubApi::download(const HttpRequest& request, const HubUnit& unit) {
    const QString docId = request.query.queryItemValue(QStringLiteral("docId")).trimmed();
    if (docId.isEmpty())
        return badRequest(QStringLiteral("Thiếu tham số docId"));
    auto package = m_store.packageFor(docId, unit.organId);
    if (!package)
        return systemError(package.error());
    if (!*package)
        return apiError(404, "40",
                        QStringLiteral("Không tìm thấy văn bản %1 gửi đến đơn vị %2").arg(docId, unit.organId));
    auto file = std::make_shared<QFile>((*package)->filePath);
    if (!file->open(QIODevice::ReadOnly) || file->size() != (*package)->size)
        return apiError(500, "21", QStringLiteral("Lỗi xử lý tệp: không đọc được gói tin %1").arg(docId));
    HttpResponse r;
    r.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/xml")});
    r.headers.append({QByteArrayLiteral("X-Content-SHA256"), (*package)->sha256.toLatin1()});
    r.headers.append({QByteArrayLiteral("Content-Disposition"),
                      QByteArrayLiteral("attachment; filename=\"") + docId.toLatin1() + QByteArrayLiteral(".edxml\"")});
    r.bodyDeviceSize = file->size();
    r.bodyDevice = std::move(file);
    return r;
}

HttpResponse HubApi::getEdoc(const HttpRequest& request, const HubUnit& unit) {
    const QString docId = request.query.queryItemValue(QStringLiteral("docId")).trimmed();
    if (docId.isEmpty())
        return badRequest(QStringLiteral("Thiếu tham số docId"));
    auto package = m_store.packageFor(docId, unit.organId);
    if (!package)
        return systemError(package.error());
    if (!*package)
        return apiError(404, "40",
                        QStringLiteral("Không tìm thấy văn bản %1 gửi đến đơn vị %2").arg(docId, unit.organId));
    const PackageInfo& p = **package;
    QFile in(p.filePath);
    if (!in.open(QIODevice::ReadOnly))
        return apiError(500, "21", QStringLiteral("Lỗi xử lý tệp: không đọc được gói tin %1").arg(docId));

    // The JSON is written to a temporary file around the base64 of the package, which is encoded in chunks.
    static const QString kPlaceholder = QStringLiteral("@@EDXML@@");
    const QJsonObject data{{QStringLiteral("docId"), p.docId},
                           {QStringLiteral("from"), p.fromOrgan},
                           {QStringLiteral("fromName"), m_organs.value(p.fromOrgan).name},
                           {QStringLiteral("messageType"), p.messageType},
                           {QStringLiteral("edxml"), kPlaceholder}};
    const QByteArray json =
        QJsonDocument(QJsonObject{{QStringLiteral("success"), true}, {QStringLiteral("data"), data}})
            .toJson(QJsonDocument::Compact);
    const qsizetype at = json.indexOf(kPlaceholder.toLatin1());
    auto out = std::make_shared<QTemporaryFile>(m_store.tempDir() + QStringLiteral("/getedoc-XXXXXX"));
    if (!out->open() || out->write(json.left(at)) != at)
        return apiError(500, "21", QStringLiteral("Lỗi xử lý tệp: không tạo được tệp tạm"));
    constexpr qint64 kChunk = 3 * 256 * 1024; // a multiple of 3: chunks encode without padding in between
    while (!in.atEnd()) {
        const QByteArray encoded = in.read(kChunk).toBase64();
        if (out->write(encoded) != encoded.size())
            return apiError(500, "21", QStringLiteral("Lỗi xử lý tệp: không ghi được tệp tạm"));
    }
    const QByteArray tail = json.mid(at + kPlaceholder.size());
    if (out->write(tail) != tail.size() || !out->flush() || !out->seek(0))
        return apiError(500, "21", QStringLiteral("Lỗi xử lý tệp: không ghi được tệp tạm"));
    HttpResponse r;
    r.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json; charset=utf-8")});
    r.bodyDeviceSize = out->size();
    r.bodyDevice = std::move(out);
    return r;
}

HttpResponse HubApi::sentList(const HttpRequest& request, const HubUnit& unit) {
    qint64 fromMs, toMs;
    if (auto problem = dateRange(request, fromMs, toMs))
        return badRequest(*problem);
    auto rows = m_store.sentBy(unit.organId, fromMs, toMs);
    if (!rows)
        return systemError(rows.error());
    QJsonArray data;
    for (const DeliveryRow& row : *rows) {
        const bool received = row.status != QLatin1String("initial");
        data.append(QJsonObject{{QStringLiteral("docId"), row.docId},
                                {QStringLiteral("messageType"), row.messageType},
                                {QStringLiteral("from"), row.fromOrgan},
                                {QStringLiteral("to"), row.toOrgan},
                                {QStringLiteral("sentTime"), formatTime(row.createdMs)},
                                {QStringLiteral("receiveStatus"), row.status},
                                {QStringLiteral("receiveStatusDesc"), receiveStatusDesc(row.status, row.reason)},
                                {QStringLiteral("reason"), row.reason},
                                {QStringLiteral("receivedTime"), received ? formatTime(row.updatedMs) : QString()}});
    }
    QJsonObject body = ok();
    body.insert(QStringLiteral("count"), data.size());
    body.insert(QStringLiteral("data"), data);
    return HttpResponse::json(200, body);
}

HttpResponse HubApi::organizations(const HttpRequest& request) {
    std::optional<qint64> since;
    if (request.query.hasQueryItem(QStringLiteral("updatedSince"))) {
        const QString value =
            request.query.queryItemValue(QStringLiteral("updatedSince"), QUrl::FullyDecoded).trimmed();
        const QDateTime t = QDateTime::fromString(value, kTimeFormat);
        if (!t.isValid())
            return badRequest(
                QStringLiteral("Tham số updatedSince không hợp lệ: \"%1\" (định dạng YYYY/MM/DD HH:mm:ss)").arg(value));
        since = t.toMSecsSinceEpoch();
    }
    auto rows = m_store.organizations(since);
    if (!rows)
        return systemError(rows.error());
    QJsonArray data;
    for (const OrganizationRow& row : *rows) {
        if (!since && !row.active)
            continue; // the full directory lists active units; a change list includes the deactivated ones
        data.append(QJsonObject{{QStringLiteral("organId"), row.organId},
                                {QStringLiteral("name"), row.name},
                                {QStringLiteral("parentId"), row.parentId},
                                {QStringLiteral("email"), row.email},
                                {QStringLiteral("oldCode"), row.oldCode},
                                {QStringLiteral("active"), row.active},
                                {QStringLiteral("updatedTime"), formatTime(row.updatedMs)}});
    }
    QJsonObject body = ok();
    body.insert(QStringLiteral("count"), data.size());
    body.insert(QStringLiteral("data"), data);
    return HttpResponse::json(200, body);
}

} // namespace vanban::hub
