#include "documents/DocumentJson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace vanban {

namespace {
QJsonValue dateOrNull(const QDate& d) {
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}
} // namespace

QJsonObject DocumentJson::toJson(const Document& doc, const QList<HistoryEntry>* history) {
    QJsonObject o{
        {QStringLiteral("id"), QString::number(doc.id)},
        {QStringLiteral("direction"), Enums::code(doc.direction)},
        {QStringLiteral("book"), doc.bookId},
        {QStringLiteral("year"), doc.year},
        {QStringLiteral("codeNumber"), doc.codeNumber},
        {QStringLiteral("codeNotation"), doc.codeNotation},
        {QStringLiteral("issuedDate"), dateOrNull(doc.issuedDate)},
        {QStringLiteral("typeName"), doc.typeName},
        {QStringLiteral("subject"), doc.subject},
        {QStringLiteral("organId"), doc.organId},
        {QStringLiteral("organName"), doc.organName},
        {QStringLiteral("signerFullName"), doc.signerFullName},
        {QStringLiteral("priority"), Enums::code(doc.priority)},
        {QStringLiteral("secrecy"), Enums::code(doc.secrecy)},
        {QStringLiteral("dueDate"), dateOrNull(doc.dueDate)},
        {QStringLiteral("pageAmount"), doc.pageAmount > 0 ? QJsonValue(doc.pageAmount) : QJsonValue()},
        {QStringLiteral("status"), doc.status},
    };
    if (doc.direction == Direction::Incoming) {
        o.insert(QStringLiteral("arrivalNumber"), doc.number);
        o.insert(QStringLiteral("arrivalNumberText"), Document::numberText(doc.number));
        o.insert(QStringLiteral("arrivalDate"), doc.arrivalDate.toString(Qt::ISODate));
    } else {
        o.insert(QStringLiteral("number"), doc.number);
        o.insert(QStringLiteral("numberText"), Document::numberText(doc.number));
        o.insert(QStringLiteral("code"), doc.code());
        o.insert(QStringLiteral("signerPosition"), doc.signerPosition);
        o.insert(QStringLiteral("toPlaces"), doc.toPlaces);
    }
    o.insert(QStringLiteral("secretSequence"), doc.secretSequence);
    QJsonArray files;
    for (const DocumentFile& f : doc.files) {
        QJsonObject file{
            {QStringLiteral("name"), f.name},
            {QStringLiteral("size"), f.size},
            {QStringLiteral("sha256"), f.sha256},
            {QStringLiteral("role"), f.position == 0 ? QStringLiteral("main") : QStringLiteral("attachment")},
            {QStringLiteral("signatureState"), f.signatureState}};
        if (!f.signatureReport.isEmpty())
            file.insert(QStringLiteral("signatureCheck"), QJsonDocument::fromJson(f.signatureReport.toUtf8()).object());
        files.append(file);
    }
    o.insert(QStringLiteral("files"), files);
    if (history) {
        QJsonArray entries;
        for (const HistoryEntry& h : *history)
            entries.append(
                QJsonObject{{QStringLiteral("at"), h.at.toString(Qt::ISODate)},
                            {QStringLiteral("user"), h.userLogin},
                            {QStringLiteral("action"), h.action},
                            {QStringLiteral("details"), QJsonDocument::fromJson(h.details.toUtf8()).object()}});
        o.insert(QStringLiteral("history"), entries);
    }
    return o;
}

} // namespace vanban
