// exchange configure / send / outbox / inbox / accept / return / status, and sync
#include "Commands.h"
#include "DocumentOutput.h"

#include "documents/DocumentRepository.h"
#include "exchange/ExchangeInbox.h"
#include "exchange/ExchangeOutbox.h"
#include "exchange/ExchangeSettings.h"
#include "exchange/SyncEngine.h"
#include "pdf/PopplerTextExtractor.h"
#include "search/TextIndexer.h"

#include <QJsonArray>
#include <QThread>
#include <csignal>
#include <openssl/crypto.h>

namespace vanban::cli {

namespace {

Result<qint64> idArgument(CliContext& ctx, const QString& usage) {
    if (ctx.args().words().size() != 3)
        return Error{ErrorCode::Usage, usage};
    bool ok = false;
    const qint64 id = ctx.args().words()[2].toLongLong(&ok);
    if (!ok || id <= 0)
        return Error{ErrorCode::Usage, usage};
    return id;
}

QJsonArray filesJson(const QList<InboxFile>& files) {
    QJsonArray out;
    for (const InboxFile& f : files)
        out.append(QJsonObject{
            {QStringLiteral("name"), f.name}, {QStringLiteral("size"), f.size}, {QStringLiteral("sha256"), f.sha256}});
    return out;
}

QJsonObject reportJson(const SyncReport& r) {
    return QJsonObject{{QStringLiteral("sent"), r.sent},
                       {QStringLiteral("sendFailed"), r.sendFailed},
                       {QStringLiteral("sendDeferred"), r.sendDeferred},
                       {QStringLiteral("received"), r.received},
                       {QStringLiteral("statuses"), r.statuses},
                       {QStringLiteral("duplicates"), r.duplicates},
                       {QStringLiteral("rejected"), r.rejected},
                       {QStringLiteral("acknowledged"), r.acknowledged},
                       {QStringLiteral("organizations"), r.organizations},
                       {QStringLiteral("undeliverable"), r.undeliverable},
                       {QStringLiteral("waiting"), r.waiting},
                       {QStringLiteral("problems"), QJsonArray::fromStringList(r.problems)}};
}

QString reportText(const SyncReport& r) {
    QString text = CliContext::tr("Sent %1, received %2 new document(s) and %3 status message(s); %4 waiting in the "
                                  "outbox.")
                       .arg(r.sent)
                       .arg(r.received)
                       .arg(r.statuses)
                       .arg(r.waiting);
    for (const QString& p : r.problems)
        text += QStringLiteral("\n  ! ") + p;
    return text;
}

volatile std::sig_atomic_t g_stop = 0;
void requestStop(int) {
    g_stop = 1;
}

} // namespace

ExitCode runExchangeConfigure(CliContext& ctx) {
    if (Status s = ctx.allowOptions({QStringLiteral("url"), QStringLiteral("system-id"), QStringLiteral("secret-file"),
                                     QStringLiteral("ca-file")});
        !s)
        return ctx.fail(s.error());
    auto actor = ctx.authenticate();
    if (!actor)
        return ctx.fail(actor.error());
    auto url = ctx.required(QStringLiteral("url"));
    if (!url)
        return ctx.fail(url.error());
    auto systemId = ctx.required(QStringLiteral("system-id"));
    if (!systemId)
        return ctx.fail(systemId.error());
    auto secret = ctx.secretFrom(QStringLiteral("secret-file"), "VANBAN_EXCHANGE_SECRET", CliContext::tr("secret key"));
    if (!secret)
        return ctx.fail(secret.error());
    ExchangeEndpoint endpoint{QUrl(*url), *systemId, *secret, ctx.args().value(QStringLiteral("ca-file"))};
    const Status saved = ExchangeSettings::configure(ctx.workspace(), *actor, endpoint);
    OPENSSL_cleanse(secret->data(), size_t(secret->size()));
    OPENSSL_cleanse(endpoint.secret.data(), size_t(endpoint.secret.size()));
    if (!saved)
        return ctx.fail(saved.error());
    auto view = ExchangeSettings::view(ctx.workspace());
    const QString store = view && view->has_value() ? view->value().secretStore : QString();
    return ctx.succeed(QJsonObject{{QStringLiteral("url"), *url},
                                   {QStringLiteral("systemId"), *systemId},
                                   {QStringLiteral("secretStore"), store}},
                       store == QLatin1String("keychain")
                           ? CliContext::tr("The exchange is configured; the secret key is in the system keychain.")
                           : CliContext::tr("The exchange is configured; the secret key is stored encrypted."));
}

ExitCode runSync(CliContext& ctx) {
    if (Status s = ctx.allowOptions({QStringLiteral("once"), QStringLiteral("interval")}); !s)
        return ctx.fail(s.error());
    auto actor = ctx.authenticate();
    if (!actor)
        return ctx.fail(actor.error());
    auto interval = ctx.integer(QStringLiteral("interval"), 120);
    if (!interval)
        return ctx.fail(interval.error());
    auto endpoint = ExchangeSettings::endpoint(ctx.workspace());
    if (!endpoint)
        return ctx.fail(endpoint.error());
    auto client = ExchangeClient::create(endpoint.value());
    OPENSSL_cleanse(endpoint->secret.data(), size_t(endpoint->secret.size()));
    if (!client)
        return ctx.fail(client.error());
    SyncEngine engine(ctx.workspace(), *client.value());
    if (ctx.args().has(QStringLiteral("once"))) {
        auto report = engine.runOnce(true);
        if (!report)
            return ctx.fail(report.error());
        const ExitCode printed = ctx.succeed(reportJson(*report), reportText(*report));
        return printed != 0 || report->complete() ? printed : int(ErrorCode::External);
    }
    // Until SIGTERM/SIGINT: a round, then a pause; the back-off of each package is respected.
    std::signal(SIGTERM, requestStop);
    std::signal(SIGINT, requestStop);
    while (!g_stop) {
        auto report = engine.runOnce(false);
        if (report)
            ctx.info(reportText(*report));
        else
            ctx.info(report.error().message);
        for (int i = 0; i < *interval && !g_stop; ++i)
            QThread::sleep(1);
    }
    return ctx.succeed(QJsonObject{{QStringLiteral("stopped"), true}}, CliContext::tr("Synchronisation stopped."));
}

ExitCode runExchangeSend(CliContext& ctx) {
    if (Status s = ctx.allowOptions({QStringLiteral("to")}); !s)
        return ctx.fail(s.error());
    auto id = idArgument(ctx, CliContext::tr("Usage: vanban-cli exchange send ID --to ORGAN_ID[,ORGAN_ID…]"));
    if (!id)
        return ctx.fail(id.error());
    auto actor = ctx.authenticate();
    if (!actor)
        return ctx.fail(actor.error());
    auto to = ctx.required(QStringLiteral("to"));
    if (!to)
        return ctx.fail(to.error());
    ExchangeOutbox outbox(ctx.workspace());
    auto queued = outbox.queueDocument(*actor, *id, to->split(QLatin1Char(','), Qt::SkipEmptyParts));
    if (!queued)
        return ctx.fail(queued.error());
    auto states = outbox.recipients(*id);
    QJsonArray recipients;
    if (states)
        for (const RecipientState& r : states.value())
            recipients.append(QJsonObject{{QStringLiteral("organId"), r.organId}, {QStringLiteral("state"), r.state}});
    return ctx.succeed(
        QJsonObject{{QStringLiteral("outboxId"), QString::number(*queued)}, {QStringLiteral("recipients"), recipients}},
        CliContext::tr("Queued for the exchange (outbox item %1); it leaves with the next "
                       "synchronisation.")
            .arg(*queued));
}

ExitCode runExchangeOutbox(CliContext& ctx) {
    if (Status s = ctx.allowOptions({QStringLiteral("all")}); !s)
        return ctx.fail(s.error());
    auto actor = ctx.authenticate();
    if (!actor)
        return ctx.fail(actor.error());
    ExchangeOutbox outbox(ctx.workspace());
    auto items = outbox.items(!ctx.args().has(QStringLiteral("all")));
    if (!items)
        return ctx.fail(items.error());
    DocumentRepository repository(ctx.workspace().database());
    QJsonArray out;
    QString text;
    for (const OutboxItem& i : items.value()) {
        QJsonObject o{{QStringLiteral("id"), QString::number(i.id)},
                      {QStringLiteral("messageType"), i.messageType},
                      {QStringLiteral("documentId"), i.edxmlDocumentId},
                      {QStringLiteral("organId"), i.recipients.join(QLatin1Char(','))},
                      {QStringLiteral("recipients"), QJsonArray::fromStringList(i.recipients)},
                      {QStringLiteral("statusCode"), i.statusCode},
                      {QStringLiteral("state"), i.state},
                      {QStringLiteral("attempts"), i.attempts},
                      {QStringLiteral("nextAttempt"), i.nextAttemptAt.toString(Qt::ISODate)},
                      {QStringLiteral("lastError"), i.lastError},
                      {QStringLiteral("businessDocType"), 0}};
        if (i.documentId > 0) {
            if (auto d = repository.get(i.documentId, true)) {
                o.insert(QStringLiteral("codeNumber"), d->codeNumber);
                o.insert(QStringLiteral("codeNotation"), d->codeNotation);
                o.insert(QStringLiteral("subject"), d->subject);
                QJsonArray files;
                for (const DocumentFile& f : d->files)
                    files.append(QJsonObject{{QStringLiteral("name"), f.name},
                                             {QStringLiteral("size"), f.size},
                                             {QStringLiteral("sha256"), f.sha256}});
                o.insert(QStringLiteral("files"), files);
            }
        }
        out.append(o);
        text += QStringLiteral("%1  %2  %3  → %4  %5%6\n")
                    .arg(i.id)
                    .arg(i.messageType == QLatin1String("edoc")
                             ? i.edxmlDocumentId
                             : QStringLiteral("%1 (%2)").arg(i.statusCode, i.edxmlDocumentId),
                         i.state, i.recipients.join(QLatin1Char(',')),
                         i.attempts > 0 ? CliContext::tr("%1 attempt(s)").arg(i.attempts) : QString(),
                         i.lastError.isEmpty() ? QString() : QStringLiteral(" — ") + i.lastError);
    }
    if (text.isEmpty())
        text = CliContext::tr("The outbox is empty.");
    return ctx.succeed(QJsonObject{{QStringLiteral("items"), out}}, text.trimmed());
}

ExitCode runExchangeInbox(CliContext& ctx) {
    if (Status s = ctx.allowOptions({QStringLiteral("state")}); !s)
        return ctx.fail(s.error());
    auto actor = ctx.authenticate();
    if (!actor)
        return ctx.fail(actor.error());
    const QString state =
        ctx.args().has(QStringLiteral("state")) ? ctx.args().value(QStringLiteral("state")) : QStringLiteral("pending");
    auto items = ExchangeInbox(ctx.workspace()).items(state == QLatin1String("all") ? QString() : state);
    if (!items)
        return ctx.fail(items.error());
    QJsonArray out;
    QString text;
    for (const InboxItem& i : items.value()) {
        out.append(QJsonObject{{QStringLiteral("id"), QString::number(i.id)},
                               {QStringLiteral("documentId"), i.edxmlDocumentId},
                               {QStringLiteral("organId"), i.fromOrganId},
                               {QStringLiteral("organName"), i.fromOrganName},
                               {QStringLiteral("codeNumber"), i.codeNumber},
                               {QStringLiteral("codeNotation"), i.codeNotation},
                               {QStringLiteral("issuedDate"), i.promulgationDate.toString(Qt::ISODate)},
                               {QStringLiteral("typeName"), i.typeName},
                               {QStringLiteral("subject"), i.subject},
                               {QStringLiteral("businessDocType"), i.businessDocType},
                               {QStringLiteral("state"), i.state},
                               {QStringLiteral("reason"), i.reason},
                               {QStringLiteral("receivedAt"), i.receivedAt.toString(Qt::ISODate)},
                               {QStringLiteral("files"), filesJson(i.files)}});
        text += QStringLiteral("%1  %2  %3  %4\n").arg(i.id).arg(i.code(), i.fromOrganName, i.subject);
    }
    if (text.isEmpty())
        text = CliContext::tr("No received document is waiting.");
    return ctx.succeed(QJsonObject{{QStringLiteral("items"), out}}, text.trimmed());
}

ExitCode runExchangeAccept(CliContext& ctx) {
    if (Status s = ctx.allowOptions({QStringLiteral("book"), QStringLiteral("force-duplicate")}); !s)
        return ctx.fail(s.error());
    auto id = idArgument(ctx, CliContext::tr("Usage: vanban-cli exchange accept ID [--book ID]"));
    if (!id)
        return ctx.fail(id.error());
    auto actor = ctx.authenticate();
    if (!actor)
        return ctx.fail(actor.error());
    auto reg = ExchangeInbox(ctx.workspace())
                   .accept(*actor, *id, ctx.args().value(QStringLiteral("book")),
                           ctx.args().has(QStringLiteral("force-duplicate")));
    if (!reg)
        return ctx.fail(reg.error());
    if (reg->arrivalNumber == 0)
        return ctx.succeed(QJsonObject{{QStringLiteral("id"), reg->id ? QString::number(reg->id) : QString()},
                                       {QStringLiteral("revoked"), true}},
                           CliContext::tr("The revocation was accepted; the sender is told (status 03)."));
    processNewFiles(ctx, ctx.workspace());
    return ctx.succeed(QJsonObject{{QStringLiteral("id"), QString::number(reg->id)},
                                   {QStringLiteral("arrivalNumber"), reg->arrivalNumber},
                                   {QStringLiteral("arrivalNumberText"), reg->arrivalNumberText},
                                   {QStringLiteral("book"), reg->bookId},
                                   {QStringLiteral("year"), reg->year}},
                       CliContext::tr("Registered: arrival number %1 in book %2 of %3 (document id %4); the sender "
                                      "is told (status 03).")
                           .arg(reg->arrivalNumberText, reg->bookId)
                           .arg(reg->year)
                           .arg(reg->id));
}

ExitCode runExchangeReturn(CliContext& ctx) {
    if (Status s = ctx.allowOptions({QStringLiteral("reason")}); !s)
        return ctx.fail(s.error());
    auto id = idArgument(ctx, CliContext::tr("Usage: vanban-cli exchange return ID --reason TEXT"));
    if (!id)
        return ctx.fail(id.error());
    auto actor = ctx.authenticate();
    if (!actor)
        return ctx.fail(actor.error());
    const Status returned =
        ExchangeInbox(ctx.workspace()).returnToSender(*actor, *id, ctx.args().value(QStringLiteral("reason")));
    if (!returned)
        return ctx.fail(returned.error());
    return ctx.succeed(QJsonObject{{QStringLiteral("id"), QString::number(*id)},
                                   {QStringLiteral("state"), QStringLiteral("returned")}},
                       CliContext::tr("Returned to the sender with the reason (status 02)."));
}

ExitCode runExchangeStatus(CliContext& ctx) {
    if (Status s = ctx.allowOptions({}); !s)
        return ctx.fail(s.error());
    auto id = idArgument(ctx, CliContext::tr("Usage: vanban-cli exchange status ID"));
    if (!id)
        return ctx.fail(id.error());
    auto actor = ctx.authenticate();
    if (!actor)
        return ctx.fail(actor.error());
    auto document = DocumentRepository(ctx.workspace().database()).get(*id, false);
    if (!document)
        return ctx.fail(document.error());
    auto states = ExchangeOutbox(ctx.workspace()).recipients(*id);
    if (!states)
        return ctx.fail(states.error());
    QJsonArray out;
    QString text;
    for (const RecipientState& r : states.value()) {
        out.append(QJsonObject{{QStringLiteral("organId"), r.organId},
                               {QStringLiteral("organName"), r.organName},
                               {QStringLiteral("state"), r.state},
                               {QStringLiteral("statusCode"), r.statusCode},
                               {QStringLiteral("updated"), r.updated.toString(Qt::ISODate)},
                               {QStringLiteral("reason"), r.reason}});
        text += QStringLiteral("%1  %2  %3%4\n")
                    .arg(r.organId, r.organName, r.state,
                         r.reason.isEmpty() ? QString() : QStringLiteral(" — ") + r.reason);
    }
    if (text.isEmpty())
        text = CliContext::tr("Document %1 was not sent through the exchange.").arg(*id);
    return ctx.succeed(QJsonObject{{QStringLiteral("recipients"), out}}, text.trimmed());
}

} // namespace vanban::cli
