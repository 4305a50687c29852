#include "reports/RegisterExport.h"

#include "documents/DocumentRepository.h"

#include <QSaveFile>

namespace vanban {

QStringList RegisterExport::incomingHeader() {
    // Sổ đăng ký văn bản đến, Phụ lục IV: the column names are the legal form's and stay in Vietnamese.
    return {QStringLiteral("Ngày đến"),
            QStringLiteral("Số đến"),
            QStringLiteral("Tác giả"),
            QStringLiteral("Số, ký hiệu"),
            QStringLiteral("Ngày tháng văn bản"),
            QStringLiteral("Tên loại và trích yếu nội dung"),
            QStringLiteral("Đơn vị hoặc người nhận"),
            QStringLiteral("Ngày chuyển"),
            QStringLiteral("Ký nhận"),
            QStringLiteral("Ghi chú")};
}

QStringList RegisterExport::outgoingHeader() {
    // Sổ đăng ký văn bản đi, Phụ lục IV.
    return {QStringLiteral("Số, ký hiệu văn bản"),
            QStringLiteral("Ngày tháng văn bản"),
            QStringLiteral("Tên loại và trích yếu nội dung"),
            QStringLiteral("Người ký"),
            QStringLiteral("Nơi nhận văn bản"),
            QStringLiteral("Đơn vị, người nhận bản lưu"),
            QStringLiteral("Số lượng bản"),
            QStringLiteral("Ngày chuyển"),
            QStringLiteral("Ký nhận"),
            QStringLiteral("Ghi chú")};
}

Result<qint64> RegisterExport::forEachRow(Database& db, Direction direction, int year,
                                          const std::function<Status(const Document&)>& row) {
    DocumentRepository repo(db);
    RegisterQuery query;
    query.direction = direction;
    query.year = year;
    query.sortColumn = RegisterColumn::Number;
    query.descending = false;
    query.secretSequenceLast = true;
    query.limit = 2000;
    qint64 rows = 0;
    for (;;) {
        auto page = repo.page(query);
        if (!page)
            return page.error();
        for (const Document& d : *page) {
            if (Status s = row(d); !s)
                return s.error();
            ++rows;
        }
        if (page->size() < query.limit)
            return rows;
        query.offset += query.limit;
    }
}

namespace {
// Ghi chú: secrecy and urgency.
QString noteOf(const Document& d) {
    QString note;
    if (d.secrecy != Secrecy::None)
        note = Enums::label(d.secrecy);
    if (d.priority != Priority::Normal)
        note = note.isEmpty() ? Enums::label(d.priority) : note + QStringLiteral("; ") + Enums::label(d.priority);
    return note;
}
} // namespace

QStringList RegisterExport::outgoingRow(const Document& d) {
    const QString signer = d.signerPosition.isEmpty()
                               ? d.signerFullName
                               : d.signerFullName + QStringLiteral(" (") + d.signerPosition + QLatin1Char(')');
    return {d.code(),
            d.issuedDate.toString(QStringLiteral("dd/MM/yyyy")),
            d.typeName + QStringLiteral(": ") + d.subject,
            signer,
            d.toPlaces,
            QString(),
            QString(),
            QString(),
            QString(),
            noteOf(d)};
}

QStringList RegisterExport::incomingRow(const Document& d) {
    const QString note = noteOf(d);
    return {d.arrivalDate.toString(QStringLiteral("dd/MM/yyyy")),
            Document::numberText(d.number),
            d.organName,
            d.code(),
            d.issuedDate.toString(QStringLiteral("dd/MM/yyyy")),
            d.typeName + QStringLiteral(": ") + d.subject,
            QString(),
            QString(),
            QString(),
            note};
}

QString RegisterExport::csvField(const QString& value) {
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n')) &&
        !value.contains(QLatin1Char('\r')))
        return value;
    QString escaped = value;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

Result<qint64> RegisterExport::writeCsv(Database& db, Direction direction, int year, const QString& outPath) {
    QSaveFile out(outPath);
    if (!out.open(QIODevice::WriteOnly))
        return Error{ErrorCode::External, tr("Cannot write %1: %2").arg(outPath, out.errorString())};
    auto writeLine = [&](const QStringList& fields) {
        QStringList escaped;
        for (const QString& f : fields)
            escaped << csvField(f);
        const QByteArray line = escaped.join(QLatin1Char(',')).toUtf8() + "\r\n";
        return out.write(line) == line.size();
    };
    out.write("\xEF\xBB\xBF");
    if (!writeLine(header(direction)))
        return Error{ErrorCode::External, tr("Cannot write %1: %2").arg(outPath, out.errorString())};
    auto rows = forEachRow(db, direction, year, [&](const Document& d) -> Status {
        if (!writeLine(row(d)))
            return Error{ErrorCode::External, tr("Cannot write %1: %2").arg(outPath, out.errorString())};
        return {};
    });
    if (!rows)
        return rows.error();
    if (!out.commit())
        return Error{ErrorCode::External, tr("Cannot write %1: %2").arg(outPath, out.errorString())};
    return rows;
}

} // namespace vanban
