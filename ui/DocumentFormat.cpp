#include "DocumentFormat.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace vanban::ui {

QString DocumentFormat::date(const QDate& date) {
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

QString DocumentFormat::dateTime(const QDateTime& dateTime) {
    return dateTime.isValid() ? dateTime.toString(QStringLiteral("dd/MM/yyyy HH:mm")) : QString();
}

QString DocumentFormat::fileSize(qint64 bytes) {
    const QLocale locale;
    if (bytes < 1024)
        return tr("%1 B").arg(bytes);
    if (bytes < 1024 * 1024)
        return tr("%1 KB").arg(locale.toString(double(bytes) / 1024.0, 'f', 0));
    return tr("%1 MB").arg(locale.toString(double(bytes) / (1024.0 * 1024.0), 'f', 1));
}

QString DocumentFormat::typeAndSubject(const Document& doc) {
    return doc.typeName.isEmpty() ? doc.subject : doc.typeName + QStringLiteral(": ") + doc.subject;
}

QString DocumentFormat::numberWithSecrecy(const Document& doc) {
    const QString number = Document::numberText(doc.number);
    return doc.secrecy == Secrecy::None ? number : tr("%1 (%2)").arg(number, Enums::label(doc.secrecy));
}

bool DocumentFormat::isOverdue(const Document& doc, const QDate& today) {
    return doc.dueDate.isValid() && doc.dueDate < today && doc.status != QLatin1String("done");
}

QIcon DocumentFormat::urgencyIcon(Priority p) {
    if (!isUrgent(p))
        return {};
    static QIcon icons[4];
    QIcon& icon = icons[int(p)];
    if (icon.isNull()) {
        for (int size : {16, 32}) {
            QPixmap pixmap(size, size);
            pixmap.fill(Qt::transparent);
            QPainter painter(&pixmap);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(Qt::NoPen);
            painter.setBrush(p == Priority::Urgent ? QColor(0xe5, 0x73, 0x73) : urgentColor());
            const qreal m = size * 0.12;
            QPainterPath triangle;
            triangle.moveTo(size / 2.0, m);
            triangle.lineTo(size - m, size - m);
            triangle.lineTo(m, size - m);
            triangle.closeSubpath();
            painter.drawPath(triangle);
            if (p == Priority::Flash) { // an exclamation mark for Hỏa tốc
                painter.setBrush(Qt::white);
                painter.drawRect(QRectF(size / 2.0 - size * 0.05, size * 0.38, size * 0.1, size * 0.28));
                painter.drawRect(QRectF(size / 2.0 - size * 0.05, size * 0.72, size * 0.1, size * 0.08));
            }
            painter.end();
            icon.addPixmap(pixmap);
        }
    }
    return icon;
}

QString DocumentFormat::actionLabel(const QString& action) {
    if (action == QLatin1String("registered"))
        return tr("Registered");
    if (action == QLatin1String("issued"))
        return tr("Number issued");
    return action;
}

QString DocumentFormat::historyDetails(const QString& action, const QString& json) {
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    if (o.isEmpty())
        return {};
    if (action == QLatin1String("registered")) {
        QString text = tr("Arrival number %1, book %2, %n file(s)", nullptr, o.value(QStringLiteral("files")).toInt())
                           .arg(Document::numberText(o.value(QStringLiteral("arrivalNumber")).toInt()),
                                o.value(QStringLiteral("book")).toString());
        if (o.value(QStringLiteral("forcedDuplicate")).toBool())
            text += tr("; registered although a probable duplicate");
        return text;
    }
    if (action == QLatin1String("issued"))
        return tr("Number %1, book %2, %n file(s)", nullptr, o.value(QStringLiteral("files")).toInt())
            .arg(o.value(QStringLiteral("code")).toString(), o.value(QStringLiteral("book")).toString());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace vanban::ui
