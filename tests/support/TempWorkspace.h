#pragma once
// A workspace in a temporary folder with an administrator ("admin") and a records clerk ("clerk"), removed at
// the end of the test.

#include "auth/UserDirectory.h"
#include "workspace/Workspace.h"

#include <QTemporaryDir>
#include <stdexcept>

namespace vanban::test {

class TempWorkspace {
public:
    static constexpr const char* kAdminPassword = "admin-password";
    static constexpr const char* kClerkPassword = "clerk-password";

    explicit TempWorkspace(const AgencyProfile& agency = AgencyProfile{QStringLiteral("000.00.12.H41"),
                                                                       QStringLiteral("UBND huyện Nam Đàn")}) {
        if (!m_dir.isValid())
            throw std::runtime_error("no temporary folder");
        m_path = m_dir.filePath(QStringLiteral("ws"));
        auto ws = Workspace::create(m_path, agency,
                                    NewUser{QStringLiteral("admin"), QStringLiteral("Quản trị"), Role::Admin, {}},
                                    kAdminPassword);
        if (!ws)
            throw std::runtime_error(ws.error().message.toStdString());
        m_ws = std::move(ws).value();
        auto admin = UserDirectory(m_ws->database()).find(QStringLiteral("admin"));
        m_admin = admin.value();
        auto clerk =
            UserDirectory(m_ws->database())
                .add(m_admin, NewUser{QStringLiteral("clerk"), QStringLiteral("Nguyễn Thị Lan"), Role::Clerk, {}},
                     kClerkPassword);
        if (!clerk)
            throw std::runtime_error(clerk.error().message.toStdString());
        m_clerk = clerk.value();
    }

    Workspace& ws() { return *m_ws; }
    Database& db() { return m_ws->database(); }
    const QString& path() const { return m_path; }
    QString file(const QString& name) const { return m_dir.filePath(name); }
    const User& admin() const { return m_admin; }
    const User& clerk() const { return m_clerk; }
    void close() { m_ws.reset(); }
    void reopen() {
        m_ws.reset();
        auto ws = Workspace::open(m_path);
        if (!ws)
            throw std::runtime_error(ws.error().message.toStdString());
        m_ws = std::move(ws).value();
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Workspace> m_ws;
    User m_admin;
    User m_clerk;
};

} // namespace vanban::test
