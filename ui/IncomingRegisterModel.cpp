#include "IncomingRegisterModel.h"

#include "DocumentFormat.h"

#include <QFont>
#include <QTimer>

namespace vanban::ui {

namespace {
RegisterColumn registerColumn(int column) {
    switch (column) {
    case IncomingRegisterModel::ArrivalColumn:
        return RegisterColumn::ArrivalDate;
    case IncomingRegisterModel::SenderColumn:
        return RegisterColumn::Organ;
    case IncomingRegisterModel::CodeColumn:
        return RegisterColumn::Code;
    case IncomingRegisterModel::IssuedColumn:
        return RegisterColumn::IssuedDate;
    case IncomingRegisterModel::SubjectColumn:
        return RegisterColumn::Subject;
    case IncomingRegisterModel::DueColumn:
        return RegisterColumn::DueDate;
    case IncomingRegisterModel::UrgencyColumn:
        return RegisterColumn::Priority;
    case IncomingRegisterModel::StatusColumn:
        return RegisterColumn::Status;
    default:
        return RegisterColumn::Number;
    }
}

QString richToolTip(const QString& text) {
    return QStringLiteral("<qt>") + text.toHtmlEscaped() + QStringLiteral("</qt>");
}
} // namespace

IncomingRegisterModel::IncomingRegisterModel(Database& db, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(db) {
    load();
}

RegisterQuery IncomingRegisterModel::query() const {
    RegisterQuery q;
    q.direction = Direction::Incoming;
    q.year = m_year;
    if (m_ids)
        q.ids = *m_ids;
    q.sortColumn = registerColumn(m_sortColumn < 0 ? int(NumberColumn) : m_sortColumn);
    q.descending = m_sortColumn < 0 || m_order == Qt::DescendingOrder;
    q.limit = kPageSize;
    return q;
}

void IncomingRegisterModel::reportError(const Error& error) const {
    if (error.message == m_lastError)
        return; // once, not for every cell
    m_lastError = error.message;
    // Not from inside data(): views must not see signals while they paint.
    QTimer::singleShot(0, this, [this, message = error.message] {
        emit const_cast<IncomingRegisterModel*>(this)->errorOccurred(message);
    });
}

void IncomingRegisterModel::load() {
    m_today = m_fixedToday.isValid() ? m_fixedToday : QDate::currentDate();
    m_pages.clear();
    m_recentPages.clear();
    m_rankRows.clear();
    m_lastError.clear();
    m_count = 0;
    if (m_ids && m_ids->isEmpty())
        return; // a search without results (an empty id list would mean “no restriction” to the repository)
    DocumentRepository repo(m_db);
    if (rankOrder()) {
        auto docs = repo.getMany(*m_ids);
        if (!docs) {
            reportError(docs.error());
            return;
        }
        for (const Document& d : *docs)
            if (!m_year || d.year == *m_year)
                m_rankRows << d;
        m_count = int(m_rankRows.size());
        return;
    }
    auto count = repo.count(query());
    if (!count) {
        reportError(count.error());
        return;
    }
    m_count = int(qMin<qint64>(*count, std::numeric_limits<int>::max()));
}

void IncomingRegisterModel::refresh() {
    beginResetModel();
    load();
    endResetModel();
}

void IncomingRegisterModel::setYear(std::optional<int> year) {
    if (year == m_year)
        return;
    m_year = year;
    refresh();
}

void IncomingRegisterModel::setSearchIds(std::optional<QList<qint64>> ids) {
    // Search results come best match first; under the default sort they keep that order.
    if (ids && m_sortColumn == NumberColumn && m_order == Qt::DescendingOrder)
        m_sortColumn = -1;
    else if (!ids && m_sortColumn < 0) {
        m_sortColumn = NumberColumn;
        m_order = Qt::DescendingOrder;
    }
    m_ids = std::move(ids);
    refresh();
}

void IncomingRegisterModel::sort(int column, Qt::SortOrder order) {
    if (column >= ColumnCount)
        return;
    if (column < 0 && !m_ids) { // the natural order of the register
        column = NumberColumn;
        order = Qt::DescendingOrder;
    }
    if (column == m_sortColumn && (column < 0 || order == m_order))
        return;
    m_sortColumn = column;
    m_order = order;
    // The rows are all different now; the count of the whole register is not (COUNT is the slow part).
    beginResetModel();
    if (m_ids) {
        load();
    } else {
        m_pages.clear();
        m_recentPages.clear();
        m_lastError.clear();
    }
    endResetModel();
}

int IncomingRegisterModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : m_count;
}

int IncomingRegisterModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

const Document* IncomingRegisterModel::documentAt(int row) const {
    if (row < 0 || row >= m_count)
        return nullptr;
    if (rankOrder())
        return row < m_rankRows.size() ? &m_rankRows[row] : nullptr;
    const int page = row / kPageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        RegisterQuery q = query();
        q.offset = page * kPageSize;
        auto rows = DocumentRepository(m_db).page(q);
        if (!rows) {
            reportError(rows.error());
            return nullptr;
        }
        if (m_pages.size() >= kMaxCachedPages && !m_recentPages.isEmpty())
            m_pages.remove(m_recentPages.takeFirst());
        it = m_pages.insert(page, *rows);
    } else {
        m_recentPages.removeOne(page);
    }
    m_recentPages.append(page);
    const int inPage = row % kPageSize;
    return inPage < it->size() ? &it->at(inPage) : nullptr;
}

