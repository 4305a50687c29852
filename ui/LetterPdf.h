#pragma once
// An official letter as a PDF, drawn with QPdfWriter in the layout of Nghị định 30 Phụ lục I: parent agency and
// agency, Quốc hiệu and Tiêu ngữ, số/ký hiệu, place and date, trích yếu, body, nơi nhận and the signature block.
// Used for the demo workspace (so its newest documents have something to preview) and by the widget tests.
// Needs a QGuiApplication.

#include <QDate>
#include <QString>

namespace vanban::ui {

struct Letter {
    QString parentAgency = QStringLiteral("UBND TỈNH NGHỆ AN");
    QString agency = QStringLiteral("SỞ TÀI CHÍNH");
    QString code = QStringLiteral("1250/STC-QLNS");
    QString place = QStringLiteral("Nghệ An");
    QDate date = QDate(2026, 11, 20);
    QString subject = QStringLiteral("V/v hướng dẫn lập dự toán ngân sách nhà nước năm 2027");
    QString recipient = QStringLiteral("Ủy ban nhân dân các huyện, thành phố, thị xã");
    QString body = QStringLiteral(
        "Thực hiện Quyết định số 1024/QĐ-UBND ngày 15/10/2026 của Ủy ban nhân dân tỉnh về việc giao dự toán "
        "ngân sách nhà nước năm 2027, Sở Tài chính hướng dẫn các đơn vị lập dự toán như sau:\n\n"
        "1. Dự toán thu ngân sách phải được xây dựng tích cực, sát thực tế, trên cơ sở đánh giá đầy đủ kết quả "
        "thực hiện năm 2026 và dự báo tình hình kinh tế - xã hội năm 2027.\n\n"
        "2. Dự toán chi thường xuyên bảo đảm tiết kiệm, hiệu quả; ưu tiên các nhiệm vụ chuyển đổi số, cải cách "
        "hành chính và an sinh xã hội.\n\n"
        "3. Báo cáo dự toán gửi về Sở Tài chính trước ngày 10 tháng 12 năm 2026 qua Hệ thống quản lý văn bản và "
        "điều hành để tổng hợp, trình Ủy ban nhân dân tỉnh.");
    QString signerTitle = QStringLiteral("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC");
    QString signerName = QStringLiteral("Nguyễn Văn Thành");
};

// Writes the letter (and pages − 1 annex pages) to path; false if the file cannot be written.
bool writeLetterPdf(const QString& path, const Letter& letter = Letter(), int pages = 2);

} // namespace vanban::ui
