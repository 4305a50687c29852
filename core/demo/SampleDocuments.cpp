#include "demo/SampleDocuments.h"

#include "common/Clock.h"
#include "storage/Database.h"

namespace vanban {

namespace {
struct SubjectPattern {
    const char* type;
    const char* notationType; // viết tắt tên loại; empty for công văn
    const char* subject;
};

// Subjects in the style of real văn bản đến of a district People's Committee.
const SubjectPattern kSubjects[] = {
    {"Công văn", "", "V/v đồng ý chủ trương sửa chữa trụ sở làm việc Ủy ban nhân dân xã %1"},
    {"Công văn", "", "V/v báo cáo tình hình thực hiện giải ngân vốn đầu tư công quý %2 năm %3"},
    {"Công văn", "", "V/v tăng cường công tác phòng, chống dịch bệnh trên đàn gia súc, gia cầm"},
    {"Công văn", "", "V/v rà soát, cập nhật danh sách hộ nghèo, hộ cận nghèo năm %3"},
    {"Công văn", "", "V/v chuẩn bị nội dung phục vụ kỳ họp thứ %2 Hội đồng nhân dân huyện"},
    {"Công văn", "", "V/v đôn đốc thu nộp ngân sách nhà nước trên địa bàn xã %1"},
    {"Công văn", "", "V/v góp ý dự thảo Quyết định ban hành quy định quản lý đất đai"},
    {"Quyết định", "QĐ", "Quyết định phê duyệt kế hoạch lựa chọn nhà thầu công trình đường giao thông xã %1"},
    {"Quyết định", "QĐ", "Quyết định về việc thành lập Tổ công tác chuyển đổi số cấp xã"},
    {"Quyết định", "QĐ", "Quyết định giao chỉ tiêu kế hoạch phát triển kinh tế - xã hội năm %3"},
    {"Quyết định", "QĐ", "Quyết định điều chỉnh dự toán ngân sách xã %1 năm %3"},
    {"Kế hoạch", "KH", "Kế hoạch triển khai Đề án 06 về phát triển ứng dụng dữ liệu dân cư năm %3"},
    {"Kế hoạch", "KH", "Kế hoạch tổ chức Tết trồng cây đời đời nhớ ơn Bác Hồ xuân %3"},
    {"Kế hoạch", "KH", "Kế hoạch phòng, chống thiên tai và tìm kiếm cứu nạn năm %3"},
    {"Thông báo", "TB", "Thông báo kết luận của Chủ tịch Ủy ban nhân dân huyện tại buổi làm việc với xã %1"},
    {"Thông báo", "TB", "Thông báo lịch tiếp công dân định kỳ tháng %2 năm %3"},
    {"Báo cáo", "BC", "Báo cáo kết quả thực hiện nhiệm vụ cải cách hành chính quý %2 năm %3"},
    {"Báo cáo", "BC", "Báo cáo tình hình an ninh trật tự trên địa bàn xã %1 tháng %2"},
    {"Giấy mời", "GM", "Giấy mời dự hội nghị sơ kết công tác xây dựng nông thôn mới"},
    {"Giấy mời", "GM", "Giấy mời họp bàn phương án giải phóng mặt bằng dự án đường tỉnh 539"},
    {"Tờ trình", "TTr", "Tờ trình đề nghị phê duyệt quyết toán công trình nhà văn hóa xóm %2 xã %1"},
    {"Hướng dẫn", "HD", "Hướng dẫn đánh giá, xếp loại chất lượng cán bộ, công chức năm %3"},
    {"Chỉ thị", "CT", "Chỉ thị về tăng cường kỷ luật, kỷ cương hành chính trong cơ quan nhà nước"},
    {"Công điện", "CĐ", "Công điện về việc chủ động ứng phó với bão số %2"},
    {"Biên bản", "BB", "Biên bản kiểm tra công tác văn thư, lưu trữ tại Ủy ban nhân dân xã %1"},
    {"Chương trình", "CTr", "Chương trình công tác trọng tâm của Ủy ban nhân dân huyện tháng %2"},
};

// Outgoing documents of a district People's Committee: notation, type and subject.
const SubjectPattern kOutgoing[] = {
    {"Quyết định", "QĐ-UBND", "Quyết định phê duyệt kế hoạch lựa chọn nhà thầu công trình nhà văn hóa xã %1"},
    {"Quyết định", "QĐ-UBND", "Quyết định về việc kiện toàn Ban Chỉ đạo chuyển đổi số huyện Nam Đàn"},
    {"Quyết định", "QĐ-UBND", "Quyết định giao dự toán ngân sách bổ sung cho Ủy ban nhân dân xã %1"},
    {"Công văn", "UBND-VP", "V/v báo cáo tình hình thực hiện giải ngân vốn đầu tư công quý %2 năm %3"},
    {"Công văn", "UBND-TCKH", "V/v đề nghị bổ sung kinh phí sửa chữa trường mầm non xã %1"},
    {"Công văn", "UBND-NV", "V/v cử cán bộ tham gia lớp bồi dưỡng kỹ năng văn thư, lưu trữ"},
    {"Công văn", "UBND-TNMT", "V/v rà soát hồ sơ cấp giấy chứng nhận quyền sử dụng đất tại xã %1"},
    {"Kế hoạch", "KH-UBND", "Kế hoạch tổ chức Tết trồng cây đời đời nhớ ơn Bác Hồ xuân %3"},
    {"Kế hoạch", "KH-UBND", "Kế hoạch kiểm tra công tác cải cách hành chính năm %3"},
    {"Thông báo", "TB-UBND", "Thông báo kết luận của Chủ tịch Ủy ban nhân dân huyện tại buổi làm việc với xã %1"},
    {"Thông báo", "TB-UBND", "Thông báo lịch tiếp công dân định kỳ tháng %2 năm %3"},
    {"Báo cáo", "BC-UBND", "Báo cáo kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội tháng %2 năm %3"},
    {"Tờ trình", "TTr-UBND", "Tờ trình đề nghị phê duyệt chủ trương đầu tư đường giao thông xã %1"},
    {"Giấy mời", "GM-UBND", "Giấy mời dự hội nghị sơ kết công tác xây dựng nông thôn mới quý %2"},
};

struct OutgoingSigner {
    const char* name;
    const char* position;
};
const OutgoingSigner kOutgoingSigners[] = {
    {"Trần Văn Hùng", "Chủ tịch"},
    {"Lê Đình Phúc", "KT. Chủ tịch, Phó Chủ tịch"},
    {"Võ Thị Hồng", "KT. Chủ tịch, Phó Chủ tịch"},
    {"Nguyễn Văn Thành", "TL. Chủ tịch, Chánh Văn phòng"},
};

const char* kCommunes[] = {"Nam Giang", "Kim Liên",  "Nam Anh",        "Vân Diên",  "Xuân Hòa", "Hùng Tiến",
                           "Nam Lĩnh",  "Hồng Long", "Thượng Tân Lộc", "Khánh Sơn", "Nam Cát",  "Đại Đồng"};
const char* kSigners[] = {"Nguyễn Văn Hùng", "Trần Thị Thu Hà",  "Lê Đình Phúc", "Phạm Quang Đạo", "Hoàng Văn Minh",
                          "Võ Thị Hồng",     "Đặng Xuân Trường", "Bùi Thị Ngọc", "Đỗ Mạnh Cường",  "Ngô Đức Thắng"};
} // namespace

const QList<Organization>& SampleDocuments::agencies() {
    static const QList<Organization> list = {
        {QStringLiteral("000.00.00.H41"), QStringLiteral("Ủy ban nhân dân tỉnh Nghệ An"), {}, {}},
        {QStringLiteral("000.00.01.H41"),
         QStringLiteral("Văn phòng Ủy ban nhân dân tỉnh Nghệ An"),
         QStringLiteral("000.00.00.H41"),
         {}},
        {QStringLiteral("000.00.05.H41"),
         QStringLiteral("Sở Tài chính tỉnh Nghệ An"),
         QStringLiteral("000.00.00.H41"),
         {}},
        {QStringLiteral("000.00.06.H41"),
         QStringLiteral("Sở Kế hoạch và Đầu tư tỉnh Nghệ An"),
         QStringLiteral("000.00.00.H41"),
         {}},
        {QStringLiteral("000.00.07.H41"),
         QStringLiteral("Sở Nội vụ tỉnh Nghệ An"),
         QStringLiteral("000.00.00.H41"),
         {}},
        {QStringLiteral("000.00.08.H41"),
         QStringLiteral("Sở Tài nguyên và Môi trường tỉnh Nghệ An"),
         QStringLiteral("000.00.00.H41"),
         {}},
        {QStringLiteral("000.00.09.H41"),
         QStringLiteral("Sở Giáo dục và Đào tạo tỉnh Nghệ An"),
         QStringLiteral("000.00.00.H41"),
         {}},
        {QStringLiteral("000.00.10.H41"),
         QStringLiteral("Sở Nông nghiệp và Phát triển nông thôn tỉnh Nghệ An"),
         QStringLiteral("000.00.00.H41"),
         {}},
        {QStringLiteral("000.00.11.H41"),
         QStringLiteral("Sở Thông tin và Truyền thông tỉnh Nghệ An"),
         QStringLiteral("000.00.00.H41"),
         {}},
        {QStringLiteral("000.00.12.H41"),
         QStringLiteral("Ủy ban nhân dân huyện Nam Đàn"),
         QStringLiteral("000.00.00.H41"),
         {}},
        {QStringLiteral("000.00.13.H41"), QStringLiteral("Công an tỉnh Nghệ An"), QStringLiteral("000.00.00.H41"), {}},
        {QStringLiteral("000.00.14.H41"), QStringLiteral("Bảo hiểm xã hội tỉnh Nghệ An"), {}, {}},
        {QStringLiteral("000.00.00.G06"), QStringLiteral("Bộ Nội vụ"), {}, {}},
        {QStringLiteral("000.00.00.G12"), QStringLiteral("Bộ Tài chính"), {}, {}},
        {QStringLiteral("000.00.00.G22"), QStringLiteral("Văn phòng Chính phủ"), {}, {}},
    };
    return list;
}

IncomingDraft SampleDocuments::next(const QDateTime& arrival) {
    const SubjectPattern& pattern = kSubjects[m_random.bounded(int(std::size(kSubjects)))];
    const Organization& org = agencies()[m_random.bounded(int(agencies().size()))];
    const QString commune = QString::fromUtf8(kCommunes[m_random.bounded(int(std::size(kCommunes)))]);
    const int year = arrival.date().year();

    // Agency abbreviation for the notation: UBND, STC, SKHĐT, … from the first letters of the words after "Sở".
    QString agencyCode;
    if (org.name.startsWith(QStringLiteral("Sở "))) {
        agencyCode = QStringLiteral("S");
        const QStringList words = org.name.mid(3).split(QLatin1Char(' '));
        for (const QString& w : words) {
            if (w == QStringLiteral("tỉnh"))
                break;
            if (w != QStringLiteral("và"))
                agencyCode += w.left(1).toUpper();
        }
    } else if (org.name.startsWith(QStringLiteral("Ủy ban"))) {
        agencyCode = QStringLiteral("UBND");
    } else if (org.name.startsWith(QStringLiteral("Văn phòng Ủy ban"))) {
        agencyCode = QStringLiteral("VPUBND");
    } else if (org.name.startsWith(QStringLiteral("Bộ "))) {
        agencyCode = QStringLiteral("B") + org.name.mid(3, 1).toUpper() +
                     org.name.section(QLatin1Char(' '), 2, 2).left(1).toUpper();
    } else if (org.name.startsWith(QStringLiteral("Công an"))) {
        agencyCode = QStringLiteral("CAT");
    } else if (org.name.startsWith(QStringLiteral("Văn phòng Chính phủ"))) {
        agencyCode = QStringLiteral("VPCP");
    } else {
        agencyCode = QStringLiteral("BHXH");
    }
    const QString notationType = QString::fromUtf8(pattern.notationType);
    const QString notation = notationType.isEmpty() ? QString(agencyCode + QStringLiteral("-VP"))
                                                    : QString(notationType + QLatin1Char('-') + agencyCode);

    IncomingDraft d;
    d.code = QString::number(++m_codeCounter % 9000 + 1 + m_random.bounded(40)) + QLatin1Char('/') + notation;
    d.issuedDate = arrival.date().addDays(-int(m_random.bounded(6)));
    d.typeName = QString::fromUtf8(pattern.type);
    // %1 commune, %2 a small number (quarter, month, meeting), %3 the year; a pattern may use any of them.
    d.subject = QString::fromUtf8(pattern.subject)
                    .replace(QStringLiteral("%1"), commune)
                    .replace(QStringLiteral("%2"), QString::number(1 + m_random.bounded(4)))
                    .replace(QStringLiteral("%3"), QString::number(year));
    d.organId = org.organId;
    d.organName = org.name;
    d.signerFullName = QString::fromUtf8(kSigners[m_random.bounded(int(std::size(kSigners)))]);
    const int urgency = int(m_random.bounded(100));
    d.priority = urgency < 78   ? Priority::Normal
                 : urgency < 92 ? Priority::Urgent
                 : urgency < 98 ? Priority::VeryUrgent
                                : Priority::Flash;
    d.secrecy = m_random.bounded(100) < 3 ? Secrecy::Confidential : Secrecy::None;
    if (m_random.bounded(100) < 45)
        d.dueDate = arrival.date().addDays(3 + int(m_random.bounded(25)));
    d.pageAmount = 1 + int(m_random.bounded(12));
    d.arrivalDate = arrival;
    d.forceDuplicate = true; // generated numbers may repeat across years; they are not duplicates of each other
    return d;
}

Status SampleDocuments::addAgencies(Workspace& workspace) {
    Database& db = workspace.database();
    return db.write([&]() -> Status {
        for (const Organization& o : agencies()) {
            auto q = db.exec(QStringLiteral("INSERT INTO organizations (organ_id, name, parent_id) VALUES (?, ?, ?) "
                                            "ON CONFLICT (organ_id) DO NOTHING"),
                             {o.organId, o.name, o.parentId.isEmpty() ? QVariant() : QVariant(o.parentId)});
            if (!q)
                return q.error();
        }
        return {};
    });
}

Result<qint64> SampleDocuments::fill(Workspace& workspace, const User& clerk, qint64 count, const QDateTime& until,
                                     int batchSize, const std::function<void(qint64)>& progress, quint32 seed) {
    if (Status s = addAgencies(workspace); !s)
        return s.error();
    SampleDocuments samples(seed);
    IncomingRegistry registry(workspace);
    // About 60 documents per working day, going back in time from `until`; arrival times in office hours.
    const qint64 perDay = 60;
    const qint64 days = qMax<qint64>(1, count / perDay + 1);
    const QDateTime start = until.addDays(-days);
    qint64 done = 0;
    while (done < count) {
        QList<IncomingDraft> batch;
        const qint64 n = qMin<qint64>(batchSize, count - done);
        for (qint64 i = 0; i < n; ++i) {
            // Document k arrives on day k·days/count, in office hours (07:30–17:00), in order.
            const qint64 k = done + i;
            const qint64 scaled = k * days;
            const qint64 day = scaled / count;
            const qint64 secondsIntoDay = 27000 + (scaled % count) * 34200 / count;
            QDateTime at(start.date().addDays(day), QTime(0, 0).addSecs(int(secondsIntoDay)));
            if (at > until)
                at = until;
            batch << samples.next(at);
        }
        auto registered = registry.registerBatch(clerk, batch);
        if (!registered)
            return registered.error();
        done += n;
        if (progress)
            progress(done);
    }
    return done;
}

OutgoingDraft SampleDocuments::nextOutgoing(const QDate& issued) {
    const SubjectPattern& pattern = kOutgoing[m_random.bounded(int(std::size(kOutgoing)))];
    const QString commune = QString::fromUtf8(kCommunes[m_random.bounded(int(std::size(kCommunes)))]);
    const OutgoingSigner& signer = kOutgoingSigners[m_random.bounded(int(std::size(kOutgoingSigners)))];
    OutgoingDraft d;
    d.notation = QString::fromUtf8(pattern.notationType);
    d.typeName = QString::fromUtf8(pattern.type);
    d.subject = QString::fromUtf8(pattern.subject)
                    .replace(QStringLiteral("%1"), commune)
                    .replace(QStringLiteral("%2"), QString::number(1 + m_random.bounded(4)))
                    .replace(QStringLiteral("%3"), QString::number(issued.year()));
    d.signerFullName = QString::fromUtf8(signer.name);
    d.signerPosition = QString::fromUtf8(signer.position);
    d.issuedDate = issued;
    const bool toCommunes = d.subject.contains(QStringLiteral("xã ")) || m_random.bounded(2) == 0;
    d.toPlaces = toCommunes ? QStringLiteral("- UBND xã %1;\n- Các phòng, ban liên quan;\n- Lưu: VT.").arg(commune)
                            : QStringLiteral("- UBND tỉnh Nghệ An (b/c);\n- Sở Nội vụ tỉnh Nghệ An;\n- Lưu: VT.");
    const int urgency = int(m_random.bounded(100));
    d.priority = urgency < 85 ? Priority::Normal : urgency < 97 ? Priority::Urgent : Priority::VeryUrgent;
    d.pageAmount = 1 + int(m_random.bounded(6));
    return d;
}

Result<qint64> SampleDocuments::fillOutgoing(Workspace& workspace, const User& clerk, int count, const QDate& until,
                                             quint32 seed) {
    SampleDocuments samples(seed);
    // About four a working day, oldest first so that the numbers follow the dates; a secret one now and then
    // (its own sequence, its own notation).
    const int perDay = 4;
    QDate day = until;
    int days = 0;
    while (days < (count + perDay - 1) / perDay) {
        day = day.addDays(-1);
        if (day.dayOfWeek() <= 5)
            ++days;
    }
    FixedClock clock(QDateTime(day, QTime(16, 0)));
    OutgoingRegistry registry(workspace, clock);
    qint64 done = 0;
    while (done < count) {
        if (day.dayOfWeek() <= 5) {
            for (int i = 0; i < perDay && done < count; ++i) {
                OutgoingDraft d = samples.nextOutgoing(day);
                if (done % 25 == 24) {
                    d.secrecy = Secrecy::Confidential;
                    d.notation = QStringLiteral("UBND-M");
                    d.subject = QStringLiteral("V/v bảo vệ bí mật nhà nước trong công tác quốc phòng, an ninh");
                }
                auto issued = registry.issue(clerk, d);
                if (!issued)
                    return issued.error();
                ++done;
            }
        }
        day = day.addDays(1);
        clock.set(QDateTime(qMin(day, until), QTime(16, 0)));
    }
    return done;
}

} // namespace vanban
