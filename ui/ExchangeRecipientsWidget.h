#pragma once
// “Nơi nhận liên thông” of an outgoing document: each agency it was sent to through the exchange, where the
// document stands there (Chờ gửi, Đã gửi, Đã đến, Đã tiếp nhận, Bị trả lại (lý do) …) and since when.

#include "exchange/ExchangeOutbox.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace vanban::ui {

class ExchangeRecipientsWidget : public QWidget {
    Q_OBJECT

public:
    enum Column { AgencyColumn, StateColumn, UpdatedColumn };

    explicit ExchangeRecipientsWidget(QWidget* parent = nullptr);
    void setRecipients(const QList<RecipientState>& recipients);
    void showError(const QString& message);
    QTreeWidget* list() const { return m_list; }

private:
    QTreeWidget* m_list;
    QLabel* m_empty;
};

} // namespace vanban::ui
