#pragma once
// Số và ký hiệu: "12/QĐ-UBND" → codeNumber "12", codeNotation "QĐ-UBND". VBQPPL carry the year inside the
// notation ("30/2020/NĐ-CP" → "30", "2020/NĐ-CP"). A leading "Số:" is accepted and dropped.

#include "common/Result.h"

#include <QCoreApplication>

namespace vanban {

struct DocumentCode {
    Q_DECLARE_TR_FUNCTIONS(DocumentCode)

public:
    QString number;
    QString notation;

    static Result<DocumentCode> parse(const QString& text);
};

} // namespace vanban
