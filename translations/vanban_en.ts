<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AtomicOutputFile</name>
    <message>
        <source>the input file became shorter while it was being copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackgroundFileDigest</name>
    <message>
        <source>%1 bytes were hashed instead of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ended before byte %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>Cannot create a temporary folder next to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was not made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a VanBan backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was made by a newer version of VanBan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 is damaged (bad manifest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 is damaged (bad entry %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 is damaged (no database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 is truncated (in %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 is damaged: %2 does not match its digest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 is damaged (unexpected data at the end).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was made by a newer version of VanBan (schema %1; this version understands up to %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the existing workspace %1 aside; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the restored workspace into %1; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the database copy %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlobStore</name>
    <message>
        <source>Could not write the file to the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the file to the workspace (is the disk full?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not move the file into the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create a file in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored file %1 is missing from the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored file %1 is damaged (its content no longer matches its digest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the stored file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateChainValidator</name>
    <message>
        <source>No trust anchors are configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing time is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>administrator&apos;s password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace created in %1 for %2; administrator: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role must be clerk, leader, specialist or admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new user&apos;s password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 (%2, %3) added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 takes no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the %1 file %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is missing: give --%2 FILE or set %3 (never as an option value).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This command acts as a user: give --as USER (password from --password-file or VANBAN_PASSWORD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option --%1 for this command (see --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 is given more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: “%2” is not a date; expected YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: “%2” is not a non-negative whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 documents shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--urgency must be normal, urgent, very-urgent or flash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--secrecy must be none, confidential, secret or top-secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--arrived: “%1” is not a date and time; expected YYYY-MM-DDTHH:MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the text of the PDF was not indexed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered: arrival number %1 in book %2 of %3 (document id %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: vanban-cli show ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no document with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: vanban-cli search QUERY [--limit N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export-register takes incoming or outgoing, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init --organ-id ID --organ-name NAME --admin USER [--admin-full-name NAME]
    Create a workspace (administrator&apos;s password from --password-file or VANBAN_PASSWORD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user add --name USER --full-name NAME --role clerk|leader|specialist|admin [--unit UNIT]
    Add a user (administrators only; password from --new-password-file or VANBAN_NEW_PASSWORD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incoming register --file PDF… --from-name NAME [--from-organ-id ID] --code 12/QĐ-UBND
    --issued YYYY-MM-DD --type NAME --subject TEXT [--signer NAME] [--urgency normal|urgent|very-urgent|flash]
    [--secrecy none|confidential|secret|top-secret] [--due YYYY-MM-DD] [--arrived YYYY-MM-DDTHH:MM]
    [--book ID] [--pages N] [--force-duplicate]
    Register an incoming document (văn bản đến) and give it its arrival number (số đến).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incoming list [--year Y] [--status S] [--limit N] [--offset N]
    List the incoming register, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show ID
    One document with its files and history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search QUERY [--limit N] [--offset N] [--year Y] [--type NAME] [--from ORGAN] [--urgency U]
    [--arrived-from YYYY-MM-DD] [--arrived-to YYYY-MM-DD]
    Full-text search, insensitive to case and diacritics (“dong y” finds “đồng ý”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup --out FILE
    A consistent copy of the whole workspace, also while VanBan is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore --from FILE
    Restore a backup into --workspace (over an existing one: administrators only; the old one is kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check
    Verify the database and the digest of every stored file (exit 7 on damage).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vanban-cli — VanBan from the command line.

Global options: --workspace DIR (or VANBAN_WORKSPACE), --as USER (password from --password-file FILE or
VANBAN_PASSWORD), --json, --lang vi|en.

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Exit codes: 0 success, 1 usage, 2 invalid input, 3 not found, 4 permission denied,
5 conflict, 6 external failure, 7 integrity failure, 10 internal error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db (PostgreSQL) is not available in this version; use --workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command “%1” (see vanban-cli --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator or a records clerk can make backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to %1: %2 documents, %3 files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator of this workspace can restore over it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 is not empty and is not a workspace; choose an empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 documents and %2 files into %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous workspace was kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is damaged: %1 problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be csv or pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1, received %2 new document(s) and %3 status message(s); %4 waiting in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange is configured; the secret key is in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange is configured; the secret key is stored encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronisation stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: vanban-cli exchange send ID --to ORGAN_ID[,ORGAN_ID…]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued for the exchange (outbox item %1); it leaves with the next synchronisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 attempt(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No received document is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: vanban-cli exchange accept ID [--book ID]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revocation was accepted; the sender is told (status 03).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered: arrival number %1 in book %2 of %3 (document id %4); the sender is told (status 03).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: vanban-cli exchange return ID --reason TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned to the sender with the reason (status 02).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: vanban-cli exchange status ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document %1 was not sent through the exchange.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: vanban-cli export-register incoming|outgoing --year Y --format csv|pdf --out FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outgoing register --file PDF… --notation QĐ-UBND --type NAME --subject TEXT --signer NAME
    [--signer-position TEXT] [--issued YYYY-MM-DD] [--urgency normal|urgent|very-urgent|flash]
    [--secrecy none|confidential|secret|top-secret] [--book ID] [--recipients TEXT] [--pages N]
    Issue the number (số) of an outgoing document (văn bản đi); the register gives it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outgoing list [--year Y] [--status S] [--limit N] [--offset N]
    List the outgoing register, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export-register incoming|outgoing --year Y --format csv|pdf --out FILE
    The register book in the columns of Nghị định 30/2020 Phụ lục IV (pdf: the printable form).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exchange configure --url URL --system-id ID [--ca-file PEM]
    Set the exchange (LGSP) address and this agency&apos;s SystemId (secret key from --secret-file or
    VANBAN_EXCHANGE_SECRET; administrators only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync [--once] [--interval SECONDS]
    Exchange: send the outbox, receive and acknowledge packages, refresh the directory.
    --once does one round; otherwise rounds repeat until stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exchange send ID --to ORGAN_ID[,ORGAN_ID…]
    Queue an outgoing document for agencies of the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exchange outbox [--all]
    What waits to be sent (--all: also what was sent or refused).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exchange inbox [--state pending|accepted|returned|all]
    Documents received from the exchange, waiting for the clerk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exchange accept ID [--book ID] [--force-duplicate]
    Register a received document in the incoming book (sends status 03).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exchange return ID --reason TEXT
    Return a received document to its sender (sends status 02).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exchange status ID
    Where an outgoing document stands with each recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token list --pkcs11-module PATH
    The slots and tokens of a PKCS#11 module (the token driver&apos;s library) and the certificates on each token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number issued: %1 in book %2 of %3 (document id %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCS#11 module %1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot %1: %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token not initialised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot %1: token “%2”, serial %3, %4 %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    Subject:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    Issuer:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    Validity: %1 to %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    Key:      %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key on the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key on the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  No certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the digital signatures were not verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify PDF [--trust-anchors DIR] [--offline]
    Verify every signature of a PDF (exit 7 when one is not valid). Without
    --trust-anchors, the anchors imported with “trust import”. --offline: no OCSP/CRL requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trust import FILE [--trust-anchors DIR]
    Check a root CA certificate (PEM, DER or .p7b) and add it to the trust anchors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trust list [--trust-anchors DIR]
    The trust anchors signatures are verified against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is sound: database checked, %1 files and the byte ranges of %2 signatures verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: “%2” is not X,Y,W,H in points (width and height above zero).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role: “%1” is not leader, agency or attachment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--level: “%1” is not B-B, B-T or B-LT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--page counts from 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --rect or --anchor, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stamping the number needs --role agency and --number (e.g. 12/QĐ-UBND).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed %1 as %2 (%3, field “%4”, %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (UTC+7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trust anchor folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature %1 (field “%2”): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VALID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT VALID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Signer:                %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Organisation:          %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Issuer:                %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Signing time:          %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Timestamp:             %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Integrity:             %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DAMAGED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Covers whole document: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Modified after signing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Certificate trusted:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Valid at signing time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Certificate period:    %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REVOKED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Revocation:            %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Level:                 PAdES %1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Result:                %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify needs exactly one PDF file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trust anchors are configured: import the root certificates (vanban-cli trust import FILE) or give --trust-anchors DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no digital signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n signature(s) are valid.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>At least one signature is NOT valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trust import needs exactly one certificate file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported trust anchor %1 (SHA-256 %2) into %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trust anchors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation data added (DSS): %1 certificate(s), %2 OCSP response(s), %3 CRL(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign --in PDF --out PDF --pkcs11-module PATH [--token LABEL] [--key-label LABEL | --cert-sha256 HEX]
    --role leader|agency|attachment [--image PNG] [--page N]
    [--rect X,Y,W,H | --anchor TEXT | --invisible]
    [--field NAME] [--reason TEXT] [--location TEXT] [--tsa URL] [--level B-B|B-T|B-LT]
    [--trust-anchors DIR] [--number 12/QĐ-UBND [--stamp-rect X,Y,W,H | --stamp-anchor TEXT]
    [--stamp-date TEXT]]
    Sign a PDF (PAdES) with a token; PIN from --pin-file FILE or VANBAN_PIN. Without a place, the
    leader&apos;s signature goes between the position line and the name, the seal over the left third of
    the leader&apos;s signature, as found in the document. The agency can write the
    number into the page first (--stamp-…). B-LT (needs --tsa) adds the OCSP responses or CRLs of the
    signer&apos;s and the TSA&apos;s certificates, fetched now, checked against the trust anchors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--invisible takes no --rect, --anchor or --image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed on page %1, found in the document (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>between the position line and the signer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over the left third of the leader&apos;s signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No signature block was found in the document, so the signature is invisible; give --rect or --anchor to place it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CmsSignatureVerifier</name>
    <message>
        <source>The signature timestamp cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature timestamp does not match the signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature of the timestamp authority is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timestamp authority is not trusted (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature is not a CMS SignedData structure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature has %1 signers; one is expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature embeds content; PDF signatures are detached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The digest algorithm %1 is not one TT 15/2025 permits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature does not carry the signer&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature has no signed attributes (not a PAdES signature).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content-type attribute is missing or is not id-data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message-digest attribute is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature carries a signing-time attribute, which PAdES does not allow (the time belongs in /M).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing-certificate-v2 attribute does not name the signer&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing-certificate attribute does not name the signer&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature names its certificate with SHA-1 (signing-certificate); PAdES requires signing-certificate-v2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature does not name its certificate (no signing-certificate-v2): not a PAdES baseline signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cryptographic signature does not verify with the signer&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document&apos;s bytes do not match the signed digest: the signed part of the file was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CmsSignedDataBuilder</name>
    <message>
        <source>The signer certificate is not a DER X.509 certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer or serial number of the signer certificate cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database is locked by another program and stayed locked for 10 seconds (%1). Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full (%1). Nothing was saved; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is read-only (%1). Check the permissions of the workspace folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged (%1: %2). Restore it from a backup; the damaged file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk read or write error (%1: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database file (%1: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change conflicts with existing data (%1: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error (%1: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace database at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integrity check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged: %2. Restore it from a backup; the damaged file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a VanBan workspace database (it has tables but no schema version). It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace was written by a newer version of VanBan (schema %1; this version understands up to %2). Install the newer version; the workspace was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing migration %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copying the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace folder %1 is read-only (%2). VanBan needs to write there; check the disk and its permissions. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoWorkspace</name>
    <message>
        <source>%1 / %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo workspace. Accounts: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentCode</name>
    <message>
        <source>Number and notation (số, ký hiệu) is empty; expected e.g. 12/QĐ-UBND.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number “%1” in “%2” is not a document number; expected e.g. 12/QĐ-UBND.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notation (ký hiệu) “%1” is longer than 30 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notation (ký hiệu) “%1” is malformed; expected e.g. QĐ-UBND.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentFormat</name>
    <message>
        <source>%1 B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Arrival number %1, book %2, %n file(s)</source>
        <translation>
            <numerusform>Arrival number %1, book %2, %n file</numerusform>
            <numerusform>Arrival number %1, book %2, %n files</numerusform>
        </translation>
    </message>
    <message>
        <source>; registered although a probable duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Number %1, book %2, %n file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentRepository</name>
    <message>
        <source>There is no document with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no outgoing document with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no incoming document with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EdxmlReader</name>
    <message>
        <source>&lt;%1&gt;: the package ends before this element is closed (the file is truncated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the package: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt;: a tag, comment or CDATA section is longer than %2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt;: the text is longer than %2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;edXML&gt;: no root element in the first %1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;edXMLEnvelope&gt;: larger than %1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt;: the XML is not well-formed at line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;!DOCTYPE&gt;: document type declarations and entities are not allowed in an edXML package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt;: elements are nested more than %2 deep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt;: “%2” is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt;: “%2” is not a date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt;: “%2” is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt;: %2 is outside the allowed range %3–%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;AttachmentEncoded&gt;: more than %1 attachments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;Attachment&gt;: the attachment “%1” has more than one &lt;ContentTransferEncoded&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;Attachment&gt;: the attachment “%1” has no &lt;ContentTransferEncoded&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the attachment “%1” into %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt;: the content of the attachment “%2” is not valid base64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt;: the attachment “%2” is larger than %3 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt;: the attachment “%2” is an encrypted zip file, which cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt;: the attachment “%2” is a zip file with more than one file in it; which one is the attachment is ambiguous.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt;: the attachment “%2” is a zip file packed in a way this program cannot unpack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt;: the attachment “%2” is a zip file with no file in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt;: the attachment “%2” is a damaged zip file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;edXMLHeader&gt;: the package has no &lt;MessageHeader&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;From&gt;: the sender’s &lt;OrganId&gt; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;StatusCode&gt;: “%1” is not a status code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;ResponseFor&gt;: missing; the status does not say which document it is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;MessageHeader&gt;: neither a document (no &lt;Code&gt;, &lt;DocumentId&gt; or &lt;Subject&gt;) nor a status (no &lt;StatusCode&gt;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;DocumentId&gt;: missing, and it cannot be formed from &lt;Code&gt; and &lt;PromulgationDate&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;ContentId&gt;: “%1” is used by more than one attachment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;Reference&gt;: the attachment “%1” listed in the manifest has no content in &lt;AttachmentEncoded&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;edXML&gt;: the package is encoded in UTF-16 or UTF-32; only UTF-8 is supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt;: not an edXML package (the root element must be &lt;edXML&gt; in the namespace %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EdxmlWriter</name>
    <message>
        <source>&lt;%1&gt;: the text contains a control character that XML cannot carry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the package: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;Signature&gt;: the kept signature is not well-formed XML (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;ContentTransferEncoded&gt;: cannot read the file %1 of the attachment “%2”: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt;: required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;From&gt;: the sender’s &lt;OrganId&gt; is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;To&gt;: at least one recipient is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;To&gt;: the recipient “%1” has no &lt;OrganId&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;Priority&gt;: %1 is outside the allowed range 0–4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;AttachmentName&gt;: attachment %1 has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;ContentId&gt;: “%1” is used by more than one attachment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;ContentTransferEncoded&gt;: the file %1 of the attachment “%2” does not exist or cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;ResponseFor&gt;: required: a status names the document it is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;ResponseFor&gt;: &lt;%1&gt; is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;StatusCode&gt;: “%1” cannot be sent; the codes are 01–06, 13, 15 and 16.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Enums</name>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending reception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number issued</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeClient</name>
    <message>
        <source>The exchange&apos;s TLS certificate could not be verified (%1). Ask the administrator to check the exchange address and its CA file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the exchange while %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange gave no valid answer while %1 (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange refused this agency&apos;s SystemId or secret key%1. Ask the administrator to correct them (vanban-cli exchange configure).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A receiving agency does not exist on the exchange%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A receiving agency is locked on the exchange%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange does not accept this agency as the sender%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange rejected the package as invalid%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange does not know this package%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is larger than the exchange accepts (200 MiB)%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange asks to wait %1 seconds before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange had an internal error while %1%2; VanBan will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange answered with error %1 while %2%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid exchange address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange address must start with https:// (plain http is allowed only to this computer, for tests).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange address must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SystemId is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret key is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package %1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange accepted the package but gave no docId.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the downloaded package to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>downloading package %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download of package %1 was cut off (%2 of %3 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the exchange refused the connection (is its address right, is it running?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the exchange&apos;s address was not found (check the network and the address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer in time (the network is slow or down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection was cut before the answer was complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer has no network connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange&apos;s answer while %1 is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending a package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing the status messages waiting for this agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing the documents waiting for this agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acknowledging package %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the list of sent packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the agency directory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeFormat</name>
    <message>
        <source>Waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender revokes a document it sent before. Accepting agrees to the revocation; the document already registered stays, with the order in its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender updates a document it sent before. Check what changed before registering it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender replaces a document it sent before. Check which document it replaces before registering it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting acceptance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeInbox</name>
    <message>
        <source>There is no received package %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package %1 was already registered (document %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package %1 was already returned to its sender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a records clerk (văn thư) or an administrator can register documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package %1 was handled by someone else meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a records clerk (văn thư) or an administrator can return a received document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for returning the document; the sender will read it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeOutbox</name>
    <message>
        <source>Choose at least one receiving agency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agency cannot send a document to itself (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency %1 is not in the directory. Synchronise the directory or check the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency %1 (%2) is no longer active on the exchange.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a clerk (văn thư) or an administrator sends documents through the exchange.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document %1 is not an outgoing document; only outgoing documents are sent through the exchange.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document %1 is marked “%2”: secret documents are never sent through the electronic exchange (Luật Bảo vệ bí mật nhà nước). Send it on paper by the secret channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document %1 has no file; attach the signed PDF before sending it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document %1 was already sent to %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeSettings</name>
    <message>
        <source>Only an administrator may configure the exchange.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange is not configured yet. An administrator sets it up with “vanban-cli exchange configure”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpRevocationFetcher</name>
    <message>
        <source>Unsupported address %1 (only http and https).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be reached: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent too much data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncomingRegistry</name>
    <message>
        <source>The document number (số) is missing in “%1”; expected e.g. 12/QĐ-UBND.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issue date (ngày văn bản) is missing or not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The arrival date (ngày đến) is not a valid date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issue date %1 is after the arrival date %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The arrival date is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sending agency (cơ quan gửi) is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sending agency name is longer than 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency identifier (mã định danh) is longer than 35 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline (hạn xử lý) is before the issue date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace has no incoming book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probable duplicate: document %1 from %2 dated %3 is already registered (id %4). Register it anyway only if it really is a different document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a records clerk (văn thư) or an administrator can register documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no incoming book %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VanBan — document management for Vietnamese agencies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace folder (default: VANBAN_WORKSPACE or the data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language: vi or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo workspace (created on first use).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as USER without the sign-in dialog (needs --password-file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File holding the password for --user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE (PNG) and quit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutgoingRegistry</name>
    <message>
        <source>The notation (ký hiệu) is empty; expected e.g. QĐ-UBND. The number is given by the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter only the notation (ký hiệu) without the number, e.g. QĐ-UBND instead of “%1”: the number is given by the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notation (ký hiệu) “%1” contains spaces; expected e.g. QĐ-UBND.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notation (ký hiệu) “%1” is longer than 30 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notation (ký hiệu) “%1” is malformed; expected e.g. QĐ-UBND.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signer (người ký) is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signer&apos;s position (chức vụ) is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issue date (ngày ban hành) is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issue date %1 is in the future; a number is issued on the day of issue or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipients (nơi nhận) are longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace has no outgoing book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no outgoing book %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a records clerk (văn thư) or an administrator can issue numbers to outgoing documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number %1 of %2 is already taken by document id %3. Số and ký hiệu must be unique within a year (Nghị định 30, Art. 15): documents of another book or of the secret sequence need a notation of their own.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageReceiver</name>
    <message>
        <source>Cannot create a temporary folder in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package was listed as “%1” but holds a %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package %1 from %2 cannot be processed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the downloaded package %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download of package %1 is damaged (its SHA-256 does not match).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PadesSigner</name>
    <message>
        <source>The certificate of “%1” is not valid yet: it is valid from %2. It cannot sign now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of “%1” expired on %2. It cannot sign; renew it with the certification authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The level B-T needs the address of a time-stamping authority (--tsa).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the signed output file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed PDF cannot be written to “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature did not fit into the PDF after several attempts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The level B-LT needs the address of a time-stamping authority (--tsa): B-LT is B-T with the validation data added.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfDocument</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a readable PDF file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is protected with a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document has no page %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 could not be drawn.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfDssUpdate</name>
    <message>
        <source>“%1” has a damaged document security store (/DSS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The validation data cannot be added to “%1” (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfNumberStamper</name>
    <message>
        <source>“%1” has %2 pages; there is no page %3 for the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rectangle for the number is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number cannot be written into “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfSignatureParser</name>
    <message>
        <source>The /ByteRange is not four non-negative numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed bytes do not start at the beginning of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The /ByteRange overlaps itself or reaches beyond the end of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gap in the signed bytes is not the /Contents hex string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gap in the signed bytes holds more than the /Contents hex string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gap in the signed bytes is not preceded by /Contents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gap in the signed bytes is not this signature&apos;s /Contents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed bytes do not end at the end of a revision (%%EOF).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a PDF: it does not start with %PDF-.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF is damaged: it has no end-of-file marker (%%EOF).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF is encrypted; verifying signatures of encrypted PDFs is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfSignatureUpdate</name>
    <message>
        <source>The field “%1” of “%2” is not a signature field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature field “%1” of “%2” is already signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has %2 pages; there is no page %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed PDF would be too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be signed: its structure is damaged (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfSignatureVerifier</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a document timestamp (ETSI.RFC3161); verifying document timestamps is not supported yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signer&apos;s key (%1) is below what TT 15/2025 requires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing time is the signer&apos;s own claim: the signature has no trusted timestamp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signer&apos;s certificate does not chain to a trusted root certificate (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate was not valid at the signing time %1 (valid from %2 to %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revocation was not checked: the signer&apos;s certificate is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) were appended after the end of the document.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Allowed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not permitted by the certification signature, DocMDP P=%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The document was changed after this signature in permitted ways only (%n change(s): later signatures, validation data or a number stamp).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The document was modified after signing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of the certification authority “%1” was revoked: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfSource</name>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a PDF VanBan can sign safely (%2). Repair or re-export it before it is signed; a PDF that carries signatures must not be repaired, or they break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no “%PDF-1.x” header at the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no startxref and %%EOF at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unreadable startxref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>startxref points outside the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a malformed cross-reference table entry at byte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cross-reference table is not followed by a trailer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>startxref does not point at a cross-reference section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is encrypted. VanBan signs only unencrypted PDFs: remove the password protection first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no document catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a page without a valid MediaBox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is encrypted (or its encryption dictionary is damaged). VanBan signs only unencrypted PDFs: remove the password protection first (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfTextLocator</name>
    <message>
        <source>The anchor text is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a readable PDF file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text “%1” is not on page %2 of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text “%1” is not in %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pkcs11Module</name>
    <message>
        <source>No PKCS#11 module is set: choose the token driver&apos;s library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PKCS#11 module %1 does not exist: is the token driver installed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot load the PKCS#11 module %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library %1 is not a PKCS#11 module: it has no C_GetFunctionList.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PKCS#11 module %1 failed in %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token is inserted for the PKCS#11 module %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several tokens are inserted (%1): choose one by its label or serial number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token has the label or serial number “%1”; inserted: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several tokens have the label “%1”: choose one by its serial number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pkcs11Session</name>
    <message>
        <source>The token “%1” failed in %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN for the token “%1” is wrong (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token “%1” is locked because a wrong PIN was entered too many times (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN for the token “%1” is too short or too long (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN for the token “%1” contains characters the token does not accept (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN for the token “%1” has expired; change it with the token&apos;s own software (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token “%1” has no user PIN yet; initialise it with the token&apos;s own software (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another user (the security officer) is logged in to the token “%1” (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN entry on the token “%1” was cancelled (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token “%1” was removed (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in to the token “%1” failed (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pkcs11Signer</name>
    <message>
        <source>The token “%1” has no certificate with SHA-256 %2; it has: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token “%1” has no certificate or key labelled “%2”; it has: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token “%1” has no certificate with a signing key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token “%1” has several certificates with keys; choose one by its label or SHA-256: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate “%1” on the token “%2” has no private key there, so it cannot sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate “%1” has a key type VanBan cannot sign with (only RSA and EC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token “%1” does not offer ECDSA (CKM_ECDSA) for its EC key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token “%1” offers neither CKM_RSA_PKCS nor CKM_RSA_PKCS_PSS for its RSA key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key of “%1” (%2) on the token “%3” cannot sign with this scheme, or the token does not offer it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key of “%1” is not on the token “%2” (CKA_ID %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token “%1” shows its private keys only after the PIN is entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 digest has %2 bytes, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the PIN of the token “%1” before signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key of “%1” needs the PIN for every signature: enter it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token “%1” returned an ECDSA signature VanBan cannot read (%2 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the PIN of the token “%1” before signing (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterPdfExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryCommon</name>
    <message>
        <source>The document type (tên loại) is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a document type of Nghị định 30/2020 (e.g. Công văn, Quyết định, Thông báo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject (trích yếu) is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject (trích yếu) has %1 characters; at most 500 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signer&apos;s name is longer than 50 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page count must be between 1 and 999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The main document %1 is not a PDF file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevisionComparator</name>
    <message>
        <source>The document catalog was replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object %1 was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages were added, removed or reordered (%1 pages before, %2 now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation data (DSS) was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document information (title, author, dates) was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document&apos;s XMP metadata was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature field %1 was changed (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty signature field was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object %1 was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document catalog entry %1 was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signature field was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A form field that is not a signature was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A form field was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form settings for signatures were updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form entry %1 was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content was appended to page %1 (a number stamp).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content of page %1 was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources were added to page %1 (for a number stamp).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry %1 of page %2 was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signature was added on page %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stamp annotation was added on page %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An annotation (%1) was added on page %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An annotation was removed from page %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed revision cannot be compared with the document: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevocationChecker</name>
    <message>
        <source>Revocation was not checked: the issuer&apos;s certificate is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate was revoked on %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate was revoked on %1, after the timestamped signing time (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not revoked (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCSP response in the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRL in the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revocation could not be checked: the certificate names no OCSP service or CRL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revocation was not checked (offline).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCSP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRL %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revocation could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has no issue time (thisUpdate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It claims to be issued in the future (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its validity period is inconsistent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was issued on %1 and valid until %2, so it does not cover the signing time %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not an OCSP response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OCSP service answered with an error (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature of the OCSP response or its responder is not valid (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OCSP response is about another certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OCSP service does not know the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not a CRL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CRL was issued by another authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature of the CRL is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OCSP response in the document is not usable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CRL in the document is not usable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gave no valid OCSP answer: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gave no valid CRL: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message>
        <source>The search text has no letters or digits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>Cannot read the key file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 that protects the exchange&apos;s secret key is missing. Enter the secret key again (vanban-cli exchange configure).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the key file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypting the secret key failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored secret key is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret key cannot be decrypted with the key file %1 (a different computer or user?). Enter the secret key again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain refused the secret: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange&apos;s secret key cannot be read from the system keychain: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignatureImageLoader</name>
    <message>
        <source>The image %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a readable image: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image %1 is too large (at most 4000 × 4000 pixels).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignaturePlacement</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a readable PDF file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No signature block (a title such as “CHỦ TỊCH” or “KT. GIÁM ĐỐC”) was found in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An attachment&apos;s signature goes to the top right of page 1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>Another synchronisation with the exchange is running for this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient&apos;s system could not process the package: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimestampClient</name>
    <message>
        <source>The time-stamp request could not be built.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time-stamping authority %1 gave an unusable answer: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an RFC 3161 time-stamp response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status %1 (not granted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no time-stamp token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token is for another message imprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the nonce does not match the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token carries no TSA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token&apos;s signature does not verify with its TSA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time-stamping authority %1 did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time-stamping authority %1 cannot be reached: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenCertificate</name>
    <message>
        <source>The certificate cannot be read: it is not a DER-encoded X.509 certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported key type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenInfo</name>
    <message>
        <source>The user PIN is locked after too many wrong entries; the token cannot sign until it is unblocked with the SO PIN (PUK) by its issuer or your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one PIN try is left: one more wrong PIN locks the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Few PIN tries are left before the token locks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token asks for its PIN to be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (serial %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrueTypeFont</name>
    <message>
        <source>The font for signature text “%1” cannot be read: %2 (install fonts-liberation2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a TrueType font VanBan can embed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrueTypeSubsetter</name>
    <message>
        <source>The font cannot be embedded as a subset: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a TrueType font file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no “%1” table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its head, hhea or maxp table is too short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its glyph metrics are inconsistent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its glyph locations are inconsistent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrustStore</name>
    <message>
        <source>%1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no certificate (PEM, DER or PKCS#7 expected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a certification authority (basicConstraints CA is not set).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” may not sign certificates (key usage).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The self-signature of “%1” does not verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not valid today (valid %2 to %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key of “%1” (%2) is below what TT 15/2025 requires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserDirectory</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can add users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace already has users; an administrator must add new ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name “%1” must be 2–64 letters, digits, dots, dashes or underscores, without diacritics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name %1 is taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValidationDataCollector</name>
    <message>
        <source>(unreadable certificate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate of the chain cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of the authority that issued “%1” (%2) is not available, so its revocation status cannot be fetched for B-LT. An administrator imports the root certificates (vanban-cli trust import).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate chain of “%1” is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate “%1” was revoked on %2 (%3). A signature made with it is not valid, so the document was not signed; contact the certification authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gave no valid OCSP answer: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCSP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gave no valid CRL: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRL %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate “%1” names no OCSP service and no CRL, so a B-LT signature cannot hold its revocation status. Sign with B-T.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revocation status of the certificate “%1” could not be fetched (%2). The B-LT signature was not made; try again when the network is available, or sign with B-T.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timestamp cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timestamp does not carry the certificate of its authority, so B-LT cannot hold its validation data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>There is no workspace in %1. Create one with “vanban-cli init” or start VanBan with --demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workspace already exists in %1; it was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency identifier (mã định danh) is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace has no agency profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceCheck</name>
    <message>
        <source>The database has rows that refer to missing rows (table %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File “%1” (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File “%1” (document %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File “%1” (document %2), signature %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vanban::ui::DocumentDetailPane</name>
    <message>
        <source>Arrival number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number and notation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrecy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a document in the register to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document has no PDF file (registered from paper or without its file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival number %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (year %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Files (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing document %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing document %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xchange recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xchange recipients (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gnatures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vanban::ui::DocumentFilesWidget</name>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (main document)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program is set up to open %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save file as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vanban::ui::ExchangeRecipientsWidget</name>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document has not been sent through the exchange.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vanban::ui::ExchangeSettingsDialog</name>
    <message>
        <source>Exchange settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provincial document exchange (trục liên thông) this agency sends and receives documents through. The province gives the address, the SystemId and the secret key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: a PEM file of extra trusted certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to keep the stored key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret key given with the SystemId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address (URL):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SystemId:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret key is kept in the system keychain or encrypted, never in the database, and is never shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address of the exchange.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the SystemId of this agency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the secret key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vanban::ui::FileListEditor</name>
    <message>
        <source>&amp;Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf *.PDF);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main document · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment · %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vanban::ui::FirstRunDialog</name>
    <message>
        <source>VanBan — New workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome to VanBan.&lt;/b&gt;&lt;br&gt;There is no workspace in %1 yet. Enter your agency and its first administrator to create one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 000.00.12.H41</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. UBND huyện Nam Đàn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency &amp;identifier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator&apos;s &amp;user name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator&apos;s &amp;full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are different.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vanban::ui::InboxDetailPane</name>
    <message>
        <source>Number and notation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept and register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register the document in the incoming book; the sender is told (status 03)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;turn to sender…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the document back with a reason; the sender is told (status 02)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a received document to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Files (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package has no PDF file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a records clerk or an administrator registers documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept the revocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gnatures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vanban::ui::InboxModel</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number and notation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vanban::ui::InboxView</name>
    <message>
        <source>Awaiting acceptance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registering the received document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the received document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probable duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Register it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revocation was accepted; the sender is told (status 03).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered in the incoming book with arrival number %1. The sender is told (status 03).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned to the sender with the reason (status 02).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vanban::ui::IssueOutgoingDialog</name>
    <message>
        <source>Issue outgoing number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. QĐ-UBND (the number is given by the register)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Công văn, Quyết định, Thông báo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V/v …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name of the person who signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Chủ tịch; KT. Chủ tịch, Phó Chủ tịch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- UBND các xã, thị trấn;
- Lưu: VT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notation (ký hiệu):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub&amp;ject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;osition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issued date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secre&amp;cy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urg&amp;ency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recipients:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Book:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop PDF files here. The first file is the signed document, the others are attachments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;ssue number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the document its number in the outgoing register (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the sequence for secret documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected number: &lt;b style=&quot;font-size:20pt&quot;&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;small&gt;Year %3. The final number is given when the document is saved.&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the files into the workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document was given the number %1 in “%2” of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard what you have entered?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vanban::ui::LoginDialog</name>
    <message>
        <source>VanBan — Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to VanBan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vanban::ui::MainWindow</name>
    <message>
        <source>VanBan — %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching for “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The text of %n PDF file(s) was indexed for searching.</source>
        <translation>
            <numerusform>The text of %n PDF file was indexed for searching.</numerusform>
            <numerusform>The text of %n PDF files was indexed for searching.</numerusform>
        </translation>
    </message>
    <message>
        <source>Indexing the PDF text failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register incoming document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a new incoming document in the register and give it its arrival number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a records clerk or an administrator registers documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About VanBan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search documents (diacritics optional)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searches number, notation, sender, signer, subject and the text of the PDF (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing the text of PDF files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All years</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln document</numerusform>
            <numerusform>%Ln documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found %Ln document(s) for “%1”</source>
        <translation>
            <numerusform>Found %Ln document for “%1”</numerusform>
            <numerusform>Found %Ln documents for “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found more than %Ln document(s) for “%1”</source>
        <translation>
            <numerusform>Found more than %Ln document for “%1”</numerusform>
            <numerusform>Found more than %Ln documents for “%1”</numerusform>
        </translation>
    </message>
    <message>
        <source>; the %L1 best matches are shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the %L1 newest are shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register was refreshed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered with arrival number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register of the year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the register of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s) written to %1.</source>
        <translation>
            <numerusform>%Ln document written to %1.</numerusform>
            <numerusform>%Ln documents written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>About VanBan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;VanBan %1&lt;/h3&gt;&lt;p&gt;Document management for Vietnamese government agencies: the incoming register (sổ văn bản đến) under Nghị định 30/2020/NĐ-CP, full-text search and PDF preview.&lt;/p&gt;&lt;p&gt;Workspace: %2&lt;br&gt;Agency: %3&lt;/p&gt;&lt;p&gt;Built with Qt %4.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the database in the background…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was checked: no damage found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export register (PDF, CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printable register, PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheet, CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incoming-register-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issue outgoing number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give an outgoing document its number in the outgoing register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a records clerk or an administrator issues numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Incoming documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outgoing documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export outgoing register (PDF, CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number %1 issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outgoing-register-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Received through the exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ynchronise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send what waits in the outbox and receive from the exchange now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send through the e&amp;xchange…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange &amp;settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address, SystemId and secret key of the document exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator configures the exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting acceptance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting acceptance (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln received document(s) shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The list was refreshed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a records clerk or an administrator sends documents through the exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an outgoing document (Văn bản đi) to send it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the outgoing document to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret documents (%1) are never sent through the electronic exchange; send them on paper by the secret channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document has no file; attach the signed PDF before sending it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the selected outgoing document to other agencies through the exchange (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Queued for %n agency(ies); it leaves with the next synchronisation.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The exchange settings were saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign digitally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a document that has a PDF file first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vanban::ui::PdfPreviewWidget</name>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview is not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vanban::ui::RegisterIncomingDialog</name>
    <message>
        <source>Register incoming document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 12/QĐ-UBND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Công văn, Quyết định, Thông báo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V/v …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a part of the name to choose from the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 000.00.12.H41</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead&amp;line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Number and notation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issued date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub&amp;ject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sending agency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency identi&amp;fier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secre&amp;cy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urg&amp;ency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arri&amp;val date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Book:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop PDF files here. The first file is the main document, the others are attachments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register the document and give it its arrival number (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the sequence for secret documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected number: &lt;b style=&quot;font-size:20pt&quot;&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;small&gt;The final number is given when the document is saved.&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probable duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register &amp;anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document was registered with arrival number %1 in “%2” of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard what you have entered?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the files into the workspace…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vanban::ui::RegisterModel</name>
    <message>
        <source>[%1] %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret document (%1), numbered in the separate sequence for secret documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (identifier %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type and subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival number (số đến) in the register book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number (số) given by the outgoing register, from 01 each year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number and notation (số, ký hiệu) of the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients (nơi nhận)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vanban::ui::ReturnDialog</name>
    <message>
        <source>Return to sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return %1 to its sender. The sender reads the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Sent to the wrong agency; the attachment is missing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Return</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vanban::ui::SendExchangeDialog</name>
    <message>
        <source>Send through the exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &lt;b&gt;%1&lt;/b&gt; through the provincial document exchange to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search agencies by name or code (diacritics optional)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency directory is empty: synchronise with the exchange first (Ctrl+R).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active agency matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n agency(ies) chosen</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the package…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vanban::ui::SignDialog</name>
    <message>
        <source>Sign digitally — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the PKCS#11 library (driver) of the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token and certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competent person (leader)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency (seal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment in a separate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG of the signature or of the seal (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the position line: CHỦ TỊCH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the signature right below this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next to &amp;text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the number and date into the page first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 12/QĐ-UBND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Number and notation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token&apos;s PIN; never stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a rectangle on the page to place the signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token driver (PKCS#11 module) was found. Choose its file with “Choose…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the token&apos;s PKCS#11 library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCS#11 libraries (*.so *.so.* *.dll *.dylib);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the token driver…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token driver cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token is plugged in. Plug in the USB token and choose the module again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the certificate to sign with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the certificates on the token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token driver is not loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificates cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token holds no certificate with a signing key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the certificate, the role and the position, then enter the PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Issuer: %2
Key: %3
SHA-256: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2; valid until %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1; %2 × %3 pt at (%4, %5). Drag on the page to move it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not placed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the image of the signature or seal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed below “%1” on page %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign digitally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a token and a certificate first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the number and notation to write into the page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the signed PDF as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new file: the signed copy never replaces the original.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing… follow the instructions of the token if it asks for a confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by %1 at %2 (PAdES %3). Saved as %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token refused the PIN. It was not tried again.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document was not signed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;digitally…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the selected document&apos;s PDF with a USB token into a new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a leader or a records clerk signs documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawn on the page by you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B-B — the signature only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B-T — with a trusted timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B-LT — timestamp and revocation data (OCSP/CRL) in the file, for long-term checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of the time-stamping authority, e.g. http://tsa.example.gov.vn/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address (RFC 3161) of the certification authority&apos;s time-stamping server. With it the signature is PAdES B-T: its time is certified by the server, not read from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;imestamp server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The top right of page 1 (Decree 30, Appendix I).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the signature block in the document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The usual position: no title such as “CHỦ TỊCH” or “KT. GIÁM ĐỐC” was found in the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over the left third of the leader&apos;s signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over the left third of where the leader signs, under “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under “%1”, found in the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between “%1” and “%2”, found in the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The levels B-T and B-LT need the address (http or https) of a time-stamping authority. Enter it, or choose B-B.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The file also holds the revocation status of %n certificate(s), so the signature can be checked later without the network.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vanban::ui::SignaturePanel</name>
    <message>
        <source>View signed &amp;revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the document exactly as it was when this signature was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;current version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the certificate authority (OCSP or CRL) whether the certificates are revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PDF file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the certificates online…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the signatures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signatures cannot be verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PDF has no digital signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n signature(s), all valid.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signature(s); at least one is not valid.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No trusted root certificates are installed: ask the administrator to import them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revocation checked online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This signature has no usable byte range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is shorter than the signature&apos;s byte range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the document as signed by signature %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vanban::ui::SignatureSummary</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid signature — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid signature, revocation not checked — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not trusted: the certificate is not from a trusted CA — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid: the certificate was not valid at the signing time — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified after signing — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid: the certificate is revoked — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid signature: the signed content does not match — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timestamp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (not trusted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged: the signed bytes were changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covers the whole document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified after signing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid at signing time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes, chains to a trusted root certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revocation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAdES %1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vanban::ui::SyncStatusLabel</name>
    <message>
        <source>Synchronising…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange: …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange not configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace is not connected to the provincial document exchange yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace is not connected to the provincial document exchange yet. An administrator sets it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 waiting to be sent · %2 to accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synchronised yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronised %1: %2 sent, %3 received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronisation failed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Problems of the last synchronisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1, received %2 new document(s) and %3 status message(s); %4 waiting in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
