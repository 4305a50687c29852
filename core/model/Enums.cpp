#include "model/Enums.h"

namespace vanban {

QString Enums::code(Priority p) {
    switch (p) {
    case Priority::Normal:
        return QStringLiteral("normal");
    case Priority::Urgent:
        return QStringLiteral("urgent");
    case Priority::VeryUrgent:
        return QStringLiteral("very-urgent");
    case Priority::Flash:
        return QStringLiteral("flash");
    }
    return {};
}

std::optional<Priority> Enums::priorityFromCode(const QString& code) {
    for (Priority p : {Priority::Normal, Priority::Urgent, Priority::VeryUrgent, Priority::Flash})
        if (Enums::code(p) == code)
            return p;
    return std::nullopt;
}

QString Enums::label(Priority p) {
    switch (p) {
    case Priority::Normal:
        return tr("Normal");
    case Priority::Urgent:
        return tr("Urgent");
    case Priority::VeryUrgent:
        return tr("Very urgent");
    case Priority::Flash:
        return tr("Flash");
    }
    return {};
}

QString Enums::code(Secrecy s) {
    switch (s) {
    case Secrecy::None:
        return QStringLiteral("none");
    case Secrecy::Confidential:
        return QStringLiteral("confidential");
    case Secrecy::Secret:
        return QStringLiteral("secret");
    case Secrecy::TopSecret:
        return QStringLiteral("top-secret");
    }
    return {};
}

std::optional<Secrecy> Enums::secrecyFromCode(const QString& code) {
    for (Secrecy s : {Secrecy::None, Secrecy::Confidential, Secrecy::Secret, Secrecy::TopSecret})
        if (Enums::code(s) == code)
            return s;
    return std::nullopt;
}

QString Enums::label(Secrecy s) {
    switch (s) {
    case Secrecy::None:
        return QStringLiteral("—");
    case Secrecy::Confidential:
        return tr("Confidential");
    case Secrecy::Secret:
        return tr("Secret");
    case Secrecy::TopSecret:
        return tr("Top secret");
    }
    return {};
}

QString Enums::code(Role r) {
    switch (r) {
    case Role::Admin:
        return QStringLiteral("admin");
    case Role::Clerk:
        return QStringLiteral("clerk");
    case Role::Leader:
        return QStringLiteral("leader");
    case Role::Specialist:
        return QStringLiteral("specialist");
    }
    return {};
}

std::optional<Role> Enums::roleFromCode(const QString& code) {
    for (Role r : {Role::Admin, Role::Clerk, Role::Leader, Role::Specialist})
        if (Enums::code(r) == code)
            return r;
    return std::nullopt;
}

QString Enums::label(Role r) {
    switch (r) {
    case Role::Admin:
        return tr("Administrator");
    case Role::Clerk:
        return tr("Records clerk");
    case Role::Leader:
        return tr("Leader");
    case Role::Specialist:
        return tr("Specialist");
    }
    return {};
}

QString Enums::statusLabel(const QString& status, Direction direction) {
    if (status == QLatin1String("registered"))
        return direction == Direction::Outgoing ? tr("Number issued") : tr("Registered");
    if (status == QLatin1String("pending-reception"))
        return tr("Pending reception");
    if (status == QLatin1String("assigned"))
        return tr("Assigned");
    if (status == QLatin1String("in-progress"))
        return tr("In progress");
    if (status == QLatin1String("done"))
        return tr("Done");
    if (status == QLatin1String("returned"))
        return tr("Returned");
    return status;
}

const QStringList& Enums::documentTypes() {
    static const QStringList types = {
        QStringLiteral("Công văn"),       QStringLiteral("Quyết định"),
        QStringLiteral("Nghị quyết"),     QStringLiteral("Chỉ thị"),
        QStringLiteral("Quy chế"),        QStringLiteral("Quy định"),
        QStringLiteral("Thông cáo"),      QStringLiteral("Thông báo"),
        QStringLiteral("Hướng dẫn"),      QStringLiteral("Chương trình"),
        QStringLiteral("Kế hoạch"),       QStringLiteral("Phương án"),
        QStringLiteral("Đề án"),          QStringLiteral("Dự án"),
        QStringLiteral("Báo cáo"),        QStringLiteral("Biên bản"),
        QStringLiteral("Tờ trình"),       QStringLiteral("Hợp đồng"),
        QStringLiteral("Công điện"),      QStringLiteral("Bản ghi nhớ"),
        QStringLiteral("Bản thỏa thuận"), QStringLiteral("Giấy ủy quyền"),
        QStringLiteral("Giấy mời"),       QStringLiteral("Giấy giới thiệu"),
        QStringLiteral("Giấy nghỉ phép"), QStringLiteral("Phiếu gửi"),
        QStringLiteral("Phiếu chuyển"),   QStringLiteral("Phiếu báo"),
        QStringLiteral("Thư công"),       QStringLiteral("Nghị định"),
        QStringLiteral("Thông tư"),       QStringLiteral("Thông tư liên tịch"),
        QStringLiteral("Luật"),
    };
    return types;
}

} // namespace vanban
