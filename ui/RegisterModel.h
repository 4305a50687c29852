#pragma once
// A register book (sổ văn bản đến or đi) as a lazy table: rowCount() is one COUNT query; rows are fetched in pages
// of kPageSize with LIMIT/OFFSET into a small LRU cache, so a register of a million documents opens at once.
// Sorting happens in SQL. A list of ids (search results) restricts the view; unsorted, they keep their ranking
// order. The columns are chosen by the register (IncomingRegisterModel, OutgoingRegisterModel).

#include "documents/DocumentRepository.h"

#include <QAbstractTableModel>
#include <QDate>
#include <optional>

namespace vanban::ui {

class RegisterModel : public QAbstractTableModel {
    Q_OBJECT

public:
    // What a column shows. Number is always column 0.
    enum class Field { Number, Arrival, Sender, Code, Issued, Subject, Due, Urgency, Status, Signer, Recipients };
    enum Role { DocumentIdRole = Qt::UserRole + 1 };
    static constexpr int kPageSize = 200;
    static constexpr int kMaxCachedPages = 20;

    // db must belong to the UI thread and outlive the model.
    RegisterModel(Database& db, Direction direction, QList<Field> columns, QObject* parent = nullptr);

    Direction direction() const { return m_direction; }
    Field field(int column) const { return m_columns.value(column, Field::Number); }
    int columnOf(Field field) const { return int(m_columns.indexOf(field)); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // column -1 is the natural order: newest number first, or the ranking of the search results.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setYear(std::optional<int> year);
    std::optional<int> year() const { return m_year; }
    // Restricts the view to these documents (best match first); std::nullopt shows the whole register.
    void setSearchIds(std::optional<QList<qint64>> ids);
    bool isRestricted() const { return m_ids.has_value(); }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_order; }
    // Counts again and drops the cached pages (after a registration, F5 …).
    void refresh();
    // Dates before this day are overdue (test seam; default today).
    void setToday(const QDate& today) {
        m_fixedToday = today;
        m_today = today;
    }

    qint64 documentId(int row) const;
    // The row of a document, searching at most maxRows rows from the top; -1 when not found.
    int rowOfId(qint64 id, int maxRows = 5000) const;
    const QString& lastError() const { return m_lastError; }

signals:
    void errorOccurred(const QString& message);

private:
    static constexpr int kNumberColumn = 0;
    const Document* documentAt(int row) const;
    bool rankOrder() const { return m_ids && m_sortColumn < 0; }
    RegisterQuery query() const;
    void load();
    void reportError(const Error& error) const;
    QVariant display(const Document& doc, Field field) const;
    QVariant toolTip(const Document& doc, Field field) const;

    Database& m_db;
    Direction m_direction;
    QList<Field> m_columns;
    std::optional<int> m_year;
    std::optional<QList<qint64>> m_ids;
    int m_sortColumn = kNumberColumn;
    Qt::SortOrder m_order = Qt::DescendingOrder;
    int m_count = 0;
    QDate m_today;
    QDate m_fixedToday;
    QList<Document> m_rankRows; // the rows in ranking order (search results, unsorted)
    mutable QHash<int, QList<Document>> m_pages;
    mutable QList<int> m_recentPages; // most recently used last
    mutable QString m_lastError;
};

} // namespace vanban::ui
