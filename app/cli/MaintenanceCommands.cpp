// backup, restore, check
#include "Commands.h"

#include "auth/UserDirectory.h"
#include "maintenance/Backup.h"
#include "maintenance/WorkspaceCheck.h"

#include <QDir>
#include <QJsonArray>

namespace vanban::cli {

namespace {
QJsonObject infoJson(const BackupInfo& info) {
    return {{QStringLiteral("schemaVersion"), info.schemaVersion},
            {QStringLiteral("documents"), info.documents},
            {QStringLiteral("files"), info.blobs},
            {QStringLiteral("bytes"), info.bytes}};
}
} // namespace

ExitCode runBackup(CliContext& ctx) {
    if (Status s = ctx.allowOptions({QStringLiteral("out")}); !s)
        return ctx.fail(s.error());
    auto out = ctx.required(QStringLiteral("out"));
    if (!out)
        return ctx.fail(out.error());
    auto actor = ctx.authenticate();
    if (!actor)
        return ctx.fail(actor.error());
    if (actor->role != Role::Admin && actor->role != Role::Clerk)
        return ctx.fail(
            Error{ErrorCode::Permission, CliContext::tr("Only an administrator or a records clerk can make backups.")});
    auto info = Backup::create(ctx.workspace(), *out);
    if (!info)
        return ctx.fail(info.error());
    QJsonObject json = infoJson(*info);
    json.insert(QStringLiteral("out"), *out);
    return ctx.succeed(json, CliContext::tr("Backup written to %1: %2 documents, %3 files.")
                                 .arg(*out)
                                 .arg(info->documents)
                                 .arg(info->blobs));
}

ExitCode runRestore(CliContext& ctx) {
    if (Status s = ctx.allowOptions({QStringLiteral("from")}); !s)
        return ctx.fail(s.error());
    auto from = ctx.required(QStringLiteral("from"));
    if (!from)
        return ctx.fail(from.error());
    const QString target = ctx.workspaceDir();
    if (Workspace::exists(target)) {
        // Replacing a workspace needs one of its administrators.
        auto actor = ctx.authenticate();
        if (!actor)
            return ctx.fail(actor.error());
        if (actor->role != Role::Admin)
            return ctx.fail(Error{ErrorCode::Permission,
                                  CliContext::tr("Only an administrator of this workspace can restore over it.")});
        ctx.close();
    } else if (QDir(target).exists() && !QDir(target).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
        return ctx.fail(Error{
            ErrorCode::Conflict,
            CliContext::tr("The folder %1 is not empty and is not a workspace; choose an empty folder.").arg(target)});
    }
    auto info = Backup::restore(*from, target);
    if (!info)
        return ctx.fail(info.error());
    QJsonObject json = infoJson(*info);
    json.insert(QStringLiteral("workspace"), QDir(target).absolutePath());
    json.insert(QStringLiteral("replacedKeptAt"),
                info->replacedKeptAt.isEmpty() ? QJsonValue() : QJsonValue(info->replacedKeptAt));
    QString text =
        CliContext::tr("Restored %1 documents and %2 files into %3.").arg(info->documents).arg(info->blobs).arg(target);
    if (!info->replacedKeptAt.isEmpty())
        text += QLatin1Char(' ') + CliContext::tr("The previous workspace was kept in %1.").arg(info->replacedKeptAt);
    return ctx.succeed(json, text);
}

ExitCode runCheck(CliContext& ctx) {
    if (Status s = ctx.allowOptions({}); !s)
        return ctx.fail(s.error());
    auto ws = ctx.openWorkspace();
    if (!ws)
        return ctx.fail(ws.error());
    auto report = WorkspaceCheck::run(**ws);
    if (!report)
        return ctx.fail(report.error());
    QJsonArray problems;
    for (const QString& p : report->problems)
        problems.append(p);
    const QJsonObject json{{QStringLiteral("ok"), report->ok()},
                           {QStringLiteral("database"), report->databaseOk},
                           {QStringLiteral("filesChecked"), report->blobsChecked},
                           {QStringLiteral("signaturesChecked"), report->signaturesChecked},
                           {QStringLiteral("problems"), problems}};
    if (report->ok())
        return ctx.succeed(json, CliContext::tr("The workspace is sound: database checked, %1 files and the byte "
                                                "ranges of %2 signatures verified.")
                                     .arg(report->blobsChecked)
                                     .arg(report->signaturesChecked));
    for (const QString& p : report->problems)
        ctx.info(p);
    ctx.succeed(json, CliContext::tr("The workspace is damaged: %1 problems.").arg(report->problems.size()));
    return int(ErrorCode::Integrity);
}

} // namespace vanban::cli
