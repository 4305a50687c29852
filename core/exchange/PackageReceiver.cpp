#include "exchange/PackageReceiver.h"

#include "common/HelperThread.h"
#include "edxml/EdxmlReader.h"
#include "exchange/ExchangeInbox.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTemporaryFile>
#include <condition_variable>
#include <future>
#include <mutex>
#include <optional>
#include <thread>

namespace vanban {

struct PackageReceiver::Arrival {
    enum class Outcome { None, Document, Status, Duplicate, Rejected };

    ReceivedItem item;
    std::unique_ptr<QTemporaryFile> package;
    QByteArray bytes; // the package as downloaded, when it is small enough to keep (parsed from here, then released)
    DownloadedPackage downloaded;
    QString sha256; // of the package, computed while it downloaded and checked against the announced one
    // Attachments are decoded into the blob folder itself (same file system, and no folder to make and delete for
    // each package: on ext4 without a journal, every recently deleted inode slows the next allocations), then moved
    // into the store without a copy. Those never handed to the store are removed with the arrival.
    QString attachmentFolder;
    std::optional<edxml::Package> parsed;
    QString unusable;     // why the package can never be processed: acknowledged `fail`
    QString localProblem; // this computer could not handle it (disk full…): tried again next round
    Outcome outcome = Outcome::None;

    ~Arrival() {
        if (const auto* edoc = parsed ? std::get_if<edxml::EdocPackage>(&*parsed) : nullptr)
            for (const edxml::Attachment& a : edoc->attachments)
                if (QFile::exists(a.filePath) && !adopted.contains(a.filePath))
                    QFile::remove(a.filePath);
    }
    QStringList adopted; // attachment files the blob store took (it moves or removes them)
};

struct PackageReceiver::Group {
    std::vector<std::unique_ptr<Arrival>> arrivals;
    QStringList acknowledged; // answered by the exchange earlier: noted in the same transaction
    Status saved;
};

// One thread with its own connection to the workspace (a Qt SQL connection belongs to the thread that opened it)
// that stores one group at a time, while the receiving thread downloads the next.
class PackageReceiver::Committer {
public:
    Committer(QString dir, const Clock& clock)
        : m_dir(std::move(dir))
        , m_clock(clock)
        , m_thread([this] { run(); }) {} // a plain thread: it lives the whole round, and a late wake-up is hidden
    ~Committer() {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_one();
        m_thread.join();
    }

    std::future<std::unique_ptr<Group>> submit(std::unique_ptr<Group> group) {
        std::promise<std::unique_ptr<Group>> promise;
        std::future<std::unique_ptr<Group>> future = promise.get_future();
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_jobs.emplace_back(std::move(group), std::move(promise));
        }
        m_wake.notify_one();
        return future;
    }

private:
    void run() {
        // The receiving thread's connection already checked the database at the start of the round.
        Result<std::unique_ptr<Workspace>> ws = Workspace::open(m_dir, Database::IntegrityCheck::Skip);
        for (;;) {
            std::pair<std::unique_ptr<Group>, std::promise<std::unique_ptr<Group>>> job;
            {
                std::unique_lock<std::mutex> lock(m_mutex);
                m_wake.wait(lock, [this] { return m_stop || !m_jobs.empty(); });
                if (m_jobs.empty())
                    return;
                job = std::move(m_jobs.front());
                m_jobs.pop_front();
            }
            Group& group = *job.first;
            group.saved = ws ? storeTogether(**ws, m_clock, group) : Status{ws.error()};
            job.second.set_value(std::move(job.first));
        }
    }

    const QString m_dir;
    const Clock& m_clock;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::pair<std::unique_ptr<Group>, std::promise<std::unique_ptr<Group>>>> m_jobs;
    bool m_stop = false;
    std::thread m_thread; // last: started once the members it uses exist
};

