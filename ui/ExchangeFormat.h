#pragma once
// How the exchange's states read in the window: a recipient's delivery state (Chờ gửi … Hoàn thành), a received
// package's business type (Mới / Thu hồi / Cập nhật / Thay thế) and its state in the inbox.

#include "exchange/ExchangeOutbox.h"

#include <QColor>
#include <QCoreApplication>

namespace vanban::ui {

class ExchangeFormat {
    Q_DECLARE_TR_FUNCTIONS(ExchangeFormat)

public:
    // "Accepted", "Returned (reason)", "Failed (reason)" …
    static QString recipientState(const RecipientState& recipient);
    // 0 New, 1 Revoke, 2 Update, 3 Replace.
    static QString businessType(int businessDocType);
    // What a revoke / update / replace asks of the clerk (empty for a new document).
    static QString businessTypeHint(int businessDocType);
    static QString inboxState(const QString& state);
    // Red for states that need attention (returned, failed) and for revoke / update / replace.
    static QColor attentionColor();
};

} // namespace vanban::ui
