#include "DemoWorkspace.h"

#include "LetterPdf.h"
#include "auth/UserDirectory.h"
#include "demo/SampleDocuments.h"
#include "registry/OutgoingRegistry.h"
#include "workspace/Workspace.h"

#include <QTemporaryDir>

namespace vanban::gui {

namespace {
constexpr int kSampleDocuments = 400;
constexpr int kDocumentsWithLetters = 12; // the newest ones, so the preview shows a real letter at once
constexpr int kOutgoingDocuments = 60;
constexpr int kOutgoingWithLetters = 4;

// The letter a sample document would have come with.
ui::Letter letterFor(const IncomingDraft& d) {
    ui::Letter letter;
    const bool provincial =
        d.organName.contains(QStringLiteral("tỉnh Nghệ An")) && !d.organName.startsWith(QStringLiteral("Ủy ban"));
    letter.parentAgency = provincial ? QStringLiteral("UBND TỈNH NGHỆ AN") : QString();
    letter.agency = d.organName.toUpper();
    letter.code = d.code;
    letter.date = d.issuedDate;
    letter.subject = d.subject;
    letter.recipient = QStringLiteral("Ủy ban nhân dân huyện Nam Đàn");
    letter.body = QStringLiteral("Căn cứ chức năng, nhiệm vụ được giao, %1 đề nghị Ủy ban nhân dân huyện Nam Đàn "
                                 "chỉ đạo các cơ quan, đơn vị liên quan triển khai nội dung sau: %2.\n\n"
                                 "Trong quá trình thực hiện, nếu có vướng mắc, đề nghị phản ánh kịp thời để được hướng "
                                 "dẫn, giải quyết.")
                      .arg(d.organName, d.subject);
    letter.signerTitle = d.organName.startsWith(QStringLiteral("Ủy ban"))
                             ? QStringLiteral("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH")
                             : QStringLiteral("KT. THỦ TRƯỞNG\nPHÓ THỦ TRƯỞNG");
    letter.signerName = d.signerFullName;
    return letter;
}

// A few documents that arrived today, each with its letter as the main PDF.
Status addDocumentsWithLetters(Workspace& ws, const User& clerk) {
    QTemporaryDir dir;
    if (!dir.isValid())
        return Error{ErrorCode::External, QStringLiteral("no temporary folder")};
    SampleDocuments samples(7);
    IncomingRegistry registry(ws);
    const QDateTime now = QDateTime::currentDateTime();
    for (int i = kDocumentsWithLetters; i >= 1; --i) {
        IncomingDraft d = samples.next(now.addSecs(-60 * i));
        d.issuedDate = now.date().addDays(-(i % 4));
        const QString path = dir.filePath(QStringLiteral("van-ban-%1.pdf").arg(i));
        if (!ui::writeLetterPdf(path, letterFor(d), 1 + i % 2))
            return Error{ErrorCode::External, QStringLiteral("cannot write %1").arg(path)};
        d.files = {path};
        d.pageAmount = 1 + i % 2;
        auto registered = registry.registerDocument(clerk, d);
        if (!registered)
            return registered.error();
    }
    return {};
}

// A few outgoing documents issued today, each with its signed letter as the main PDF.
Status addOutgoingWithLetters(Workspace& ws, const User& clerk, const AgencyProfile& agency) {
    QTemporaryDir dir;
    if (!dir.isValid())
        return Error{ErrorCode::External, QStringLiteral("no temporary folder")};
    SampleDocuments samples(11);
    OutgoingRegistry registry(ws);
    const QDate today = QDate::currentDate();
    for (int i = 1; i <= kOutgoingWithLetters; ++i) {
        OutgoingDraft d = samples.nextOutgoing(today);
        auto number = registry.previewNextNumber({}, today, d.secrecy); // one clerk: the number it will get
        if (!number)
            return number.error();
        ui::Letter letter;
        letter.parentAgency = QStringLiteral("UBND TỈNH NGHỆ AN");
        letter.agency =
            QString(agency.organName).replace(QStringLiteral("UBND"), QStringLiteral("Ủy ban nhân dân")).toUpper();
        letter.code = OutgoingRegistry::code(*number, d.notation);
        letter.place = agency.organName.section(QLatin1Char(' '), -2);
        letter.date = today;
        letter.subject = d.subject;
        letter.recipient =
            d.toPlaces.section(QLatin1Char('\n'), 0, 0).remove(QStringLiteral("- ")).remove(QLatin1Char(';'));
        letter.body =
            QStringLiteral("%1 đề nghị các cơ quan, đơn vị liên quan triển khai "
                           "thực hiện nội dung sau: %2.\n\nTrong quá trình thực hiện, nếu có vướng mắc, "
                           "phản ánh về Văn phòng HĐND và UBND huyện để tổng hợp, báo cáo.")
                .arg(QString(agency.organName).replace(QStringLiteral("UBND"), QStringLiteral("Ủy ban nhân dân")),
                     d.subject);
        letter.signerTitle = d.signerPosition.startsWith(QStringLiteral("KT."))
                                 ? QStringLiteral("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH")
                                 : QStringLiteral("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH");
        letter.signerName = d.signerFullName;
        const QString path = dir.filePath(QStringLiteral("van-ban-di-%1.pdf").arg(i));
        if (!ui::writeLetterPdf(path, letter, 1))
            return Error{ErrorCode::External, QStringLiteral("cannot write %1").arg(path)};
        d.files = {path};
        d.pageAmount = 1;
        auto issued = registry.issue(clerk, d);
        if (!issued)
            return issued.error();
    }
    return {};
}

struct DemoUser {
    DemoAccount account;
    const char* fullName;
    Role role;
};

// Demo data (Vietnamese names are domain data, not interface text).
const QList<DemoUser>& demoUsers() {
    static const QList<DemoUser> users = {
        {{"vanthu", "vanthu123"}, "Nguyễn Thị Lan", Role::Clerk},
        {{"lanhdao", "lanhdao123"}, "Trần Văn Hùng", Role::Leader},
        {{"chuyenvien", "chuyenvien123"}, "Lê Minh Tuấn", Role::Specialist},
    };
    return users;
}
} // namespace

QString DemoWorkspace::defaultLocation() {
    return Workspace::defaultLocation() + QStringLiteral("-demo");
}

const QList<DemoAccount>& DemoWorkspace::accounts() {
    static const QList<DemoAccount> list = [] {
        QList<DemoAccount> out;
        for (const DemoUser& u : demoUsers())
            out << u.account;
        out << DemoAccount{"admin", "admin123"};
        return out;
    }();
    return list;
}

QString DemoWorkspace::hint() {
    QStringList parts;
    for (const DemoUser& u : demoUsers())
        parts << tr("%1 / %2 (%3)")
                     .arg(QString::fromUtf8(u.account.login), QString::fromUtf8(u.account.password),
                          Enums::label(u.role));
    parts << tr("%1 / %2 (%3)").arg(QStringLiteral("admin"), QStringLiteral("admin123"), Enums::label(Role::Admin));
    return tr("Demo workspace. Accounts: %1.").arg(parts.join(QStringLiteral(", ")));
}

AgencyProfile DemoWorkspace::defaultAgency() {
    return AgencyProfile{QStringLiteral("000.00.12.H41"), QStringLiteral("UBND huyện Nam Đàn")};
}

Status DemoWorkspace::ensure(const QString& dir, const AgencyProfile& agency) {
    if (Workspace::exists(dir))
        return {};
    auto ws = Workspace::create(dir, agency,
                                NewUser{QStringLiteral("admin"), QStringLiteral("Quản trị hệ thống"), Role::Admin, {}},
                                QByteArrayLiteral("admin123"));
    if (!ws)
        return ws.error();
    UserDirectory users((*ws)->database());
    auto admin = users.find(QStringLiteral("admin"));
    if (!admin)
        return admin.error();
    User clerk;
    for (const DemoUser& u : demoUsers()) {
        auto added =
            users.add(*admin, NewUser{QString::fromUtf8(u.account.login), QString::fromUtf8(u.fullName), u.role, {}},
                      QByteArray(u.account.password));
        if (!added)
            return added.error();
        if (u.role == Role::Clerk)
            clerk = *added;
    }
    // The sample documents arrived until an hour ago; the newest ones come with their letters.
    auto filled = SampleDocuments::fill(**ws, clerk, kSampleDocuments, QDateTime::currentDateTime().addSecs(-3600));
    if (!filled)
        return filled.error();
    if (Status s = addDocumentsWithLetters(**ws, clerk); !s)
        return s;
    // Outgoing documents of the last weeks, the newest with their letters.
    auto outgoing = SampleDocuments::fillOutgoing(**ws, clerk, kOutgoingDocuments, QDate::currentDate());
    if (!outgoing)
        return outgoing.error();
    return addOutgoingWithLetters(**ws, clerk, agency);
}

} // namespace vanban::gui
