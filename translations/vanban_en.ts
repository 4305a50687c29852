<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
        <source>The workspace is sound: database checked, %1 files verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is damaged: %1 problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: vanban-cli export-register incoming --year Y --format csv|pdf --out FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be csv or pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export-register incoming --year Y --format csv|pdf --out FILE
    The register book in the columns of Nghị định 30/2020 Phụ lục IV (pdf: the printable form).</source>
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
</context>
<context>
    <name>DocumentRepository</name>
    <message>
        <source>There is no document with id %1.</source>
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
        <source>The signer&apos;s name is longer than 50 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline (hạn xử lý) is before the issue date.</source>
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
    <name>RegisterExport</name>
    <message>
        <source>The outgoing register is not available yet; it comes with outgoing documents.</source>
        <translation type="unfinished"></translation>
    </message>
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
    <name>SearchIndex</name>
    <message>
        <source>The search text has no letters or digits.</source>
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
        <source>File “%1” of document %2: %3</source>
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
    <name>vanban::ui::IncomingRegisterModel</name>
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
        <source>Number</source>
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
        <source>Arrival number (số đến) in the register book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number and notation (số, ký hiệu) of the document</source>
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
</TS>
