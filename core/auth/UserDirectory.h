#pragma once
// Users of a workspace: authentication and administration. Only an administrator adds users.

#include "common/Result.h"
#include "model/User.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace vanban {

struct NewUser {
    QString login;
    QString fullName;
    Role role = Role::Specialist;
    QString unit;
};

class UserDirectory {
    Q_DECLARE_TR_FUNCTIONS(UserDirectory)

public:
    explicit UserDirectory(Database& db)
        : m_db(db) {}

    // Wrong login and wrong password give the same message (no user enumeration).
    Result<User> authenticate(const QString& login, const QByteArray& password);
    Result<User> add(const User& actor, const NewUser& user, const QByteArray& password);
    // The first administrator of a new workspace (no actor yet).
    Result<User> addFirstAdmin(const NewUser& user, const QByteArray& password);
    Result<User> find(const QString& login);
    Result<QList<User>> list();

    static constexpr int kMinPasswordLength = 8;
    // Checks a new user's fields and password before anything is written.
    static Status validate(const NewUser& user, const QByteArray& password);

private:
    Result<User> insert(const NewUser& user, const QByteArray& password);
    Database& m_db;
};

} // namespace vanban
