#include "InboxModel.h"

#include "DocumentFormat.h"
#include "ExchangeFormat.h"

#include <QFont>

namespace vanban::ui {

InboxModel::InboxModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void InboxModel::setItems(QList<InboxItem> items) {
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

const InboxItem* InboxModel::item(int row) const {
    return row >= 0 && row < m_items.size() ? &m_items[row] : nullptr;
}

int InboxModel::rowOfId(qint64 id) const {
    for (int row = 0; row < m_items.size(); ++row)
        if (m_items[row].id == id)
            return row;
    return -1;
}

int InboxModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_items.size());
}

int InboxModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InboxModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InboxItem& i = m_items[index.row()];
    const bool order = i.businessDocType != 0; // revoke / update / replace
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KindColumn:
            return ExchangeFormat::businessType(i.businessDocType);
        case SenderColumn:
            return i.fromOrganName.isEmpty() ? i.fromOrganId : i.fromOrganName;
        case CodeColumn:
            return i.code();
        case DateColumn:
            return DocumentFormat::date(i.promulgationDate);
        case TypeColumn:
            return i.typeName;
        case SubjectColumn:
            return i.subject;
        case ReceivedColumn:
            return DocumentFormat::dateTime(i.receivedAt);
        case StateColumn:
            return i.state == QLatin1String("returned") && !i.reason.isEmpty()
                       ? tr("%1: %2").arg(ExchangeFormat::inboxState(i.state), i.reason)
                       : ExchangeFormat::inboxState(i.state);
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case KindColumn:
            if (!order)
                return {};
            return QString(ExchangeFormat::businessTypeHint(i.businessDocType) +
                           (i.businessReason.isEmpty() ? QString() : QStringLiteral("\n") + i.businessReason));
        case SenderColumn:
            return i.fromOrganId;
        case SubjectColumn:
            return i.subject;
        case StateColumn:
            return i.reason.isEmpty() ? QVariant() : QVariant(i.reason);
        }
        break;
    case Qt::ForegroundRole:
        if (order && index.column() == KindColumn)
            return ExchangeFormat::attentionColor();
        break;
    case Qt::FontRole:
        if (order && index.column() == KindColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case IdRole:
        return i.id;
    }
    return {};
}

QVariant InboxModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case SenderColumn:
        return tr("Sender");
    case CodeColumn:
        return tr("Number and notation");
    case DateColumn:
        return tr("Date");
    case TypeColumn:
        return tr("Type");
    case SubjectColumn:
        return tr("Subject");
    case ReceivedColumn:
        return tr("Received");
    case StateColumn:
        return tr("State");
    }
    return {};
}

} // namespace vanban::ui
