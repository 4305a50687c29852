#include "registry/IncomingRegistry.h"

#include "registry/DocumentCode.h"
#include "registry/NumberSequence.h"
#include "search/SearchIndex.h"

#include <QJsonObject>

namespace vanban {

Status IncomingRegistry::validate(const IncomingDraft& draft) const {
    auto code = DocumentCode::parse(draft.code);
    if (!code)
        return code.error();
    if (code->number.isEmpty())
        return Error::invalid(
            QStringLiteral("code"),
            tr("The document number (số) is missing in “%1”; expected e.g. 12/QĐ-UBND.").arg(draft.code));
    if (!draft.issuedDate.isValid())
        return Error::invalid(QStringLiteral("issued"), tr("The issue date (ngày văn bản) is missing or not a date."));
    const QDateTime arrival = draft.arrivalDate.value_or(m_clock.now());
    if (!arrival.isValid())
        return Error::invalid(QStringLiteral("arrived"),
                              tr("The arrival date (ngày đến) is not a valid date and time."));
    if (draft.issuedDate > arrival.date())
        return Error::invalid(QStringLiteral("issued"),
                              tr("The issue date %1 is after the arrival date %2.")
                                  .arg(draft.issuedDate.toString(QStringLiteral("dd/MM/yyyy")),
                                       arrival.date().toString(QStringLiteral("dd/MM/yyyy"))));
    if (arrival > m_clock.now().addSecs(300))
        return Error::invalid(QStringLiteral("arrived"), tr("The arrival date is in the future."));
    if (Status s = RegistryCommon::checkType(draft.typeName); !s)
        return s;
    if (Status s = RegistryCommon::checkSubject(draft.subject); !s)
        return s;
    if (draft.organName.simplified().isEmpty())
        return Error::invalid(QStringLiteral("from-name"), tr("The sending agency (cơ quan gửi) is empty."));
    if (draft.organName.simplified().size() > 200)
        return Error::invalid(QStringLiteral("from-name"),
                              tr("The sending agency name is longer than 200 characters."));
    if (draft.organId.trimmed().size() > 35)
        return Error::invalid(QStringLiteral("from-organ-id"),
                              tr("The agency identifier (mã định danh) is longer than 35 characters."));
    if (Status s = RegistryCommon::checkSignerName(draft.signerFullName); !s)
        return s;
    if (draft.dueDate.isValid() && draft.dueDate < draft.issuedDate)
        return Error::invalid(QStringLiteral("due"), tr("The deadline (hạn xử lý) is before the issue date."));
    if (Status s = RegistryCommon::checkPages(draft.pageAmount); !s)
        return s;
    return RegistryCommon::checkFiles(draft.files);
}

Result<QString> IncomingRegistry::defaultBook() {
    auto q = m_ws.database().exec(
        QStringLiteral("SELECT id FROM books WHERE direction = 'incoming' ORDER BY is_default DESC, id LIMIT 1"));
    if (!q)
        return q.error();
    if (!q->next())
        return Error{ErrorCode::NotFound, tr("The workspace has no incoming book.")};
    return q->value(0).toString();
}

Result<int> IncomingRegistry::previewNextNumber(const QString& bookId, const QDateTime& arrival, Secrecy secrecy) {
    return NumberSequence(m_ws.database()).peek(bookId, arrival.date().year(), NumberSequence::isSecret(secrecy));
}

Result<QList<qint64>> IncomingRegistry::findDuplicates(const IncomingDraft& draft) {
    auto code = DocumentCode::parse(draft.code);
    if (!code)
        return code.error();
    auto q = m_ws.database().exec(
        QStringLiteral("SELECT id FROM documents WHERE direction = 'incoming' AND organ_id = ? AND code_number = ? "
                       "AND code_notation = ? AND issued_date = ? AND (organ_id <> '' OR organ_name = ?)"),
        {draft.organId.trimmed(), code->number, code->notation, draft.issuedDate.toString(Qt::ISODate),
         draft.organName.simplified()});
    if (!q)
        return q.error();
    QList<qint64> ids;
    while (q->next())
        ids << q->value(0).toLongLong();
    return ids;
}

Result<Registration> IncomingRegistry::insertOne(const User& actor, const IncomingDraft& draft, const QString& bookId,
                                                 const QList<StoredBlob>& blobs, const QStringList& names) {
    Database& db = m_ws.database();
    if (!draft.forceDuplicate) {
        auto dups = findDuplicates(draft);
        if (!dups)
            return dups.error();
        if (!dups->isEmpty())
            return Error{
                ErrorCode::Conflict,
                tr("Probable duplicate: document %1 from %2 dated %3 is already registered (id %4). Register it "
                   "anyway only if it really is a different document.")
                    .arg(draft.code.simplified(), draft.organName.simplified(),
                         draft.issuedDate.toString(QStringLiteral("dd/MM/yyyy")))
                    .arg(dups->first())};
    }
    const DocumentCode code = DocumentCode::parse(draft.code).value();
    const QDateTime arrival = draft.arrivalDate.value_or(m_clock.now());
    const int year = arrival.date().year();
    const bool secret = NumberSequence::isSecret(draft.secrecy);
    auto number = NumberSequence(db).take(bookId, year, secret);
    if (!number)
        return number.error();

    const QString now = m_clock.now().toString(Qt::ISODate);
    Document doc;
    doc.direction = Direction::Incoming;
    doc.codeNumber = code.number;
    doc.codeNotation = code.notation;
    doc.typeName = RegistryCommon::canonicalType(draft.typeName);
    doc.subject = draft.subject.simplified();
    doc.organId = draft.organId.trimmed();
    doc.organName = draft.organName.simplified();
    doc.signerFullName = draft.signerFullName.simplified();
    auto ins = db.exec(
        QStringLiteral(
            "INSERT INTO documents (direction, book_id, year, number, secret_sequence, arrival_date, code_number, "
            "code_notation, issued_date, type_name, subject, organ_id, organ_name, signer_full_name, priority, "
            "secrecy, due_date, page_amount, status, created_by, created_at, updated_at) "
            "VALUES ('incoming', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'registered', ?, ?, ?)"),
        {bookId,
         year,
         *number,
         secret ? 1 : 0,
         arrival.toString(Qt::ISODate),
         doc.codeNumber,
         doc.codeNotation,
         draft.issuedDate.toString(Qt::ISODate),
         doc.typeName,
         doc.subject,
         doc.organId,
         doc.organName,
         doc.signerFullName,
         int(draft.priority),
         int(draft.secrecy),
         draft.dueDate.isValid() ? draft.dueDate.toString(Qt::ISODate) : QVariant(),
         draft.pageAmount > 0 ? QVariant(draft.pageAmount) : QVariant(),
         actor.id,
         now,
         now});
    if (!ins)
        return ins.error();
    doc.id = ins->lastInsertId().toLongLong();

    if (Status s = RegistryCommon::saveFiles(db, doc.id, StoredFiles{blobs, names}); !s)
        return s.error();
    QJsonObject details{{QStringLiteral("arrivalNumber"), *number},
                        {QStringLiteral("book"), bookId},
                        {QStringLiteral("code"), doc.code()},
                        {QStringLiteral("files"), int(blobs.size())}};
    if (draft.forceDuplicate)
        details.insert(QStringLiteral("forcedDuplicate"), true);
    if (Status s = RegistryCommon::saveHistory(db, doc.id, now, actor.id, QStringLiteral("registered"), details); !s)
        return s.error();
    if (Status s = SearchIndex::indexMetadata(db, doc); !s)
        return s.error();
    return Registration{doc.id, *number, Document::numberText(*number), bookId, year};
}

Result<Registration> IncomingRegistry::registerDocument(const User& actor, const IncomingDraft& draft) {
    auto batch = registerBatch(actor, {draft});
    if (!batch)
        return batch.error();
    return batch->first();
}

Result<Registration> IncomingRegistry::registerDocument(const User& actor, const IncomingDraft& draft,
                                                        const StoredFiles& stored) {
    if (stored.blobs.size() != draft.files.size())
        return Error{ErrorCode::Internal, QStringLiteral("stored files do not match the draft")};
    auto batch = registerMany(actor, {draft}, {stored});
    if (!batch)
        return batch.error();
    return batch->first();
}

Result<QList<Registration>> IncomingRegistry::registerBatch(const User& actor, const QList<IncomingDraft>& drafts) {
    return registerMany(actor, drafts, {});
}

Result<QList<Registration>> IncomingRegistry::registerMany(const User& actor, const QList<IncomingDraft>& drafts,
                                                           QList<StoredFiles> stored) {
    if (!actor.mayRegisterDocuments())
        return Error{ErrorCode::Permission,
                     tr("Only a records clerk (văn thư) or an administrator can register documents.")};
    QHash<QString, QString> checkedBooks;
    QStringList books;
    for (int i = 0; i < drafts.size(); ++i) {
        const IncomingDraft& draft = drafts[i];
        if (Status s = validate(draft); !s)
            return s.error();
        QString bookId = draft.bookId;
        if (bookId.isEmpty()) {
            auto def = defaultBook();
            if (!def)
                return def.error();
            bookId = *def;
        }
        if (!checkedBooks.contains(bookId)) {
            auto q = m_ws.database().exec(QStringLiteral("SELECT direction FROM books WHERE id = ?"), {bookId});
            if (!q)
                return q.error();
            if (!q->next() || q->value(0).toString() != QLatin1String("incoming"))
                return Error{ErrorCode::NotFound, tr("There is no incoming book %1.").arg(bookId),
                             QStringLiteral("book")};
            checkedBooks.insert(bookId, bookId);
        }
        books << bookId;
        if (i >= stored.size()) {
            auto files = storeFiles(m_ws.blobs(), draft.files);
            if (!files)
                return files.error();
            stored << *files;
        }
    }
    QList<Registration> out;
    Status saved = m_ws.database().write([&]() -> Status {
        for (int i = 0; i < drafts.size(); ++i) {
            auto r = insertOne(actor, drafts[i], books[i], stored[i].blobs, stored[i].names);
            if (!r)
                return r.error();
            out << *r;
        }
        return {};
    });
    if (!saved)
        return saved.error();
    return out;
}

} // namespace vanban