PackageReceiver::PackageReceiver(Workspace& ws, ExchangeClient& client, const Clock& clock, SyncReport& report)
    : m_ws(ws)
    , m_client(client)
    , m_clock(clock)
    , m_report(report) {}

PackageReceiver::~PackageReceiver() = default;

bool PackageReceiver::receive(const QList<ReceivedItem>& items) {
    removeStaleAttachments();
    m_queue.assign(items.begin(), items.end());
    do {
        downloadQueue();
        finishCommitting(); // the last group; a refused one puts its packages back in the queue
    } while (!m_queue.empty() && !m_unreachable);
    m_committer.reset();
    m_client.waitForAcknowledgements();
    if (Status s = recordAcknowledged(); !s)
        m_report.problems << s.error().message;
    return !m_unreachable;
}

void PackageReceiver::downloadQueue() {
    HelperTask<std::unique_ptr<Arrival>> parsing; // on another core than the download's (common/HelperThread.h)
    const auto takeParsed = [&] {
        if (!parsing.valid())
            return;
        std::unique_ptr<Arrival> parsed = parsing.get();
        m_spareBytes = std::exchange(parsed->bytes, {}); // for the next download
        if (!parsed->localProblem.isEmpty()) {
            m_report.problems << parsed->localProblem;
            return;
        }
        m_groupBytes += parsed->downloaded.size;
        m_group.push_back(std::move(parsed));
    };
    while (!m_queue.empty() && !m_unreachable) {
        const ReceivedItem item = m_queue.front();
        m_queue.pop_front();
        std::unique_ptr<Arrival> arrival = download(item); // meanwhile the previous package is parsed
        takeParsed();
        if (arrival)
            parsing = HelperTask<std::unique_ptr<Arrival>>([a = std::move(arrival)]() mutable {
                parse(*a);
                return std::move(a);
            });
        if (int(m_group.size()) >= m_groupLimit || m_groupBytes >= kGroupBytes)
            commitGroup(); // while the committer stores it, the next group downloads
    }
    takeParsed(); // also when the exchange stopped answering: keep what did arrive
    commitGroup();
}

// Attachments a killed sync left half-decoded in the blob folder (an hour old: no round of now is still writing them).
void PackageReceiver::removeStaleAttachments() {
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-3600);
    const QFileInfoList parts =
        QDir(m_ws.blobs().root()).entryInfoList({QStringLiteral(".edxml-*.part")}, QDir::Files | QDir::Hidden);
    for (const QFileInfo& part : parts)
        if (part.lastModified().toUTC() < before)
            QFile::remove(part.filePath());
}

std::unique_ptr<PackageReceiver::Arrival> PackageReceiver::download(const ReceivedItem& item) {
    ExchangeInbox inbox(m_ws, m_clock);
    Result<std::optional<ReceivedRecord>> known = inbox.received(item.docId);
    if (!known) {
        m_report.problems << known.error().message;
        return nullptr;
    }
    if (known->has_value()) {
        // Stored before (a crash or a lost answer came between our commit and the acknowledgement).
        m_report.duplicates++;
        acknowledge(item.docId, known->value().outcome == QLatin1String("done"), known->value().reason);
        return nullptr;
    }
    auto arrival = std::make_unique<Arrival>();
    arrival->item = item;
    Result<std::unique_ptr<QTemporaryFile>> temp = m_ws.blobs().createTemp();
    if (!temp) {
        m_report.problems << temp.error().message;
        return nullptr;
    }
    arrival->package = std::move(temp).value();
    // The digest is computed on the worker while it parses (one pass over the file instead of two).
    arrival->bytes = std::exchange(m_spareBytes, {});
    ExchangeResult<DownloadedPackage> downloaded =
        m_client.download(item.docId, arrival->package->fileName(), &arrival->bytes, kInMemoryPackageBytes);
    if (!downloaded) {
        const ExchangeFailure& failure = downloaded.failure();
        m_report.problems << failure.error.message;
        if (!failure.retryable && failure.error.code != ErrorCode::NotFound) {
            if (Status s = inbox.recordFailure(item.docId, item.messageType, failure.error.message); s)
                acknowledge(item.docId, false, failure.error.message);
            else
                m_report.problems << s.error().message;
        }
        m_unreachable = failure.httpStatus == 0; // no answer at all: the rest waits for the next round
        return nullptr;
    }
    arrival->downloaded = downloaded.value();
    const QString& announced = arrival->downloaded.announcedSha256;
    if (!announced.isEmpty() && announced != arrival->downloaded.sha256) {
        // Damaged on the way: downloaded again next round, never judged by its content.
        m_report.problems << tr("The download of package %1 is damaged (its SHA-256 does not match).").arg(item.docId);
        return nullptr;
    }
    arrival->sha256 = arrival->downloaded.sha256;
    arrival->attachmentFolder = m_ws.blobs().root();
    return arrival;
}

