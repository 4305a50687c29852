#pragma once
// How document values are shown in the window: dates as dd/MM/yyyy (Nghị định 30), sizes in KB/MB, the colours
// and marks of urgent documents, history actions. Presentation only.

#include "model/Document.h"

#include <QColor>
#include <QCoreApplication>
#include <QIcon>

namespace vanban::ui {

class DocumentFormat {
    Q_DECLARE_TR_FUNCTIONS(DocumentFormat)

public:
    static QString date(const QDate& date);             // 05/03/2026, empty when invalid
    static QString dateTime(const QDateTime& dateTime); // 05/03/2026 08:15
    static QString fileSize(qint64 bytes);              // 12 KB, 1,5 MB
    static QString typeAndSubject(const Document& doc); // Công văn: V/v …
    static QString numberWithSecrecy(const Document& doc);
    static bool isOverdue(const Document& doc, const QDate& today);

    static bool isUrgent(Priority p) { return p != Priority::Normal; }
    static QColor urgentColor() { return QColor(0xc6, 0x28, 0x28); }
    static QColor flashBackground() { return QColor(0xfd, 0xe8, 0xe8); }
    static QIcon urgencyIcon(Priority p); // a red triangle for Khẩn and above, none otherwise

    static QString actionLabel(const QString& action);
    static QString historyDetails(const QString& action, const QString& json);
};

} // namespace vanban::ui
