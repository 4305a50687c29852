#include "RegisterModel.h"

#include "DocumentFormat.h"

#include <QFont>
#include <QTimer>

namespace vanban::ui {

namespace {
RegisterColumn registerColumn(RegisterModel::Field field) {
    using Field = RegisterModel::Field;
    switch (field) {
    case Field::Arrival:
        return RegisterColumn::ArrivalDate;
    case Field::Sender:
        return RegisterColumn::Organ;
    case Field::Code:
        return RegisterColumn::Code;
    case Field::Issued:
        return RegisterColumn::IssuedDate;
    case Field::Subject:
        return RegisterColumn::Subject;
    case Field::Due:
        return RegisterColumn::DueDate;
    case Field::Urgency:
        return RegisterColumn::Priority;
    case Field::Status:
        return RegisterColumn::Status;
    case Field::Signer:
        return RegisterColumn::Signer;
    case Field::Recipients:
        return RegisterColumn::Recipients;
    case Field::Number:
        break;
    }
    return RegisterColumn::Number;
}

QString richToolTip(const QString& text) {
    return QStringLiteral("<qt>") + text.toHtmlEscaped() + QStringLiteral("</qt>");
}
} // namespace

RegisterModel::RegisterModel(Database& db, Direction direction, QList<Field> columns, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_direction(direction)
    , m_columns(std::move(columns)) {
    Q_ASSERT(!m_columns.isEmpty() && m_columns.first() == Field::Number);
    load();
}

RegisterQuery RegisterModel::query() const {
    RegisterQuery q;
    q.direction = m_direction;
    q.year = m_year;
    if (m_ids)
        q.ids = *m_ids;
    q.sortColumn = registerColumn(m_sortColumn < 0 ? Field::Number : field(m_sortColumn));
    q.descending = m_sortColumn < 0 || m_order == Qt::DescendingOrder;
    q.limit = kPageSize;
    return q;
}

void RegisterModel::reportError(const Error& error) const {
    if (error.message == m_lastError)
        return; // once, not for every cell
    m_lastError = error.message;
    // Not from inside data(): views must not see signals while they paint.
    QTimer::singleShot(
        0, this, [this, message = error.message] { emit const_cast<RegisterModel*>(this)->errorOccurred(message); });
}

void RegisterModel::load() {
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

void RegisterModel::refresh() {
    beginResetModel();
    load();
    endResetModel();
}

void RegisterModel::setYear(std::optional<int> year) {
    if (year == m_year)
        return;
    m_year = year;
    refresh();
}

void RegisterModel::setSearchIds(std::optional<QList<qint64>> ids) {
    // Search results come best match first; under the default sort they keep that order.
    if (ids && m_sortColumn == kNumberColumn && m_order == Qt::DescendingOrder)
        m_sortColumn = -1;
    else if (!ids && m_sortColumn < 0) {
        m_sortColumn = kNumberColumn;
        m_order = Qt::DescendingOrder;
    }
    m_ids = std::move(ids);
    refresh();
}

void RegisterModel::sort(int column, Qt::SortOrder order) {
    if (column >= m_columns.size())
        return;
    if (column < 0 && !m_ids) { // the natural order of the register
        column = kNumberColumn;
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

int RegisterModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : m_count;
}

int RegisterModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_columns.size());
}

const Document* RegisterModel::documentAt(int row) const {
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

qint64 RegisterModel::documentId(int row) const {
    const Document* d = documentAt(row);
    return d ? d->id : 0;
}

int RegisterModel::rowOfId(qint64 id, int maxRows) const {
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

QVariant RegisterModel::display(const Document& doc, Field field) const {
    switch (field) {
    case Field::Number:
        return Document::numberText(doc.number);
    case Field::Arrival:
        return DocumentFormat::date(doc.arrivalDate.date());
    case Field::Sender:
        return doc.organName;
    case Field::Code:
        return doc.code();
    case Field::Issued:
        return DocumentFormat::date(doc.issuedDate);
    case Field::Subject:
        return doc.secrecy == Secrecy::None
                   ? DocumentFormat::typeAndSubject(doc)
                   : tr("[%1] %2").arg(Enums::label(doc.secrecy), DocumentFormat::typeAndSubject(doc));
    case Field::Due:
        return DocumentFormat::date(doc.dueDate);
    case Field::Urgency:
        return Enums::label(doc.priority);
    case Field::Status:
        return Enums::statusLabel(doc.status, doc.direction);
    case Field::Signer:
        return doc.signerFullName;
    case Field::Recipients:
        return doc.toPlaces.simplified(); // one line in the table; the tooltip keeps the lines
    }
    return {};
}

QVariant RegisterModel::toolTip(const Document& doc, Field field) const {
    switch (field) {
    case Field::Number:
        if (doc.secrecy != Secrecy::None)
            return tr("Secret document (%1), numbered in the separate sequence for secret documents")
                .arg(Enums::label(doc.secrecy));
        return {};
    case Field::Arrival:
        return DocumentFormat::dateTime(doc.arrivalDate);
    case Field::Sender:
        return doc.organId.isEmpty() ? doc.organName : tr("%1 (identifier %2)").arg(doc.organName, doc.organId);
    case Field::Subject:
        return richToolTip(display(doc, field).toString());
    case Field::Due:
        return DocumentFormat::isOverdue(doc, m_today) ? tr("Overdue since %1").arg(DocumentFormat::date(doc.dueDate))
                                                       : QVariant();
    case Field::Signer:
        return doc.signerPosition.isEmpty() ? QVariant()
                                            : QVariant(tr("%1, %2").arg(doc.signerPosition, doc.signerFullName));
    case Field::Recipients:
        return doc.toPlaces.isEmpty() ? QVariant() : QVariant(richToolTip(doc.toPlaces));
    default:
        return {};
    }
}

QVariant RegisterModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.model() != this || index.parent().isValid())
        return {};
    const Document* doc = documentAt(index.row());
    if (!doc)
        return {};
    const Field f = field(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return display(*doc, f);
    case Qt::ToolTipRole:
        return toolTip(*doc, f);
    case DocumentIdRole:
        return doc->id;
    case Qt::TextAlignmentRole:
        if (f == Field::Number || f == Field::Arrival || f == Field::Issued || f == Field::Due)
            return int(Qt::AlignCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (f == Field::Due && DocumentFormat::isOverdue(*doc, m_today))
            return DocumentFormat::urgentColor();
        if (f == Field::Urgency && DocumentFormat::isUrgent(doc->priority))
            return DocumentFormat::urgentColor();
        if (f == Field::Number && doc->secrecy != Secrecy::None)
            return DocumentFormat::urgentColor();
        return {};
    case Qt::FontRole:
        if ((f == Field::Urgency && DocumentFormat::isUrgent(doc->priority)) ||
            (f == Field::Due && DocumentFormat::isOverdue(*doc, m_today)) ||
            (f == Field::Number && doc->secrecy != Secrecy::None)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::DecorationRole:
        if (f == Field::Urgency)
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

QVariant RegisterModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    const bool incoming = m_direction == Direction::Incoming;
    if (role == Qt::DisplayRole) {
        switch (field(section)) {
        case Field::Number:
            return incoming ? tr("Number") : tr("No.");
        case Field::Arrival:
            return tr("Arrival date");
        case Field::Sender:
            return tr("Sender");
        case Field::Code:
            return tr("Code");
        case Field::Issued:
            return tr("Issued date");
        case Field::Subject:
            return tr("Type and subject");
        case Field::Due:
            return tr("Due date");
        case Field::Urgency:
            return tr("Urgency");
        case Field::Status:
            return tr("Status");
        case Field::Signer:
            return tr("Signer");
        case Field::Recipients:
            return tr("Recipients");
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        switch (field(section)) {
        case Field::Number:
            return incoming ? tr("Arrival number (số đến) in the register book")
                            : tr("Number (số) given by the outgoing register, from 01 each year");
        case Field::Code:
            return tr("Number and notation (số, ký hiệu) of the document");
        case Field::Recipients:
            return tr("Recipients (nơi nhận)");
        default:
            return {};
        }
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace vanban::ui
