#include "registry/RegistryCommon.h"

#include "model/Enums.h"
#include "search/VietnameseFolding.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace vanban {

QString RegistryCommon::canonicalType(const QString& typeName) {
    const QString folded = VietnameseFolding::fold(typeName.simplified());
    for (const QString& t : Enums::documentTypes())
        if (VietnameseFolding::fold(t) == folded)
            return t;
    return {};
}

Status RegistryCommon::checkType(const QString& typeName) {
    if (typeName.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("type"), tr("The document type (tên loại) is empty."));
    if (canonicalType(typeName).isEmpty())
        return Error::invalid(
            QStringLiteral("type"),
            tr("“%1” is not a document type of Nghị định 30/2020 (e.g. Công văn, Quyết định, Thông báo).")
                .arg(typeName));
    return {};
}

Status RegistryCommon::checkSubject(const QString& text) {
    const QString subject = text.simplified();
    if (subject.isEmpty())
        return Error::invalid(QStringLiteral("subject"), tr("The subject (trích yếu) is empty."));
    if (subject.size() > 500)
        return Error::invalid(
            QStringLiteral("subject"),
            tr("The subject (trích yếu) has %1 characters; at most 500 are allowed.").arg(subject.size()));
    return {};
}

Status RegistryCommon::checkSignerName(const QString& fullName) {
    if (fullName.simplified().size() > 50)
        return Error::invalid(QStringLiteral("signer"), tr("The signer's name is longer than 50 characters."));
    return {};
}

Status RegistryCommon::checkPages(int pageAmount) {
    if (pageAmount < 0 || pageAmount > 999)
        return Error::invalid(QStringLiteral("pages"), tr("The page count must be between 1 and 999."));
    return {};
}

Status RegistryCommon::checkFiles(const QStringList& paths) {
    for (int i = 0; i < paths.size(); ++i) {
        QFile f(paths[i]);
        if (!f.open(QIODevice::ReadOnly))
            return Error{ErrorCode::Invalid, tr("Cannot read the file %1: %2").arg(paths[i], f.errorString()),
                         QStringLiteral("file")};
        if (i == 0 && f.read(5) != "%PDF-")
            return Error::invalid(QStringLiteral("file"),
                                  tr("The main document %1 is not a PDF file.").arg(QFileInfo(paths[i]).fileName()));
    }
    return {};
}

Result<StoredFiles> RegistryCommon::storeFiles(const BlobStore& store, const QStringList& paths) {
    // Files go into the blob store before the transaction; a blob no document references is harmless.
    BlobStore blobs = store;
    StoredFiles out;
    for (const QString& path : paths) {
        auto stored = blobs.addFile(path);
        if (!stored)
            return stored.error();
        out.blobs << *stored;
        out.names << QFileInfo(path).fileName();
    }
    return out;
}

Status RegistryCommon::saveFiles(Database& db, qint64 documentId, const StoredFiles& files) {
    for (int i = 0; i < files.blobs.size(); ++i) {
        auto f =
            db.exec(QStringLiteral("INSERT INTO document_files (document_id, position, name, size, sha256, text_state) "
                                   "VALUES (?, ?, ?, ?, ?, ?)"),
                    {documentId, i, files.names.value(i), files.blobs[i].size, files.blobs[i].sha256,
                     i == 0 ? QStringLiteral("pending") : QStringLiteral("none")});
        if (!f)
            return f.error();
    }
    return {};
}

Status RegistryCommon::saveHistory(Database& db, qint64 documentId, const QString& at, qint64 userId,
                                   const QString& action, const QJsonObject& details) {
    auto h = db.exec(
        QStringLiteral("INSERT INTO document_history (document_id, at, user_id, action, details) VALUES "
                       "(?, ?, ?, ?, ?)"),
        {documentId, at, userId, action, QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact))});
    return h ? Status{} : Status{h.error()};
}

} // namespace vanban
