#include "LetterPdf.h"

#include <QFont>
#include <QFontMetrics>
#include <QPainter>
#include <QPdfWriter>

namespace vanban::ui {

bool writeLetterPdf(const QString& path, const Letter& letter, int pages) {
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(150);
    writer.setPageMargins(QMarginsF(30, 20, 15, 20), QPageLayout::Millimeter);
    writer.setTitle(letter.code + QStringLiteral(" — ") + letter.subject);
    QPainter p;
    if (!p.begin(&writer))
        return false;
    const QRect page = p.viewport();
    const int w = page.width();
    auto font = [&](double pt, bool bold = false, bool italic = false) {
        QFont f(QStringLiteral("Liberation Serif"));
        f.setPointSizeF(pt);
        f.setBold(bold);
        f.setItalic(italic);
        p.setFont(f);
    };
    const int line = 55;
    font(12.5);
    p.drawText(QRect(0, 0, w * 2 / 5, line), Qt::AlignHCenter, letter.parentAgency);
    // A long agency name gets a smaller font rather than being cut.
    for (double pt = 12.5; pt >= 8; pt -= 0.5) {
        font(pt, true);
        if (p.fontMetrics().horizontalAdvance(letter.agency) <= w * 2 / 5)
            break;
    }
    p.drawText(QRect(0, line, w * 2 / 5, line), Qt::AlignHCenter, letter.agency);
    p.drawLine(w / 5 - 80, 2 * line + 8, w / 5 + 80, 2 * line + 8);
    font(12.5, true);
    p.drawText(QRect(w * 2 / 5, 0, w * 3 / 5, line), Qt::AlignHCenter,
               QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
    font(13.5, true);
    p.drawText(QRect(w * 2 / 5, line, w * 3 / 5, line), Qt::AlignHCenter,
               QStringLiteral("Độc lập - Tự do - Hạnh phúc"));
    p.drawLine(w * 7 / 10 - 200, 2 * line + 8, w * 7 / 10 + 200, 2 * line + 8);
    font(13);
    p.drawText(QRect(0, 3 * line, w * 2 / 5, line), Qt::AlignHCenter, QStringLiteral("Số: ") + letter.code);
    font(13, false, true);
    p.drawText(QRect(w * 2 / 5, 3 * line, w * 3 / 5, line), Qt::AlignHCenter,
               QStringLiteral("%1, ngày %2 tháng %3 năm %4")
                   .arg(letter.place, letter.date.toString(QStringLiteral("dd")),
                        // Nghị định 30: months 1 and 2 are written 01 and 02
                        letter.date.month() <= 2 ? letter.date.toString(QStringLiteral("MM"))
                                                 : QString::number(letter.date.month()))
                   .arg(letter.date.year()));
    font(12);
    p.drawText(QRect(0, 4 * line, w * 2 / 5, 3 * line), Qt::AlignHCenter | Qt::TextWordWrap, letter.subject);
    font(14);
    p.drawText(QRect(0, 8 * line, w, line), Qt::AlignHCenter, QStringLiteral("Kính gửi: ") + letter.recipient);
    const QString& body = letter.body;
    font(14);
    const int bodyTop = 10 * line;
    QRect used;
    p.drawText(QRect(0, bodyTop, w, page.height() - bodyTop), Qt::TextWordWrap, body, &used);
    const int signTop = used.bottom() + 2 * line;
    font(12, true, true);
    p.drawText(QRect(0, signTop, w / 2, line), Qt::AlignLeft, QStringLiteral("Nơi nhận:"));
    font(11);
    p.drawText(QRect(0, signTop + line, w / 2, 3 * line), Qt::AlignLeft,
               QStringLiteral("- Như trên;\n- UBND tỉnh (để b/c);\n- Lưu: VT, QLNS."));
    font(13, true);
    p.drawText(QRect(w / 2, signTop, w / 2, 2 * line), Qt::AlignHCenter, letter.signerTitle);
    p.drawText(QRect(w / 2, signTop + 6 * line, w / 2, line), Qt::AlignHCenter, letter.signerName);
    for (int i = 2; i <= pages; ++i) {
        writer.newPage();
        font(13);
        p.drawText(QRect(0, 0, w, line), Qt::AlignHCenter, QString::number(i));
        font(14);
        p.drawText(QRect(0, 2 * line, w, page.height() - 2 * line), Qt::TextWordWrap,
                   QStringLiteral("Phụ lục %1 kèm theo văn bản số %2.").arg(i - 1).arg(letter.code));
    }
    return p.end();
}

} // namespace vanban::ui
