#pragma once

#include "model/Enums.h"

#include <QString>

namespace vanban {

struct User {
    qint64 id = 0;
    QString login;
    QString fullName;
    Role role = Role::Specialist;
    QString unit;

    bool mayRegisterDocuments() const { return role == Role::Clerk || role == Role::Admin; }
    bool mayManageUsers() const { return role == Role::Admin; }
};

struct AgencyProfile {
    QString organId;
    QString organName;
};

struct Organization {
    QString organId;
    QString name;
    QString parentId;
    QString oldCodes;
};

} // namespace vanban
