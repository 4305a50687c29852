#include "registry/OutgoingRegistry.h"

#include "documents/DocumentRepository.h"
#include "registry/NumberSequence.h"
#include "search/SearchIndex.h"

#include <QRegularExpression>

namespace vanban {

namespace {
QString normalizedNotation(const QString& notation) {
    return notation.normalized(QString::NormalizationForm_C).trimmed();
}
} // namespace

QString OutgoingRegistry::code(int number, const QString& notation) {
    return Document::numberText(number) + QLatin1Char('/') + normalizedNotation(notation);
}

QDate OutgoingRegistry::issuedDateOf(const OutgoingDraft& draft) const {
    return draft.issuedDate.value_or(m_clock.now().date());
}

Status OutgoingRegistry::validate(const OutgoingDraft& draft) const {
    const QString notation = normalizedNotation(draft.notation);
    if (notation.isEmpty())
        return Error::invalid(QStringLiteral("notation"),
                              tr("The notation (ký hiệu) is empty; expected e.g. QĐ-UBND. The number is given by "
                                 "the register."));
    static const QRegularExpression leadingNumber(QStringLiteral("^[Ss][Ốố]\\s*:|^[0-9]{1,3}[a-zA-Z]?/"));
    if (leadingNumber.match(notation).hasMatch())
        return Error::invalid(QStringLiteral("notation"),
                              tr("Enter only the notation (ký hiệu) without the number, e.g. QĐ-UBND instead of "
                                 "“%1”: the number is given by the register.")
                                  .arg(notation));
    if (notation.contains(QRegularExpression(QStringLiteral("\\s"))))
        return Error::invalid(QStringLiteral("notation"),
                              tr("The notation (ký hiệu) “%1” contains spaces; expected e.g. QĐ-UBND.").arg(notation));
    if (notation.size() > 30)
        return Error::invalid(QStringLiteral("notation"),
                              tr("The notation (ký hiệu) “%1” is longer than 30 characters.").arg(notation));
    if (notation.startsWith(QLatin1Char('-')) || notation.endsWith(QLatin1Char('-')) ||
        notation.startsWith(QLatin1Char('/')) || notation.endsWith(QLatin1Char('/')) ||
        notation.contains(QLatin1String("//")) || notation.contains(QLatin1String("--")))
        return Error::invalid(QStringLiteral("notation"),
                              tr("The notation (ký hiệu) “%1” is malformed; expected e.g. QĐ-UBND.").arg(notation));
    if (Status s = RegistryCommon::checkType(draft.typeName); !s)
        return s;
    if (Status s = RegistryCommon::checkSubject(draft.subject); !s)
        return s;
    if (draft.signerFullName.simplified().isEmpty())
        return Error::invalid(QStringLiteral("signer"), tr("The signer (người ký) is empty."));
    if (Status s = RegistryCommon::checkSignerName(draft.signerFullName); !s)
        return s;
    if (draft.signerPosition.simplified().size() > kMaxSignerPosition)
        return Error::invalid(
            QStringLiteral("signer-position"),
            tr("The signer's position (chức vụ) is longer than %1 characters.").arg(kMaxSignerPosition));
    const QDate issued = issuedDateOf(draft);
    if (!issued.isValid())
        return Error::invalid(QStringLiteral("issued"), tr("The issue date (ngày ban hành) is not a date."));
    const QDate today = m_clock.now().date();
    if (issued > today)
        return Error::invalid(QStringLiteral("issued"),
                              tr("The issue date %1 is in the future; a number is issued on the day of issue or "
                                 "later.")
                                  .arg(issued.toString(QStringLiteral("dd/MM/yyyy"))));
    if (draft.toPlaces.trimmed().size() > kMaxToPlaces)
        return Error::invalid(QStringLiteral("recipients"),
                              tr("The recipients (nơi nhận) are longer than %1 characters.").arg(kMaxToPlaces));
    if (Status s = RegistryCommon::checkPages(draft.pageAmount); !s)
        return s;
    return RegistryCommon::checkFiles(draft.files);
}

Result<QString> OutgoingRegistry::defaultBook() {
    auto q = m_ws.database().exec(
        QStringLiteral("SELECT id FROM books WHERE direction = 'outgoing' ORDER BY is_default DESC, id LIMIT 1"));
    if (!q)
        return q.error();
    if (!q->next())
        return Error{ErrorCode::NotFound, tr("The workspace has no outgoing book."), QStringLiteral("book")};
    return q->value(0).toString();
}

Result<QString> OutgoingRegistry::checkedBook(const QString& bookId) {
    if (bookId.isEmpty())
        return defaultBook();
    auto q = m_ws.database().exec(QStringLiteral("SELECT direction FROM books WHERE id = ?"), {bookId});
    if (!q)
        return q.error();
    if (!q->next() || q->value(0).toString() != QLatin1String("outgoing"))
        return Error{ErrorCode::NotFound, tr("There is no outgoing book %1.").arg(bookId), QStringLiteral("book")};
    return bookId;
}

Result<int> OutgoingRegistry::previewNextNumber(const QString& bookId, const QDate& issued, Secrecy secrecy) {
    auto book = checkedBook(bookId);
    if (!book)
        return book.error();
    return NumberSequence(m_ws.database()).peek(*book, issued.year(), NumberSequence::isSecret(secrecy));
}

Result<Document> OutgoingRegistry::document(qint64 id) {
    return DocumentRepository(m_ws.database()).get(id, Direction::Outgoing);
}

Result<Issuance> OutgoingRegistry::issue(const User& actor, const OutgoingDraft& draft) {
    if (!actor.mayRegisterDocuments())
        return Error{ErrorCode::Permission,
                     tr("Only a records clerk (văn thư) or an administrator can issue numbers to outgoing "
                        "documents.")};
    if (Status s = validate(draft); !s)
        return s.error();
    auto stored = RegistryCommon::storeFiles(m_ws.blobs(), draft.files);
    if (!stored)
        return stored.error();
    return issue(actor, draft, *stored);
}

Result<Issuance> OutgoingRegistry::issue(const User& actor, const OutgoingDraft& draft, const StoredFiles& stored) {
    if (!actor.mayRegisterDocuments())
        return Error{ErrorCode::Permission,
                     tr("Only a records clerk (văn thư) or an administrator can issue numbers to outgoing "
                        "documents.")};
    if (Status s = validate(draft); !s)
        return s.error();
    if (stored.blobs.size() != draft.files.size())
        return Error{ErrorCode::Internal, QStringLiteral("stored files do not match the draft")};
    auto book = checkedBook(draft.bookId);
    if (!book)
        return book.error();
    std::optional<Issuance> out;
    Status saved = m_ws.database().write([&]() -> Status {
        auto r = insert(actor, draft, *book, stored);
        if (!r)
            return r.error();
        out = *r;
        return {};
    });
    if (!saved)
        return saved.error();
    return *out;
}

Result<Issuance> OutgoingRegistry::insert(const User& actor, const OutgoingDraft& draft, const QString& bookId,
                                          const StoredFiles& stored) {
    Database& db = m_ws.database();
    auto agency = m_ws.agency();
    if (!agency)
        return agency.error();
    const QDate issued = issuedDateOf(draft);
    const int year = issued.year();
    auto number = NumberSequence(db).take(bookId, year, NumberSequence::isSecret(draft.secrecy));
    if (!number)
        return number.error();

    Document doc;
    doc.direction = Direction::Outgoing;
    doc.codeNumber = Document::numberText(*number);
    doc.codeNotation = normalizedNotation(draft.notation);
    // Số + ký hiệu is unique within the year (Art. 15), across books and the secret sequence. The number taken
    // above goes back to the sequence when this transaction rolls back.
    auto taken = db.exec(QStringLiteral("SELECT id FROM documents WHERE direction = 'outgoing' AND year = ? AND "
                                        "code_number = ? AND code_notation = ?"),
                         {year, doc.codeNumber, doc.codeNotation});
    if (!taken)
        return taken.error();
    if (taken->next())
        return Error{ErrorCode::Conflict,
                     tr("The number %1 of %2 is already taken by document id %3. Số and ký hiệu must be unique "
                        "within a year (Nghị định 30, Art. 15): documents of another book or of the secret "
                        "sequence need a notation of their own.")
                         .arg(doc.code())
                         .arg(year)
                         .arg(taken->value(0).toLongLong()),
                     QStringLiteral("notation")};

    const QString now = m_clock.now().toString(Qt::ISODate);
    doc.typeName = RegistryCommon::canonicalType(draft.typeName);
    doc.subject = draft.subject.simplified();
    doc.organId = agency->organId;
    doc.organName = agency->organName;
    doc.signerFullName = draft.signerFullName.simplified();
    doc.signerPosition = draft.signerPosition.simplified();
    doc.toPlaces = draft.toPlaces.trimmed();
    auto ins = db.exec(
        QStringLiteral(
            "INSERT INTO documents (direction, book_id, year, number, secret_sequence, arrival_date, code_number, "
            "code_notation, issued_date, type_name, subject, organ_id, organ_name, signer_full_name, signer_position, "
            "to_places, priority, secrecy, due_date, page_amount, status, created_by, created_at, updated_at) "
            "VALUES ('outgoing', ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, 'registered', ?, ?, "
            "?)"),
        {bookId,
         year,
         *number,
         NumberSequence::isSecret(draft.secrecy) ? 1 : 0,
         doc.codeNumber,
         doc.codeNotation,
         issued.toString(Qt::ISODate),
         doc.typeName,
         doc.subject,
         doc.organId,
         doc.organName,
         doc.signerFullName,
         doc.signerPosition,
         doc.toPlaces,
         int(draft.priority),
         int(draft.secrecy),
         draft.pageAmount > 0 ? QVariant(draft.pageAmount) : QVariant(),
         actor.id,
         now,
         now});
    if (!ins)
        return ins.error();
    doc.id = ins->lastInsertId().toLongLong();
    if (Status s = RegistryCommon::saveFiles(db, doc.id, stored); !s)
        return s.error();
    const QJsonObject details{{QStringLiteral("number"), *number},
                              {QStringLiteral("book"), bookId},
                              {QStringLiteral("code"), doc.code()},
                              {QStringLiteral("files"), int(stored.blobs.size())}};
    if (Status s = RegistryCommon::saveHistory(db, doc.id, now, actor.id, QStringLiteral("issued"), details); !s)
        return s.error();
    if (Status s = SearchIndex::indexMetadata(db, doc); !s)
        return s.error();
    return Issuance{doc.id, *number, doc.codeNumber, doc.code(), bookId, year};
}

} // namespace vanban
