#pragma once
// Receives the packages of one exchange listing as a pipeline. While a package downloads (its SHA-256 computed on
// the way), the one before it is parsed on a worker thread. Parsed packages are stored in groups, by a third thread
// with its own connection to the workspace while the next group downloads: their files made durable by one
// file-system sync and their rows written in one transaction (with status 01 queued for each new document), synced
// to the disk. Only then are they acknowledged, and the acknowledgements travel while the next packages download.
// A crash at any point leaves each package either committed (recognised when it is listed again, and acknowledged)
// or not stored at all (downloaded again): nothing lost, nothing stored twice.

#include "common/Clock.h"
#include "exchange/ExchangeClient.h"
#include "exchange/SyncEngine.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <deque>
#include <future>
#include <memory>
#include <vector>

namespace vanban {

class PackageReceiver {
    Q_DECLARE_TR_FUNCTIONS(PackageReceiver)

public:
    // A group is committed when it holds this many packages or this many bytes, or when the listing ends.
    static constexpr int kGroupPackages = 64;
    static constexpr qint64 kGroupBytes = 64LL << 20;
    // A package up to this size is parsed from the downloaded bytes in memory instead of being read back.
    static constexpr qint64 kInMemoryPackageBytes = 16LL << 20;

    PackageReceiver(Workspace& ws, ExchangeClient& client, const Clock& clock, SyncReport& report);
    ~PackageReceiver();

    // Returns when every item is stored or left for the next round and every acknowledgement has its answer.
    // False when the exchange stopped answering (the rest of the round is pointless).
    bool receive(const QList<ReceivedItem>& items);

private:
    struct Arrival;
    struct Group; // handed to the committer, and back with its outcome
    class Committer;
    void removeStaleAttachments();
    void downloadQueue();
    std::unique_ptr<Arrival> download(const ReceivedItem& item);
    static void parse(Arrival& arrival);
    void commitGroup();
    void finishCommitting();
    static Status storeTogether(Workspace& ws, const Clock& clock, Group& group);
    static Status store(Workspace& ws, const Clock& clock, Arrival& arrival);
    void acknowledge(const QString& docId, bool done, const QString& reason);
    Status recordAcknowledged();

    Workspace& m_ws;
    ExchangeClient& m_client;
    const Clock& m_clock;
    SyncReport& m_report;
    std::deque<ReceivedItem> m_queue;
    QByteArray m_spareBytes; // a download buffer handed back by the parser, reused
    std::vector<std::unique_ptr<Arrival>> m_group;
    qint64 m_groupBytes = 0;
    int m_groupLimit = kGroupPackages;
    bool m_unreachable = false;
    QStringList m_acknowledged;             // answered `done`/`fail` by the exchange, not yet noted in the database
    std::unique_ptr<Committer> m_committer; // started with the first group
    std::future<std::unique_ptr<Group>> m_committing; // the group the committer has, at most one
};

} // namespace vanban
