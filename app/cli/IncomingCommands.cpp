// incoming register, incoming list, show, search, export-register (outgoing: OutgoingCommands.cpp)
#include "Commands.h"
#include "DocumentOutput.h"

#include "documents/DocumentJson.h"
#include "documents/DocumentRepository.h"
#include "pdf/PopplerTextExtractor.h"
#include "pdf/RegisterPdfExport.h"
#include "registry/IncomingRegistry.h"
#include "reports/RegisterExport.h"
#include "search/SearchIndex.h"
#include "search/TextIndexer.h"

#include <QJsonArray>
#include <QTextStream>

namespace vanban::cli {

ExitCode runIncomingRegister(CliContext& ctx) {
    if (Status s =
            ctx.allowOptions({QStringLiteral("file"), QStringLiteral("from-organ-id"), QStringLiteral("from-name"),
                              QStringLiteral("code"), QStringLiteral("issued"), QStringLiteral("type"),
                              QStringLiteral("subject"), QStringLiteral("signer"), QStringLiteral("urgency"),
                              QStringLiteral("secrecy"), QStringLiteral("due"), QStringLiteral("arrived"),
                              QStringLiteral("book"), QStringLiteral("pages"), QStringLiteral("force-duplicate")});
        !s)
        return ctx.fail(s.error());
    auto actor = ctx.authenticate();
    if (!actor)
        return ctx.fail(actor.error());
    const CliArguments& a = ctx.args();
    IncomingDraft draft;
    for (const char* option : {"code", "issued", "type", "subject", "from-name"}) {
        auto v = ctx.required(QString::fromLatin1(option));
        if (!v)
            return ctx.fail(v.error());
    }
    draft.code = a.value(QStringLiteral("code"));
    auto issued = ctx.date(QStringLiteral("issued"));
    if (!issued)
        return ctx.fail(issued.error());
    draft.issuedDate = *issued;
    draft.typeName = a.value(QStringLiteral("type"));
    draft.subject = a.value(QStringLiteral("subject"));
    draft.organId = a.value(QStringLiteral("from-organ-id"));
    draft.organName = a.value(QStringLiteral("from-name"));
    draft.signerFullName = a.value(QStringLiteral("signer"));
    if (Status s = readLevels(ctx, draft.priority, draft.secrecy); !s)
        return ctx.fail(s.error());
    auto due = ctx.date(QStringLiteral("due"));
    if (!due)
        return ctx.fail(due.error());
    draft.dueDate = *due;
    if (a.has(QStringLiteral("arrived"))) {
        const QDateTime arrived = QDateTime::fromString(a.value(QStringLiteral("arrived")), Qt::ISODate);
        if (!arrived.isValid())
            return ctx.fail(
                Error::invalid(QStringLiteral("arrived"),
                               CliContext::tr("--arrived: “%1” is not a date and time; expected YYYY-MM-DDTHH:MM.")
                                   .arg(a.value(QStringLiteral("arrived")))));
        draft.arrivalDate = arrived;
    }
    auto pages = ctx.integer(QStringLiteral("pages"), 0);
    if (!pages)
        return ctx.fail(pages.error());
    draft.pageAmount = *pages;
    draft.bookId = a.value(QStringLiteral("book"));
    draft.files = a.values(QStringLiteral("file"));
    draft.forceDuplicate = a.has(QStringLiteral("force-duplicate"));

    Workspace* ws = &ctx.workspace();
    auto reg = IncomingRegistry(*ws).registerDocument(*actor, draft);
    if (!reg)
        return ctx.fail(reg.error());
    if (!draft.files.isEmpty())
        processNewFiles(ctx, *ws);
    return ctx.succeed(QJsonObject{{QStringLiteral("id"), QString::number(reg->id)},
                                   {QStringLiteral("arrivalNumber"), reg->arrivalNumber},
                                   {QStringLiteral("arrivalNumberText"), reg->arrivalNumberText},
                                   {QStringLiteral("book"), reg->bookId},
                                   {QStringLiteral("year"), reg->year}},
                       CliContext::tr("Registered: arrival number %1 in book %2 of %3 (document id %4).")
                           .arg(reg->arrivalNumberText, reg->bookId)
                           .arg(reg->year)
                           .arg(reg->id));
}

ExitCode runIncomingList(CliContext& ctx) {
    return runRegisterList(ctx, Direction::Incoming);
}

ExitCode runShow(CliContext& ctx) {
    if (Status s = ctx.allowOptions({}); !s)
        return ctx.fail(s.error());
    if (ctx.args().words().size() != 2)
        return ctx.fail(Error{ErrorCode::Usage, CliContext::tr("Usage: vanban-cli show ID")});
    auto actor = ctx.authenticate();
    if (!actor)
        return ctx.fail(actor.error());
    bool ok = false;
    const qint64 id = ctx.args().words()[1].toLongLong(&ok);
    if (!ok)
        return ctx.fail(
            Error{ErrorCode::NotFound, CliContext::tr("There is no document with id %1.").arg(ctx.args().words()[1])});
    DocumentRepository repo(ctx.workspace().database());
    auto doc = repo.get(id);
    if (!doc)
        return ctx.fail(doc.error());
    auto history = repo.history(id);
    if (!history)
        return ctx.fail(history.error());
    QStringList lines = {humanLine(*doc)};
    for (const DocumentFile& f : doc->files)
        lines << QStringLiteral("  %1  %2 B  %3").arg(f.name).arg(f.size).arg(f.sha256);
    for (const HistoryEntry& h : *history)
        lines << QStringLiteral("  %1  %2  %3")
                     .arg(h.at.toString(QStringLiteral("dd/MM/yyyy HH:mm")), h.userLogin, h.action);
    return ctx.succeed(DocumentJson::toJson(*doc, &*history), lines.join(QLatin1Char('\n')));
}

ExitCode runSearch(CliContext& ctx) {
    if (Status s = ctx.allowOptions({QStringLiteral("limit"), QStringLiteral("offset"), QStringLiteral("year"),
                                     QStringLiteral("type"), QStringLiteral("from"), QStringLiteral("urgency"),
                                     QStringLiteral("arrived-from"), QStringLiteral("arrived-to")});
        !s)
        return ctx.fail(s.error());
    if (ctx.args().words().size() < 2)
        return ctx.fail(Error{ErrorCode::Usage, CliContext::tr("Usage: vanban-cli search QUERY [--limit N]")});
    auto actor = ctx.authenticate();
    if (!actor)
        return ctx.fail(actor.error());
    const QString query = ctx.args().words().mid(1).join(QLatin1Char(' '));
    SearchFilters filters;
    if (ctx.args().has(QStringLiteral("year"))) {
        auto year = ctx.integer(QStringLiteral("year"), 0);
        if (!year)
            return ctx.fail(year.error());
        filters.year = *year;
    }
    filters.typeName = ctx.args().value(QStringLiteral("type"));
    filters.organ = ctx.args().value(QStringLiteral("from"));
    if (ctx.args().has(QStringLiteral("urgency"))) {
        const auto p = Enums::priorityFromCode(ctx.args().value(QStringLiteral("urgency")));
        if (!p)
            return ctx.fail(Error::invalid(QStringLiteral("urgency"),
                                           CliContext::tr("--urgency must be normal, urgent, very-urgent or flash.")));
        filters.priority = *p;
    }
    auto from = ctx.date(QStringLiteral("arrived-from"));
    auto to = ctx.date(QStringLiteral("arrived-to"));
    if (!from)
        return ctx.fail(from.error());
    if (!to)
        return ctx.fail(to.error());
    filters.arrivedFrom = *from;
    filters.arrivedTo = *to;
    auto limit = ctx.integer(QStringLiteral("limit"), 20);
    auto offset = ctx.integer(QStringLiteral("offset"), 0);
    if (!limit)
        return ctx.fail(limit.error());
    if (!offset)
        return ctx.fail(offset.error());
    Database& db = ctx.workspace().database();
    auto hits = SearchIndex::search(db, query, filters, qMin(*limit, 1000), *offset);
    if (!hits)
        return ctx.fail(hits.error());
    auto docs = DocumentRepository(db).getMany(hits->ids);
    if (!docs)
        return ctx.fail(docs.error());
    return printDocuments(ctx, hits->total, *docs,
                          {{QStringLiteral("totalExact"), hits->totalExact},
                           {QStringLiteral("rankedByRelevance"), hits->rankedByRelevance}});
}

ExitCode runExportRegister(CliContext& ctx) {
    if (Status s = ctx.allowOptions({QStringLiteral("year"), QStringLiteral("format"), QStringLiteral("out")}); !s)
        return ctx.fail(s.error());
    if (ctx.args().words().size() != 2)
        return ctx.fail(
            Error{ErrorCode::Usage,
                  CliContext::tr(
                      "Usage: vanban-cli export-register incoming|outgoing --year Y --format csv|pdf --out FILE")});
    const QString which = ctx.args().words()[1];
    if (which != QLatin1String("incoming") && which != QLatin1String("outgoing"))
        return ctx.fail(Error{ErrorCode::Usage,
                              CliContext::tr("export-register takes incoming or outgoing, not “%1”.").arg(which)});
    auto actor = ctx.authenticate();
    if (!actor)
        return ctx.fail(actor.error());
    auto year = ctx.integer(QStringLiteral("year"), QDate::currentDate().year());
    if (!year)
        return ctx.fail(year.error());
    const QString format =
        ctx.args().has(QStringLiteral("format")) ? ctx.args().value(QStringLiteral("format")) : QStringLiteral("csv");
    if (format != QLatin1String("csv") && format != QLatin1String("pdf"))
        return ctx.fail(Error::invalid(QStringLiteral("format"), CliContext::tr("--format must be csv or pdf.")));
    auto out = ctx.required(QStringLiteral("out"));
    if (!out)
        return ctx.fail(out.error());
    const Direction direction = which == QLatin1String("incoming") ? Direction::Incoming : Direction::Outgoing;
    Result<qint64> rows = qint64(0);
    if (format == QLatin1String("pdf")) {
        auto agency = ctx.workspace().agency();
        if (!agency)
            return ctx.fail(agency.error());
        rows = RegisterPdfExport::write(ctx.workspace().database(), *agency, direction, *year, *out);
    } else {
        rows = RegisterExport::writeCsv(ctx.workspace().database(), direction, *year, *out);
    }
    if (!rows)
        return ctx.fail(rows.error());
    return ctx.succeed(
        QJsonObject{{QStringLiteral("out"), *out}, {QStringLiteral("rows"), *rows}, {QStringLiteral("year"), *year}},
        CliContext::tr("%1 rows written to %2.").arg(*rows).arg(*out));
}

} // namespace vanban::cli
