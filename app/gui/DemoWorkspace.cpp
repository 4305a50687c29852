#include "DemoWorkspace.h"

#include "auth/UserDirectory.h"
#include "demo/SampleDocuments.h"
#include "workspace/Workspace.h"

namespace vanban::gui {

namespace {
constexpr int kSampleDocuments = 400;

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

Status DemoWorkspace::ensure(const QString& dir) {
    if (Workspace::exists(dir))
        return {};
    auto ws =
        Workspace::create(dir, AgencyProfile{QStringLiteral("000.00.12.H41"), QStringLiteral("UBND huyện Nam Đàn")},
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
    auto filled = SampleDocuments::fill(**ws, clerk, kSampleDocuments, QDateTime::currentDateTime());
    if (!filled)
        return filled.error();
    return {};
}

} // namespace vanban::gui