// On the worker thread: touches only the arrival's own files.
void PackageReceiver::parse(Arrival& arrival) {
    QFile file(arrival.package->fileName());
    QBuffer memory(&arrival.bytes);
    QIODevice& package = arrival.downloaded.copied ? static_cast<QIODevice&>(memory) : file;
    if (!package.open(QIODevice::ReadOnly)) {
        arrival.localProblem = package.errorString();
        return;
    }
    Result<edxml::Package> parsed = edxml::EdxmlReader::read(package, arrival.attachmentFolder);
    if (!parsed) {
        // A read or write failure on this computer is not the package's fault.
        (parsed.error().code == ErrorCode::External ? arrival.localProblem : arrival.unusable) = parsed.error().message;
        return;
    }
    arrival.parsed = std::move(parsed.value()); // from here on, its files are removed with the arrival
    const bool isEdoc = std::holds_alternative<edxml::EdocPackage>(*arrival.parsed);
    if (isEdoc != (arrival.item.messageType == QLatin1String("edoc"))) {
        arrival.unusable =
            tr("The package was listed as “%1” but holds a %2.")
                .arg(arrival.item.messageType, isEdoc ? QStringLiteral("edoc") : QStringLiteral("status"));
        return;
    }
    // The group's sync will need these on disk: let the kernel start now, while the next packages download.
    BlobStore::startWriteback(arrival.package->fileName());
    if (const auto* edoc = std::get_if<edxml::EdocPackage>(&*arrival.parsed))
        for (const edxml::Attachment& a : edoc->attachments)
            BlobStore::startWriteback(a.filePath);
}

void PackageReceiver::commitGroup() {
    finishCommitting(); // one group at a time: its outcome decides what the next one holds
    if (m_group.empty())
        return;
    auto group = std::make_unique<Group>();
    group->arrivals = std::move(m_group);
    group->acknowledged = std::exchange(m_acknowledged, {});
    m_group.clear();
    m_groupBytes = 0;
    if (!m_committer)
        m_committer = std::make_unique<Committer>(m_ws.dir(), m_clock);
    m_committing = m_committer->submit(std::move(group));
}

void PackageReceiver::finishCommitting() {
    if (!m_committing.valid())
        return;
    std::unique_ptr<Group> group = m_committing.get();
    if (!group->saved) {
        m_report.problems << group->saved.error().message;
        m_acknowledged = group->acknowledged + m_acknowledged; // noted with a later group
        if (group->arrivals.size() > 1) {
            // One package may be what the transaction could not take: download this group again and store each
            // package on its own, so that one bad package cannot hold back the others.
            for (auto it = group->arrivals.rbegin(); it != group->arrivals.rend(); ++it)
                m_queue.push_front((*it)->item);
            m_groupLimit = 1;
        }
        return;
    }
    for (const std::unique_ptr<Arrival>& arrival : group->arrivals) {
        const ReceivedItem& item = arrival->item;
        switch (arrival->outcome) {
        case Arrival::Outcome::Document:
            m_report.received++;
            break;
        case Arrival::Outcome::Status:
            m_report.statuses++;
            break;
        case Arrival::Outcome::Duplicate:
            m_report.duplicates++;
            break;
        case Arrival::Outcome::Rejected:
            m_report.rejected++;
            m_report.problems
                << tr("Package %1 from %2 cannot be processed: %3").arg(item.docId, item.from, arrival->unusable);
            acknowledge(item.docId, false, arrival->unusable);
            continue;
        case Arrival::Outcome::None:
            continue;
        }
        acknowledge(item.docId, true, {});
    }
}

