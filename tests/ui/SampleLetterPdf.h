#pragma once
// A realistic official letter (công văn) as a PDF, drawn with QPdfWriter in the layout of Nghị định 30 Phụ lục I:
// agency and Quốc hiệu at the top, số/ký hiệu, trích yếu, body text, signature block. Needs a QGuiApplication.

#include <QFont>
#include <QPainter>
#include <QPdfWriter>
#include <QString>

namespace vanban::test {

inline bool writeLetterPdf(const QString& path, int pages = 2) {
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(150);
    writer.setPageMargins(QMarginsF(30, 20, 15, 20), QPageLayout::Millimeter);
    writer.setTitle(QStringLiteral("Công văn 1250/STC-QLNS"));
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
    p.drawText(QRect(0, 0, w * 2 / 5, line), Qt::AlignHCenter, QStringLiteral("UBND TỈNH NGHỆ AN"));
    font(12.5, true);
    p.drawText(QRect(0, line, w * 2 / 5, line), Qt::AlignHCenter, QStringLiteral("SỞ TÀI CHÍNH"));
    p.drawLine(w / 5 - 80, 2 * line + 8, w / 5 + 80, 2 * line + 8);
    font(12.5, true);
    p.drawText(QRect(w * 2 / 5, 0, w * 3 / 5, line), Qt::AlignHCenter,
               QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
    font(13.5, true);
    p.drawText(QRect(w * 2 / 5, line, w * 3 / 5, line), Qt::AlignHCenter,
               QStringLiteral("Độc lập - Tự do - Hạnh phúc"));
    p.drawLine(w * 7 / 10 - 200, 2 * line + 8, w * 7 / 10 + 200, 2 * line + 8);
    font(13);
    p.drawText(QRect(0, 3 * line, w * 2 / 5, line), Qt::AlignHCenter, QStringLiteral("Số: 1250/STC-QLNS"));
    font(13, false, true);
    p.drawText(QRect(w * 2 / 5, 3 * line, w * 3 / 5, line), Qt::AlignHCenter,
               QStringLiteral("Nghệ An, ngày 20 tháng 11 năm 2026"));
    font(12);
    p.drawText(QRect(0, 4 * line, w * 2 / 5, 3 * line), Qt::AlignHCenter | Qt::TextWordWrap,
               QStringLiteral("V/v hướng dẫn lập dự toán ngân sách nhà nước năm 2027"));
    font(14);
    p.drawText(QRect(0, 8 * line, w, line), Qt::AlignHCenter,
               QStringLiteral("Kính gửi: Ủy ban nhân dân các huyện, thành phố, thị xã"));
    const QString body = QStringLiteral(
        "Thực hiện Quyết định số 1024/QĐ-UBND ngày 15/10/2026 của Ủy ban nhân dân tỉnh về việc giao dự toán "
        "ngân sách nhà nước năm 2027, Sở Tài chính hướng dẫn các đơn vị lập dự toán như sau:\n\n"
        "1. Dự toán thu ngân sách phải được xây dựng tích cực, sát thực tế, trên cơ sở đánh giá đầy đủ kết quả "
        "thực hiện năm 2026 và dự báo tình hình kinh tế - xã hội năm 2027.\n\n"
        "2. Dự toán chi thường xuyên bảo đảm tiết kiệm, hiệu quả; ưu tiên các nhiệm vụ chuyển đổi số, cải cách "
        "hành chính và an sinh xã hội.\n\n"
        "3. Báo cáo dự toán gửi về Sở Tài chính trước ngày 10 tháng 12 năm 2026 qua Hệ thống quản lý văn bản và "
        "điều hành để tổng hợp, trình Ủy ban nhân dân tỉnh.");
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
    p.drawText(QRect(w / 2, signTop, w / 2, 2 * line), Qt::AlignHCenter, QStringLiteral("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC"));
    p.drawText(QRect(w / 2, signTop + 6 * line, w / 2, line), Qt::AlignHCenter, QStringLiteral("Nguyễn Văn Thành"));
    for (int i = 2; i <= pages; ++i) {
        writer.newPage();
        font(13);
        p.drawText(QRect(0, 0, w, line), Qt::AlignHCenter, QString::number(i));
        font(14);
        p.drawText(QRect(0, 2 * line, w, page.height() - 2 * line), Qt::TextWordWrap,
                   QStringLiteral("Phụ lục %1: Biểu mẫu dự toán thu, chi ngân sách năm 2027.").arg(i - 1));
    }
    return p.end();
}

} // namespace vanban::test
