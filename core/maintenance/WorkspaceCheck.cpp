#include "maintenance/WorkspaceCheck.h"

#include "signing/PdfSignatureParser.h"
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
    q->finish();
    if (Status s = checkSignatureRanges(workspace, report); !s)
        return s.error();
    return report;
}

// The byte ranges of every signature in the signed files (from the stored verification: state valid/invalid):
// each must start at 0, leave out exactly /Contents and end a revision.
Status WorkspaceCheck::checkSignatureRanges(Workspace& workspace, CheckReport& report) {
    auto q = workspace.database().exec(QStringLiteral(
        "SELECT min(name), min(document_id), sha256 FROM document_files WHERE signature_state IN ('valid', "
        "'invalid') GROUP BY sha256"));
    if (!q)
        return q.error();
    while (q->next()) {
        const QString name = q->value(0).toString();
        const qint64 document = q->value(1).toLongLong();
        Result<QByteArray> bytes = workspace.blobs().read(q->value(2).toString());
        if (!bytes)
            continue; // already reported by the digest check
        Result<PdfSignatures> parsed = PdfSignatureParser::parse(bytes.value());
        if (!parsed) {
            report.problems << tr("File “%1” (document %2): %3").arg(name).arg(document).arg(parsed.error().message);
            continue;
        }
        for (const PdfSignatureDictionary& signature : parsed->signatures) {
            ++report.signaturesChecked;
            if (!signature.byteRangeValid)
                report.problems << tr("File “%1” (document %2), signature %3: %4")
                                       .arg(name)
                                       .arg(document)
                                       .arg(signature.field, signature.byteRangeProblem);
        }
    }
    return {};
}

} // namespace vanban
