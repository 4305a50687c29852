// token list
#include "Commands.h"

#include "signing/Pkcs11Module.h"
#include "signing/Pkcs11Session.h"

#include <QJsonArray>

namespace vanban::cli {

namespace {
QJsonValue orNull(const QString& s) {
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QString isoUtc(const QDateTime& t) {
    return t.toUTC().toString(Qt::ISODate);
}

QJsonObject certificateJson(const TokenCertificate& c) {
    return {{QStringLiteral("id"), c.idHex},
            {QStringLiteral("label"), c.label},
            {QStringLiteral("subject"), c.subject},
            {QStringLiteral("commonName"), c.subjectCommonName},
            {QStringLiteral("organization"), orNull(c.subjectOrganization)},
            {QStringLiteral("issuer"), c.issuer},
            {QStringLiteral("serial"), c.serialHex},
            {QStringLiteral("notBefore"), isoUtc(c.notBefore)},
            {QStringLiteral("notAfter"), isoUtc(c.notAfter)},
            {QStringLiteral("sha256"), c.sha256},
            {QStringLiteral("keyType"), c.keyType == KeyType::Rsa  ? QStringLiteral("RSA")
                                        : c.keyType == KeyType::Ec ? QStringLiteral("EC")
                                                                   : QStringLiteral("other")},
            {QStringLiteral("keyBits"), c.keyBits},
            {QStringLiteral("curve"), orNull(c.curve)},
            {QStringLiteral("ca"), c.isCa},
            {QStringLiteral("hasKey"), c.hasKey}};
}

QJsonObject tokenJson(const TokenInfo& t) {
    return {{QStringLiteral("label"), t.label},
            {QStringLiteral("serial"), t.serial},
            {QStringLiteral("manufacturer"), t.manufacturer},
            {QStringLiteral("model"), t.model},
            {QStringLiteral("initialized"), t.initialized},
            {QStringLiteral("loginRequired"), t.loginRequired},
            {QStringLiteral("pinPad"), t.protectedAuthenticationPath},
            {QStringLiteral("pinCountLow"), t.pinCountLow},
            {QStringLiteral("pinFinalTry"), t.pinFinalTry},
            {QStringLiteral("pinLocked"), t.pinLocked},
            {QStringLiteral("certificates"), QJsonArray()}};
}
} // namespace

ExitCode runTokenList(CliContext& ctx) {
    if (Status s = ctx.allowOptions({QStringLiteral("pkcs11-module")}); !s)
        return ctx.fail(s.error());
    auto path = ctx.required(QStringLiteral("pkcs11-module"));
    if (!path)
        return ctx.fail(path.error());
    auto loaded = Pkcs11Module::loadShared(*path);
    if (!loaded)
        return ctx.fail(loaded.error());
    std::shared_ptr<Pkcs11Module> module = *loaded;
    auto info = module->info();
    if (!info)
        return ctx.fail(info.error());
    auto slotInfos = module->slotList();
    if (!slotInfos)
        return ctx.fail(slotInfos.error());

    QJsonArray slotArray;
    QStringList text;
    text << CliContext::tr("PKCS#11 module %1 (%2, %3)").arg(info->path, info->description, info->manufacturer);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const SlotInfo& slot : *slotInfos) {
        QJsonObject slotJson{{QStringLiteral("slotId"), qint64(slot.id)},
                             {QStringLiteral("description"), slot.description},
                             {QStringLiteral("tokenPresent"), slot.tokenPresent},
                             {QStringLiteral("token"), QJsonValue()}};
        if (!slot.token || !slot.token->initialized) {
            text << CliContext::tr("Slot %1: %2 — %3")
                        .arg(slot.id)
                        .arg(slot.description,
                             slot.token ? CliContext::tr("token not initialised") : CliContext::tr("no token"));
            if (slot.token)
                slotJson.insert(QStringLiteral("token"), tokenJson(*slot.token));
            slotArray.append(slotJson);
            continue;
        }
        const TokenInfo& token = *slot.token;
        QJsonObject tokenObject = tokenJson(token);
        text << CliContext::tr("Slot %1: token “%2”, serial %3, %4 %5")
                    .arg(slot.id)
                    .arg(token.label, token.serial, token.manufacturer, token.model);
        for (const QString& warning : token.pinWarnings())
            text << QStringLiteral("  ! ") + warning;
        QJsonArray certificates;
        auto session = Pkcs11Session::open(module, token);
        if (!session)
            return ctx.fail(session.error());
        auto list = session->certificates();
        if (!list)
            return ctx.fail(list.error());
        for (const TokenCertificate& c : *list) {
            certificates.append(certificateJson(c));
            QString state;
            if (now < c.notBefore)
                state = CliContext::tr("not yet valid");
            else if (now > c.notAfter)
                state = CliContext::tr("expired");
            else
                state = CliContext::tr("valid");
            text << QStringLiteral("  [%1] %2").arg(c.idHex, c.label);
            text << CliContext::tr("    Subject:  %1").arg(c.subject);
            text << CliContext::tr("    Issuer:   %1").arg(c.issuer);
            text << CliContext::tr("    Validity: %1 to %2 (%3)").arg(isoUtc(c.notBefore), isoUtc(c.notAfter), state);
            text << CliContext::tr("    Key:      %1, %2")
                        .arg(c.keyDescription(),
                             c.hasKey ? CliContext::tr("key on the token") : CliContext::tr("no key on the token"));
            text << QStringLiteral("    SHA-256:  ") + c.sha256;
        }
        if (list->isEmpty())
            text << CliContext::tr("  No certificates.");
        tokenObject.insert(QStringLiteral("certificates"), certificates);
        slotJson.insert(QStringLiteral("token"), tokenObject);
        slotArray.append(slotJson);
    }
    const QJsonObject json{
        {QStringLiteral("module"), QJsonObject{{QStringLiteral("path"), info->path},
                                               {QStringLiteral("manufacturer"), info->manufacturer},
                                               {QStringLiteral("description"), info->description},
                                               {QStringLiteral("cryptokiVersion"), info->cryptokiVersion}}},
        {QStringLiteral("slots"), slotArray}};
    return ctx.succeed(json, text.join(QLatin1Char('\n')));
}

} // namespace vanban::cli
