#include "maintenance/WorkspaceCheck.h"

#include "storage/BlobReferences.h"

namespace vanban {

Result<CheckReport> WorkspaceCheck::run(Workspace& workspace, const std::function<void(qint64, qint64)>& progress) {
    CheckReport report;
    Database& db = workspace.database();
    if (Status s = db.checkIntegrity(true); !s) {
        report.databaseOk = false;
        report.problems << s.error().message;
        return report; // a damaged database cannot be trusted to list its files
    }
    auto fk = db.exec(QStringLiteral("PRAGMA foreign_key_check"));
    if (fk && fk->next()) {
        report.databaseOk = false;
        report.problems
            << tr("The database has rows that refer to missing rows (table %1).").arg(fk->value(0).toString());
    }
    auto total = db.exec(BlobReferences::count());
    if (!total)
        return total.error();
    const qint64 count = total->next() ? total->value(0).toLongLong() : 0;
    auto q = db.exec(BlobReferences::query());
    if (!q)
        return q.error();
    while (q->next()) {
        const QString sha = q->value(0).toString();
        if (Status s = workspace.blobs().verify(sha); !s)
            report.problems
                << tr("File “%1” (%2): %3").arg(q->value(1).toString(), q->value(2).toString(), s.error().message);
        ++report.blobsChecked;
        if (progress)
            progress(report.blobsChecked, count);
    }
    return report;
}

} // namespace vanban
