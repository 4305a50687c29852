#pragma once
// The register book printed as Nghị định 30/2020 requires (Art. 16, 22: a system register is printed in full in
// the Phụ lục IV form, signed and bound): A4 landscape, the agency, the title and year, the ten numbered columns
// of the sổ đăng ký văn bản đến or đi, repeated on every page, with page numbers. Streams the register page by page and
// writes the file atomically. Needs a QGuiApplication (fonts); the CLI starts one on the offscreen platform.

#include "common/Result.h"
#include "model/Enums.h"
#include "model/User.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace vanban {

class RegisterPdfExport {
    Q_DECLARE_TR_FUNCTIONS(RegisterPdfExport)

public:
    // Returns the number of documents written.
    static Result<qint64> write(Database& db, const AgencyProfile& agency, Direction direction, int year,
                                const QString& outPath);
};

} // namespace vanban
