<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>Backup</name>
    <message>
        <source>Cannot create a temporary folder next to %1.</source>
        <translation>Không tạo được thư mục tạm bên cạnh %1.</translation>
    </message>
    <message>
        <source>The backup was not made: %1</source>
        <translation>Chưa sao lưu được: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a VanBan backup.</source>
        <translation>%1 không phải là tệp sao lưu của VanBan.</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of VanBan.</source>
        <translation>%1 được tạo bởi phiên bản VanBan mới hơn.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged (bad manifest).</source>
        <translation>Tệp sao lưu %1 bị hỏng (danh mục không hợp lệ).</translation>
    </message>
    <message>
        <source>The backup %1 is damaged (bad entry %2).</source>
        <translation>Tệp sao lưu %1 bị hỏng (mục %2 không hợp lệ).</translation>
    </message>
    <message>
        <source>The backup %1 is damaged (no database).</source>
        <translation>Tệp sao lưu %1 bị hỏng (thiếu cơ sở dữ liệu).</translation>
    </message>
    <message>
        <source>The backup %1 is truncated (in %2).</source>
        <translation>Tệp sao lưu %1 bị cắt cụt (tại %2).</translation>
    </message>
    <message>
        <source>The backup %1 is damaged: %2 does not match its digest.</source>
        <translation>Tệp sao lưu %1 bị hỏng: %2 không khớp mã băm.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged (unexpected data at the end).</source>
        <translation>Tệp sao lưu %1 bị hỏng (có dữ liệu thừa ở cuối).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <source>The backup was made by a newer version of VanBan (schema %1; this version understands up to %2).</source>
        <translation>Bản sao lưu được tạo bởi phiên bản VanBan mới hơn (lược đồ %1; phiên bản này chỉ đọc được đến %2).</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Không tạo được thư mục %1.</translation>
    </message>
    <message>
        <source>Cannot move the existing workspace %1 aside; nothing was changed.</source>
        <translation>Không chuyển được vùng dữ liệu hiện có %1 sang chỗ khác; chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>Cannot move the restored workspace into %1; nothing was changed.</source>
        <translation>Không đưa được vùng dữ liệu khôi phục vào %1; chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>Cannot read the database copy %1.</source>
        <translation>Không đọc được bản sao cơ sở dữ liệu %1.</translation>
    </message>
