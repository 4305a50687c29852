#pragma once
// Agencies for exchange tests: each is a real workspace configured for a unit of a running vanban-hub, with the
// real client and sync engine over HTTP on loopback.

#include "support/HubProcess.h"
#include "support/PdfFixtures.h"
#include "support/TempWorkspace.h"

#include "edxml/EdxmlWriter.h"
#include "exchange/ExchangeInbox.h"
#include "exchange/ExchangeOutbox.h"
#include "exchange/ExchangeSettings.h"
#include "exchange/SyncEngine.h"
#include "maintenance/Backup.h"
#include "maintenance/WorkspaceCheck.h"
#include "registry/OutgoingRegistry.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <stdexcept>

namespace vanban::test {

class TestAgency {
public:
    TestAgency(const HubUnitInfo& unit, const QUrl& hubUrl, const QString& caFile = {})
        : m_unit(unit)
        , m_tw(AgencyProfile{unit.organId, unit.name}) {
        configure(hubUrl, unit.secret.toUtf8(), caFile);
    }

    // (Re)configures the exchange; a wrong secret or CA file gives the client those.
    void configure(const QUrl& url, const QByteArray& secret, const QString& caFile = {}) {
        const Status s = ExchangeSettings::configure(m_tw.ws(), m_tw.admin(),
                                                     ExchangeEndpoint{url, m_unit.systemId, secret, caFile});
        if (!s)
            throw std::runtime_error(s.error().message.toStdString());
        auto endpoint = ExchangeSettings::endpoint(m_tw.ws());
        if (!endpoint)
            throw std::runtime_error(endpoint.error().message.toStdString());
        auto client = ExchangeClient::create(endpoint.value());
        if (!client)
            throw std::runtime_error(client.error().message.toStdString());
        m_client = std::move(client).value();
    }

    SyncReport sync(bool onDemand = true) {
        auto report = SyncEngine(m_tw.ws(), *m_client).runOnce(onDemand);
        if (!report)
            throw std::runtime_error(report.error().message.toStdString());
        return report.value();
    }

    // Issues an outgoing document with the given files (written from bytes into the temp folder).
    qint64 issue(const QString& subject, const QList<std::pair<QString, QByteArray>>& files,
                 Secrecy secrecy = Secrecy::None) {
        OutgoingDraft draft;
        draft.notation = QStringLiteral("UBND-VP");
        draft.typeName = QStringLiteral("Công văn");
        draft.subject = subject;
        draft.signerFullName = QStringLiteral("Trần Văn Bình");
        draft.signerPosition = QStringLiteral("Chủ tịch");
        draft.secrecy = secrecy;
        // Each document's files in a folder of their own, under the names the sender chose.
        QDir dir(m_tw.file(QStringLiteral("doc-%1").arg(++m_documentCounter)));
        dir.mkpath(QStringLiteral("."));
        for (const auto& [name, bytes] : files) {
            QFile f(dir.filePath(name));
            if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
                throw std::runtime_error("cannot write a test file");
            draft.files << f.fileName();
        }
        auto issued = OutgoingRegistry(m_tw.ws()).issue(m_tw.clerk(), draft);
        if (!issued)
            throw std::runtime_error(issued.error().message.toStdString());
        return issued->id;
    }

    Result<qint64> send(qint64 documentId, const QStringList& to) {
        return ExchangeOutbox(m_tw.ws()).queueDocument(m_tw.clerk(), documentId, to);
    }

    qint64 count(const QString& sql, const QVariantList& bind = {}) {
        auto q = m_tw.db().exec(sql, bind);
        if (!q || !q->next())
            throw std::runtime_error("count query failed");
        return q->value(0).toLongLong();
    }

    QList<RecipientState> recipients(qint64 documentId) {
        auto r = ExchangeOutbox(m_tw.ws()).recipients(documentId);
        if (!r)
            throw std::runtime_error(r.error().message.toStdString());
        return r.value();
    }

    QList<InboxItem> inbox(const QString& state = QStringLiteral("pending")) {
        auto r = ExchangeInbox(m_tw.ws()).items(state);
        if (!r)
            throw std::runtime_error(r.error().message.toStdString());
        return r.value();
    }

    TempWorkspace& tw() { return m_tw; }
    Workspace& ws() { return m_tw.ws(); }
    ExchangeClient& client() { return *m_client; }
    const HubUnitInfo& unit() const { return m_unit; }

private:
    HubUnitInfo m_unit;
    TempWorkspace m_tw;
    std::unique_ptr<ExchangeClient> m_client;
    int m_documentCounter = 0;
};

} // namespace vanban::test
