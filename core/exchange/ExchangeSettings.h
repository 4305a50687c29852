#pragma once
// The exchange configuration of a workspace: the address, the agency's SystemId, an optional CA file, and the
// secret key (kept by SecretStore, never in the database in plain text). Only an administrator changes it.

#include "common/Clock.h"
#include "common/Result.h"
#include "exchange/ExchangeClient.h"
#include "model/User.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <optional>

namespace vanban {

struct ExchangeSettingsView {
    QUrl baseUrl;
    QString systemId;
    QString caFile;
    QString secretStore; // keychain | encrypted
    QDateTime updatedAt;
};

class ExchangeSettings {
    Q_DECLARE_TR_FUNCTIONS(ExchangeSettings)

public:
    // Checks the values (as ExchangeClient::create does), stores the secret and saves the configuration.
    static Status configure(Workspace& ws, const User& actor, const ExchangeEndpoint& endpoint,
                            const Clock& clock = Clock::system());
    // What is configured, without the secret; nullopt when the exchange was never configured.
    static Result<std::optional<ExchangeSettingsView>> view(Workspace& ws);
    // The full endpoint with the secret, to build a client. NotFound when not configured.
    static Result<ExchangeEndpoint> endpoint(Workspace& ws);

private:
    static QString secretAccount(const QUrl& url, const QString& systemId);
};

} // namespace vanban
