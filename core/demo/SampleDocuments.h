#pragma once
// Realistic incoming and outgoing documents for the demo workspace and the benchmarks: Vietnamese subjects,
// real-looking agencies with their identifiers (mã định danh), the types of Nghị định 30, urgency and a few secret
// ones. Deterministic for a given seed.

#include "common/Result.h"
#include "model/User.h"
#include "registry/IncomingRegistry.h"
#include "registry/OutgoingRegistry.h"

#include <QRandomGenerator>

namespace vanban {

class SampleDocuments {
public:
    explicit SampleDocuments(quint32 seed = 20261123)
        : m_random(seed) {}

    // The agencies the samples come from (also put into the agency directory).
    static const QList<Organization>& agencies();
    // One draft arriving at the given time (without files).
    IncomingDraft next(const QDateTime& arrival);

    // Fills a workspace: the agency directory, then count documents spread over the days before `until`, in
    // batches of batchSize per transaction. progress(done) after each batch.
    static Result<qint64> fill(Workspace& workspace, const User& clerk, qint64 count, const QDateTime& until,
                               int batchSize = 5000, const std::function<void(qint64)>& progress = {},
                               quint32 seed = 20261123);
    static Status addAgencies(Workspace& workspace);

    // One outgoing document of UBND huyện Nam Đàn (without files); the number comes from the register.
    OutgoingDraft nextOutgoing(const QDate& issued);
    // Issues count outgoing numbers, a few each working day going back from `until`, in order (one transaction
    // each, as a clerk would).
    static Result<qint64> fillOutgoing(Workspace& workspace, const User& clerk, int count, const QDate& until,
                                       quint32 seed = 20261124);

private:
    QRandomGenerator m_random;
    int m_codeCounter = 0;
};

} // namespace vanban
