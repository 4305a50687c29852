#pragma once
// The register book (sổ đăng ký) in the columns of Nghị định 30/2020 Phụ lục IV, as CSV (UTF-8 with BOM so
// that spreadsheet programs read Vietnamese correctly). Streams page by page; written atomically. The printable
// PDF form is core/pdf/RegisterPdfExport.

#include "common/Result.h"
#include "model/Document.h"
#include "model/Enums.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <functional>

namespace vanban {

class RegisterExport {
    Q_DECLARE_TR_FUNCTIONS(RegisterExport)

public:
    static QStringList incomingHeader();
    // Sổ đăng ký văn bản đi, Phụ lục IV.
    static QStringList outgoingHeader();
    static QStringList header(Direction direction) {
        return direction == Direction::Incoming ? incomingHeader() : outgoingHeader();
    }
    // Calls row() for every document of a year's register in the printed order (by number, the secret documents'
    // sequence after the others), reading pages of 2,000; stops at the first error. Returns the number of rows.
    static Result<qint64> forEachRow(Database& db, Direction direction, int year,
                                     const std::function<Status(const Document&)>& row);
    // The ten cells of one document's line in the incoming register.
    static QStringList incomingRow(const Document& doc);
    // The ten cells of one document's line in the outgoing register.
    static QStringList outgoingRow(const Document& doc);
    static QStringList row(const Document& doc) {
        return doc.direction == Direction::Incoming ? incomingRow(doc) : outgoingRow(doc);
    }
    // Returns the number of rows written.
    static Result<qint64> writeCsv(Database& db, Direction direction, int year, const QString& outPath);
    static QString csvField(const QString& value);
};

} // namespace vanban