</context>
<context>
    <name>BlobStore</name>
    <message>
        <source>Could not write the file to the workspace</source>
        <translation>Không ghi được tệp vào vùng dữ liệu</translation>
    </message>
    <message>
        <source>Could not write the file to the workspace (is the disk full?)</source>
        <translation>Không ghi được tệp vào vùng dữ liệu (ổ đĩa đã đầy?)</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Không tạo được thư mục %1.</translation>
    </message>
    <message>
        <source>Could not move the file into the workspace</source>
        <translation>Không chuyển được tệp vào vùng dữ liệu</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <source>Could not create a file in the workspace</source>
        <translation>Không tạo được tệp trong vùng dữ liệu</translation>
    </message>
    <message>
        <source>The stored file %1 is missing from the workspace.</source>
        <translation>Tệp đã lưu %1 không còn trong vùng dữ liệu.</translation>
    </message>
    <message>
        <source>The stored file %1 is damaged (its content no longer matches its digest).</source>
        <translation>Tệp đã lưu %1 bị hỏng (nội dung không còn khớp mã băm).</translation>
    </message>
    <message>
        <source>Cannot read the stored file %1: %2</source>
        <translation>Không đọc được tệp đã lưu %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Không ghi được %1</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>administrator's password</source>
        <translation>mật khẩu quản trị</translation>
    </message>
    <message>
        <source>Workspace created in %1 for %2; administrator: %3.</source>
        <translation>Đã tạo vùng dữ liệu tại %1 cho %2; tài khoản quản trị: %3.</translation>
    </message>
    <message>
        <source>--role must be clerk, leader, specialist or admin.</source>
        <translation>--role phải là clerk, leader, specialist hoặc admin.</translation>
    </message>
    <message>
        <source>new user's password</source>
        <translation>mật khẩu người dùng mới</translation>
    </message>
    <message>
        <source>User %1 (%2, %3) added.</source>
        <translation>Đã thêm người dùng %1 (%2, %3).</translation>
    </message>
    <message>
        <source>The option --%1 takes no value.</source>
        <translation>Tùy chọn --%1 không nhận giá trị.</translation>
    </message>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>Tùy chọn --%1 cần một giá trị.</translation>
    </message>
    <message>
        <source>Cannot read the %1 file %2: %3</source>
        <translation>Không đọc được tệp %1 %2: %3</translation>
    </message>
    <message>
        <source>The %1 is missing: give --%2 FILE or set %3 (never as an option value).</source>
        <translation>Thiếu %1: dùng --%2 TỆP hoặc biến môi trường %3 (không bao giờ ghi trực tiếp trên dòng lệnh).</translation>
    </message>
    <message>
        <source>This command acts as a user: give --as USER (password from --password-file or VANBAN_PASSWORD).</source>
        <translation>Lệnh này cần người thực hiện: dùng --as TÊN (mật khẩu lấy từ --password-file hoặc VANBAN_PASSWORD).</translation>
    </message>
    <message>
        <source>password</source>
        <translation>mật khẩu</translation>
    </message>
    <message>
        <source>Unknown option --%1 for this command (see --help).</source>
        <translation>Lệnh này không có tùy chọn --%1 (xem --help).</translation>
    </message>
    <message>
        <source>The option --%1 is given more than once.</source>
        <translation>Tùy chọn --%1 được nhập nhiều lần.</translation>
    </message>
    <message>
        <source>The option --%1 is required.</source>
        <translation>Cần có tùy chọn --%1.</translation>
    </message>
    <message>
        <source>--%1: “%2” is not a date; expected YYYY-MM-DD.</source>
        <translation>--%1: “%2” không phải là ngày; cần dạng NNNN-TT-NN (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>--%1: “%2” is not a non-negative whole number.</source>
        <translation>--%1: “%2” không phải là số nguyên không âm.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Lỗi: %1</translation>
    </message>
    <message>
        <source>%1 of %2 documents shown.</source>
        <translation>Hiển thị %1 trên tổng số %2 văn bản.</translation>
    </message>
    <message>
        <source>--urgency must be normal, urgent, very-urgent or flash.</source>
        <translation>--urgency phải là normal (thường), urgent (khẩn), very-urgent (thượng khẩn) hoặc flash (hỏa tốc).</translation>
    </message>
    <message>
        <source>--secrecy must be none, confidential, secret or top-secret.</source>
        <translation>--secrecy phải là none, confidential (mật), secret (tối mật) hoặc top-secret (tuyệt mật).</translation>
    </message>
    <message>
        <source>--arrived: “%1” is not a date and time; expected YYYY-MM-DDTHH:MM.</source>
        <translation>--arrived: “%1” không phải là ngày giờ; cần dạng YYYY-MM-DDTHH:MM.</translation>
    </message>
    <message>
        <source>Warning: the text of the PDF was not indexed: %1</source>
        <translation>Cảnh báo: chưa lập chỉ mục được nội dung PDF: %1</translation>
    </message>
    <message>
        <source>Registered: arrival number %1 in book %2 of %3 (document id %4).</source>
        <translation>Đã vào sổ: số đến %1, sổ %2 năm %3 (mã văn bản %4).</translation>
    </message>
    <message>
        <source>Usage: vanban-cli show ID</source>
        <translation>Cách dùng: vanban-cli show MÃ</translation>
    </message>
    <message>
        <source>There is no document with id %1.</source>
        <translation>Không có văn bản nào có mã %1.</translation>
    </message>
    <message>
        <source>Usage: vanban-cli search QUERY [--limit N]</source>
        <translation>Cách dùng: vanban-cli search NỘI_DUNG_TÌM [--limit N]</translation>
    </message>
    <message>
        <source>export-register takes incoming or outgoing, not “%1”.</source>
        <translation>export-register nhận incoming (sổ đến) hoặc outgoing (sổ đi), không nhận “%1”.</translation>
    </message>
    <message>
        <source>%1 rows written to %2.</source>
        <translation>Đã ghi %1 dòng vào %2.</translation>
    </message>
    <message>
        <source>init --organ-id ID --organ-name NAME --admin USER [--admin-full-name NAME]
    Create a workspace (administrator's password from --password-file or VANBAN_PASSWORD).</source>
        <translation>init --organ-id MÃ --organ-name TÊN --admin TÀI_KHOẢN [--admin-full-name HỌ_TÊN]
    Tạo vùng dữ liệu (mật khẩu quản trị lấy từ --password-file hoặc VANBAN_PASSWORD).</translation>
    </message>
    <message>
        <source>user add --name USER --full-name NAME --role clerk|leader|specialist|admin [--unit UNIT]
    Add a user (administrators only; password from --new-password-file or VANBAN_NEW_PASSWORD).</source>
        <translation>user add --name TÀI_KHOẢN --full-name HỌ_TÊN --role clerk|leader|specialist|admin [--unit ĐƠN_VỊ]
    Thêm người dùng (chỉ quản trị; mật khẩu lấy từ --new-password-file hoặc VANBAN_NEW_PASSWORD).</translation>
    </message>
    <message>
        <source>incoming register --file PDF… --from-name NAME [--from-organ-id ID] --code 12/QĐ-UBND
    --issued YYYY-MM-DD --type NAME --subject TEXT [--signer NAME] [--urgency normal|urgent|very-urgent|flash]
    [--secrecy none|confidential|secret|top-secret] [--due YYYY-MM-DD] [--arrived YYYY-MM-DDTHH:MM]
    [--book ID] [--pages N] [--force-duplicate]
    Register an incoming document (văn bản đến) and give it its arrival number (số đến).</source>
        <translation>incoming register --file PDF… --from-name TÊN [--from-organ-id MÃ] --code 12/QĐ-UBND
    --issued YYYY-MM-DD --type TÊN_LOẠI --subject TRÍCH_YẾU [--signer NGƯỜI_KÝ] [--urgency normal|urgent|very-urgent|flash]
    [--secrecy none|confidential|secret|top-secret] [--due YYYY-MM-DD] [--arrived YYYY-MM-DDTHH:MM]
    [--book MÃ_SỔ] [--pages N] [--force-duplicate]
    Vào sổ văn bản đến và cấp số đến.</translation>
    </message>
    <message>
        <source>incoming list [--year Y] [--status S] [--limit N] [--offset N]
    List the incoming register, newest first.</source>
        <translation>incoming list [--year NĂM] [--status TRẠNG_THÁI] [--limit N] [--offset N]
    Liệt kê sổ văn bản đến, mới nhất trước.</translation>
    </message>
    <message>
        <source>show ID
    One document with its files and history.</source>
        <translation>show MÃ
    Một văn bản cùng các tệp và lịch sử xử lý.</translation>
    </message>
    <message>
        <source>search QUERY [--limit N] [--offset N] [--year Y] [--type NAME] [--from ORGAN] [--urgency U]
    [--arrived-from YYYY-MM-DD] [--arrived-to YYYY-MM-DD]
    Full-text search, insensitive to case and diacritics (“dong y” finds “đồng ý”).</source>
        <translation>search NỘI_DUNG_TÌM [--limit N] [--offset N] [--year NĂM] [--type TÊN_LOẠI] [--from CƠ_QUAN] [--urgency U]
    [--arrived-from YYYY-MM-DD] [--arrived-to YYYY-MM-DD]
    Tìm toàn văn, không phân biệt hoa thường và dấu (“dong y” tìm được “đồng ý”).</translation>
    </message>
    <message>
        <source>backup --out FILE
    A consistent copy of the whole workspace, also while VanBan is running.</source>
        <translation>backup --out TỆP
    Sao lưu toàn bộ vùng dữ liệu, kể cả khi VanBan đang chạy.</translation>
    </message>
    <message>
        <source>restore --from FILE
    Restore a backup into --workspace (over an existing one: administrators only; the old one is kept).</source>
        <translation>restore --from TỆP
    Khôi phục bản sao lưu vào --workspace (ghi đè vùng dữ liệu có sẵn: chỉ quản trị; bản cũ được giữ lại).</translation>
    </message>
    <message>
        <source>check
    Verify the database and the digest of every stored file (exit 7 on damage).</source>
        <translation>check
    Kiểm tra cơ sở dữ liệu và mã băm của mọi tệp đã lưu (mã thoát 7 nếu có hư hỏng).</translation>
    </message>
    <message>
        <source>vanban-cli — VanBan from the command line.

Global options: --workspace DIR (or VANBAN_WORKSPACE), --as USER (password from --password-file FILE or
VANBAN_PASSWORD), --json, --lang vi|en.

Commands:
</source>
        <translation>vanban-cli — VanBan trên dòng lệnh.

Tùy chọn chung: --workspace THƯ_MỤC (hoặc VANBAN_WORKSPACE), --as TÀI_KHOẢN (mật khẩu từ --password-file TỆP hoặc
VANBAN_PASSWORD), --json, --lang vi|en.

Các lệnh:
</translation>
    </message>
    <message>
        <source>
Exit codes: 0 success, 1 usage, 2 invalid input, 3 not found, 4 permission denied,
5 conflict, 6 external failure, 7 integrity failure, 10 internal error.
</source>
        <translation>
Mã thoát: 0 thành công, 1 sai cú pháp, 2 dữ liệu không hợp lệ, 3 không tìm thấy, 4 không có quyền,
5 xung đột, 6 lỗi bên ngoài, 7 dữ liệu hư hỏng, 10 lỗi nội bộ.
</translation>
    </message>
    <message>
        <source>--db (PostgreSQL) is not available in this version; use --workspace.</source>
        <translation>--db (PostgreSQL) chưa có trong phiên bản này; hãy dùng --workspace.</translation>
    </message>
    <message>
        <source>Unknown command “%1” (see vanban-cli --help).</source>
        <translation>Không có lệnh “%1” (xem vanban-cli --help).</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Tham số thừa “%1”.</translation>
    </message>
    <message>
        <source>Only an administrator or a records clerk can make backups.</source>
        <translation>Chỉ quản trị hoặc văn thư mới được sao lưu.</translation>
    </message>
    <message>
        <source>Backup written to %1: %2 documents, %3 files.</source>
        <translation>Đã sao lưu vào %1: %2 văn bản, %3 tệp.</translation>
    </message>
    <message>
        <source>Only an administrator of this workspace can restore over it.</source>
        <translation>Chỉ quản trị của vùng dữ liệu này mới được khôi phục đè lên nó.</translation>
    </message>
    <message>
        <source>The folder %1 is not empty and is not a workspace; choose an empty folder.</source>
        <translation>Thư mục %1 không trống và không phải vùng dữ liệu VanBan; hãy chọn một thư mục trống.</translation>
    </message>
    <message>
        <source>Restored %1 documents and %2 files into %3.</source>
        <translation>Đã khôi phục %1 văn bản và %2 tệp vào %3.</translation>
    </message>
    <message>
        <source>The previous workspace was kept in %1.</source>
        <translation>Vùng dữ liệu cũ được giữ tại %1.</translation>
    </message>
    <message>
        <source>The workspace is sound: database checked, %1 files verified.</source>
        <translation>Vùng dữ liệu nguyên vẹn: đã kiểm tra cơ sở dữ liệu và %1 tệp.</translation>
    </message>
    <message>
        <source>The workspace is damaged: %1 problems.</source>
        <translation>Vùng dữ liệu có hư hỏng: %1 lỗi.</translation>
    </message>
    <message>
        <source>Usage: vanban-cli export-register incoming --year Y --format csv|pdf --out FILE</source>
        <translation>Cách dùng: vanban-cli export-register incoming --year NĂM --format csv|pdf --out TỆP</translation>
    </message>
    <message>
        <source>--format must be csv or pdf.</source>
        <translation>--format phải là csv hoặc pdf.</translation>
    </message>
    <message>
        <source>export-register incoming --year Y --format csv|pdf --out FILE
    The register book in the columns of Nghị định 30/2020 Phụ lục IV (pdf: the printable form).</source>
        <translation>export-register incoming --year NĂM --format csv|pdf --out TỆP
    Xuất sổ đăng ký theo các cột của Phụ lục IV Nghị định 30/2020 (pdf: bản để in và đóng quyển).</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database is locked by another program and stayed locked for 10 seconds (%1). Try again in a moment.</source>
        <translation>Cơ sở dữ liệu đang bị chương trình khác khóa quá 10 giây (%1). Vui lòng thử lại sau giây lát.</translation>
    </message>
    <message>
        <source>The disk is full (%1). Nothing was saved; free some space and try again.</source>
        <translation>Ổ đĩa đã đầy (%1). Chưa có gì được lưu; hãy giải phóng dung lượng rồi thử lại.</translation>
    </message>
    <message>
        <source>The database is read-only (%1). Check the permissions of the workspace folder.</source>
        <translation>Cơ sở dữ liệu chỉ đọc (%1). Hãy kiểm tra quyền ghi của thư mục vùng dữ liệu.</translation>
    </message>
    <message>
        <source>The database file is damaged (%1: %2). Restore it from a backup; the damaged file was left untouched.</source>
        <translation>Tệp cơ sở dữ liệu bị hỏng (%1: %2). Hãy khôi phục từ bản sao lưu; tệp hỏng được giữ nguyên.</translation>
    </message>
    <message>
        <source>Disk read or write error (%1: %2).</source>
        <translation>Lỗi đọc/ghi ổ đĩa (%1: %2).</translation>
    </message>
    <message>
        <source>Cannot open the database file (%1: %2).</source>
        <translation>Không mở được tệp cơ sở dữ liệu (%1: %2).</translation>
    </message>
    <message>
        <source>The change conflicts with existing data (%1: %2).</source>
        <translation>Thay đổi xung đột với dữ liệu đã có (%1: %2).</translation>
    </message>
    <message>
        <source>Database error (%1: %2).</source>
        <translation>Lỗi cơ sở dữ liệu (%1: %2).</translation>
    </message>
    <message>
        <source>No workspace database at %1.</source>
        <translation>Không có cơ sở dữ liệu vùng dữ liệu tại %1.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Thư mục %1 không tồn tại.</translation>
    </message>
    <message>
        <source>opening %1</source>
        <translation>mở %1</translation>
    </message>
    <message>
        <source>integrity check</source>
        <translation>kiểm tra toàn vẹn</translation>
    </message>
    <message>
        <source>The database %1 is damaged: %2. Restore it from a backup; the damaged file was left untouched.</source>
        <translation>Cơ sở dữ liệu %1 bị hỏng: %2. Hãy khôi phục từ bản sao lưu; tệp hỏng được giữ nguyên.</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>đọc phiên bản lược đồ</translation>
    </message>
    <message>
        <source>%1 is not a VanBan workspace database (it has tables but no schema version). It was left untouched.</source>
        <translation>%1 không phải cơ sở dữ liệu của VanBan (có bảng nhưng không có phiên bản lược đồ). Tệp được giữ nguyên.</translation>
    </message>
    <message>
        <source>This workspace was written by a newer version of VanBan (schema %1; this version understands up to %2). Install the newer version; the workspace was left untouched.</source>
        <translation>Vùng dữ liệu này do phiên bản VanBan mới hơn tạo ra (lược đồ %1; phiên bản này chỉ đọc được đến %2). Hãy cài phiên bản mới hơn; vùng dữ liệu được giữ nguyên.</translation>
    </message>
    <message>
        <source>Missing migration %1.</source>
        <translation>Thiếu bước nâng cấp %1.</translation>
    </message>
    <message>
        <source>migration %1</source>
        <translation>nâng cấp lược đồ %1</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>bắt đầu giao dịch</translation>
    </message>
    <message>
        <source>saving</source>
        <translation>lưu</translation>
    </message>
    <message>
        <source>copying the database</source>
        <translation>sao chép cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>The workspace folder %1 is read-only (%2). VanBan needs to write there; check the disk and its permissions. Nothing was changed.</source>
        <translation>Thư mục vùng dữ liệu %1 chỉ đọc (%2). VanBan cần ghi vào đó; hãy kiểm tra ổ đĩa và quyền ghi. Chưa có gì bị thay đổi.</translation>
    </message>
</context>
<context>
    <name>DemoWorkspace</name>
    <message>
        <source>%1 / %2 (%3)</source>
        <translation>%1 / %2 (%3)</translation>
    </message>
    <message>
        <source>Demo workspace. Accounts: %1.</source>
        <translation>Vùng dữ liệu trình diễn. Tài khoản: %1.</translation>
    </message>
</context>
<context>
    <name>DocumentCode</name>
    <message>
        <source>Number and notation (số, ký hiệu) is empty; expected e.g. 12/QĐ-UBND.</source>
        <translation>Chưa nhập số, ký hiệu; ví dụ 12/QĐ-UBND.</translation>
    </message>
    <message>
        <source>The number “%1” in “%2” is not a document number; expected e.g. 12/QĐ-UBND.</source>
        <translation>“%1” trong “%2” không phải là số văn bản; ví dụ 12/QĐ-UBND.</translation>
    </message>
    <message>
        <source>The notation (ký hiệu) “%1” is longer than 30 characters.</source>
        <translation>Ký hiệu “%1” dài quá 30 ký tự.</translation>
    </message>
    <message>
        <source>The notation (ký hiệu) “%1” is malformed; expected e.g. QĐ-UBND.</source>
        <translation>Ký hiệu “%1” không đúng dạng; ví dụ QĐ-UBND.</translation>
    </message>
</context>
<context>
    <name>DocumentFormat</name>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Đã vào sổ</translation>
    </message>
    <message numerus="yes">
        <source>Arrival number %1, book %2, %n file(s)</source>
        <translation>
            <numerusform>Số đến %1, sổ %2, %n tệp</numerusform></translation>
    </message>
    <message>
        <source>; registered although a probable duplicate</source>
        <translation>; vẫn vào sổ dù có thể trùng</translation>
    </message>
</context>
<context>
    <name>DocumentRepository</name>
    <message>
        <source>There is no document with id %1.</source>
        <translation>Không có văn bản nào có mã %1.</translation>
    </message>
</context>
<context>
    <name>Enums</name>
    <message>
        <source>Normal</source>
        <translation>Thường</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Khẩn</translation>
    </message>
    <message>
        <source>Very urgent</source>
        <translation>Thượng khẩn</translation>
    </message>
    <message>
        <source>Flash</source>
        <translation>Hỏa tốc</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Mật</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Tối mật</translation>
    </message>
    <message>
        <source>Top secret</source>
        <translation>Tuyệt mật</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Quản trị</translation>
    </message>
    <message>
        <source>Records clerk</source>
        <translation>Văn thư</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Lãnh đạo</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Chuyên viên</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Đã vào sổ</translation>
    </message>
    <message>
        <source>Pending reception</source>
        <translation>Chờ tiếp nhận</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Đã phân công</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Đang xử lý</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Đã trả lại</translation>
    </message>
</context>
<context>
    <name>IncomingRegistry</name>
    <message>
        <source>The document number (số) is missing in “%1”; expected e.g. 12/QĐ-UBND.</source>
        <translation>Thiếu số văn bản trong “%1”; ví dụ 12/QĐ-UBND.</translation>
    </message>
    <message>
        <source>The issue date (ngày văn bản) is missing or not a date.</source>
        <translation>Chưa nhập ngày văn bản hoặc ngày không hợp lệ.</translation>
    </message>
    <message>
        <source>The arrival date (ngày đến) is not a valid date and time.</source>
        <translation>Ngày đến không phải ngày giờ hợp lệ.</translation>
    </message>
    <message>
        <source>The issue date %1 is after the arrival date %2.</source>
        <translation>Ngày văn bản %1 sau ngày đến %2.</translation>
    </message>
    <message>
        <source>The arrival date is in the future.</source>
        <translation>Ngày đến ở tương lai.</translation>
    </message>
    <message>
        <source>The document type (tên loại) is empty.</source>
        <translation>Chưa chọn loại văn bản.</translation>
    </message>
    <message>
        <source>“%1” is not a document type of Nghị định 30/2020 (e.g. Công văn, Quyết định, Thông báo).</source>
        <translation>“%1” không phải là loại văn bản theo Nghị định 30/2020 (ví dụ Công văn, Quyết định, Thông báo).</translation>
    </message>
    <message>
        <source>The subject (trích yếu) is empty.</source>
        <translation>Chưa nhập trích yếu.</translation>
    </message>
    <message>
        <source>The subject (trích yếu) has %1 characters; at most 500 are allowed.</source>
        <translation>Trích yếu có %1 ký tự; tối đa 500 ký tự.</translation>
    </message>
    <message>
        <source>The sending agency (cơ quan gửi) is empty.</source>
        <translation>Chưa nhập cơ quan gửi.</translation>
    </message>
    <message>
        <source>The sending agency name is longer than 200 characters.</source>
        <translation>Tên cơ quan gửi dài quá 200 ký tự.</translation>
    </message>
    <message>
        <source>The agency identifier (mã định danh) is longer than 35 characters.</source>
        <translation>Mã định danh dài quá 35 ký tự.</translation>
    </message>
    <message>
        <source>The signer's name is longer than 50 characters.</source>
        <translation>Tên người ký dài quá 50 ký tự.</translation>
    </message>
    <message>
        <source>The deadline (hạn xử lý) is before the issue date.</source>
        <translation>Hạn xử lý trước ngày văn bản.</translation>
    </message>
    <message>
        <source>The page count must be between 1 and 999.</source>
        <translation>Số trang phải từ 1 đến 999.</translation>
    </message>
    <message>
        <source>Cannot read the file %1: %2</source>
        <translation>Không đọc được tệp %1: %2</translation>
    </message>
    <message>
        <source>The main document %1 is not a PDF file.</source>
        <translation>Tệp văn bản chính %1 không phải là tệp PDF.</translation>
    </message>
    <message>
        <source>The workspace has no incoming book.</source>
        <translation>Vùng dữ liệu chưa có sổ văn bản đến.</translation>
    </message>
    <message>
        <source>Probable duplicate: document %1 from %2 dated %3 is already registered (id %4). Register it anyway only if it really is a different document.</source>
        <translation>Có thể trùng: văn bản số %1 của %2 ngày %3 đã được vào sổ (mã %4). Chỉ vào sổ tiếp nếu đây thực sự là văn bản khác.</translation>
    </message>
    <message>
        <source>Only a records clerk (văn thư) or an administrator can register documents.</source>
        <translation>Chỉ văn thư hoặc quản trị mới được vào sổ văn bản.</translation>
    </message>
    <message>
        <source>There is no incoming book %1.</source>
        <translation>Không có sổ văn bản đến %1.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation>Không đọc được tệp mật khẩu %1: %2</translation>
    </message>
    <message>
        <source>VanBan — document management for Vietnamese agencies.</source>
        <translation>VanBan — quản lý văn bản cho cơ quan nhà nước.</translation>
    </message>
    <message>
        <source>Workspace folder (default: VANBAN_WORKSPACE or the data folder).</source>
        <translation>Thư mục vùng dữ liệu (mặc định: VANBAN_WORKSPACE hoặc thư mục dữ liệu của máy).</translation>
    </message>
    <message>
        <source>Interface language: vi or en.</source>
        <translation>Ngôn ngữ giao diện: vi hoặc en.</translation>
    </message>
    <message>
        <source>Open the demo workspace (created on first use).</source>
        <translation>Mở vùng dữ liệu trình diễn (tạo ở lần dùng đầu tiên).</translation>
    </message>
    <message>
        <source>Sign in as USER without the sign-in dialog (needs --password-file).</source>
        <translation>Đăng nhập bằng tài khoản USER, không hiện hộp đăng nhập (cần --password-file).</translation>
    </message>
    <message>
        <source>File holding the password for --user.</source>
        <translation>Tệp chứa mật khẩu cho --user.</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE (PNG) and quit.</source>
        <translation>Lưu ảnh cửa sổ vào FILE (PNG) rồi thoát.</translation>
    </message>
</context>
<context>
    <name>PdfDocument</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Tệp %1 không tồn tại.</translation>
    </message>
    <message>
        <source>%1 is not a readable PDF file.</source>
        <translation>%1 không phải là tệp PDF đọc được.</translation>
    </message>
    <message>
        <source>%1 is protected with a password.</source>
        <translation>%1 được bảo vệ bằng mật khẩu.</translation>
    </message>
    <message>
        <source>The document has no page %1.</source>
        <translation>Văn bản không có trang %1.</translation>
    </message>
    <message>
        <source>Page %1 could not be drawn.</source>
        <translation>Không hiển thị được trang %1.</translation>
    </message>
</context>
<context>
    <name>RegisterExport</name>
    <message>
        <source>The outgoing register is not available yet; it comes with outgoing documents.</source>
        <translation>Sổ văn bản đi chưa có; sẽ có cùng chức năng văn bản đi.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
</context>
<context>
    <name>RegisterPdfExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message>
        <source>The search text has no letters or digits.</source>
        <translation>Nội dung tìm kiếm không có chữ hoặc số.</translation>
    </message>
</context>
<context>
    <name>UserDirectory</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Sai tên đăng nhập hoặc mật khẩu.</translation>
    </message>
    <message>
        <source>The account %1 is disabled.</source>
        <translation>Tài khoản %1 đã bị khóa.</translation>
    </message>
    <message>
        <source>Only an administrator can add users.</source>
        <translation>Chỉ quản trị mới được thêm người dùng.</translation>
    </message>
    <message>
        <source>The workspace already has users; an administrator must add new ones.</source>
        <translation>Vùng dữ liệu đã có người dùng; người dùng mới phải do quản trị thêm.</translation>
    </message>
    <message>
        <source>The user name “%1” must be 2–64 letters, digits, dots, dashes or underscores, without diacritics.</source>
        <translation>Tên đăng nhập “%1” phải gồm 2–64 chữ cái không dấu, chữ số, dấu chấm, gạch ngang hoặc gạch dưới.</translation>
    </message>
    <message>
        <source>The full name is empty.</source>
        <translation>Chưa nhập họ tên.</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>Mật khẩu phải có ít nhất %1 ký tự.</translation>
    </message>
    <message>
        <source>The user name %1 is taken.</source>
        <translation>Tên đăng nhập %1 đã có người dùng.</translation>
    </message>
    <message>
        <source>No user %1.</source>
        <translation>Không có người dùng %1.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>There is no workspace in %1. Create one with “vanban-cli init” or start VanBan with --demo.</source>
        <translation>Chưa có vùng dữ liệu tại %1. Hãy tạo bằng “vanban-cli init” hoặc mở VanBan với --demo.</translation>
    </message>
    <message>
        <source>A workspace already exists in %1; it was left untouched.</source>
        <translation>Đã có vùng dữ liệu tại %1; vùng dữ liệu đó được giữ nguyên.</translation>
    </message>
    <message>
        <source>The agency identifier (mã định danh) is empty.</source>
        <translation>Chưa nhập mã định danh cơ quan.</translation>
    </message>
    <message>
        <source>The agency name is empty.</source>
        <translation>Chưa nhập tên cơ quan.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Không tạo được thư mục %1.</translation>
    </message>
    <message>
        <source>The workspace has no agency profile.</source>
        <translation>Vùng dữ liệu chưa có thông tin cơ quan.</translation>
    </message>
</context>
<context>
    <name>WorkspaceCheck</name>
    <message>
        <source>The database has rows that refer to missing rows (table %1).</source>
        <translation>Cơ sở dữ liệu có bản ghi tham chiếu tới bản ghi không tồn tại (bảng %1).</translation>
    </message>
    <message>
        <source>File “%1” of document %2: %3</source>
        <translation>Tệp “%1” của văn bản %2: %3</translation>
    </message>
</context>
<context>
    <name>vanban::ui::DocumentDetailPane</name>
    <message>
        <source>Arrival number:</source>
        <translation>Số đến:</translation>
    </message>
    <message>
        <source>Arrival date:</source>
        <translation>Ngày đến:</translation>
    </message>
    <message>
        <source>Book:</source>
        <translation>Sổ:</translation>
    </message>
    <message>
        <source>Number and notation:</source>
        <translation>Số, ký hiệu:</translation>
    </message>
    <message>
        <source>Issued date:</source>
        <translation>Ngày văn bản:</translation>
    </message>
    <message>
        <source>Document type:</source>
        <translation>Loại văn bản:</translation>
    </message>
    <message>
        <source>Signer:</source>
        <translation>Người ký:</translation>
    </message>
    <message>
        <source>Sender:</source>
        <translation>Cơ quan gửi:</translation>
    </message>
    <message>
        <source>Identifier:</source>
        <translation>Mã định danh:</translation>
    </message>
    <message>
        <source>Urgency:</source>
        <translation>Độ khẩn:</translation>
    </message>
    <message>
        <source>Secrecy:</source>
        <translation>Độ mật:</translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation>Hạn xử lý:</translation>
    </message>
    <message>
        <source>Pages:</source>
        <translation>Số trang:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Trạng thái:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Trích yếu:</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>&amp;Information</source>
        <translation>&amp;Thông tin</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>Tệ&amp;p</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Lịch sử</translation>
    </message>
    <message>
        <source>Select a document in the register to see it here.</source>
        <translation>Chọn một văn bản trong sổ để xem chi tiết tại đây.</translation>
    </message>
    <message>
        <source>This document has no PDF file (registered from paper or without its file).</source>
        <translation>Văn bản này không có tệp PDF (vào sổ từ bản giấy hoặc chưa có tệp).</translation>
    </message>
    <message>
        <source>Arrival number %1</source>
        <translation>Số đến %1</translation>
    </message>
    <message>
        <source>Arrival number %1 — %2</source>
        <translation>Số đến %1 — %2</translation>
    </message>
    <message>
        <source>%1 (year %2)</source>
        <translation>%1 (năm %2)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>&amp;Files (%1)</source>
        <translation>Tệ&amp;p (%1)</translation>
    </message>
</context>
<context>
    <name>vanban::ui::DocumentFilesWidget</name>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>&amp;Lưu thành…</translation>
    </message>
    <message>
        <source>%1 (main document)</source>
        <translation>%1 (văn bản chính)</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Đang mở %1…</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Không tạo được thư mục %1.</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Mở tệp</translation>
    </message>
    <message>
        <source>No program is set up to open %1.</source>
        <translation>Chưa có chương trình nào để mở %1.</translation>
    </message>
    <message>
        <source>Save file as</source>
        <translation>Lưu tệp thành</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Đã lưu vào %1.</translation>
    </message>
</context>
<context>
    <name>vanban::ui::FileListEditor</name>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Thêm tệp…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Bỏ tệ&amp;p</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>Lên (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Down</source>
        <translation>Xuống (&amp;D)</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Thêm tệp</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf *.PDF);;All files (*)</source>
        <translation>Tài liệu PDF (*.pdf *.PDF);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Main document · %1</source>
        <translation>Văn bản chính · %1</translation>
    </message>
    <message>
        <source>Attachment · %1</source>
        <translation>Tệp đính kèm · %1</translation>
    </message>
</context>
<context>
    <name>vanban::ui::FirstRunDialog</name>
    <message>
        <source>VanBan — New workspace</source>
        <translation>VanBan — Tạo vùng dữ liệu mới</translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome to VanBan.&lt;/b&gt;&lt;br&gt;There is no workspace in %1 yet. Enter your agency and its first administrator to create one.</source>
        <translation>&lt;b&gt;Chào mừng đến với VanBan.&lt;/b&gt;&lt;br&gt;Chưa có vùng dữ liệu tại %1. Hãy nhập thông tin cơ quan và tài khoản quản trị đầu tiên để tạo.</translation>
    </message>
    <message>
        <source>e.g. 000.00.12.H41</source>
        <translation>ví dụ 000.00.12.H41</translation>
    </message>
    <message>
        <source>e.g. UBND huyện Nam Đàn</source>
        <translation>ví dụ UBND huyện Nam Đàn</translation>
    </message>
    <message>
        <source>Agency &amp;identifier:</source>
        <translation>&amp;Mã định danh cơ quan:</translation>
    </message>
    <message>
        <source>Agency &amp;name:</source>
        <translation>&amp;Tên cơ quan:</translation>
    </message>
    <message>
        <source>Administrator's &amp;user name:</source>
        <translation>Tên đăng nhập &amp;quản trị:</translation>
    </message>
    <message>
        <source>Administrator's &amp;full name:</source>
        <translation>&amp;Họ tên quản trị:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mật &amp;khẩu:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Nhập lại mật khẩu:</translation>
    </message>
    <message>
        <source>&amp;Create workspace</source>
        <translation>Tạ&amp;o vùng dữ liệu</translation>
    </message>
    <message>
        <source>The two passwords are different.</source>
        <translation>Hai mật khẩu không giống nhau.</translation>
    </message>
</context>
<context>
    <name>vanban::ui::IncomingRegisterModel</name>
    <message>
        <source>[%1] %2</source>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <source>Secret document (%1), numbered in the separate sequence for secret documents</source>
        <translation>Văn bản mật (%1), đánh số theo dãy số riêng của văn bản mật</translation>
    </message>
    <message>
        <source>%1 (identifier %2)</source>
        <translation>%1 (mã định danh %2)</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>Quá hạn từ %1</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số đến</translation>
    </message>
    <message>
        <source>Arrival date</source>
        <translation>Ngày đến</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Cơ quan gửi</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Số ký hiệu</translation>
    </message>
    <message>
        <source>Issued date</source>
        <translation>Ngày văn bản</translation>
    </message>
    <message>
        <source>Type and subject</source>
        <translation>Loại và trích yếu</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Hạn xử lý</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Độ khẩn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Arrival number (số đến) in the register book</source>
        <translation>Số đến trong sổ đăng ký</translation>
    </message>
    <message>
        <source>Number and notation (số, ký hiệu) of the document</source>
        <translation>Số, ký hiệu của văn bản</translation>
    </message>
</context>
<context>
    <name>vanban::ui::LoginDialog</name>
    <message>
        <source>VanBan — Sign in</source>
        <translation>VanBan — Đăng nhập</translation>
    </message>
    <message>
        <source>Sign in to VanBan</source>
        <translation>Đăng nhập VanBan</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Tên đăng nhập:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Đăng nhập</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Hãy nhập tên đăng nhập.</translation>
    </message>
</context>
<context>
    <name>vanban::ui::MainWindow</name>
    <message>
        <source>VanBan — %1 — %2</source>
        <translation>VanBan — %1 — %2</translation>
    </message>
    <message>
        <source>Searching for “%1”…</source>
        <translation>Đang tìm “%1”…</translation>
    </message>
    <message numerus="yes">
        <source>The text of %n PDF file(s) was indexed for searching.</source>
        <translation>
            <numerusform>Đã lập chỉ mục nội dung %n tệp PDF để tìm kiếm.</numerusform></translation>
    </message>
    <message>
        <source>Indexing the PDF text failed: %1</source>
        <translation>Lập chỉ mục nội dung PDF không thành công: %1</translation>
    </message>
    <message>
        <source>&amp;Register incoming document…</source>
        <translation>&amp;Vào sổ văn bản đến…</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Vào sổ</translation>
    </message>
    <message>
        <source>Enter a new incoming document in the register and give it its arrival number</source>
        <translation>Vào sổ một văn bản đến mới và cấp số đến</translation>
    </message>
    <message>
        <source>Only a records clerk or an administrator registers documents</source>
        <translation>Chỉ văn thư hoặc quản trị mới được vào sổ văn bản</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Tìm kiếm</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Làm &amp;mới</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Xuất sổ</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>&amp;About VanBan</source>
        <translation>&amp;Giới thiệu VanBan</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Thanh công cụ chính</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>Search documents (diacritics optional)…</source>
        <translation>Tìm văn bản (không cần gõ dấu)…</translation>
    </message>
    <message>
        <source>Searches number, notation, sender, signer, subject and the text of the PDF (%1)</source>
        <translation>Tìm theo số, ký hiệu, cơ quan gửi, người ký, trích yếu và nội dung PDF (%1)</translation>
    </message>
    <message>
        <source>Incoming documents</source>
        <translation>Văn bản đến</translation>
    </message>
    <message>
        <source>Incoming register</source>
        <translation>Sổ văn bản đến</translation>
    </message>
    <message>
        <source>Indexing the text of PDF files…</source>
        <translation>Đang lập chỉ mục nội dung PDF…</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Đang đăng nhập: %1</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Tất cả các năm</translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln văn bản</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Found %Ln document(s) for “%1”</source>
        <translation>
            <numerusform>Tìm thấy %Ln văn bản cho “%1”</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Found more than %Ln document(s) for “%1”</source>
        <translation>
            <numerusform>Tìm thấy hơn %Ln văn bản cho “%1”</numerusform></translation>
    </message>
    <message>
        <source>; the %L1 best matches are shown</source>
        <translation>; hiển thị %L1 kết quả phù hợp nhất</translation>
    </message>
    <message>
        <source>; the %L1 newest are shown</source>
        <translation>; hiển thị %L1 văn bản mới nhất</translation>
    </message>
    <message>
        <source>The register was refreshed.</source>
        <translation>Đã làm mới sổ.</translation>
    </message>
    <message>
        <source>Registered with arrival number %1.</source>
        <translation>Đã vào sổ với số đến %1.</translation>
    </message>
    <message>
        <source>Export register</source>
        <translation>Xuất sổ</translation>
    </message>
    <message>
        <source>The register of the year:</source>
        <translation>Sổ của năm:</translation>
    </message>
    <message>
        <source>Exporting the register of %1…</source>
        <translation>Đang xuất sổ năm %1…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s) written to %1.</source>
        <translation>
            <numerusform>Đã ghi %Ln văn bản vào %1.</numerusform></translation>
    </message>
    <message>
        <source>About VanBan</source>
        <translation>Giới thiệu VanBan</translation>
    </message>
    <message>
        <source>&lt;h3&gt;VanBan %1&lt;/h3&gt;&lt;p&gt;Document management for Vietnamese government agencies: the incoming register (sổ văn bản đến) under Nghị định 30/2020/NĐ-CP, full-text search and PDF preview.&lt;/p&gt;&lt;p&gt;Workspace: %2&lt;br&gt;Agency: %3&lt;/p&gt;&lt;p&gt;Built with Qt %4.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;VanBan %1&lt;/h3&gt;&lt;p&gt;Phần mềm quản lý văn bản cho cơ quan nhà nước: sổ văn bản đến theo Nghị định 30/2020/NĐ-CP, tìm kiếm toàn văn và xem trước tệp PDF.&lt;/p&gt;&lt;p&gt;Vùng dữ liệu: %2&lt;br&gt;Cơ quan: %3&lt;/p&gt;&lt;p&gt;Xây dựng với Qt %4.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Checking the database in the background…</source>
        <translation>Đang kiểm tra cơ sở dữ liệu trong nền…</translation>
    </message>
    <message>
        <source>The database was checked: no damage found.</source>
        <translation>Đã kiểm tra cơ sở dữ liệu: không có hư hỏng.</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>Cơ sở dữ liệu bị hỏng</translation>
    </message>
    <message>
        <source>&amp;Export register (PDF, CSV)…</source>
        <translation>&amp;Xuất sổ (PDF, CSV)…</translation>
    </message>
    <message>
        <source>Printable register, PDF (*.pdf)</source>
        <translation>Sổ để in, PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Spreadsheet, CSV (*.csv)</source>
        <translation>Bảng tính, CSV (*.csv)</translation>
    </message>
    <message>
        <source>incoming-register-%1</source>
        <translation>so-van-ban-den-%1</translation>
    </message>
</context>
<context>
    <name>vanban::ui::PdfPreviewWidget</name>
    <message>
        <source>Previous page</source>
        <translation>Trang trước</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Trang sau</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Vừa chiều rộng</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No document selected.</source>
        <translation>Chưa chọn văn bản.</translation>
    </message>
    <message>
        <source>Loading the preview…</source>
        <translation>Đang tải bản xem trước…</translation>
    </message>
    <message>
        <source>The preview is not available: %1</source>
        <translation>Không xem trước được: %1</translation>
    </message>
    <message>
        <source>Page %1/%2</source>
        <translation>Trang %1/%2</translation>
    </message>
</context>
<context>
    <name>vanban::ui::RegisterIncomingDialog</name>
    <message>
        <source>Register incoming document</source>
        <translation>Vào sổ văn bản đến</translation>
    </message>
    <message>
        <source>e.g. 12/QĐ-UBND</source>
        <translation>ví dụ 12/QĐ-UBND</translation>
    </message>
    <message>
        <source>Công văn, Quyết định, Thông báo…</source>
        <translation>Công văn, Quyết định, Thông báo…</translation>
    </message>
    <message>
        <source>V/v …</source>
        <translation>V/v …</translation>
    </message>
    <message>
        <source>Type a part of the name to choose from the directory</source>
        <translation>Gõ một phần tên để chọn từ danh bạ cơ quan</translation>
    </message>
    <message>
        <source>e.g. 000.00.12.H41</source>
        <translation>ví dụ 000.00.12.H41</translation>
    </message>
    <message>
        <source>Not secret</source>
        <translation>Không mật</translation>
    </message>
    <message>
        <source>Dead&amp;line:</source>
        <translation>&amp;Hạn xử lý:</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>không ghi</translation>
    </message>
    <message>
        <source>&amp;Number and notation:</source>
        <translation>&amp;Số, ký hiệu:</translation>
    </message>
    <message>
        <source>&amp;Issued date:</source>
        <translation>Ngày văn &amp;bản:</translation>
    </message>
    <message>
        <source>Document &amp;type:</source>
        <translation>&amp;Loại văn bản:</translation>
    </message>
    <message>
        <source>Sub&amp;ject:</source>
        <translation>Trích &amp;yếu:</translation>
    </message>
    <message>
        <source>&amp;Sending agency:</source>
        <translation>&amp;Cơ quan gửi:</translation>
    </message>
    <message>
        <source>Agency identi&amp;fier:</source>
        <translation>Mã định d&amp;anh:</translation>
    </message>
    <message>
        <source>Si&amp;gner:</source>
        <translation>N&amp;gười ký:</translation>
    </message>
    <message>
        <source>Secre&amp;cy:</source>
        <translation>Độ &amp;mật:</translation>
    </message>
    <message>
        <source>Urg&amp;ency:</source>
        <translation>Độ &amp;khẩn:</translation>
    </message>
    <message>
        <source>&amp;Pages:</source>
        <translation>Số t&amp;rang:</translation>
    </message>
    <message>
        <source>Arri&amp;val date:</source>
        <translation>Ngày đế&amp;n:</translation>
    </message>
    <message>
        <source>&amp;Book:</source>
        <translation>Sổ đăng ký (&amp;O):</translation>
    </message>
    <message>
        <source>Arrival number</source>
        <translation>Số đến</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Drop PDF files here. The first file is the main document, the others are attachments.</source>
        <translation>Kéo thả tệp PDF vào đây. Tệp đầu tiên là văn bản chính, các tệp sau là tệp đính kèm.</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Vào sổ</translation>
    </message>
    <message>
        <source>Register the document and give it its arrival number (Ctrl+S)</source>
        <translation>Vào sổ văn bản và cấp số đến (Ctrl+S)</translation>
    </message>
    <message>
        <source>in the sequence for secret documents</source>
        <translation>theo dãy số riêng của văn bản mật</translation>
    </message>
    <message>
        <source>Expected number: &lt;b style="font-size:20pt"&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;small&gt;The final number is given when the document is saved.&lt;/small&gt;</source>
        <translation>Số đến dự kiến: &lt;b style="font-size:20pt"&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;small&gt;Số chính thức được cấp khi lưu.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Probable duplicate</source>
        <translation>Có thể trùng văn bản</translation>
    </message>
    <message>
        <source>Register anyway?</source>
        <translation>Vẫn vào sổ?</translation>
    </message>
    <message>
        <source>Register &amp;anyway</source>
        <translation>&amp;Vẫn vào sổ</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Đã vào sổ</translation>
    </message>
    <message>
        <source>The document was registered with arrival number %1 in “%2” of %3.</source>
        <translation>Đã vào sổ văn bản với số đến %1 trong “%2” năm %3.</translation>
    </message>
    <message>
        <source>Discard what you have entered?</source>
        <translation>Bỏ những gì đã nhập?</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Bỏ</translation>
    </message>
    <message>
        <source>Copying the files into the workspace…</source>
        <translation>Đang chép tệp vào vùng dữ liệu…</translation>
    </message>
</context>
</TS>