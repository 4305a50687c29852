#pragma once
// The packages the exchange delivered (“Chờ tiếp nhận”), one row each: business type (new, or a revoke / update /
// replace order, marked in red), sender, số/ký hiệu, date, type, subject and when it arrived. The items are read
// off the UI thread (ExchangeInbox::items) and handed over with setItems().

#include "exchange/ExchangeInbox.h"

#include <QAbstractTableModel>

namespace vanban::ui {

class InboxModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        KindColumn,
        SenderColumn,
        CodeColumn,
        DateColumn,
        TypeColumn,
        SubjectColumn,
        ReceivedColumn,
        StateColumn,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit InboxModel(QObject* parent = nullptr);

    void setItems(QList<InboxItem> items);
    const QList<InboxItem>& items() const { return m_items; }
    const InboxItem* item(int row) const;
    int rowOfId(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<InboxItem> m_items;
};

} // namespace vanban::ui
