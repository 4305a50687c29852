#pragma once
// Registration of incoming documents (vào sổ văn bản đến): validation, duplicate detection, the arrival number
// (số đến) per book and calendar year with a separate sequence for secret documents, files into the blob store,
// history, and the search index — all saved in one transaction.

#include "common/Clock.h"
#include "common/Result.h"
#include "model/Document.h"
#include "model/User.h"
#include "registry/RegistryCommon.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <optional>

namespace vanban {

struct IncomingDraft {
    QString code; // "12/QĐ-UBND"
    QDate issuedDate;
    QString typeName;
    QString subject;
    QString organId;
    QString organName;
    QString signerFullName;
    Priority priority = Priority::Normal;
    Secrecy secrecy = Secrecy::None;
    QDate dueDate;
    int pageAmount = 0;
    std::optional<QDateTime> arrivalDate; // default: now
    QString bookId;                       // default: the default incoming book
    QStringList files;                    // paths; the first is the main document (PDF)
    bool forceDuplicate = false;
};

struct Registration {
    qint64 id = 0;
    int arrivalNumber = 0;
    QString arrivalNumberText;
    QString bookId;
    int year = 0;
};

class IncomingRegistry {
    Q_DECLARE_TR_FUNCTIONS(IncomingRegistry)

public:
    IncomingRegistry(Workspace& workspace, const Clock& clock = Clock::system())
        : m_ws(workspace)
        , m_clock(clock) {}

    // Checks every field; the first error names the field and the reason.
    Status validate(const IncomingDraft& draft) const;
    Result<Registration> registerDocument(const User& actor, const IncomingDraft& draft);
    // The same with the files already stored by storeFiles() (e.g. on a worker thread).
    Result<Registration> registerDocument(const User& actor, const IncomingDraft& draft, const StoredFiles& stored);
    // Copies files into the blob store. Touches no database: safe on any thread. (RegistryCommon::storeFiles.)
    static Result<StoredFiles> storeFiles(const BlobStore& store, const QStringList& paths) {
        return RegistryCommon::storeFiles(store, paths);
    }
    // Fast path for imports and the benchmark generator: many documents (without files) in one transaction.
    Result<QList<Registration>> registerBatch(const User& actor, const QList<IncomingDraft>& drafts);

    // The number the next document would get (shown in the dialog; the real one is taken when saving).
    Result<int> previewNextNumber(const QString& bookId, const QDateTime& arrival, Secrecy secrecy);
    Result<QString> defaultBook();

    // Probable duplicates of a draft: same sender organ, số/ký hiệu and issue date.
    Result<QList<qint64>> findDuplicates(const IncomingDraft& draft);

private:
    Result<QList<Registration>> registerMany(const User& actor, const QList<IncomingDraft>& drafts,
                                             QList<StoredFiles> stored);
    Result<Registration> insertOne(const User& actor, const IncomingDraft& draft, const QString& bookId,
                                   const QList<StoredBlob>& blobs, const QStringList& names);

    Workspace& m_ws;
    const Clock& m_clock;
};

} // namespace vanban
