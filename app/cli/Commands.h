#pragma once

#include "CliContext.h"

namespace vanban::cli {

ExitCode runInit(CliContext& ctx);
ExitCode runUserAdd(CliContext& ctx);
ExitCode runIncomingRegister(CliContext& ctx);
ExitCode runIncomingList(CliContext& ctx);
ExitCode runOutgoingRegister(CliContext& ctx);
ExitCode runOutgoingList(CliContext& ctx);
ExitCode runShow(CliContext& ctx);
ExitCode runSearch(CliContext& ctx);
ExitCode runExportRegister(CliContext& ctx);
ExitCode runBackup(CliContext& ctx);
ExitCode runRestore(CliContext& ctx);
ExitCode runCheck(CliContext& ctx);
ExitCode runExchangeConfigure(CliContext& ctx);
ExitCode runSync(CliContext& ctx);
ExitCode runExchangeSend(CliContext& ctx);
ExitCode runExchangeOutbox(CliContext& ctx);
ExitCode runExchangeInbox(CliContext& ctx);
ExitCode runExchangeAccept(CliContext& ctx);
ExitCode runExchangeReturn(CliContext& ctx);
ExitCode runExchangeStatus(CliContext& ctx);
ExitCode runTokenList(CliContext& ctx);
ExitCode runSign(CliContext& ctx);
ExitCode runVerify(CliContext& ctx);
ExitCode runTrustImport(CliContext& ctx);
ExitCode runTrustList(CliContext& ctx);

} // namespace vanban::cli
