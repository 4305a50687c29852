#include "DocumentOutput.h"

#include "documents/DocumentJson.h"
#include "documents/DocumentRepository.h"
#include "pdf/PopplerTextExtractor.h"
#include "search/TextIndexer.h"
#include "signing/SignatureChecker.h"

#include <QJsonArray>

namespace vanban::cli {

QString humanLine(const Document& d) {
    if (d.direction == Direction::Outgoing)
        return QStringLiteral("%1  %2  %3  %4  %5  %6")
            .arg(QString::number(d.id).rightJustified(6), Document::numberText(d.number).rightJustified(5),
                 d.issuedDate.toString(QStringLiteral("dd/MM/yyyy")), d.code().leftJustified(16),
                 d.signerFullName.left(30).leftJustified(30), d.typeName + QStringLiteral(": ") + d.subject.left(60));
    return QStringLiteral("%1  %2  %3  %4  %5  %6")
        .arg(QString::number(d.id).rightJustified(6), Document::numberText(d.number).rightJustified(5),
             d.arrivalDate.toString(QStringLiteral("dd/MM/yyyy")), d.code().leftJustified(16),
             d.organName.left(30).leftJustified(30), d.typeName + QStringLiteral(": ") + d.subject.left(60));
}

ExitCode printDocuments(CliContext& ctx, qint64 total, const QList<Document>& docs, const QJsonObject& extra) {
    QJsonArray items;
    QStringList lines;
    for (const Document& d : docs) {
        items.append(DocumentJson::toJson(d));
        lines << humanLine(d);
    }
    lines << CliContext::tr("%1 of %2 documents shown.").arg(docs.size()).arg(total);
    QJsonObject json{{QStringLiteral("total"), total}, {QStringLiteral("items"), items}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        json.insert(it.key(), it.value());
    return ctx.succeed(json, lines.join(QLatin1Char('\n')));
}

ExitCode runRegisterList(CliContext& ctx, Direction direction) {
    if (Status s = ctx.allowOptions(
            {QStringLiteral("year"), QStringLiteral("status"), QStringLiteral("limit"), QStringLiteral("offset")});
        !s)
        return ctx.fail(s.error());
    auto actor = ctx.authenticate();
    if (!actor)
        return ctx.fail(actor.error());
    RegisterQuery query;
    query.direction = direction;
    if (ctx.args().has(QStringLiteral("year"))) {
        auto year = ctx.integer(QStringLiteral("year"), 0);
        if (!year)
            return ctx.fail(year.error());
        query.year = *year;
    }
    query.status = ctx.args().value(QStringLiteral("status"));
    auto limit = ctx.integer(QStringLiteral("limit"), 50);
    auto offset = ctx.integer(QStringLiteral("offset"), 0);
    if (!limit)
        return ctx.fail(limit.error());
    if (!offset)
        return ctx.fail(offset.error());
    query.limit = qMin(*limit, 10000);
    query.offset = *offset;
    auto page = DocumentRepository(ctx.workspace().database()).list(query);
    if (!page)
        return ctx.fail(page.error());
    return printDocuments(ctx, page->total, page->items);
}

Status readLevels(const CliContext& ctx, Priority& priority, Secrecy& secrecy) {
    const CliArguments& a = ctx.args();
    if (a.has(QStringLiteral("urgency"))) {
        const auto p = Enums::priorityFromCode(a.value(QStringLiteral("urgency")));
        if (!p)
            return Error::invalid(QStringLiteral("urgency"),
                                  CliContext::tr("--urgency must be normal, urgent, very-urgent or flash."));
        priority = *p;
    }
    if (a.has(QStringLiteral("secrecy"))) {
        const auto s = Enums::secrecyFromCode(a.value(QStringLiteral("secrecy")));
        if (!s)
            return Error::invalid(QStringLiteral("secrecy"),
                                  CliContext::tr("--secrecy must be none, confidential, secret or top-secret."));
        secrecy = *s;
    }
    return {};
}

void processNewFiles(CliContext& ctx, Workspace& ws) {
    PopplerTextExtractor extractor;
    if (auto indexed = TextIndexer(ws, extractor).indexPending(16); !indexed)
        ctx.info(CliContext::tr("Warning: the text of the PDF was not indexed: %1").arg(indexed.error().message));
    if (auto checked = SignatureChecker(ws, SignatureChecker::defaultOptions()).checkPending(16); !checked)
        ctx.info(CliContext::tr("Warning: the digital signatures were not verified: %1").arg(checked.error().message));
}

} // namespace vanban::cli