// On the committer's thread, with its connection.
Status PackageReceiver::storeTogether(Workspace& ws, const Clock& clock, Group& group) {
    BlobBatch files(ws.blobs());
    // Durable before the acknowledgements: once told `done`, the exchange forgets the packages.
    return ws.database().writeDurably([&]() -> Status {
        // Acknowledgements answered since the last group are noted in the same transaction.
        if (!group.acknowledged.isEmpty())
            if (Status s = ExchangeInbox(ws, clock).markAcknowledged(group.acknowledged); !s)
                return s;
        for (const std::unique_ptr<Arrival>& arrival : group.arrivals)
            if (Status s = store(ws, clock, *arrival); !s)
                return s;
        return files.commit(); // the files are durable before the rows that name them
    });
}

// Inside the group's transaction.
Status PackageReceiver::store(Workspace& ws, const Clock& clock, Arrival& arrival) {
    ExchangeInbox inbox(ws, clock);
    if (!arrival.unusable.isEmpty()) {
        arrival.outcome = Arrival::Outcome::Rejected;
        return inbox.recordFailure(arrival.item.docId, arrival.item.messageType, arrival.unusable);
    }
    if (auto* status = std::get_if<edxml::StatusPackage>(&*arrival.parsed)) {
        Result<ExchangeInbox::Outcome> applied = inbox.recordStatus(arrival.item.docId, *status);
        if (!applied)
            return applied.error();
        arrival.outcome =
            applied.value() == ExchangeInbox::Outcome::Stored ? Arrival::Outcome::Status : Arrival::Outcome::Duplicate;
        return {};
    }
    const edxml::EdocPackage& edoc = std::get<edxml::EdocPackage>(*arrival.parsed);
    BlobStore& blobs = ws.blobs();
    Result<StoredBlob> packageBlob = blobs.adoptTemp(*arrival.package, arrival.sha256, arrival.downloaded.size);
    if (!packageBlob)
        return packageBlob.error();
    QList<StoredBlob> files;
    for (const edxml::Attachment& a : edoc.attachments) {
        Result<StoredBlob> stored = blobs.adoptFile(a.filePath, a.sha256, a.size);
        if (!stored)
            return stored.error();
        arrival.adopted << a.filePath;
        files << stored.value();
    }
    Result<ExchangeInbox::Outcome> recorded =
        inbox.recordDocument(arrival.item.docId, edoc, packageBlob.value(), files);
    if (!recorded)
        return recorded.error();
    arrival.outcome =
        recorded.value() == ExchangeInbox::Outcome::Stored ? Arrival::Outcome::Document : Arrival::Outcome::Duplicate;
    return {};
}

void PackageReceiver::acknowledge(const QString& docId, bool done, const QString& reason) {
    m_client.acknowledgeLater(docId, done, reason, [this, docId](const ExchangeStatus& answer) {
        if (!answer) {
            // Not acknowledged: the exchange lists the package again and the receipt recognises it.
            m_report.problems << answer.failure().error.message;
            return;
        }
        m_acknowledged << docId;
        m_report.acknowledged++;
    });
}

Status PackageReceiver::recordAcknowledged() {
    if (m_acknowledged.isEmpty())
        return {};
    Status s = ExchangeInbox(m_ws, m_clock).markAcknowledged(m_acknowledged);
    if (s)
        m_acknowledged.clear();
    return s;
}

} // namespace vanban
