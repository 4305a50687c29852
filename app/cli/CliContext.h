#pragma once
// What every command needs: the parsed arguments, the output channel (human text or one JSON document), the
// workspace, and the authenticated user (--as with the password from --password-file or VANBAN_PASSWORD).

#include "CliArguments.h"
#include "common/Result.h"
#include "model/User.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <memory>

namespace vanban::cli {

// The exit code of a command: 0, or the code of its Error.
using ExitCode = int;

class CliContext {
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    explicit CliContext(CliArguments args)
        : m_args(std::move(args)) {}

    const CliArguments& args() const { return m_args; }
    bool json() const { return m_args.has(QStringLiteral("json")); }
    QString workspaceDir() const { return Workspace::resolveLocation(m_args.value(QStringLiteral("workspace"))); }

    Result<Workspace*> openWorkspace();
    Result<User> authenticate(); // needs --as
    // The workspace opened by openWorkspace() or authenticate().
    Workspace& workspace() { return *m_workspace; }
    Result<QByteArray> secretFrom(const QString& fileOption, const char* envVariable, const QString& what) const;

    // Refuses options the command does not know (typos must not be silently ignored).
    Status allowOptions(const QStringList& commandOptions) const;
    Result<QString> required(const QString& option) const;
    Result<QDate> date(const QString& option) const; // YYYY-MM-DD, empty when absent
    Result<int> integer(const QString& option, int fallback) const;

    // Output. Human text goes to stdout; in --json mode, exactly one JSON document goes to stdout.
    ExitCode succeed(const QJsonObject& json, const QString& text);
    ExitCode fail(const Error& error);
    void info(const QString& message) const; // to stderr
    void close();

private:
    CliArguments m_args;
    std::unique_ptr<Workspace> m_workspace;
};

} // namespace vanban::cli
