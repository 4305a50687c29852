// init, user add
#include "Commands.h"

#include "auth/UserDirectory.h"

#include <QJsonObject>
#include <openssl/crypto.h>

namespace vanban::cli {

ExitCode runInit(CliContext& ctx) {
    if (Status s = ctx.allowOptions({QStringLiteral("organ-id"), QStringLiteral("organ-name"), QStringLiteral("admin"),
                                     QStringLiteral("admin-full-name")});
        !s)
        return ctx.fail(s.error());
    auto organId = ctx.required(QStringLiteral("organ-id"));
    if (!organId)
        return ctx.fail(organId.error());
    auto organName = ctx.required(QStringLiteral("organ-name"));
    if (!organName)
        return ctx.fail(organName.error());
    auto admin = ctx.required(QStringLiteral("admin"));
    if (!admin)
        return ctx.fail(admin.error());
    auto password =
        ctx.secretFrom(QStringLiteral("password-file"), "VANBAN_PASSWORD", CliContext::tr("administrator's password"));
    if (!password)
        return ctx.fail(password.error());
    const QString fullName = ctx.args().has(QStringLiteral("admin-full-name"))
                                 ? ctx.args().value(QStringLiteral("admin-full-name"))
                                 : *admin;
    auto ws = Workspace::create(ctx.workspaceDir(), AgencyProfile{*organId, *organName},
                                NewUser{*admin, fullName, Role::Admin, {}}, *password);
    OPENSSL_cleanse(password->data(), size_t(password->size()));
    if (!ws)
        return ctx.fail(ws.error());
    return ctx.succeed(QJsonObject{{QStringLiteral("workspace"), (*ws)->dir()},
                                   {QStringLiteral("organId"), organId->trimmed()},
                                   {QStringLiteral("organName"), organName->trimmed()},
                                   {QStringLiteral("admin"), *admin},
                                   {QStringLiteral("schemaVersion"), (*ws)->database().schemaVersion()}},
                       CliContext::tr("Workspace created in %1 for %2; administrator: %3.")
                           .arg((*ws)->dir(), organName->trimmed(), *admin));
}

ExitCode runUserAdd(CliContext& ctx) {
    if (Status s = ctx.allowOptions({QStringLiteral("name"), QStringLiteral("full-name"), QStringLiteral("role"),
                                     QStringLiteral("unit"), QStringLiteral("new-password-file")});
        !s)
        return ctx.fail(s.error());
    auto actor = ctx.authenticate();
    if (!actor)
        return ctx.fail(actor.error());
    auto name = ctx.required(QStringLiteral("name"));
    if (!name)
        return ctx.fail(name.error());
    auto fullName = ctx.required(QStringLiteral("full-name"));
    if (!fullName)
        return ctx.fail(fullName.error());
    auto roleText = ctx.required(QStringLiteral("role"));
    if (!roleText)
        return ctx.fail(roleText.error());
    const auto role = Enums::roleFromCode(*roleText);
    if (!role)
        return ctx.fail(Error::invalid(QStringLiteral("role"),
                                       CliContext::tr("--role must be clerk, leader, specialist or admin.")));
    auto password = ctx.secretFrom(QStringLiteral("new-password-file"), "VANBAN_NEW_PASSWORD",
                                   CliContext::tr("new user's password"));
    if (!password)
        return ctx.fail(password.error());
    auto ws = ctx.openWorkspace();
    auto user = UserDirectory((*ws)->database())
                    .add(*actor, NewUser{*name, *fullName, *role, ctx.args().value(QStringLiteral("unit"))}, *password);
    OPENSSL_cleanse(password->data(), size_t(password->size()));
    if (!user)
        return ctx.fail(user.error());
    return ctx.succeed(
        QJsonObject{{QStringLiteral("id"), QString::number(user->id)},
                    {QStringLiteral("name"), user->login},
                    {QStringLiteral("fullName"), user->fullName},
                    {QStringLiteral("role"), Enums::code(user->role)},
                    {QStringLiteral("unit"), user->unit}},
        CliContext::tr("User %1 (%2, %3) added.").arg(user->login, user->fullName, Enums::label(user->role)));
}

} // namespace vanban::cli