qint64 IncomingRegisterModel::documentId(int row) const {
    const Document* d = documentAt(row);
    return d ? d->id : 0;
}

int IncomingRegisterModel::rowOfId(qint64 id, int maxRows) const {
    // Cached rows first: no query at all.
    if (rankOrder()) {
        for (int i = 0; i < m_rankRows.size(); ++i)
            if (m_rankRows[i].id == id)
                return i;
        return -1;
    }
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it)
        for (int i = 0; i < it->size(); ++i)
            if (it->at(i).id == id)
                return it.key() * kPageSize + i;
    const int limit = qMin(m_count, maxRows);
    for (int row = 0; row < limit; row += kPageSize) {
        if (m_pages.contains(row / kPageSize))
            continue;
        for (int i = row; i < qMin(row + kPageSize, m_count); ++i)
            if (const Document* d = documentAt(i); d && d->id == id)
                return i;
    }
    return -1;
}

QVariant IncomingRegisterModel::display(const Document& doc, int column) const {
    switch (column) {
    case NumberColumn:
        return Document::numberText(doc.number);
    case ArrivalColumn:
        return DocumentFormat::date(doc.arrivalDate.date());
    case SenderColumn:
        return doc.organName;
    case CodeColumn:
        return doc.code();
    case IssuedColumn:
        return DocumentFormat::date(doc.issuedDate);
    case SubjectColumn:
        return doc.secrecy == Secrecy::None
                   ? DocumentFormat::typeAndSubject(doc)
                   : tr("[%1] %2").arg(Enums::label(doc.secrecy), DocumentFormat::typeAndSubject(doc));
    case DueColumn:
        return DocumentFormat::date(doc.dueDate);
    case UrgencyColumn:
        return Enums::label(doc.priority);
    case StatusColumn:
        return Enums::statusLabel(doc.status);
    default:
        return {};
    }
}

QVariant IncomingRegisterModel::toolTip(const Document& doc, int column) const {
    switch (column) {
    case NumberColumn:
        if (doc.secrecy != Secrecy::None)
            return tr("Secret document (%1), numbered in the separate sequence for secret documents")
                .arg(Enums::label(doc.secrecy));
        return {};
    case ArrivalColumn:
        return DocumentFormat::dateTime(doc.arrivalDate);
    case SenderColumn:
        return doc.organId.isEmpty() ? doc.organName : tr("%1 (identifier %2)").arg(doc.organName, doc.organId);
    case SubjectColumn:
        return richToolTip(display(doc, column).toString());
    case DueColumn:
        return DocumentFormat::isOverdue(doc, m_today) ? tr("Overdue since %1").arg(DocumentFormat::date(doc.dueDate))
                                                       : QVariant();
    default:
        return {};
    }
}

QVariant IncomingRegisterModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.model() != this || index.parent().isValid())
        return {};
    const Document* doc = documentAt(index.row());
    if (!doc)
        return {};
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(*doc, column);
    case Qt::ToolTipRole:
        return toolTip(*doc, column);
    case DocumentIdRole:
        return doc->id;
    case Qt::TextAlignmentRole:
        if (column == NumberColumn || column == ArrivalColumn || column == IssuedColumn || column == DueColumn)
            return int(Qt::AlignCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (column == DueColumn && DocumentFormat::isOverdue(*doc, m_today))
            return DocumentFormat::urgentColor();
        if (column == UrgencyColumn && DocumentFormat::isUrgent(doc->priority))
            return DocumentFormat::urgentColor();
        if (column == NumberColumn && doc->secrecy != Secrecy::None)
            return DocumentFormat::urgentColor();
        return {};
    case Qt::FontRole:
        if ((column == UrgencyColumn && DocumentFormat::isUrgent(doc->priority)) ||
            (column == DueColumn && DocumentFormat::isOverdue(*doc, m_today)) ||
            (column == NumberColumn && doc->secrecy != Secrecy::None)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::DecorationRole:
        if (column == UrgencyColumn)
            return DocumentFormat::urgencyIcon(doc->priority);
        return {};
    case Qt::BackgroundRole:
        if (doc->priority == Priority::Flash)
            return DocumentFormat::flashBackground();
        return {};
    default:
        return {};
    }
}

QVariant IncomingRegisterModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NumberColumn:
            return tr("Number");
        case ArrivalColumn:
            return tr("Arrival date");
        case SenderColumn:
            return tr("Sender");
        case CodeColumn:
            return tr("Code");
        case IssuedColumn:
            return tr("Issued date");
        case SubjectColumn:
            return tr("Type and subject");
        case DueColumn:
            return tr("Due date");
        case UrgencyColumn:
            return tr("Urgency");
        case StatusColumn:
            return tr("Status");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case NumberColumn:
            return tr("Arrival number (số đến) in the register book");
        case CodeColumn:
            return tr("Number and notation (số, ký hiệu) of the document");
        default:
            return {};
        }
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace vanban::ui
