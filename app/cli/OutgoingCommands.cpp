// outgoing register, outgoing list
#include "Commands.h"
#include "DocumentOutput.h"

#include "pdf/PopplerTextExtractor.h"
#include "registry/OutgoingRegistry.h"
#include "search/TextIndexer.h"

namespace vanban::cli {

ExitCode runOutgoingRegister(CliContext& ctx) {
    if (Status s =
            ctx.allowOptions({QStringLiteral("file"), QStringLiteral("notation"), QStringLiteral("type"),
                              QStringLiteral("subject"), QStringLiteral("signer"), QStringLiteral("signer-position"),
                              QStringLiteral("issued"), QStringLiteral("urgency"), QStringLiteral("secrecy"),
                              QStringLiteral("book"), QStringLiteral("recipients"), QStringLiteral("pages")});
        !s)
        return ctx.fail(s.error());
    auto actor = ctx.authenticate();
    if (!actor)
        return ctx.fail(actor.error());
    for (const char* option : {"notation", "type", "subject", "signer"}) {
        auto v = ctx.required(QString::fromLatin1(option));
        if (!v)
            return ctx.fail(v.error());
    }
    const CliArguments& a = ctx.args();
    OutgoingDraft draft;
    draft.notation = a.value(QStringLiteral("notation"));
    draft.typeName = a.value(QStringLiteral("type"));
    draft.subject = a.value(QStringLiteral("subject"));
    draft.signerFullName = a.value(QStringLiteral("signer"));
    draft.signerPosition = a.value(QStringLiteral("signer-position"));
    draft.toPlaces = a.value(QStringLiteral("recipients"));
    auto issued = ctx.date(QStringLiteral("issued"));
    if (!issued)
        return ctx.fail(issued.error());
    if (issued->isValid())
        draft.issuedDate = *issued;
    if (Status s = readLevels(ctx, draft.priority, draft.secrecy); !s)
        return ctx.fail(s.error());
    auto pages = ctx.integer(QStringLiteral("pages"), 0);
    if (!pages)
        return ctx.fail(pages.error());
    draft.pageAmount = *pages;
    draft.bookId = a.value(QStringLiteral("book"));
    draft.files = a.values(QStringLiteral("file"));

    Workspace& ws = ctx.workspace();
    auto issuance = OutgoingRegistry(ws).issue(*actor, draft);
    if (!issuance)
        return ctx.fail(issuance.error());
    if (!draft.files.isEmpty())
        processNewFiles(ctx, ws);
    return ctx.succeed(QJsonObject{{QStringLiteral("id"), QString::number(issuance->id)},
                                   {QStringLiteral("number"), issuance->number},
                                   {QStringLiteral("numberText"), issuance->numberText},
                                   {QStringLiteral("code"), issuance->code},
                                   {QStringLiteral("year"), issuance->year}},
                       CliContext::tr("Number issued: %1 in book %2 of %3 (document id %4).")
                           .arg(issuance->code, issuance->bookId)
                           .arg(issuance->year)
                           .arg(issuance->id));
}

ExitCode runOutgoingList(CliContext& ctx) {
    return runRegisterList(ctx, Direction::Outgoing);
}

} // namespace vanban::cli
