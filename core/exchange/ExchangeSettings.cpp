#include "exchange/ExchangeSettings.h"

#include "exchange/SecretStore.h"

#include <QSqlQuery>

namespace vanban {

QString ExchangeSettings::secretAccount(const QUrl& url, const QString& systemId) {
    return systemId + QLatin1Char('@') + url.host() +
           (url.port() > 0 ? QStringLiteral(":%1").arg(url.port()) : QString());
}

Status ExchangeSettings::configure(Workspace& ws, const User& actor, const ExchangeEndpoint& endpoint,
                                   const Clock& clock) {
    if (!actor.mayManageUsers())
        return Error{ErrorCode::Permission, tr("Only an administrator may configure the exchange.")};
    Result<std::unique_ptr<ExchangeClient>> check = ExchangeClient::create(endpoint);
    if (!check)
        return check.error();
    const QString account = secretAccount(endpoint.baseUrl, endpoint.systemId.trimmed());
    Result<SecretStore::Stored> stored = SecretStore::store(account, endpoint.secret);
    if (!stored)
        return stored.error();
    auto q = ws.database().exec(
        QStringLiteral(
            "INSERT INTO exchange_config (id, base_url, system_id, ca_file, secret_store, secret_ciphertext, "
            "updated_at) VALUES (1, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET base_url = "
            "excluded.base_url, system_id = excluded.system_id, ca_file = excluded.ca_file, secret_store = "
            "excluded.secret_store, secret_ciphertext = excluded.secret_ciphertext, updated_at = "
            "excluded.updated_at"),
        {endpoint.baseUrl.toString(), endpoint.systemId.trimmed(), endpoint.caFile, SecretStore::kindCode(stored->kind),
         stored->ciphertext, clock.now().toString(Qt::ISODate)});
    if (!q)
        return q.error();
    return {};
}

Result<std::optional<ExchangeSettingsView>> ExchangeSettings::view(Workspace& ws) {
    auto q = ws.database().exec(QStringLiteral(
        "SELECT base_url, system_id, ca_file, secret_store, updated_at FROM exchange_config WHERE id = 1"));
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<ExchangeSettingsView>();
    return std::optional<ExchangeSettingsView>(
        ExchangeSettingsView{QUrl(q->value(0).toString()), q->value(1).toString(), q->value(2).toString(),
                             q->value(3).toString(), QDateTime::fromString(q->value(4).toString(), Qt::ISODate)});
}

Result<ExchangeEndpoint> ExchangeSettings::endpoint(Workspace& ws) {
    auto q = ws.database().exec(QStringLiteral(
        "SELECT base_url, system_id, ca_file, secret_store, secret_ciphertext FROM exchange_config WHERE id = 1"));
    if (!q)
        return q.error();
    if (!q->next())
        return Error{ErrorCode::NotFound, tr("The exchange is not configured yet. An administrator sets it up with "
                                             "“vanban-cli exchange configure”.")};
    ExchangeEndpoint e;
    e.baseUrl = QUrl(q->value(0).toString());
    e.systemId = q->value(1).toString();
    e.caFile = q->value(2).toString();
    const SecretStore::Stored stored{SecretStore::kindFromCode(q->value(3).toString()), q->value(4).toString()};
    q->finish();
    Result<QByteArray> secret = SecretStore::load(secretAccount(e.baseUrl, e.systemId), stored);
    if (!secret)
        return secret.error();
    e.secret = secret.value();
    return e;
}

} // namespace vanban
