#pragma once

#include "registry/IncomingRegistry.h"
#include "registry/OutgoingRegistry.h"

namespace vanban::test {

// A valid incoming draft; tests change what they are about.
inline IncomingDraft draft(const QString& code = QStringLiteral("12/QĐ-UBND"), const QDateTime& arrival = QDateTime()) {
    IncomingDraft d;
    d.code = code;
    d.issuedDate = (arrival.isValid() ? arrival.date() : QDate::currentDate()).addDays(-2);
    d.typeName = QStringLiteral("Quyết định");
    d.subject = QStringLiteral("Quyết định phê duyệt kế hoạch đầu tư công năm 2026");
    d.organId = QStringLiteral("000.00.00.H41");
    d.organName = QStringLiteral("Ủy ban nhân dân tỉnh Nghệ An");
    d.signerFullName = QStringLiteral("Nguyễn Văn Hùng");
    if (arrival.isValid())
        d.arrivalDate = arrival;
    return d;
}

// A valid outgoing draft (issued today by the registry's clock unless set).
inline OutgoingDraft outgoingDraft(const QString& notation = QStringLiteral("QĐ-UBND")) {
    OutgoingDraft d;
    d.notation = notation;
    d.typeName = QStringLiteral("Quyết định");
    d.subject = QStringLiteral("Quyết định về việc thành lập Tổ công tác chuyển đổi số cấp xã");
    d.signerFullName = QStringLiteral("Trần Văn Hùng");
    d.signerPosition = QStringLiteral("Chủ tịch");
    d.toPlaces = QStringLiteral("- UBND các xã, thị trấn;\n- Lưu: VT.");
    return d;
}

} // namespace vanban::test
