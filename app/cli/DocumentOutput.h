#pragma once
// What the register commands share: one document as a line of text, a page of documents as text or JSON, the
// register list of either direction, and the --urgency / --secrecy options.

#include "CliContext.h"
#include "model/Document.h"

namespace vanban::cli {

// "    12     05  05/03/2026  12/QĐ-UBND  …": incoming lines show the arrival date and the sender, outgoing
// lines the issue date and the signer.
QString humanLine(const Document& doc);
ExitCode printDocuments(CliContext& ctx, qint64 total, const QList<Document>& docs, const QJsonObject& extra = {});
// incoming list / outgoing list [--year Y] [--status S] [--limit N] [--offset N]
ExitCode runRegisterList(CliContext& ctx, Direction direction);
// After a registration: index the text of the new PDFs and verify their digital signatures (Nghị định 30
// Art. 21); problems are warnings on stderr, the registration stands.
void processNewFiles(CliContext& ctx, Workspace& ws);

// --urgency normal|urgent|very-urgent|flash and --secrecy none|confidential|secret|top-secret, when given.
Status readLevels(const CliContext& ctx, Priority& priority, Secrecy& secrecy);

} // namespace vanban::cli
