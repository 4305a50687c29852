#pragma once
// `check`: the database's full integrity check, then every stored file's digest.

#include "common/Result.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <functional>

namespace vanban {

struct CheckReport {
    bool databaseOk = true;
    qint64 blobsChecked = 0;
    qint64 signaturesChecked = 0; // byte ranges of the signatures in signed files
    QStringList problems;         // one readable line per problem
    bool ok() const { return databaseOk && problems.isEmpty(); }
};

class WorkspaceCheck {
    Q_DECLARE_TR_FUNCTIONS(WorkspaceCheck)

public:
    // progress(done, total) is called after each blob.
    static Result<CheckReport> run(Workspace& workspace, const std::function<void(qint64, qint64)>& progress = {});

private:
    static Status checkSignatureRanges(Workspace& workspace, CheckReport& report);
};

} // namespace vanban
