#include "auth/UserDirectory.h"

#include "auth/PasswordHasher.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSqlQuery>

namespace vanban {

namespace {
User userFrom(const QSqlQuery& q) {
    User u;
    u.id = q.value(0).toLongLong();
    u.login = q.value(1).toString();
    u.fullName = q.value(2).toString();
    u.role = Enums::roleFromCode(q.value(3).toString()).value_or(Role::Specialist);
    u.unit = q.value(4).toString();
    return u;
}
const QString kUserColumns = QStringLiteral("id, login, full_name, role, unit");
} // namespace

Result<User> UserDirectory::authenticate(const QString& login, const QByteArray& password) {
    auto q = m_db.exec(QStringLiteral("SELECT ") + kUserColumns +
                           QStringLiteral(", password_hash, active FROM users WHERE login = ?"),
                       {login.trimmed()});
    if (!q)
        return q.error();
    const Error denied{ErrorCode::Permission, tr("Wrong user name or password.")};
    if (!q->next()) {
        PasswordHasher::verify(
            password, "scrypt$131072$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=");
        return denied; // same work and same answer as a wrong password
    }
    if (!PasswordHasher::verify(password, q->value(5).toByteArray()))
        return denied;
    if (!q->value(6).toBool())
        return Error{ErrorCode::Permission, tr("The account %1 is disabled.").arg(login)};
    return userFrom(*q);
}

Result<User> UserDirectory::add(const User& actor, const NewUser& user, const QByteArray& password) {
    if (!actor.mayManageUsers())
        return Error{ErrorCode::Permission, tr("Only an administrator can add users.")};
    return insert(user, password);
}

Result<User> UserDirectory::addFirstAdmin(const NewUser& user, const QByteArray& password) {
    auto q = m_db.exec(QStringLiteral("SELECT count(*) FROM users"));
    if (!q)
        return q.error();
    if (q->next() && q->value(0).toInt() > 0)
        return Error{ErrorCode::Permission, tr("The workspace already has users; an administrator must add new ones.")};
    NewUser admin = user;
    admin.role = Role::Admin;
    return insert(admin, password);
}

Status UserDirectory::validate(const NewUser& user, const QByteArray& password) {
    static const QRegularExpression loginPattern(QStringLiteral("^[A-Za-z0-9._-]{2,64}$"));
    if (!loginPattern.match(user.login).hasMatch())
        return Error::invalid(
            QStringLiteral("name"),
            tr("The user name “%1” must be 2–64 letters, digits, dots, dashes or underscores, without "
               "diacritics.")
                .arg(user.login));
    if (user.fullName.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("fullName"), tr("The full name is empty."));
    if (password.size() < kMinPasswordLength)
        return Error::invalid(QStringLiteral("password"),
                              tr("The password must have at least %1 characters.").arg(kMinPasswordLength));
    return {};
}

Result<User> UserDirectory::insert(const NewUser& user, const QByteArray& password) {
    if (Status s = validate(user, password); !s)
        return s.error();
    auto existing = find(user.login);
    if (existing)
        return Error{ErrorCode::Conflict, tr("The user name %1 is taken.").arg(user.login)};
    auto hash = PasswordHasher::hash(password);
    if (!hash)
        return hash.error();
    User created;
    Status saved = m_db.write([&]() -> Status {
        auto q = m_db.exec(QStringLiteral("INSERT INTO users (login, full_name, role, unit, password_hash, created_at) "
                                          "VALUES (?, ?, ?, ?, ?, ?)"),
                           {user.login, user.fullName.trimmed(), Enums::code(user.role), user.unit.trimmed(),
                            QString::fromLatin1(*hash), QDateTime::currentDateTime().toString(Qt::ISODate)});
        if (!q)
            return q.error();
        created =
            User{q->lastInsertId().toLongLong(), user.login, user.fullName.trimmed(), user.role, user.unit.trimmed()};
        return {};
    });
    if (!saved)
        return saved.error();
    return created;
}

Result<User> UserDirectory::find(const QString& login) {
    auto q =
        m_db.exec(QStringLiteral("SELECT ") + kUserColumns + QStringLiteral(" FROM users WHERE login = ?"), {login});
    if (!q)
        return q.error();
    if (!q->next())
        return Error{ErrorCode::NotFound, tr("No user %1.").arg(login)};
    return userFrom(*q);
}

Result<QList<User>> UserDirectory::list() {
    auto q = m_db.exec(QStringLiteral("SELECT ") + kUserColumns + QStringLiteral(" FROM users ORDER BY login"));
    if (!q)
        return q.error();
    QList<User> out;
    while (q->next())
        out << userFrom(*q);
    return out;
}

} // namespace vanban
