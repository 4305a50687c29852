#pragma once
// The outgoing register (sổ văn bản đi): issuing the number (cấp số) of a document the agency sends. Nghị định 30
// Art. 15: the system gives the number, per book and calendar year from 01, with a separate sequence for secret
// documents; số + ký hiệu is unique within the year. Validation, the number, files into the blob store, history
// and the search index — all saved in one transaction. Only a records clerk or an administrator issues numbers.

#include "common/Clock.h"
#include "common/Result.h"
#include "model/Document.h"
#include "model/User.h"
#include "registry/RegistryCommon.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <optional>

namespace vanban {

struct OutgoingDraft {
    QString notation; // ký hiệu, e.g. "QĐ-UBND" (case-sensitive); the number comes from the register
    QString typeName;
    QString subject;
    QString signerFullName;
    QString signerPosition;          // e.g. "Chủ tịch", "KT. Chủ tịch, Phó Chủ tịch"
    std::optional<QDate> issuedDate; // default: today (the registry's clock)
    Priority priority = Priority::Normal;
    Secrecy secrecy = Secrecy::None;
    QString bookId;    // default: the default outgoing book ("di")
    QStringList files; // paths; the first is the main document (PDF)
    QString toPlaces;  // nơi nhận, free text
    int pageAmount = 0;
};

struct Issuance {
    qint64 id = 0;
    int number = 0;
    QString numberText; // "05"
    QString code;       // "05/QĐ-UBND"
    QString bookId;
    int year = 0;
};

class OutgoingRegistry {
    Q_DECLARE_TR_FUNCTIONS(OutgoingRegistry)

public:
    static constexpr int kMaxToPlaces = 1000;
    static constexpr int kMaxSignerPosition = 100;

    OutgoingRegistry(Workspace& workspace, const Clock& clock = Clock::system())
        : m_ws(workspace)
        , m_clock(clock) {}

    // Checks every field; the first error names the field and the reason.
    Status validate(const OutgoingDraft& draft) const;
    Result<Issuance> issue(const User& actor, const OutgoingDraft& draft);
    // The same with the files already stored by RegistryCommon::storeFiles() (e.g. on a worker thread).
    Result<Issuance> issue(const User& actor, const OutgoingDraft& draft, const StoredFiles& stored);

    // The number the next document would get (shown in the dialog; the real one is taken when saving).
    Result<int> previewNextNumber(const QString& bookId, const QDate& issued, Secrecy secrecy);
    Result<QString> defaultBook();

    // An outgoing document with its files (for the exchange engine, the detail pane …).
    Result<Document> document(qint64 id);

    // "05/QĐ-UBND" for a number and a notation.
    static QString code(int number, const QString& notation);

private:
    QDate issuedDateOf(const OutgoingDraft& draft) const;
    Result<QString> checkedBook(const QString& bookId);
    Result<Issuance> insert(const User& actor, const OutgoingDraft& draft, const QString& bookId,
                            const StoredFiles& stored);

    Workspace& m_ws;
    const Clock& m_clock;
};

} // namespace vanban
