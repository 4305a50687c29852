<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>AtomicOutputFile</name>
    <message>
        <source>the input file became shorter while it was being copied</source>
        <translation>tệp đầu vào bị ngắn đi trong khi đang được sao chép</translation>
    </message>
</context>
<context>
    <name>BackgroundFileDigest</name>
    <message>
        <source>%1 bytes were hashed instead of %2.</source>
        <translation>Đã tính giá trị băm cho %1 byte thay vì %2 byte.</translation>
    </message>
    <message>
        <source>the file ended before byte %1</source>
        <translation>tệp kết thúc trước byte thứ %1</translation>
    </message>
</context>
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
    <name>CertificateChainValidator</name>
    <message>
        <source>No trust anchors are configured.</source>
        <translation>Chưa cài đặt chứng thư số gốc tin cậy nào.</translation>
    </message>
    <message>
        <source>The signing time is unknown.</source>
        <translation>Không xác định được thời gian ký.</translation>
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
        <source>The workspace is damaged: %1 problems.</source>
        <translation>Vùng dữ liệu có hư hỏng: %1 lỗi.</translation>
    </message>
    <message>
        <source>--format must be csv or pdf.</source>
        <translation>--format phải là csv hoặc pdf.</translation>
    </message>
    <message>
        <source>Sent %1, received %2 new document(s) and %3 status message(s); %4 waiting in the outbox.</source>
        <translation>Đã gửi %1, đã nhận %2 văn bản mới và %3 thông báo trạng thái; còn %4 gói tin chờ gửi.</translation>
    </message>
    <message>
        <source>secret key</source>
        <translation>khóa bí mật</translation>
    </message>
    <message>
        <source>The exchange is configured; the secret key is in the system keychain.</source>
        <translation>Đã cấu hình trục liên thông; khóa bí mật được lưu trong kho khóa của hệ thống.</translation>
    </message>
    <message>
        <source>The exchange is configured; the secret key is stored encrypted.</source>
        <translation>Đã cấu hình trục liên thông; khóa bí mật được lưu dưới dạng mã hóa.</translation>
    </message>
    <message>
        <source>Synchronisation stopped.</source>
        <translation>Đã dừng đồng bộ.</translation>
    </message>
    <message>
        <source>Usage: vanban-cli exchange send ID --to ORGAN_ID[,ORGAN_ID…]</source>
        <translation>Cách dùng: vanban-cli exchange send ID --to MÃ_ĐỊNH_DANH[,MÃ_ĐỊNH_DANH…]</translation>
    </message>
    <message>
        <source>Queued for the exchange (outbox item %1); it leaves with the next synchronisation.</source>
        <translation>Đã đưa vào hàng đợi gửi liên thông (mục %1); văn bản sẽ được gửi ở lần đồng bộ tiếp theo.</translation>
    </message>
    <message>
        <source>%1 attempt(s)</source>
        <translation>%1 lần thử</translation>
    </message>
    <message>
        <source>The outbox is empty.</source>
        <translation>Không có gói tin nào chờ gửi.</translation>
    </message>
    <message>
        <source>No received document is waiting.</source>
        <translation>Không có văn bản đến nào chờ tiếp nhận.</translation>
    </message>
    <message>
        <source>Usage: vanban-cli exchange accept ID [--book ID]</source>
        <translation>Cách dùng: vanban-cli exchange accept ID [--book MÃ_SỔ]</translation>
    </message>
    <message>
        <source>The revocation was accepted; the sender is told (status 03).</source>
        <translation>Đã đồng ý thu hồi; nơi gửi đã được thông báo (trạng thái 03).</translation>
    </message>
    <message>
        <source>Registered: arrival number %1 in book %2 of %3 (document id %4); the sender is told (status 03).</source>
        <translation>Đã vào sổ: số đến %1, sổ %2 năm %3 (mã văn bản %4); nơi gửi đã được thông báo (trạng thái 03).</translation>
    </message>
    <message>
        <source>Usage: vanban-cli exchange return ID --reason TEXT</source>
        <translation>Cách dùng: vanban-cli exchange return ID --reason LÝ_DO</translation>
    </message>
    <message>
        <source>Returned to the sender with the reason (status 02).</source>
        <translation>Đã trả lại nơi gửi kèm lý do (trạng thái 02).</translation>
    </message>
    <message>
        <source>Usage: vanban-cli exchange status ID</source>
        <translation>Cách dùng: vanban-cli exchange status ID</translation>
    </message>
    <message>
        <source>Document %1 was not sent through the exchange.</source>
        <translation>Văn bản %1 chưa được gửi qua trục liên thông.</translation>
    </message>
    <message>
        <source>Usage: vanban-cli export-register incoming|outgoing --year Y --format csv|pdf --out FILE</source>
        <translation>Cách dùng: vanban-cli export-register incoming|outgoing --year Y --format csv|pdf --out FILE</translation>
    </message>
    <message>
        <source>outgoing register --file PDF… --notation QĐ-UBND --type NAME --subject TEXT --signer NAME
    [--signer-position TEXT] [--issued YYYY-MM-DD] [--urgency normal|urgent|very-urgent|flash]
    [--secrecy none|confidential|secret|top-secret] [--book ID] [--recipients TEXT] [--pages N]
    Issue the number (số) of an outgoing document (văn bản đi); the register gives it.</source>
        <translation>outgoing register --file PDF… --notation QĐ-UBND --type TÊN --subject NỘI_DUNG --signer HỌ_TÊN
    [--signer-position CHỨC_VỤ] [--issued YYYY-MM-DD] [--urgency normal|urgent|very-urgent|flash]
    [--secrecy none|confidential|secret|top-secret] [--book MÃ_SỔ] [--recipients NƠI_NHẬN] [--pages N]
    Cấp số văn bản đi; số do sổ văn bản đi cấp tự động.</translation>
    </message>
    <message>
        <source>outgoing list [--year Y] [--status S] [--limit N] [--offset N]
    List the outgoing register, newest first.</source>
        <translation>outgoing list [--year Y] [--status S] [--limit N] [--offset N]
    Liệt kê sổ văn bản đi, văn bản mới nhất trước.</translation>
    </message>
    <message>
        <source>export-register incoming|outgoing --year Y --format csv|pdf --out FILE
    The register book in the columns of Nghị định 30/2020 Phụ lục IV (pdf: the printable form).</source>
        <translation>export-register incoming|outgoing --year Y --format csv|pdf --out TỆP
    Xuất sổ đăng ký văn bản đến hoặc đi theo mẫu Phụ lục IV Nghị định 30/2020 (pdf: bản để in).</translation>
    </message>
    <message>
        <source>exchange configure --url URL --system-id ID [--ca-file PEM]
    Set the exchange (LGSP) address and this agency's SystemId (secret key from --secret-file or
    VANBAN_EXCHANGE_SECRET; administrators only).</source>
        <translation>exchange configure --url URL --system-id ID [--ca-file PEM]
    Đặt địa chỉ trục liên thông (LGSP) và SystemId của cơ quan (khóa bí mật lấy từ --secret-file hoặc
    VANBAN_EXCHANGE_SECRET; chỉ quản trị viên).</translation>
    </message>
    <message>
        <source>sync [--once] [--interval SECONDS]
    Exchange: send the outbox, receive and acknowledge packages, refresh the directory.
    --once does one round; otherwise rounds repeat until stopped.</source>
        <translation>sync [--once] [--interval GIÂY]
    Liên thông: gửi các gói tin chờ gửi, nhận và xác nhận gói tin, cập nhật danh bạ cơ quan.
    --once chạy một lượt; nếu không, các lượt lặp lại cho đến khi dừng.</translation>
    </message>
    <message>
        <source>exchange send ID --to ORGAN_ID[,ORGAN_ID…]
    Queue an outgoing document for agencies of the directory.</source>
        <translation>exchange send ID --to MÃ_ĐỊNH_DANH[,MÃ_ĐỊNH_DANH…]
    Đưa văn bản đi vào hàng đợi gửi liên thông tới các cơ quan trong danh bạ.</translation>
    </message>
    <message>
        <source>exchange outbox [--all]
    What waits to be sent (--all: also what was sent or refused).</source>
        <translation>exchange outbox [--all]
    Các gói tin chờ gửi (--all: cả gói tin đã gửi hoặc bị từ chối).</translation>
    </message>
    <message>
        <source>exchange inbox [--state pending|accepted|returned|all]
    Documents received from the exchange, waiting for the clerk.</source>
        <translation>exchange inbox [--state pending|accepted|returned|all]
    Văn bản nhận từ trục liên thông, chờ văn thư tiếp nhận.</translation>
    </message>
    <message>
        <source>exchange accept ID [--book ID] [--force-duplicate]
    Register a received document in the incoming book (sends status 03).</source>
        <translation>exchange accept ID [--book MÃ_SỔ] [--force-duplicate]
    Tiếp nhận và vào sổ văn bản đến đã nhận (gửi trạng thái 03).</translation>
    </message>
    <message>
        <source>exchange return ID --reason TEXT
    Return a received document to its sender (sends status 02).</source>
        <translation>exchange return ID --reason LÝ_DO
    Trả lại văn bản đã nhận cho nơi gửi (gửi trạng thái 02).</translation>
    </message>
    <message>
        <source>exchange status ID
    Where an outgoing document stands with each recipient.</source>
        <translation>exchange status ID
    Tình trạng của văn bản đi tại từng đơn vị nhận.</translation>
    </message>
    <message>
        <source>token list --pkcs11-module PATH
    The slots and tokens of a PKCS#11 module (the token driver's library) and the certificates on each token.</source>
        <translation>token list --pkcs11-module ĐƯỜNG_DẪN
    Các khe và token của một mô-đun PKCS#11 (thư viện trình điều khiển token) và các chứng thư số trên từng token.</translation>
    </message>
    <message>
        <source>Number issued: %1 in book %2 of %3 (document id %4).</source>
        <translation>Đã cấp số: %1 trong sổ %2 năm %3 (mã văn bản %4).</translation>
    </message>
    <message>
        <source>PKCS#11 module %1 (%2, %3)</source>
        <translation>Mô-đun PKCS#11 %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Slot %1: %2 — %3</source>
        <translation>Khe %1: %2 — %3</translation>
    </message>
    <message>
        <source>token not initialised</source>
        <translation>token chưa được khởi tạo</translation>
    </message>
    <message>
        <source>no token</source>
        <translation>không có token</translation>
    </message>
    <message>
        <source>Slot %1: token “%2”, serial %3, %4 %5</source>
        <translation>Khe %1: token “%2”, số sê-ri %3, %4 %5</translation>
    </message>
    <message>
        <source>not yet valid</source>
        <translation>chưa đến thời hạn hiệu lực</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>đã hết hạn</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>còn hiệu lực</translation>
    </message>
    <message>
        <source>    Subject:  %1</source>
        <translation>    Chủ thể:   %1</translation>
    </message>
    <message>
        <source>    Issuer:   %1</source>
        <translation>    Nơi cấp:   %1</translation>
    </message>
    <message>
        <source>    Validity: %1 to %2 (%3)</source>
        <translation>    Hiệu lực:  từ %1 đến %2 (%3)</translation>
    </message>
    <message>
        <source>    Key:      %1, %2</source>
        <translation>    Khóa:      %1, %2</translation>
    </message>
    <message>
        <source>key on the token</source>
        <translation>khóa nằm trên token</translation>
    </message>
    <message>
        <source>no key on the token</source>
        <translation>không có khóa trên token</translation>
    </message>
    <message>
        <source>  No certificates.</source>
        <translation>  Không có chứng thư số nào.</translation>
    </message>
    <message>
        <source>Warning: the digital signatures were not verified: %1</source>
        <translation>Cảnh báo: chưa kiểm tra được chữ ký số: %1</translation>
    </message>
    <message>
        <source>verify PDF [--trust-anchors DIR] [--offline]
    Verify every signature of a PDF (exit 7 when one is not valid). Without
    --trust-anchors, the anchors imported with “trust import”. --offline: no OCSP/CRL requests.</source>
        <translation>verify PDF [--trust-anchors THƯ_MỤC] [--offline]
    Kiểm tra mọi chữ ký số của tệp PDF (mã thoát 7 khi có chữ ký không hợp lệ). Không có
    --trust-anchors thì dùng các chứng thư số gốc đã nhập bằng “trust import”. --offline: không truy vấn OCSP/CRL.</translation>
    </message>
    <message>
        <source>trust import FILE [--trust-anchors DIR]
    Check a root CA certificate (PEM, DER or .p7b) and add it to the trust anchors.</source>
        <translation>trust import TỆP [--trust-anchors THƯ_MỤC]
    Kiểm tra chứng thư số gốc của tổ chức chứng thực (PEM, DER hoặc .p7b) và thêm vào danh sách tin cậy.</translation>
    </message>
    <message>
        <source>trust list [--trust-anchors DIR]
    The trust anchors signatures are verified against.</source>
        <translation>trust list [--trust-anchors THƯ_MỤC]
    Các chứng thư số gốc tin cậy dùng để kiểm tra chữ ký số.</translation>
    </message>
    <message>
        <source>The workspace is sound: database checked, %1 files and the byte ranges of %2 signatures verified.</source>
        <translation>Vùng dữ liệu nguyên vẹn: đã kiểm tra cơ sở dữ liệu, %1 tệp và phạm vi byte của %2 chữ ký số.</translation>
    </message>
    <message>
        <source>--%1: “%2” is not X,Y,W,H in points (width and height above zero).</source>
        <translation>--%1: “%2” không phải dạng X,Y,R,C tính bằng point (rộng và cao lớn hơn 0).</translation>
    </message>
    <message>
        <source>--role: “%1” is not leader, agency or attachment.</source>
        <translation>--role: “%1” không phải leader, agency hoặc attachment.</translation>
    </message>
    <message>
        <source>--level: “%1” is not B-B, B-T or B-LT.</source>
        <translation>--level: “%1” không phải B-B, B-T hoặc B-LT.</translation>
    </message>
    <message>
        <source>--page counts from 1.</source>
        <translation>--page đếm từ 1.</translation>
    </message>
    <message>
        <source>Give either --rect or --anchor, not both.</source>
        <translation>Chỉ dùng --rect hoặc --anchor, không dùng cả hai.</translation>
    </message>
    <message>
        <source>Stamping the number needs --role agency and --number (e.g. 12/QĐ-UBND).</source>
        <translation>Ghi số văn bản cần --role agency và --number (ví dụ 12/QĐ-UBND).</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>mã PIN</translation>
    </message>
    <message>
        <source>Signed %1 as %2 (%3, field “%4”, %5).</source>
        <translation>Đã ký %1 với tư cách %2 (%3, trường “%4”, %5).</translation>
    </message>
    <message>
        <source> (UTC+7)</source>
        <translation> (UTC+7)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>không xác định</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <source>The trust anchor folder %1 does not exist.</source>
        <translation>Thư mục chứng thư số gốc tin cậy %1 không tồn tại.</translation>
    </message>
    <message>
        <source>Signature %1 (field “%2”): %3</source>
        <translation>Chữ ký %1 (trường “%2”): %3</translation>
    </message>
    <message>
        <source>VALID</source>
        <translation>HỢP LỆ</translation>
    </message>
    <message>
        <source>NOT VALID</source>
        <translation>KHÔNG HỢP LỆ</translation>
    </message>
    <message>
        <source>  Signer:                %1</source>
        <translation>  Người ký:                     %1</translation>
    </message>
    <message>
        <source>  Organisation:          %1</source>
        <translation>  Cơ quan, tổ chức:             %1</translation>
    </message>
    <message>
        <source>  Issuer:                %1</source>
        <translation>  Tổ chức cấp chứng thư số:     %1</translation>
    </message>
    <message>
        <source>  Signing time:          %1</source>
        <translation>  Thời gian ký:                 %1</translation>
    </message>
    <message>
        <source>  Timestamp:             %1</source>
        <translation>  Dấu thời gian:                %1</translation>
    </message>
    <message>
        <source>%1 (%2%3)</source>
        <translation>%1 (%2%3)</translation>
    </message>
    <message>
        <source>, not trusted</source>
        <translation>, không tin cậy</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>  Integrity:             %1</source>
        <translation>  Tính toàn vẹn:                %1</translation>
    </message>
    <message>
        <source>intact</source>
        <translation>toàn vẹn</translation>
    </message>
    <message>
        <source>DAMAGED</source>
        <translation>BỊ THAY ĐỔI</translation>
    </message>
    <message>
        <source>  Covers whole document: %1</source>
        <translation>  Ký toàn bộ văn bản:           %1</translation>
    </message>
    <message>
        <source>  Modified after signing: %1</source>
        <translation>  Bị sửa đổi sau khi ký:        %1</translation>
    </message>
    <message>
        <source>  Certificate trusted:   %1</source>
        <translation>  Chứng thư số tin cậy:         %1</translation>
    </message>
    <message>
        <source>  Valid at signing time: %1</source>
        <translation>  Hiệu lực tại thời điểm ký:    %1</translation>
    </message>
    <message>
        <source>  Certificate period:    %1 – %2</source>
        <translation>  Thời hạn chứng thư số:        %1 – %2</translation>
    </message>
    <message>
        <source>not revoked</source>
        <translation>chưa bị thu hồi</translation>
    </message>
    <message>
        <source>REVOKED</source>
        <translation>ĐÃ BỊ THU HỒI</translation>
    </message>
    <message>
        <source>  Revocation:            %1</source>
        <translation>  Tình trạng thu hồi:           %1</translation>
    </message>
    <message>
        <source>  Level:                 PAdES %1, %2, %3</source>
        <translation>  Mức chữ ký:                   PAdES %1, %2, %3</translation>
    </message>
    <message>
        <source>  Result:                %1</source>
        <translation>  Kết quả:                      %1</translation>
    </message>
    <message>
        <source>verify needs exactly one PDF file.</source>
        <translation>Lệnh verify cần đúng một tệp PDF.</translation>
    </message>
    <message>
        <source>No trust anchors are configured: import the root certificates (vanban-cli trust import FILE) or give --trust-anchors DIR.</source>
        <translation>Chưa cài đặt chứng thư số gốc tin cậy: hãy nhập chứng thư số gốc (vanban-cli trust import TỆP) hoặc chỉ định --trust-anchors THƯ_MỤC.</translation>
    </message>
    <message>
        <source>The file has no digital signature.</source>
        <translation>Tệp không có chữ ký số.</translation>
    </message>
    <message numerus="yes">
        <source>All %n signature(s) are valid.</source>
        <translation>
            <numerusform>Tất cả %n chữ ký đều hợp lệ.</numerusform>
        </translation>
    </message>
    <message>
        <source>At least one signature is NOT valid.</source>
        <translation>Có ít nhất một chữ ký KHÔNG hợp lệ.</translation>
    </message>
    <message>
        <source>trust import needs exactly one certificate file.</source>
        <translation>Lệnh trust import cần đúng một tệp chứng thư số.</translation>
    </message>
    <message>
        <source>Imported trust anchor %1 (SHA-256 %2) into %3.</source>
        <translation>Đã nhập chứng thư số gốc tin cậy %1 (SHA-256 %2) vào %3.</translation>
    </message>
    <message>
        <source>No trust anchors.</source>
        <translation>Chưa có chứng thư số gốc tin cậy nào.</translation>
    </message>
    <message>
        <source>Validation data added (DSS): %1 certificate(s), %2 OCSP response(s), %3 CRL(s).</source>
        <translation>Đã gắn dữ liệu kiểm tra hiệu lực (DSS): %1 chứng thư số, %2 phản hồi OCSP, %3 danh sách thu hồi (CRL).</translation>
    </message>
    <message>
        <source>sign --in PDF --out PDF --pkcs11-module PATH [--token LABEL] [--key-label LABEL | --cert-sha256 HEX]
    --role leader|agency|attachment [--image PNG] [--page N]
    [--rect X,Y,W,H | --anchor TEXT | --invisible]
    [--field NAME] [--reason TEXT] [--location TEXT] [--tsa URL] [--level B-B|B-T|B-LT]
    [--trust-anchors DIR] [--number 12/QĐ-UBND [--stamp-rect X,Y,W,H | --stamp-anchor TEXT]
    [--stamp-date TEXT]]
    Sign a PDF (PAdES) with a token; PIN from --pin-file FILE or VANBAN_PIN. Without a place, the
    leader's signature goes between the position line and the name, the seal over the left third of
    the leader's signature, as found in the document. The agency can write the
    number into the page first (--stamp-…). B-LT (needs --tsa) adds the OCSP responses or CRLs of the
    signer's and the TSA's certificates, fetched now, checked against the trust anchors.</source>
        <translation>sign --in PDF --out PDF --pkcs11-module ĐƯỜNG_DẪN [--token NHÃN] [--key-label NHÃN | --cert-sha256 HEX]
    --role leader|agency|attachment [--image PNG] [--page N]
    [--rect X,Y,W,H | --anchor CHUỖI | --invisible]
    [--field TÊN] [--reason LÝ_DO] [--location NƠI_KÝ] [--tsa URL] [--level B-B|B-T|B-LT]
    [--trust-anchors THƯ_MỤC] [--number 12/QĐ-UBND [--stamp-rect X,Y,W,H | --stamp-anchor CHUỖI]
    [--stamp-date CHUỖI]]
    Ký số tệp PDF (PAdES) bằng thiết bị ký số; mã PIN lấy từ --pin-file TỆP hoặc VANBAN_PIN. Khi không chọn
    vị trí, chữ ký lãnh đạo đặt giữa dòng chức vụ và họ tên, dấu cơ quan trùm lên một phần ba bên trái
    chữ ký lãnh đạo, theo vị trí tìm thấy trong văn bản. Văn thư có thể
    ghi số văn bản vào trang trước khi ký (--stamp-…). Mức B-LT (cần --tsa) gắn thêm phản hồi OCSP hoặc CRL
    của chứng thư số người ký và của máy chủ dấu thời gian, lấy ngay khi ký, đối chiếu với chứng thư số gốc tin cậy.</translation>
    </message>
    <message>
        <source>--invisible takes no --rect, --anchor or --image.</source>
        <translation>--invisible không dùng cùng --rect, --anchor hay --image.</translation>
    </message>
    <message>
        <source>Placed on page %1, found in the document (%2).</source>
        <translation>Đặt ở trang %1, vị trí tìm thấy trong văn bản (%2).</translation>
    </message>
    <message>
        <source>between the position line and the signer's name</source>
        <translation>giữa dòng chức vụ và họ tên người ký</translation>
    </message>
    <message>
        <source>over the left third of the leader's signature</source>
        <translation>trùm lên một phần ba bên trái chữ ký của lãnh đạo</translation>
    </message>
    <message>
        <source>No signature block was found in the document, so the signature is invisible; give --rect or --anchor to place it.</source>
        <translation>Không tìm thấy vị trí ký trong văn bản nên chữ ký không hiển thị; dùng --rect hoặc --anchor để chọn vị trí.</translation>
    </message>
</context>
<context>
    <name>CmsSignatureVerifier</name>
    <message>
        <source>The signature timestamp cannot be read.</source>
        <translation>Không đọc được dấu thời gian của chữ ký.</translation>
    </message>
    <message>
        <source>The signature timestamp does not match the signature.</source>
        <translation>Dấu thời gian không khớp với chữ ký.</translation>
    </message>
    <message>
        <source>The signature of the timestamp authority is not valid.</source>
        <translation>Chữ ký của tổ chức cấp dấu thời gian không hợp lệ.</translation>
    </message>
    <message>
        <source>The timestamp authority is not trusted (%1).</source>
        <translation>Tổ chức cấp dấu thời gian không được tin cậy (%1).</translation>
    </message>
    <message>
        <source>The signature is not a CMS SignedData structure.</source>
        <translation>Chữ ký không phải cấu trúc CMS SignedData.</translation>
    </message>
    <message>
        <source>The signature has %1 signers; one is expected.</source>
        <translation>Chữ ký có %1 người ký; chỉ được phép có một.</translation>
    </message>
    <message>
        <source>The signature embeds content; PDF signatures are detached.</source>
        <translation>Chữ ký chứa cả nội dung; chữ ký PDF phải tách rời nội dung.</translation>
    </message>
    <message>
        <source>The digest algorithm %1 is not one TT 15/2025 permits.</source>
        <translation>Thuật toán băm %1 không thuộc danh mục Thông tư 15/2025 cho phép.</translation>
    </message>
    <message>
        <source>The signature does not carry the signer's certificate.</source>
        <translation>Chữ ký không kèm chứng thư số của người ký.</translation>
    </message>
    <message>
        <source>The signature has no signed attributes (not a PAdES signature).</source>
        <translation>Chữ ký không có thuộc tính được ký (không phải chữ ký PAdES).</translation>
    </message>
    <message>
        <source>The content-type attribute is missing or is not id-data.</source>
        <translation>Thiếu thuộc tính content-type hoặc giá trị không phải id-data.</translation>
    </message>
    <message>
        <source>The message-digest attribute is missing.</source>
        <translation>Thiếu thuộc tính message-digest.</translation>
    </message>
    <message>
        <source>The signature carries a signing-time attribute, which PAdES does not allow (the time belongs in /M).</source>
        <translation>Chữ ký có thuộc tính signing-time, điều PAdES không cho phép (thời gian ký phải ghi ở /M).</translation>
    </message>
    <message>
        <source>The signing-certificate-v2 attribute does not name the signer's certificate.</source>
        <translation>Thuộc tính signing-certificate-v2 không trỏ đúng chứng thư số của người ký.</translation>
    </message>
    <message>
        <source>The signing-certificate attribute does not name the signer's certificate.</source>
        <translation>Thuộc tính signing-certificate không trỏ đúng chứng thư số của người ký.</translation>
    </message>
    <message>
        <source>The signature names its certificate with SHA-1 (signing-certificate); PAdES requires signing-certificate-v2.</source>
        <translation>Chữ ký xác định chứng thư số bằng SHA-1 (signing-certificate); PAdES yêu cầu signing-certificate-v2.</translation>
    </message>
    <message>
        <source>The signature does not name its certificate (no signing-certificate-v2): not a PAdES baseline signature.</source>
        <translation>Chữ ký không xác định chứng thư số của mình (thiếu signing-certificate-v2): không phải chữ ký PAdES cơ bản.</translation>
    </message>
    <message>
        <source>The cryptographic signature does not verify with the signer's key.</source>
        <translation>Giá trị chữ ký không khớp với khóa công khai của người ký.</translation>
    </message>
    <message>
        <source>The document's bytes do not match the signed digest: the signed part of the file was changed.</source>
        <translation>Nội dung tệp không khớp với giá trị băm đã ký: phần đã ký của tệp đã bị thay đổi.</translation>
    </message>
</context>
<context>
    <name>CmsSignedDataBuilder</name>
    <message>
        <source>The signer certificate is not a DER X.509 certificate.</source>
        <translation>Chứng thư số của người ký không phải là chứng thư X.509 dạng DER.</translation>
    </message>
    <message>
        <source>The issuer or serial number of the signer certificate cannot be read.</source>
        <translation>Không đọc được tổ chức cấp hoặc số hiệu của chứng thư số người ký.</translation>
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
            <numerusform>Số đến %1, sổ %2, %n tệp</numerusform>
        </translation>
    </message>
    <message>
        <source>; registered although a probable duplicate</source>
        <translation>; vẫn vào sổ dù có thể trùng</translation>
    </message>
    <message>
        <source>Number issued</source>
        <translation>Đã cấp số</translation>
    </message>
    <message numerus="yes">
        <source>Number %1, book %2, %n file(s)</source>
        <translation>
            <numerusform>Số %1, sổ %2, %n tệp</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentRepository</name>
    <message>
        <source>There is no document with id %1.</source>
        <translation>Không có văn bản nào có mã %1.</translation>
    </message>
    <message>
        <source>There is no outgoing document with id %1.</source>
        <translation>Không có văn bản đi có mã %1.</translation>
    </message>
    <message>
        <source>There is no incoming document with id %1.</source>
        <translation>Không có văn bản đến có mã %1.</translation>
    </message>
</context>
<context>
    <name>EdxmlReader</name>
    <message>
        <source>&lt;%1&gt;: the package ends before this element is closed (the file is truncated).</source>
        <translation>&lt;%1&gt;: gói tin kết thúc trước khi phần tử này được đóng (tệp bị cắt cụt).</translation>
    </message>
    <message>
        <source>Cannot read the package: %1</source>
        <translation>Không đọc được gói tin: %1</translation>
    </message>
    <message>
        <source>&lt;%1&gt;: a tag, comment or CDATA section is longer than %2 MB.</source>
        <translation>&lt;%1&gt;: một thẻ, chú thích hoặc đoạn CDATA dài hơn %2 MB.</translation>
    </message>
    <message>
        <source>&lt;%1&gt;: the text is longer than %2 MB.</source>
        <translation>&lt;%1&gt;: nội dung văn bản dài hơn %2 MB.</translation>
    </message>
    <message>
        <source>&lt;edXML&gt;: no root element in the first %1 MB.</source>
        <translation>&lt;edXML&gt;: không tìm thấy phần tử gốc trong %1 MB đầu tiên.</translation>
    </message>
    <message>
        <source>&lt;edXMLEnvelope&gt;: larger than %1 MB.</source>
        <translation>&lt;edXMLEnvelope&gt;: lớn hơn %1 MB.</translation>
    </message>
    <message>
        <source>&lt;%1&gt;: the XML is not well-formed at line %2: %3</source>
        <translation>&lt;%1&gt;: XML không đúng cú pháp tại dòng %2: %3</translation>
    </message>
    <message>
        <source>&lt;!DOCTYPE&gt;: document type declarations and entities are not allowed in an edXML package.</source>
        <translation>&lt;!DOCTYPE&gt;: gói tin edXML không được chứa khai báo kiểu tài liệu (DTD) và thực thể.</translation>
    </message>
    <message>
        <source>&lt;%1&gt;: elements are nested more than %2 deep.</source>
        <translation>&lt;%1&gt;: các phần tử lồng nhau quá %2 cấp.</translation>
    </message>
    <message>
        <source>&lt;%1&gt;: “%2” is not a date.</source>
        <translation>&lt;%1&gt;: “%2” không phải là ngày hợp lệ.</translation>
    </message>
    <message>
        <source>&lt;%1&gt;: “%2” is not a date and time.</source>
        <translation>&lt;%1&gt;: “%2” không phải là ngày giờ hợp lệ.</translation>
    </message>
    <message>
        <source>&lt;%1&gt;: “%2” is not a whole number.</source>
        <translation>&lt;%1&gt;: “%2” không phải là số nguyên.</translation>
    </message>
    <message>
        <source>&lt;%1&gt;: %2 is outside the allowed range %3–%4.</source>
        <translation>&lt;%1&gt;: giá trị %2 nằm ngoài phạm vi cho phép %3–%4.</translation>
    </message>
    <message>
        <source>&lt;AttachmentEncoded&gt;: more than %1 attachments.</source>
        <translation>&lt;AttachmentEncoded&gt;: có nhiều hơn %1 tệp đính kèm.</translation>
    </message>
    <message>
        <source>&lt;Attachment&gt;: the attachment “%1” has more than one &lt;ContentTransferEncoded&gt;.</source>
        <translation>&lt;Attachment&gt;: tệp đính kèm “%1” có nhiều hơn một &lt;ContentTransferEncoded&gt;.</translation>
    </message>
    <message>
        <source>&lt;Attachment&gt;: the attachment “%1” has no &lt;ContentTransferEncoded&gt;.</source>
        <translation>&lt;Attachment&gt;: tệp đính kèm “%1” không có &lt;ContentTransferEncoded&gt;.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Không tạo được thư mục %1.</translation>
    </message>
    <message>
        <source>Cannot write the attachment “%1” into %2.</source>
        <translation>Không ghi được tệp đính kèm “%1” vào %2.</translation>
    </message>
    <message>
        <source>&lt;%1&gt;: the content of the attachment “%2” is not valid base64.</source>
        <translation>&lt;%1&gt;: nội dung của tệp đính kèm “%2” không phải là base64 hợp lệ.</translation>
    </message>
    <message>
        <source>&lt;%1&gt;: the attachment “%2” is larger than %3 MB.</source>
        <translation>&lt;%1&gt;: tệp đính kèm “%2” lớn hơn %3 MB.</translation>
    </message>
    <message>
        <source>&lt;%1&gt;: the attachment “%2” is an encrypted zip file, which cannot be read.</source>
        <translation>&lt;%1&gt;: tệp đính kèm “%2” là tệp zip được mã hóa, không đọc được.</translation>
    </message>
    <message>
        <source>&lt;%1&gt;: the attachment “%2” is a zip file with more than one file in it; which one is the attachment is ambiguous.</source>
        <translation>&lt;%1&gt;: tệp đính kèm “%2” là tệp zip chứa nhiều hơn một tệp nên không xác định được tệp nào là tệp đính kèm.</translation>
    </message>
    <message>
        <source>&lt;%1&gt;: the attachment “%2” is a zip file packed in a way this program cannot unpack.</source>
        <translation>&lt;%1&gt;: tệp đính kèm “%2” là tệp zip được nén theo cách mà chương trình không giải nén được.</translation>
    </message>
    <message>
        <source>&lt;%1&gt;: the attachment “%2” is a zip file with no file in it.</source>
        <translation>&lt;%1&gt;: tệp đính kèm “%2” là tệp zip không chứa tệp nào.</translation>
    </message>
    <message>
        <source>&lt;%1&gt;: the attachment “%2” is a damaged zip file.</source>
        <translation>&lt;%1&gt;: tệp đính kèm “%2” là tệp zip bị hỏng.</translation>
    </message>
    <message>
        <source>&lt;edXMLHeader&gt;: the package has no &lt;MessageHeader&gt;.</source>
        <translation>&lt;edXMLHeader&gt;: gói tin không có &lt;MessageHeader&gt;.</translation>
    </message>
    <message>
        <source>&lt;From&gt;: the sender’s &lt;OrganId&gt; is missing.</source>
        <translation>&lt;From&gt;: thiếu &lt;OrganId&gt; (mã định danh) của đơn vị gửi.</translation>
    </message>
    <message>
        <source>&lt;StatusCode&gt;: “%1” is not a status code.</source>
        <translation>&lt;StatusCode&gt;: “%1” không phải là mã trạng thái.</translation>
    </message>
    <message>
        <source>&lt;ResponseFor&gt;: missing; the status does not say which document it is about.</source>
        <translation>&lt;ResponseFor&gt;: bị thiếu; thông điệp trạng thái không cho biết văn bản được phản hồi.</translation>
    </message>
    <message>
        <source>&lt;MessageHeader&gt;: neither a document (no &lt;Code&gt;, &lt;DocumentId&gt; or &lt;Subject&gt;) nor a status (no &lt;StatusCode&gt;).</source>
        <translation>&lt;MessageHeader&gt;: không phải văn bản (không có &lt;Code&gt;, &lt;DocumentId&gt; hoặc &lt;Subject&gt;) cũng không phải thông điệp trạng thái (không có &lt;StatusCode&gt;).</translation>
    </message>
    <message>
        <source>&lt;DocumentId&gt;: missing, and it cannot be formed from &lt;Code&gt; and &lt;PromulgationDate&gt;.</source>
        <translation>&lt;DocumentId&gt;: bị thiếu và không thể lập từ &lt;Code&gt; và &lt;PromulgationDate&gt;.</translation>
    </message>
    <message>
        <source>&lt;ContentId&gt;: “%1” is used by more than one attachment.</source>
        <translation>&lt;ContentId&gt;: “%1” được dùng cho nhiều hơn một tệp đính kèm.</translation>
    </message>
    <message>
        <source>&lt;Reference&gt;: the attachment “%1” listed in the manifest has no content in &lt;AttachmentEncoded&gt;.</source>
        <translation>&lt;Reference&gt;: tệp đính kèm “%1” có trong danh mục nhưng không có nội dung trong &lt;AttachmentEncoded&gt;.</translation>
    </message>
    <message>
        <source>&lt;edXML&gt;: the package is encoded in UTF-16 or UTF-32; only UTF-8 is supported.</source>
        <translation>&lt;edXML&gt;: gói tin được mã hóa UTF-16 hoặc UTF-32; chỉ hỗ trợ UTF-8.</translation>
    </message>
    <message>
        <source>&lt;%1&gt;: not an edXML package (the root element must be &lt;edXML&gt; in the namespace %2).</source>
        <translation>&lt;%1&gt;: không phải gói tin edXML (phần tử gốc phải là &lt;edXML&gt; thuộc không gian tên %2).</translation>
    </message>
    <message>
        <source>Cannot write the attachment “%1” into %2: %3</source>
        <translation>Không ghi được tệp đính kèm “%1” vào %2: %3</translation>
    </message>
</context>
<context>
    <name>EdxmlWriter</name>
    <message>
        <source>&lt;%1&gt;: the text contains a control character that XML cannot carry.</source>
        <translation>&lt;%1&gt;: nội dung chứa ký tự điều khiển mà XML không biểu diễn được.</translation>
    </message>
    <message>
        <source>Cannot write the package: %1</source>
        <translation>Không ghi được gói tin: %1</translation>
    </message>
    <message>
        <source>&lt;Signature&gt;: the kept signature is not well-formed XML (%1).</source>
        <translation>&lt;Signature&gt;: chữ ký đã lưu không phải XML đúng cú pháp (%1).</translation>
    </message>
    <message>
        <source>&lt;ContentTransferEncoded&gt;: cannot read the file %1 of the attachment “%2”: %3</source>
        <translation>&lt;ContentTransferEncoded&gt;: không đọc được tệp %1 của tệp đính kèm “%2”: %3</translation>
    </message>
    <message>
        <source>&lt;%1&gt;: required.</source>
        <translation>&lt;%1&gt;: bắt buộc phải có.</translation>
    </message>
    <message>
        <source>&lt;From&gt;: the sender’s &lt;OrganId&gt; is required.</source>
        <translation>&lt;From&gt;: bắt buộc phải có &lt;OrganId&gt; (mã định danh) của đơn vị gửi.</translation>
    </message>
    <message>
        <source>&lt;To&gt;: at least one recipient is required.</source>
        <translation>&lt;To&gt;: phải có ít nhất một đơn vị nhận.</translation>
    </message>
    <message>
        <source>&lt;To&gt;: the recipient “%1” has no &lt;OrganId&gt;.</source>
        <translation>&lt;To&gt;: đơn vị nhận “%1” không có &lt;OrganId&gt; (mã định danh).</translation>
    </message>
    <message>
        <source>&lt;Priority&gt;: %1 is outside the allowed range 0–4.</source>
        <translation>&lt;Priority&gt;: giá trị %1 nằm ngoài phạm vi cho phép 0–4.</translation>
    </message>
    <message>
        <source>&lt;AttachmentName&gt;: attachment %1 has no name.</source>
        <translation>&lt;AttachmentName&gt;: tệp đính kèm thứ %1 không có tên.</translation>
    </message>
    <message>
        <source>&lt;ContentId&gt;: “%1” is used by more than one attachment.</source>
        <translation>&lt;ContentId&gt;: “%1” được dùng cho nhiều hơn một tệp đính kèm.</translation>
    </message>
    <message>
        <source>&lt;ContentTransferEncoded&gt;: the file %1 of the attachment “%2” does not exist or cannot be read.</source>
        <translation>&lt;ContentTransferEncoded&gt;: tệp %1 của tệp đính kèm “%2” không tồn tại hoặc không đọc được.</translation>
    </message>
    <message>
        <source>&lt;ResponseFor&gt;: required: a status names the document it is about.</source>
        <translation>&lt;ResponseFor&gt;: bắt buộc phải có: thông điệp trạng thái phải nêu văn bản được phản hồi.</translation>
    </message>
    <message>
        <source>&lt;ResponseFor&gt;: &lt;%1&gt; is required.</source>
        <translation>&lt;ResponseFor&gt;: bắt buộc phải có &lt;%1&gt;.</translation>
    </message>
    <message>
        <source>&lt;StatusCode&gt;: “%1” cannot be sent; the codes are 01–06, 13, 15 and 16.</source>
        <translation>&lt;StatusCode&gt;: không được gửi mã “%1”; các mã được gửi là 01–06, 13, 15 và 16.</translation>
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
    <message>
        <source>Number issued</source>
        <translation>Đã cấp số</translation>
    </message>
</context>
<context>
    <name>ExchangeClient</name>
    <message>
        <source>The exchange's TLS certificate could not be verified (%1). Ask the administrator to check the exchange address and its CA file.</source>
        <translation>Không xác thực được chứng thư TLS của trục liên thông (%1). Đề nghị quản trị viên kiểm tra địa chỉ trục liên thông và tệp CA.</translation>
    </message>
    <message>
        <source>Could not reach the exchange while %1: %2.</source>
        <translation>Không kết nối được trục liên thông khi %1: %2.</translation>
    </message>
    <message>
        <source>The exchange gave no valid answer while %1 (HTTP %2).</source>
        <translation>Trục liên thông không trả lời hợp lệ khi %1 (HTTP %2).</translation>
    </message>
    <message>
        <source>The exchange refused this agency's SystemId or secret key%1. Ask the administrator to correct them (vanban-cli exchange configure).</source>
        <translation>Trục liên thông từ chối SystemId hoặc khóa bí mật của cơ quan%1. Đề nghị quản trị viên sửa lại (vanban-cli exchange configure).</translation>
    </message>
    <message>
        <source>A receiving agency does not exist on the exchange%1.</source>
        <translation>Đơn vị nhận không có trên trục liên thông%1.</translation>
    </message>
    <message>
        <source>A receiving agency is locked on the exchange%1.</source>
        <translation>Đơn vị nhận đang bị khóa trên trục liên thông%1.</translation>
    </message>
    <message>
        <source>The exchange does not accept this agency as the sender%1.</source>
        <translation>Trục liên thông không chấp nhận cơ quan này là đơn vị gửi%1.</translation>
    </message>
    <message>
        <source>The exchange rejected the package as invalid%1.</source>
        <translation>Trục liên thông từ chối gói tin vì không hợp lệ%1.</translation>
    </message>
    <message>
        <source>The exchange does not know this package%1.</source>
        <translation>Trục liên thông không có gói tin này%1.</translation>
    </message>
    <message>
        <source>The package is larger than the exchange accepts (200 MiB)%1.</source>
        <translation>Gói tin vượt quá dung lượng trục liên thông cho phép (200 MiB)%1.</translation>
    </message>
    <message>
        <source>The exchange asks to wait %1 seconds before trying again.</source>
        <translation>Trục liên thông yêu cầu chờ %1 giây rồi mới gửi lại.</translation>
    </message>
    <message>
        <source>The exchange had an internal error while %1%2; VanBan will try again.</source>
        <translation>Trục liên thông gặp lỗi nội bộ khi %1%2; VanBan sẽ thử lại.</translation>
    </message>
    <message>
        <source>The exchange answered with error %1 while %2%3.</source>
        <translation>Trục liên thông trả về lỗi %1 khi %2%3.</translation>
    </message>
    <message>
        <source>“%1” is not a valid exchange address.</source>
        <translation>“%1” không phải là địa chỉ trục liên thông hợp lệ.</translation>
    </message>
    <message>
        <source>The exchange address must start with https:// (plain http is allowed only to this computer, for tests).</source>
        <translation>Địa chỉ trục liên thông phải bắt đầu bằng https:// (chỉ được dùng http với chính máy này, để kiểm thử).</translation>
    </message>
    <message>
        <source>The exchange address must start with https://.</source>
        <translation>Địa chỉ trục liên thông phải bắt đầu bằng https://.</translation>
    </message>
    <message>
        <source>The SystemId is empty.</source>
        <translation>Chưa nhập SystemId.</translation>
    </message>
    <message>
        <source>The secret key is empty.</source>
        <translation>Chưa nhập khóa bí mật.</translation>
    </message>
    <message>
        <source>The CA file %1 does not exist.</source>
        <translation>Không có tệp CA %1.</translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation>Tệp CA %1 không chứa chứng thư PEM nào.</translation>
    </message>
    <message>
        <source>The package %1 cannot be read: %2.</source>
        <translation>Không đọc được gói tin %1: %2.</translation>
    </message>
    <message>
        <source>The exchange accepted the package but gave no docId.</source>
        <translation>Trục liên thông đã nhận gói tin nhưng không trả về docId.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Không ghi được %1: %2.</translation>
    </message>
    <message>
        <source>Cannot write the downloaded package to %1: %2.</source>
        <translation>Không ghi được gói tin đã tải về vào %1: %2.</translation>
    </message>
    <message>
        <source>downloading package %1</source>
        <translation>tải gói tin %1</translation>
    </message>
    <message>
        <source>The download of package %1 was cut off (%2 of %3 bytes).</source>
        <translation>Tải gói tin %1 bị ngắt giữa chừng (%2 trên %3 byte).</translation>
    </message>
    <message>
        <source>the exchange refused the connection (is its address right, is it running?)</source>
        <translation>trục liên thông từ chối kết nối (địa chỉ có đúng không, trục có đang hoạt động không?)</translation>
    </message>
    <message>
        <source>the exchange's address was not found (check the network and the address)</source>
        <translation>không tìm thấy địa chỉ của trục liên thông (hãy kiểm tra mạng và địa chỉ)</translation>
    </message>
    <message>
        <source>no answer in time (the network is slow or down)</source>
        <translation>không nhận được trả lời kịp thời (mạng chậm hoặc mất kết nối)</translation>
    </message>
    <message>
        <source>the connection was cut before the answer was complete</source>
        <translation>kết nối bị ngắt trước khi nhận đủ câu trả lời</translation>
    </message>
    <message>
        <source>this computer has no network connection</source>
        <translation>máy tính này không có kết nối mạng</translation>
    </message>
    <message>
        <source>The exchange's answer while %1 is too large.</source>
        <translation>Câu trả lời của trục liên thông khi %1 quá lớn.</translation>
    </message>
    <message>
        <source>sending a package</source>
        <translation>gửi gói tin</translation>
    </message>
    <message>
        <source>listing the status messages waiting for this agency</source>
        <translation>lấy danh sách thông báo trạng thái gửi đến cơ quan</translation>
    </message>
    <message>
        <source>listing the documents waiting for this agency</source>
        <translation>lấy danh sách văn bản gửi đến cơ quan</translation>
    </message>
    <message>
        <source>acknowledging package %1</source>
        <translation>xác nhận đã nhận gói tin %1</translation>
    </message>
    <message>
        <source>reading the list of sent packages</source>
        <translation>đọc danh sách gói tin đã gửi</translation>
    </message>
    <message>
        <source>reading the agency directory</source>
        <translation>đọc danh mục cơ quan, đơn vị</translation>
    </message>
</context>
<context>
    <name>ExchangeFormat</name>
    <message>
        <source>Waiting to be sent</source>
        <translation>Chờ gửi</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Đã đến</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Đã tiếp nhận</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Bị trả lại</translation>
    </message>
    <message>
        <source>Returned (%1)</source>
        <translation>Bị trả lại (%1)</translation>
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
        <source>Completed</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>Failed (%1)</source>
        <translation>Lỗi (%1)</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Thu hồi</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Cập nhật</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Thay thế</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <source>The sender revokes a document it sent before. Accepting agrees to the revocation; the document already registered stays, with the order in its history.</source>
        <translation>Nơi gửi thu hồi văn bản đã gửi trước đây. Tiếp nhận là đồng ý thu hồi; văn bản đã vào sổ vẫn được giữ, lệnh thu hồi được ghi vào lịch sử của văn bản.</translation>
    </message>
    <message>
        <source>The sender updates a document it sent before. Check what changed before registering it.</source>
        <translation>Nơi gửi cập nhật văn bản đã gửi trước đây. Kiểm tra nội dung thay đổi trước khi vào sổ.</translation>
    </message>
    <message>
        <source>The sender replaces a document it sent before. Check which document it replaces before registering it.</source>
        <translation>Nơi gửi thay thế văn bản đã gửi trước đây. Kiểm tra văn bản bị thay thế trước khi vào sổ.</translation>
    </message>
    <message>
        <source>Awaiting acceptance</source>
        <translation>Chờ tiếp nhận</translation>
    </message>
</context>
<context>
    <name>ExchangeInbox</name>
    <message>
        <source>There is no received package %1.</source>
        <translation>Không có gói tin đã nhận %1.</translation>
    </message>
    <message>
        <source>Package %1 was already registered (document %2).</source>
        <translation>Gói tin %1 đã được vào sổ (văn bản %2).</translation>
    </message>
    <message>
        <source>Package %1 was already returned to its sender.</source>
        <translation>Gói tin %1 đã được trả lại nơi gửi.</translation>
    </message>
    <message>
        <source>Only a records clerk (văn thư) or an administrator can register documents.</source>
        <translation>Chỉ văn thư hoặc quản trị viên được vào sổ văn bản.</translation>
    </message>
    <message>
        <source>Package %1 was handled by someone else meanwhile.</source>
        <translation>Gói tin %1 vừa được người khác xử lý.</translation>
    </message>
    <message>
        <source>Only a records clerk (văn thư) or an administrator can return a received document.</source>
        <translation>Chỉ văn thư hoặc quản trị viên được trả lại văn bản đến.</translation>
    </message>
    <message>
        <source>Give the reason for returning the document; the sender will read it.</source>
        <translation>Nhập lý do trả lại văn bản; nơi gửi sẽ nhận được lý do này.</translation>
    </message>
</context>
<context>
    <name>ExchangeOutbox</name>
    <message>
        <source>Choose at least one receiving agency.</source>
        <translation>Chọn ít nhất một đơn vị nhận.</translation>
    </message>
    <message>
        <source>An agency cannot send a document to itself (%1).</source>
        <translation>Cơ quan không thể gửi văn bản cho chính mình (%1).</translation>
    </message>
    <message>
        <source>The agency %1 is not in the directory. Synchronise the directory or check the code.</source>
        <translation>Cơ quan %1 không có trong danh bạ. Hãy đồng bộ danh bạ hoặc kiểm tra lại mã định danh.</translation>
    </message>
    <message>
        <source>The agency %1 (%2) is no longer active on the exchange.</source>
        <translation>Cơ quan %1 (%2) không còn hoạt động trên trục liên thông.</translation>
    </message>
    <message>
        <source>Only a clerk (văn thư) or an administrator sends documents through the exchange.</source>
        <translation>Chỉ văn thư hoặc quản trị viên được gửi văn bản qua trục liên thông.</translation>
    </message>
    <message>
        <source>Document %1 is not an outgoing document; only outgoing documents are sent through the exchange.</source>
        <translation>Văn bản %1 không phải văn bản đi; chỉ văn bản đi mới được gửi qua trục liên thông.</translation>
    </message>
    <message>
        <source>Document %1 is marked “%2”: secret documents are never sent through the electronic exchange (Luật Bảo vệ bí mật nhà nước). Send it on paper by the secret channel.</source>
        <translation>Văn bản %1 có độ mật “%2”: văn bản mật không được gửi qua trục liên thông điện tử (Luật Bảo vệ bí mật nhà nước). Hãy gửi bản giấy theo đường văn bản mật.</translation>
    </message>
    <message>
        <source>Document %1 has no file; attach the signed PDF before sending it.</source>
        <translation>Văn bản %1 chưa có tệp; hãy đính kèm bản PDF đã ký trước khi gửi.</translation>
    </message>
    <message>
        <source>Document %1 was already sent to %2 (%3).</source>
        <translation>Văn bản %1 đã được gửi cho %2 (%3).</translation>
    </message>
</context>
<context>
    <name>ExchangeSettings</name>
    <message>
        <source>Only an administrator may configure the exchange.</source>
        <translation>Chỉ quản trị viên được cấu hình trục liên thông.</translation>
    </message>
    <message>
        <source>The exchange is not configured yet. An administrator sets it up with “vanban-cli exchange configure”.</source>
        <translation>Chưa cấu hình trục liên thông. Quản trị viên cấu hình bằng lệnh “vanban-cli exchange configure”.</translation>
    </message>
</context>
<context>
    <name>HttpGetConnection</name>
    <message>
        <source>the connection was closed before the answer was complete</source>
        <translation>kết nối bị đóng trước khi nhận đủ câu trả lời</translation>
    </message>
    <message>
        <source>the transfer was stopped</source>
        <translation>việc tải đã bị dừng</translation>
    </message>
    <message>
        <source>the server's answer has too long a header</source>
        <translation>phần đầu câu trả lời của máy chủ quá dài</translation>
    </message>
    <message>
        <source>the server did not answer in HTTP/1.1</source>
        <translation>máy chủ không trả lời theo HTTP/1.1</translation>
    </message>
    <message>
        <source>the server's answer has a malformed header</source>
        <translation>câu trả lời của máy chủ có phần đầu sai định dạng</translation>
    </message>
    <message>
        <source>the server's answer has an invalid Content-Length</source>
        <translation>câu trả lời của máy chủ có Content-Length không hợp lệ</translation>
    </message>
    <message>
        <source>the server's answer has a malformed chunk</source>
        <translation>câu trả lời của máy chủ có một khối (chunk) sai định dạng</translation>
    </message>
    <message>
        <source>a request header holds a line break</source>
        <translation>một trường đầu của yêu cầu chứa ký tự xuống dòng</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>không có câu trả lời kịp thời</translation>
    </message>
</context>
<context>
    <name>HttpRevocationFetcher</name>
    <message>
        <source>Unsupported address %1 (only http and https).</source>
        <translation>Không hỗ trợ địa chỉ %1 (chỉ http và https).</translation>
    </message>
    <message>
        <source>%1 could not be reached: %2</source>
        <translation>Không kết nối được %1: %2</translation>
    </message>
    <message>
        <source>%1 sent too much data.</source>
        <translation>%1 trả về quá nhiều dữ liệu.</translation>
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
        <source>The deadline (hạn xử lý) is before the issue date.</source>
        <translation>Hạn xử lý trước ngày văn bản.</translation>
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
    <name>OutgoingRegistry</name>
    <message>
        <source>The notation (ký hiệu) is empty; expected e.g. QĐ-UBND. The number is given by the register.</source>
        <translation>Chưa nhập ký hiệu văn bản, ví dụ QĐ-UBND. Số văn bản do sổ cấp tự động.</translation>
    </message>
    <message>
        <source>Enter only the notation (ký hiệu) without the number, e.g. QĐ-UBND instead of “%1”: the number is given by the register.</source>
        <translation>Chỉ nhập ký hiệu, không nhập số, ví dụ QĐ-UBND thay cho “%1”: số văn bản do sổ cấp tự động.</translation>
    </message>
    <message>
        <source>The notation (ký hiệu) “%1” contains spaces; expected e.g. QĐ-UBND.</source>
        <translation>Ký hiệu “%1” có dấu cách; ví dụ đúng: QĐ-UBND.</translation>
    </message>
    <message>
        <source>The notation (ký hiệu) “%1” is longer than 30 characters.</source>
        <translation>Ký hiệu “%1” dài quá 30 ký tự.</translation>
    </message>
    <message>
        <source>The notation (ký hiệu) “%1” is malformed; expected e.g. QĐ-UBND.</source>
        <translation>Ký hiệu “%1” không đúng thể thức; ví dụ đúng: QĐ-UBND.</translation>
    </message>
    <message>
        <source>The signer (người ký) is empty.</source>
        <translation>Chưa nhập người ký.</translation>
    </message>
    <message>
        <source>The signer's position (chức vụ) is longer than %1 characters.</source>
        <translation>Chức vụ người ký dài quá %1 ký tự.</translation>
    </message>
    <message>
        <source>The issue date (ngày ban hành) is not a date.</source>
        <translation>Ngày ban hành không phải là ngày hợp lệ.</translation>
    </message>
    <message>
        <source>The issue date %1 is in the future; a number is issued on the day of issue or later.</source>
        <translation>Ngày ban hành %1 ở tương lai; chỉ cấp số vào ngày ban hành hoặc sau đó.</translation>
    </message>
    <message>
        <source>The recipients (nơi nhận) are longer than %1 characters.</source>
        <translation>Nơi nhận dài quá %1 ký tự.</translation>
    </message>
    <message>
        <source>The workspace has no outgoing book.</source>
        <translation>Vùng dữ liệu chưa có sổ văn bản đi.</translation>
    </message>
    <message>
        <source>There is no outgoing book %1.</source>
        <translation>Không có sổ văn bản đi %1.</translation>
    </message>
    <message>
        <source>Only a records clerk (văn thư) or an administrator can issue numbers to outgoing documents.</source>
        <translation>Chỉ văn thư hoặc quản trị mới được cấp số văn bản đi.</translation>
    </message>
    <message>
        <source>The number %1 of %2 is already taken by document id %3. Số and ký hiệu must be unique within a year (Nghị định 30, Art. 15): documents of another book or of the secret sequence need a notation of their own.</source>
        <translation>Số, ký hiệu %1 năm %2 đã được dùng cho văn bản mã %3. Số và ký hiệu văn bản không được trùng trong năm (Điều 15 Nghị định 30): văn bản của sổ khác hoặc văn bản mật phải dùng ký hiệu riêng.</translation>
    </message>
</context>
<context>
    <name>PackageReceiver</name>
    <message>
        <source>The package was listed as “%1” but holds a %2.</source>
        <translation>Gói tin được liệt kê là “%1” nhưng thực chất là %2.</translation>
    </message>
    <message>
        <source>Package %1 from %2 cannot be processed: %3</source>
        <translation>Không xử lý được gói tin %1 từ %2: %3</translation>
    </message>
    <message>
        <source>The download of package %1 is damaged (its SHA-256 does not match).</source>
        <translation>Gói tin %1 tải về bị hỏng (mã SHA-256 không khớp).</translation>
    </message>
</context>
<context>
    <name>PadesSigner</name>
    <message>
        <source>The certificate of “%1” is not valid yet: it is valid from %2. It cannot sign now.</source>
        <translation>Chứng thư số của “%1” chưa có hiệu lực: có hiệu lực từ %2. Chưa thể ký lúc này.</translation>
    </message>
    <message>
        <source>The certificate of “%1” expired on %2. It cannot sign; renew it with the certification authority.</source>
        <translation>Chứng thư số của “%1” đã hết hạn ngày %2. Không thể ký; hãy gia hạn với tổ chức cung cấp dịch vụ chứng thực.</translation>
    </message>
    <message>
        <source>The level B-T needs the address of a time-stamping authority (--tsa).</source>
        <translation>Mức B-T cần địa chỉ máy chủ dấu thời gian (--tsa).</translation>
    </message>
    <message>
        <source>Name the signed output file.</source>
        <translation>Hãy đặt tên tệp đã ký.</translation>
    </message>
    <message>
        <source>The signed PDF cannot be written to “%1”: %2.</source>
        <translation>Không ghi được tệp PDF đã ký vào “%1”: %2.</translation>
    </message>
    <message>
        <source>The signature did not fit into the PDF after several attempts.</source>
        <translation>Sau nhiều lần thử, chữ ký vẫn không vừa chỗ dành trong tệp PDF.</translation>
    </message>
    <message>
        <source>The level B-LT needs the address of a time-stamping authority (--tsa): B-LT is B-T with the validation data added.</source>
        <translation>Mức B-LT cần địa chỉ máy chủ dấu thời gian (--tsa): B-LT là mức B-T có gắn thêm dữ liệu kiểm tra hiệu lực.</translation>
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
    <name>PdfDssUpdate</name>
    <message>
        <source>“%1” has a damaged document security store (/DSS).</source>
        <translation>Kho dữ liệu kiểm tra hiệu lực (/DSS) của “%1” bị hỏng.</translation>
    </message>
    <message>
        <source>The validation data cannot be added to “%1” (%2).</source>
        <translation>Không gắn được dữ liệu kiểm tra hiệu lực vào “%1” (%2).</translation>
    </message>
</context>
<context>
    <name>PdfNumberStamper</name>
    <message>
        <source>“%1” has %2 pages; there is no page %3 for the number.</source>
        <translation>“%1” có %2 trang; không có trang %3 để ghi số.</translation>
    </message>
    <message>
        <source>The rectangle for the number is empty.</source>
        <translation>Vùng ghi số văn bản bị rỗng.</translation>
    </message>
    <message>
        <source>The number cannot be written into “%1”: %2.</source>
        <translation>Không ghi được số văn bản vào “%1”: %2.</translation>
    </message>
</context>
<context>
    <name>PdfSignatureParser</name>
    <message>
        <source>The /ByteRange is not four non-negative numbers.</source>
        <translation>/ByteRange không phải bốn số không âm.</translation>
    </message>
    <message>
        <source>The signed bytes do not start at the beginning of the file.</source>
        <translation>Phần được ký không bắt đầu từ đầu tệp.</translation>
    </message>
    <message>
        <source>The /ByteRange overlaps itself or reaches beyond the end of the file.</source>
        <translation>/ByteRange chồng lấn hoặc vượt quá cuối tệp.</translation>
    </message>
    <message>
        <source>The gap in the signed bytes is not the /Contents hex string.</source>
        <translation>Khoảng trống giữa các phần được ký không phải chuỗi hex /Contents.</translation>
    </message>
    <message>
        <source>The gap in the signed bytes holds more than the /Contents hex string.</source>
        <translation>Khoảng trống giữa các phần được ký chứa nhiều hơn chuỗi hex /Contents.</translation>
    </message>
    <message>
        <source>The gap in the signed bytes is not preceded by /Contents.</source>
        <translation>Khoảng trống giữa các phần được ký không đứng sau /Contents.</translation>
    </message>
    <message>
        <source>The gap in the signed bytes is not this signature's /Contents.</source>
        <translation>Khoảng trống giữa các phần được ký không phải /Contents của chữ ký này.</translation>
    </message>
    <message>
        <source>The signed bytes do not end at the end of a revision (%%EOF).</source>
        <translation>Phần được ký không kết thúc ở cuối một phiên bản của tệp (%%EOF).</translation>
    </message>
    <message>
        <source>The file is not a PDF: it does not start with %PDF-.</source>
        <translation>Tệp không phải PDF: không bắt đầu bằng %PDF-.</translation>
    </message>
    <message>
        <source>The PDF is damaged: it has no end-of-file marker (%%EOF).</source>
        <translation>Tệp PDF bị hỏng: không có dấu kết thúc tệp (%%EOF).</translation>
    </message>
    <message>
        <source>The PDF is encrypted; verifying signatures of encrypted PDFs is not supported.</source>
        <translation>Tệp PDF được mã hóa; chưa hỗ trợ kiểm tra chữ ký của tệp PDF mã hóa.</translation>
    </message>
    <message>
        <source>The PDF is damaged: %1</source>
        <translation>Tệp PDF bị hỏng: %1</translation>
    </message>
</context>
<context>
    <name>PdfSignatureUpdate</name>
    <message>
        <source>The field “%1” of “%2” is not a signature field.</source>
        <translation>Trường “%1” của “%2” không phải là trường chữ ký.</translation>
    </message>
    <message>
        <source>The signature field “%1” of “%2” is already signed.</source>
        <translation>Trường chữ ký “%1” của “%2” đã được ký.</translation>
    </message>
    <message>
        <source>“%1” has %2 pages; there is no page %3.</source>
        <translation>“%1” có %2 trang; không có trang %3.</translation>
    </message>
    <message>
        <source>The signed PDF would be too large.</source>
        <translation>Tệp PDF đã ký sẽ quá lớn.</translation>
    </message>
    <message>
        <source>“%1” cannot be signed: its structure is damaged (%2).</source>
        <translation>Không ký được “%1”: cấu trúc tệp bị hỏng (%2).</translation>
    </message>
</context>
<context>
    <name>PdfSignatureVerifier</name>
    <message>
        <source>unknown</source>
        <translation>không xác định</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large to verify.</source>
        <translation>%1 quá lớn để kiểm tra.</translation>
    </message>
    <message>
        <source>This is a document timestamp (ETSI.RFC3161); verifying document timestamps is not supported yet.</source>
        <translation>Đây là dấu thời gian của văn bản (ETSI.RFC3161); chưa hỗ trợ kiểm tra dấu thời gian văn bản.</translation>
    </message>
    <message>
        <source>The signer's key (%1) is below what TT 15/2025 requires.</source>
        <translation>Khóa của người ký (%1) thấp hơn yêu cầu của Thông tư 15/2025.</translation>
    </message>
    <message>
        <source>The signing time is the signer's own claim: the signature has no trusted timestamp.</source>
        <translation>Thời gian ký do người ký tự khai: chữ ký không có dấu thời gian tin cậy.</translation>
    </message>
    <message>
        <source>The signer's certificate does not chain to a trusted root certificate (%1).</source>
        <translation>Chứng thư số của người ký không thuộc chuỗi của chứng thư số gốc tin cậy nào (%1).</translation>
    </message>
    <message>
        <source>The certificate was not valid at the signing time %1 (valid from %2 to %3).</source>
        <translation>Chứng thư số không còn hiệu lực tại thời điểm ký %1 (hiệu lực từ %2 đến %3).</translation>
    </message>
    <message>
        <source>Revocation was not checked: the signer's certificate is missing.</source>
        <translation>Chưa kiểm tra tình trạng thu hồi: thiếu chứng thư số của người ký.</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) were appended after the end of the document.</source>
        <translation>
            <numerusform>Có %n byte được thêm vào sau phần cuối văn bản.</numerusform>
        </translation>
    </message>
    <message>
        <source>Allowed: %1</source>
        <translation>Được phép: %1</translation>
    </message>
    <message>
        <source>%1 (not permitted by the certification signature, DocMDP P=%2)</source>
        <translation>%1 (chữ ký chứng nhận không cho phép, DocMDP P=%2)</translation>
    </message>
    <message numerus="yes">
        <source>The document was changed after this signature in permitted ways only (%n change(s): later signatures, validation data or a number stamp).</source>
        <translation>
            <numerusform>Sau chữ ký này văn bản chỉ có thay đổi được phép (%n thay đổi: chữ ký sau, dữ liệu xác thực hoặc dấu số).</numerusform>
        </translation>
    </message>
    <message>
        <source>The document was modified after signing: %1</source>
        <translation>Văn bản đã bị sửa đổi sau khi ký: %1</translation>
    </message>
    <message>
        <source>The signature is valid.</source>
        <translation>Chữ ký hợp lệ.</translation>
    </message>
    <message>
        <source>The signature is not valid.</source>
        <translation>Chữ ký không hợp lệ.</translation>
    </message>
    <message>
        <source>The certificate of the certification authority “%1” was revoked: %2</source>
        <translation>Chứng thư số của tổ chức cung cấp dịch vụ chứng thực “%1” đã bị thu hồi: %2</translation>
    </message>
</context>
<context>
    <name>PdfSource</name>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>Tệp “%1” không tồn tại.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be read: %2.</source>
        <translation>Không đọc được tệp “%1”: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a PDF VanBan can sign safely (%2). Repair or re-export it before it is signed; a PDF that carries signatures must not be repaired, or they break.</source>
        <translation>“%1” không phải là tệp PDF mà VanBan ký an toàn được (%2). Hãy sửa hoặc xuất lại tệp trước khi ký; không được sửa tệp PDF đã có chữ ký, vì các chữ ký sẽ mất hiệu lực.</translation>
    </message>
    <message>
        <source>no “%PDF-1.x” header at the start</source>
        <translation>không có phần đầu “%PDF-1.x” ở đầu tệp</translation>
    </message>
    <message>
        <source>no startxref and %%EOF at the end</source>
        <translation>không có startxref và %%EOF ở cuối tệp</translation>
    </message>
    <message>
        <source>an unreadable startxref</source>
        <translation>startxref không đọc được</translation>
    </message>
    <message>
        <source>startxref points outside the file</source>
        <translation>startxref trỏ ra ngoài tệp</translation>
    </message>
    <message>
        <source>a malformed cross-reference table entry at byte %1</source>
        <translation>một mục của bảng tham chiếu chéo bị hỏng ở byte %1</translation>
    </message>
    <message>
        <source>the cross-reference table is not followed by a trailer</source>
        <translation>sau bảng tham chiếu chéo không có trailer</translation>
    </message>
    <message>
        <source>startxref does not point at a cross-reference section</source>
        <translation>startxref không trỏ tới phần tham chiếu chéo</translation>
    </message>
    <message>
        <source>“%1” is encrypted. VanBan signs only unencrypted PDFs: remove the password protection first.</source>
        <translation>“%1” đã được mã hóa. VanBan chỉ ký tệp PDF không mã hóa: hãy gỡ mật khẩu bảo vệ trước.</translation>
    </message>
    <message>
        <source>no pages</source>
        <translation>không có trang nào</translation>
    </message>
    <message>
        <source>no document catalog</source>
        <translation>không có danh mục tài liệu (catalog)</translation>
    </message>
    <message>
        <source>a page without a valid MediaBox</source>
        <translation>có trang không có MediaBox hợp lệ</translation>
    </message>
    <message>
        <source>“%1” is encrypted (or its encryption dictionary is damaged). VanBan signs only unencrypted PDFs: remove the password protection first (%2).</source>
        <translation>“%1” đã được mã hóa (hoặc từ điển mã hóa bị hỏng). VanBan chỉ ký tệp PDF không mã hóa: hãy gỡ mật khẩu bảo vệ trước (%2).</translation>
    </message>
</context>
<context>
    <name>PdfTextLocator</name>
    <message>
        <source>The anchor text is empty.</source>
        <translation>Văn bản neo bị trống.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Tệp %1 không tồn tại.</translation>
    </message>
    <message>
        <source>%1 is not a readable PDF file.</source>
        <translation>%1 không phải là tệp PDF đọc được.</translation>
    </message>
    <message>
        <source>The text “%1” is not on page %2 of %3.</source>
        <translation>Không có “%1” trên trang %2 của %3.</translation>
    </message>
    <message>
        <source>The text “%1” is not in %2.</source>
        <translation>Không tìm thấy “%1” trong %2.</translation>
    </message>
</context>
<context>
    <name>Pkcs11Module</name>
    <message>
        <source>No PKCS#11 module is set: choose the token driver's library.</source>
        <translation>Chưa chọn mô-đun PKCS#11: hãy chọn thư viện trình điều khiển của token.</translation>
    </message>
    <message>
        <source>The PKCS#11 module %1 does not exist: is the token driver installed?</source>
        <translation>Không tìm thấy mô-đun PKCS#11 %1: trình điều khiển token đã được cài đặt chưa?</translation>
    </message>
    <message>
        <source>Cannot load the PKCS#11 module %1: %2</source>
        <translation>Không nạp được mô-đun PKCS#11 %1: %2</translation>
    </message>
    <message>
        <source>The library %1 is not a PKCS#11 module: it has no C_GetFunctionList.</source>
        <translation>Thư viện %1 không phải là mô-đun PKCS#11: không có hàm C_GetFunctionList.</translation>
    </message>
    <message>
        <source>The PKCS#11 module %1 failed in %2: %3.</source>
        <translation>Mô-đun PKCS#11 %1 bị lỗi khi gọi %2: %3.</translation>
    </message>
    <message>
        <source>No token is inserted for the PKCS#11 module %1.</source>
        <translation>Chưa cắm token nào cho mô-đun PKCS#11 %1.</translation>
    </message>
    <message>
        <source>Several tokens are inserted (%1): choose one by its label or serial number.</source>
        <translation>Đang cắm nhiều token (%1): hãy chọn một token theo nhãn hoặc số sê-ri.</translation>
    </message>
    <message>
        <source>No token has the label or serial number “%1”; inserted: %2.</source>
        <translation>Không có token nào có nhãn hoặc số sê-ri “%1”; các token đang cắm: %2.</translation>
    </message>
    <message>
        <source>Several tokens have the label “%1”: choose one by its serial number.</source>
        <translation>Có nhiều token cùng nhãn “%1”: hãy chọn theo số sê-ri.</translation>
    </message>
</context>
<context>
    <name>Pkcs11Session</name>
    <message>
        <source>The token “%1” failed in %2: %3.</source>
        <translation>Token “%1” bị lỗi khi gọi %2: %3.</translation>
    </message>
    <message>
        <source>The PIN for the token “%1” is wrong (%2).</source>
        <translation>Mã PIN của token “%1” không đúng (%2).</translation>
    </message>
    <message>
        <source>The token “%1” is locked because a wrong PIN was entered too many times (%2).</source>
        <translation>Token “%1” đã bị khóa do nhập sai mã PIN quá nhiều lần (%2).</translation>
    </message>
    <message>
        <source>The PIN for the token “%1” is too short or too long (%2).</source>
        <translation>Mã PIN của token “%1” quá ngắn hoặc quá dài (%2).</translation>
    </message>
    <message>
        <source>The PIN for the token “%1” contains characters the token does not accept (%2).</source>
        <translation>Mã PIN của token “%1” có ký tự mà token không chấp nhận (%2).</translation>
    </message>
    <message>
        <source>The PIN for the token “%1” has expired; change it with the token's own software (%2).</source>
        <translation>Mã PIN của token “%1” đã hết hạn; hãy đổi mã PIN bằng phần mềm đi kèm token (%2).</translation>
    </message>
    <message>
        <source>The token “%1” has no user PIN yet; initialise it with the token's own software (%2).</source>
        <translation>Token “%1” chưa có mã PIN người dùng; hãy khởi tạo bằng phần mềm đi kèm token (%2).</translation>
    </message>
    <message>
        <source>Another user (the security officer) is logged in to the token “%1” (%2).</source>
        <translation>Một người dùng khác (quản trị bảo mật) đang đăng nhập vào token “%1” (%2).</translation>
    </message>
    <message>
        <source>The PIN entry on the token “%1” was cancelled (%2).</source>
        <translation>Việc nhập mã PIN trên token “%1” đã bị hủy (%2).</translation>
    </message>
    <message>
        <source>The token “%1” was removed (%2).</source>
        <translation>Token “%1” đã bị rút ra (%2).</translation>
    </message>
    <message>
        <source>Logging in to the token “%1” failed (%2).</source>
        <translation>Đăng nhập vào token “%1” không thành công (%2).</translation>
    </message>
</context>
<context>
    <name>Pkcs11Signer</name>
    <message>
        <source>The token “%1” has no certificate with SHA-256 %2; it has: %3.</source>
        <translation>Token “%1” không có chứng thư số nào có SHA-256 %2; token có: %3.</translation>
    </message>
    <message>
        <source>The token “%1” has no certificate or key labelled “%2”; it has: %3.</source>
        <translation>Token “%1” không có chứng thư số hay khóa nào mang nhãn “%2”; token có: %3.</translation>
    </message>
    <message>
        <source>The token “%1” has no certificate with a signing key.</source>
        <translation>Token “%1” không có chứng thư số nào kèm khóa ký.</translation>
    </message>
    <message>
        <source>The token “%1” has several certificates with keys; choose one by its label or SHA-256: %2.</source>
        <translation>Token “%1” có nhiều chứng thư số kèm khóa; hãy chọn một chứng thư theo nhãn hoặc SHA-256: %2.</translation>
    </message>
    <message>
        <source>The certificate “%1” on the token “%2” has no private key there, so it cannot sign.</source>
        <translation>Chứng thư số “%1” trên token “%2” không có khóa bí mật đi kèm trên token nên không thể dùng để ký.</translation>
    </message>
    <message>
        <source>The certificate “%1” has a key type VanBan cannot sign with (only RSA and EC).</source>
        <translation>Chứng thư số “%1” có loại khóa mà VanBan không ký được (chỉ hỗ trợ RSA và EC).</translation>
    </message>
    <message>
        <source>The token “%1” does not offer ECDSA (CKM_ECDSA) for its EC key.</source>
        <translation>Token “%1” không hỗ trợ ECDSA (CKM_ECDSA) cho khóa EC của nó.</translation>
    </message>
    <message>
        <source>The token “%1” offers neither CKM_RSA_PKCS nor CKM_RSA_PKCS_PSS for its RSA key.</source>
        <translation>Token “%1” không hỗ trợ cả CKM_RSA_PKCS lẫn CKM_RSA_PKCS_PSS cho khóa RSA của nó.</translation>
    </message>
    <message>
        <source>The key of “%1” (%2) on the token “%3” cannot sign with this scheme, or the token does not offer it.</source>
        <translation>Khóa của “%1” (%2) trên token “%3” không ký được theo lược đồ này, hoặc token không hỗ trợ lược đồ này.</translation>
    </message>
    <message>
        <source>The private key of “%1” is not on the token “%2” (CKA_ID %3).</source>
        <translation>Khóa bí mật của “%1” không có trên token “%2” (CKA_ID %3).</translation>
    </message>
    <message>
        <source>The token “%1” shows its private keys only after the PIN is entered.</source>
        <translation>Token “%1” chỉ hiện các khóa bí mật sau khi nhập mã PIN.</translation>
    </message>
    <message>
        <source>A %1 digest has %2 bytes, not %3.</source>
        <translation>Giá trị băm %1 phải dài %2 byte, không phải %3.</translation>
    </message>
    <message>
        <source>Enter the PIN of the token “%1” before signing.</source>
        <translation>Hãy nhập mã PIN của token “%1” trước khi ký.</translation>
    </message>
    <message>
        <source>The key of “%1” needs the PIN for every signature: enter it again.</source>
        <translation>Khóa của “%1” yêu cầu nhập mã PIN cho mỗi lần ký: hãy nhập lại mã PIN.</translation>
    </message>
    <message>
        <source>The token “%1” returned an ECDSA signature VanBan cannot read (%2 bytes).</source>
        <translation>Token “%1” trả về chữ ký ECDSA mà VanBan không đọc được (%2 byte).</translation>
    </message>
    <message>
        <source>Enter the PIN of the token “%1” before signing (%2).</source>
        <translation>Hãy nhập mã PIN của token “%1” trước khi ký (%2).</translation>
    </message>
</context>
<context>
    <name>RegisterExport</name>
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
    <name>RegistryCommon</name>
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
        <source>The signer's name is longer than 50 characters.</source>
        <translation>Tên người ký dài quá 50 ký tự.</translation>
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
</context>
<context>
    <name>RevisionComparator</name>
    <message>
        <source>The document catalog was replaced.</source>
        <translation>Danh mục gốc (catalog) của văn bản đã bị thay thế.</translation>
    </message>
    <message>
        <source>Object %1 was deleted.</source>
        <translation>Đối tượng %1 đã bị xóa.</translation>
    </message>
    <message>
        <source>Pages were added, removed or reordered (%1 pages before, %2 now).</source>
        <translation>Trang đã bị thêm, xóa hoặc đổi thứ tự (trước %1 trang, nay %2 trang).</translation>
    </message>
    <message>
        <source>Validation data (DSS) was added.</source>
        <translation>Đã thêm dữ liệu xác thực (DSS).</translation>
    </message>
    <message>
        <source>The document information (title, author, dates) was changed.</source>
        <translation>Thông tin văn bản (tiêu đề, tác giả, ngày tháng) đã thay đổi.</translation>
    </message>
    <message>
        <source>The document's XMP metadata was changed.</source>
        <translation>Siêu dữ liệu XMP của văn bản đã thay đổi.</translation>
    </message>
    <message>
        <source>The signature field %1 was changed (%2).</source>
        <translation>Trường chữ ký %1 đã bị thay đổi (%2).</translation>
    </message>
    <message>
        <source>An empty signature field was signed.</source>
        <translation>Một trường chữ ký trống đã được ký.</translation>
    </message>
    <message>
        <source>Object %1 was changed.</source>
        <translation>Đối tượng %1 đã bị thay đổi.</translation>
    </message>
    <message>
        <source>The document catalog entry %1 was changed.</source>
        <translation>Mục %1 trong danh mục gốc của văn bản đã bị thay đổi.</translation>
    </message>
    <message>
        <source>A signature field was added.</source>
        <translation>Đã thêm một trường chữ ký.</translation>
    </message>
    <message>
        <source>A form field that is not a signature was added.</source>
        <translation>Đã thêm một trường biểu mẫu không phải chữ ký.</translation>
    </message>
    <message>
        <source>A form field was removed.</source>
        <translation>Một trường biểu mẫu đã bị xóa.</translation>
    </message>
    <message>
        <source>The form settings for signatures were updated.</source>
        <translation>Thiết lập biểu mẫu cho chữ ký đã được cập nhật.</translation>
    </message>
    <message>
        <source>The form entry %1 was changed.</source>
        <translation>Mục %1 của biểu mẫu đã bị thay đổi.</translation>
    </message>
    <message>
        <source>Content was appended to page %1 (a number stamp).</source>
        <translation>Nội dung được bổ sung vào trang %1 (dấu số).</translation>
    </message>
    <message>
        <source>The content of page %1 was changed.</source>
        <translation>Nội dung trang %1 đã bị thay đổi.</translation>
    </message>
    <message>
        <source>Resources were added to page %1 (for a number stamp).</source>
        <translation>Tài nguyên được bổ sung vào trang %1 (cho dấu số).</translation>
    </message>
    <message>
        <source>The entry %1 of page %2 was changed.</source>
        <translation>Mục %1 của trang %2 đã bị thay đổi.</translation>
    </message>
    <message>
        <source>A signature was added on page %1.</source>
        <translation>Đã thêm một chữ ký trên trang %1.</translation>
    </message>
    <message>
        <source>A stamp annotation was added on page %1.</source>
        <translation>Đã thêm một chú thích dạng dấu trên trang %1.</translation>
    </message>
    <message>
        <source>An annotation (%1) was added on page %2.</source>
        <translation>Đã thêm một chú thích (%1) trên trang %2.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>không xác định</translation>
    </message>
    <message>
        <source>An annotation was removed from page %1.</source>
        <translation>Một chú thích đã bị xóa khỏi trang %1.</translation>
    </message>
    <message>
        <source>The signed revision cannot be compared with the document: %1</source>
        <translation>Không so sánh được phiên bản đã ký với văn bản: %1</translation>
    </message>
</context>
<context>
    <name>RevocationChecker</name>
    <message>
        <source>Revocation was not checked: the issuer's certificate is not available.</source>
        <translation>Chưa kiểm tra tình trạng thu hồi: không có chứng thư số của tổ chức cấp.</translation>
    </message>
    <message>
        <source>The certificate was revoked on %1 (%2).</source>
        <translation>Chứng thư số đã bị thu hồi ngày %1 (%2).</translation>
    </message>
    <message>
        <source>The certificate was revoked on %1, after the timestamped signing time (%2).</source>
        <translation>Chứng thư số bị thu hồi ngày %1, sau thời điểm ký đã được gắn dấu thời gian (%2).</translation>
    </message>
    <message>
        <source>Not revoked (%1).</source>
        <translation>Chưa bị thu hồi (%1).</translation>
    </message>
    <message>
        <source>OCSP response in the document</source>
        <translation>phản hồi OCSP trong văn bản</translation>
    </message>
    <message>
        <source>CRL in the document</source>
        <translation>CRL trong văn bản</translation>
    </message>
    <message>
        <source>Revocation could not be checked: the certificate names no OCSP service or CRL.</source>
        <translation>Không kiểm tra được tình trạng thu hồi: chứng thư số không ghi dịch vụ OCSP hay CRL.</translation>
    </message>
    <message>
        <source>Revocation was not checked (offline).</source>
        <translation>Chưa kiểm tra tình trạng thu hồi (chế độ ngoại tuyến).</translation>
    </message>
    <message>
        <source>OCSP %1</source>
        <translation>OCSP %1</translation>
    </message>
    <message>
        <source>CRL %1</source>
        <translation>CRL %1</translation>
    </message>
    <message>
        <source>Revocation could not be checked: %1</source>
        <translation>Không kiểm tra được tình trạng thu hồi: %1</translation>
    </message>
    <message>
        <source>It has no issue time (thisUpdate).</source>
        <translation>Dữ liệu không ghi thời điểm phát hành (thisUpdate).</translation>
    </message>
    <message>
        <source>It claims to be issued in the future (%1).</source>
        <translation>Dữ liệu ghi thời điểm phát hành ở tương lai (%1).</translation>
    </message>
    <message>
        <source>Its validity period is inconsistent.</source>
        <translation>Thời hạn hiệu lực của dữ liệu không hợp lý.</translation>
    </message>
    <message>
        <source>It was issued on %1 and valid until %2, so it does not cover the signing time %3.</source>
        <translation>Dữ liệu phát hành lúc %1, có hiệu lực đến %2, nên không bao gồm thời điểm ký %3.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>không rõ</translation>
    </message>
    <message>
        <source>It is not an OCSP response.</source>
        <translation>Đây không phải phản hồi OCSP.</translation>
    </message>
    <message>
        <source>The OCSP service answered with an error (%1).</source>
        <translation>Dịch vụ OCSP trả về lỗi (%1).</translation>
    </message>
    <message>
        <source>The signature of the OCSP response or its responder is not valid (%1).</source>
        <translation>Chữ ký trên phản hồi OCSP hoặc chứng thư số của máy chủ OCSP không hợp lệ (%1).</translation>
    </message>
    <message>
        <source>The OCSP response is about another certificate.</source>
        <translation>Phản hồi OCSP là của một chứng thư số khác.</translation>
    </message>
    <message>
        <source>The OCSP service does not know the certificate.</source>
        <translation>Dịch vụ OCSP không biết chứng thư số này.</translation>
    </message>
    <message>
        <source>It is not a CRL.</source>
        <translation>Đây không phải danh sách thu hồi (CRL).</translation>
    </message>
    <message>
        <source>The CRL was issued by another authority.</source>
        <translation>CRL do một tổ chức chứng thực khác phát hành.</translation>
    </message>
    <message>
        <source>The signature of the CRL is not valid.</source>
        <translation>Chữ ký trên CRL không hợp lệ.</translation>
    </message>
    <message>
        <source>The OCSP response in the document is not usable: %1</source>
        <translation>Không dùng được phản hồi OCSP trong văn bản: %1</translation>
    </message>
    <message>
        <source>The CRL in the document is not usable: %1</source>
        <translation>Không dùng được CRL trong văn bản: %1</translation>
    </message>
    <message>
        <source>%1 gave no valid OCSP answer: %2</source>
        <translation>%1 không trả về phản hồi OCSP hợp lệ: %2</translation>
    </message>
    <message>
        <source>%1 gave no valid CRL: %2</source>
        <translation>%1 không trả về CRL hợp lệ: %2</translation>
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
    <name>SecretStore</name>
    <message>
        <source>Cannot read the key file %1: %2.</source>
        <translation>Không đọc được tệp khóa %1: %2.</translation>
    </message>
    <message>
        <source>The key file %1 is damaged.</source>
        <translation>Tệp khóa %1 bị hỏng.</translation>
    </message>
    <message>
        <source>The key file %1 that protects the exchange's secret key is missing. Enter the secret key again (vanban-cli exchange configure).</source>
        <translation>Không tìm thấy tệp khóa %1 dùng để bảo vệ khóa bí mật của trục liên thông. Hãy nhập lại khóa bí mật (vanban-cli exchange configure).</translation>
    </message>
    <message>
        <source>Cannot create the folder of %1.</source>
        <translation>Không tạo được thư mục chứa %1.</translation>
    </message>
    <message>
        <source>Cannot write the key file %1: %2.</source>
        <translation>Không ghi được tệp khóa %1: %2.</translation>
    </message>
    <message>
        <source>Encrypting the secret key failed.</source>
        <translation>Mã hóa khóa bí mật không thành công.</translation>
    </message>
    <message>
        <source>The stored secret key is damaged.</source>
        <translation>Khóa bí mật đã lưu bị hỏng.</translation>
    </message>
    <message>
        <source>The secret key cannot be decrypted with the key file %1 (a different computer or user?). Enter the secret key again.</source>
        <translation>Không giải mã được khóa bí mật bằng tệp khóa %1 (máy tính hoặc người dùng khác?). Hãy nhập lại khóa bí mật.</translation>
    </message>
    <message>
        <source>The system keychain refused the secret: %1.</source>
        <translation>Kho khóa của hệ thống không nhận lưu khóa bí mật: %1.</translation>
    </message>
    <message>
        <source>The exchange's secret key cannot be read from the system keychain: %1.</source>
        <translation>Không đọc được khóa bí mật của trục liên thông từ kho khóa của hệ thống: %1.</translation>
    </message>
</context>
<context>
    <name>SignatureImageLoader</name>
    <message>
        <source>The image %1 does not exist.</source>
        <translation>Ảnh %1 không tồn tại.</translation>
    </message>
    <message>
        <source>%1 is not a readable image: %2.</source>
        <translation>%1 không phải là ảnh đọc được: %2.</translation>
    </message>
    <message>
        <source>The image %1 is too large (at most 4000 × 4000 pixels).</source>
        <translation>Ảnh %1 quá lớn (tối đa 4000 × 4000 điểm ảnh).</translation>
    </message>
</context>
<context>
    <name>SignaturePlacement</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Tệp %1 không tồn tại.</translation>
    </message>
    <message>
        <source>%1 is not a readable PDF file.</source>
        <translation>%1 không phải là tệp PDF đọc được.</translation>
    </message>
    <message>
        <source>No signature block (a title such as “CHỦ TỊCH” or “KT. GIÁM ĐỐC”) was found in %1.</source>
        <translation>Không tìm thấy khối chữ ký (dòng chức vụ như “CHỦ TỊCH” hay “KT. GIÁM ĐỐC”) trong %1.</translation>
    </message>
    <message>
        <source>An attachment's signature goes to the top right of page 1.</source>
        <translation>Chữ ký của văn bản kèm theo đặt ở góc trên bên phải trang 1.</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>Another synchronisation with the exchange is running for this workspace.</source>
        <translation>Một phiên đồng bộ khác với trục liên thông đang chạy trên kho dữ liệu này.</translation>
    </message>
    <message>
        <source>The recipient's system could not process the package: %1</source>
        <translation>Hệ thống của đơn vị nhận không xử lý được gói tin: %1</translation>
    </message>
</context>
<context>
    <name>TimestampClient</name>
    <message>
        <source>The time-stamp request could not be built.</source>
        <translation>Không tạo được yêu cầu gắn dấu thời gian.</translation>
    </message>
    <message>
        <source>The time-stamping authority %1 gave an unusable answer: %2.</source>
        <translation>Máy chủ dấu thời gian %1 trả lời không dùng được: %2.</translation>
    </message>
    <message>
        <source>not an RFC 3161 time-stamp response</source>
        <translation>không phải phản hồi dấu thời gian RFC 3161</translation>
    </message>
    <message>
        <source>status %1 (not granted)</source>
        <translation>trạng thái %1 (không được cấp)</translation>
    </message>
    <message>
        <source>no time-stamp token</source>
        <translation>không có dấu thời gian</translation>
    </message>
    <message>
        <source>the token is for another message imprint</source>
        <translation>dấu thời gian được cấp cho một dữ liệu băm khác</translation>
    </message>
    <message>
        <source>the nonce does not match the request</source>
        <translation>số nonce không khớp với yêu cầu</translation>
    </message>
    <message>
        <source>the token carries no TSA certificate</source>
        <translation>dấu thời gian không kèm chứng thư số của máy chủ dấu thời gian</translation>
    </message>
    <message>
        <source>the token's signature does not verify with its TSA certificate</source>
        <translation>chữ ký của dấu thời gian không hợp lệ với chứng thư số máy chủ dấu thời gian kèm theo</translation>
    </message>
    <message>
        <source>The time-stamping authority %1 did not answer in time.</source>
        <translation>Máy chủ dấu thời gian %1 không trả lời kịp.</translation>
    </message>
    <message>
        <source>The time-stamping authority %1 cannot be reached: %2.</source>
        <translation>Không kết nối được máy chủ dấu thời gian %1: %2.</translation>
    </message>
</context>
<context>
    <name>TokenCertificate</name>
    <message>
        <source>The certificate cannot be read: it is not a DER-encoded X.509 certificate.</source>
        <translation>Không đọc được chứng thư số: đây không phải chứng thư X.509 mã hóa DER.</translation>
    </message>
    <message>
        <source>unsupported key type</source>
        <translation>loại khóa không được hỗ trợ</translation>
    </message>
</context>
<context>
    <name>TokenInfo</name>
    <message>
        <source>The user PIN is locked after too many wrong entries; the token cannot sign until it is unblocked with the SO PIN (PUK) by its issuer or your administrator.</source>
        <translation>Mã PIN người dùng đã bị khóa do nhập sai quá nhiều lần; token không thể ký cho đến khi được tổ chức cấp token hoặc quản trị viên mở khóa bằng mã PIN quản trị (PUK).</translation>
    </message>
    <message>
        <source>Only one PIN try is left: one more wrong PIN locks the token.</source>
        <translation>Chỉ còn một lần thử: nhập sai mã PIN thêm một lần nữa, token sẽ bị khóa.</translation>
    </message>
    <message>
        <source>Few PIN tries are left before the token locks.</source>
        <translation>Chỉ còn ít lần nhập mã PIN trước khi token bị khóa.</translation>
    </message>
    <message>
        <source>The token asks for its PIN to be changed.</source>
        <translation>Token yêu cầu đổi mã PIN.</translation>
    </message>
    <message>
        <source>%1 (serial %2)</source>
        <translation>%1 (số sê-ri %2)</translation>
    </message>
</context>
<context>
    <name>TrueTypeFont</name>
    <message>
        <source>The font for signature text “%1” cannot be read: %2 (install fonts-liberation2).</source>
        <translation>Không đọc được phông chữ cho chữ ký “%1”: %2 (hãy cài fonts-liberation2).</translation>
    </message>
    <message>
        <source>“%1” is not a TrueType font VanBan can embed.</source>
        <translation>“%1” không phải là phông TrueType mà VanBan nhúng được.</translation>
    </message>
</context>
<context>
    <name>TrueTypeSubsetter</name>
    <message>
        <source>The font cannot be embedded as a subset: %1.</source>
        <translation>Không nhúng được tập con của phông chữ: %1.</translation>
    </message>
    <message>
        <source>it is not a TrueType font file</source>
        <translation>đây không phải tệp phông chữ TrueType</translation>
    </message>
    <message>
        <source>it has no “%1” table</source>
        <translation>phông chữ thiếu bảng “%1”</translation>
    </message>
    <message>
        <source>its head, hhea or maxp table is too short</source>
        <translation>bảng head, hhea hoặc maxp của phông chữ quá ngắn</translation>
    </message>
    <message>
        <source>its glyph metrics are inconsistent</source>
        <translation>số liệu kích thước glyph của phông chữ không khớp nhau</translation>
    </message>
    <message>
        <source>its glyph locations are inconsistent</source>
        <translation>bảng vị trí glyph của phông chữ không khớp nhau</translation>
    </message>
</context>
<context>
    <name>TrustStore</name>
    <message>
        <source>%1 cannot be read.</source>
        <translation>Không đọc được %1.</translation>
    </message>
    <message>
        <source>%1 holds no certificate.</source>
        <translation>%1 không chứa chứng thư số nào.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <source>%1 holds no certificate (PEM, DER or PKCS#7 expected).</source>
        <translation>%1 không chứa chứng thư số nào (cần PEM, DER hoặc PKCS#7).</translation>
    </message>
    <message>
        <source>“%1” is not a certification authority (basicConstraints CA is not set).</source>
        <translation>“%1” không phải tổ chức chứng thực (basicConstraints CA không được đặt).</translation>
    </message>
    <message>
        <source>“%1” may not sign certificates (key usage).</source>
        <translation>“%1” không được phép ký chứng thư số (key usage).</translation>
    </message>
    <message>
        <source>The self-signature of “%1” does not verify.</source>
        <translation>Chữ ký tự ký của “%1” không hợp lệ.</translation>
    </message>
    <message>
        <source>“%1” is not valid today (valid %2 to %3).</source>
        <translation>“%1” hiện không còn hiệu lực (hiệu lực từ %2 đến %3).</translation>
    </message>
    <message>
        <source>The key of “%1” (%2) is below what TT 15/2025 requires.</source>
        <translation>Khóa của “%1” (%2) thấp hơn yêu cầu của Thông tư 15/2025.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Không tạo được thư mục %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
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
    <name>ValidationDataCollector</name>
    <message>
        <source>(unreadable certificate)</source>
        <translation>(chứng thư số không đọc được)</translation>
    </message>
    <message>
        <source>A certificate of the chain cannot be read.</source>
        <translation>Không đọc được một chứng thư số trong chuỗi chứng thực.</translation>
    </message>
    <message>
        <source>The certificate of the authority that issued “%1” (%2) is not available, so its revocation status cannot be fetched for B-LT. An administrator imports the root certificates (vanban-cli trust import).</source>
        <translation>Không có chứng thư số của tổ chức đã cấp “%1” (%2) nên không lấy được tình trạng thu hồi cho mức B-LT. Quản trị viên cần nhập chứng thư số gốc (vanban-cli trust import).</translation>
    </message>
    <message>
        <source>The certificate chain of “%1” is too long.</source>
        <translation>Chuỗi chứng thực của “%1” quá dài.</translation>
    </message>
    <message>
        <source>The certificate “%1” was revoked on %2 (%3). A signature made with it is not valid, so the document was not signed; contact the certification authority.</source>
        <translation>Chứng thư số “%1” đã bị thu hồi từ %2 (%3). Chữ ký số bằng chứng thư số này không có giá trị nên văn bản chưa được ký; đề nghị liên hệ tổ chức cung cấp dịch vụ chứng thực.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 gave no valid OCSP answer: %2</source>
        <translation>%1 không trả về phản hồi OCSP hợp lệ: %2</translation>
    </message>
    <message>
        <source>OCSP %1</source>
        <translation>OCSP %1</translation>
    </message>
    <message>
        <source>%1 gave no valid CRL: %2</source>
        <translation>%1 không trả về CRL hợp lệ: %2</translation>
    </message>
    <message>
        <source>CRL %1</source>
        <translation>CRL %1</translation>
    </message>
    <message>
        <source>The certificate “%1” names no OCSP service and no CRL, so a B-LT signature cannot hold its revocation status. Sign with B-T.</source>
        <translation>Chứng thư số “%1” không ghi dịch vụ OCSP hay CRL nên chữ ký mức B-LT không thể kèm tình trạng thu hồi của nó. Hãy ký ở mức B-T.</translation>
    </message>
    <message>
        <source>The revocation status of the certificate “%1” could not be fetched (%2). The B-LT signature was not made; try again when the network is available, or sign with B-T.</source>
        <translation>Không lấy được tình trạng thu hồi của chứng thư số “%1” (%2). Chưa tạo chữ ký mức B-LT; hãy thử lại khi có kết nối mạng hoặc ký ở mức B-T.</translation>
    </message>
    <message>
        <source>The timestamp cannot be read.</source>
        <translation>Không đọc được dấu thời gian.</translation>
    </message>
    <message>
        <source>The timestamp does not carry the certificate of its authority, so B-LT cannot hold its validation data.</source>
        <translation>Dấu thời gian không kèm chứng thư số của máy chủ cấp dấu thời gian nên mức B-LT không thể gắn dữ liệu kiểm tra hiệu lực của nó.</translation>
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
        <source>File “%1” (%2): %3</source>
        <translation>Tệp “%1” (%2): %3</translation>
    </message>
    <message>
        <source>File “%1” (document %2): %3</source>
        <translation>Tệp “%1” (văn bản %2): %3</translation>
    </message>
    <message>
        <source>File “%1” (document %2), signature %3: %4</source>
        <translation>Tệp “%1” (văn bản %2), chữ ký %3: %4</translation>
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
    <message>
        <source>Number:</source>
        <translation>Số:</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Chức vụ:</translation>
    </message>
    <message>
        <source>Recipients:</source>
        <translation>Nơi nhận:</translation>
    </message>
    <message>
        <source>Outgoing document %1</source>
        <translation>Văn bản đi số %1</translation>
    </message>
    <message>
        <source>Outgoing document %1 (%2)</source>
        <translation>Văn bản đi số %1 (%2)</translation>
    </message>
    <message>
        <source>E&amp;xchange recipients</source>
        <translation>Nơi nhận &amp;liên thông</translation>
    </message>
    <message>
        <source>E&amp;xchange recipients (%1)</source>
        <translation>Nơi nhận &amp;liên thông (%1)</translation>
    </message>
    <message>
        <source>Si&amp;gnatures</source>
        <translation>Chữ &amp;ký số</translation>
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
    <name>vanban::ui::ExchangeRecipientsWidget</name>
    <message>
        <source>Agency</source>
        <translation>Đơn vị nhận</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>This document has not been sent through the exchange.</source>
        <translation>Văn bản này chưa được gửi liên thông.</translation>
    </message>
</context>
<context>
    <name>vanban::ui::ExchangeSettingsDialog</name>
    <message>
        <source>Exchange settings</source>
        <translation>Cấu hình trục liên thông</translation>
    </message>
    <message>
        <source>The provincial document exchange (trục liên thông) this agency sends and receives documents through. The province gives the address, the SystemId and the secret key.</source>
        <translation>Trục liên thông văn bản của tỉnh mà cơ quan dùng để gửi, nhận văn bản. Địa chỉ, SystemId và khóa bí mật do tỉnh cấp.</translation>
    </message>
    <message>
        <source>Optional: a PEM file of extra trusted certificates</source>
        <translation>Không bắt buộc: tệp PEM chứa các chứng thư tin cậy bổ sung</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Chọn…</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored key</source>
        <translation>Để trống để giữ khóa đã lưu</translation>
    </message>
    <message>
        <source>The secret key given with the SystemId</source>
        <translation>Khóa bí mật được cấp cùng SystemId</translation>
    </message>
    <message>
        <source>&amp;Address (URL):</source>
        <translation>&amp;Địa chỉ (URL):</translation>
    </message>
    <message>
        <source>&amp;SystemId:</source>
        <translation>&amp;SystemId:</translation>
    </message>
    <message>
        <source>Secret &amp;key:</source>
        <translation>&amp;Khóa bí mật:</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>Tệp &amp;CA:</translation>
    </message>
    <message>
        <source>The secret key is kept in the system keychain or encrypted, never in the database, and is never shown again.</source>
        <translation>Khóa bí mật được lưu trong kho khóa của hệ thống hoặc được mã hóa, không lưu trong cơ sở dữ liệu và không bao giờ hiển thị lại.</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>Tệp CA</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Chứng thư (*.pem *.crt);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Enter the address of the exchange.</source>
        <translation>Nhập địa chỉ trục liên thông.</translation>
    </message>
    <message>
        <source>Enter the SystemId of this agency.</source>
        <translation>Nhập SystemId của cơ quan.</translation>
    </message>
    <message>
        <source>Enter the secret key.</source>
        <translation>Nhập khóa bí mật.</translation>
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
    <name>vanban::ui::InboxDetailPane</name>
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
        <translation>Tên loại:</translation>
    </message>
    <message>
        <source>Signer:</source>
        <translation>Người ký:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <source>Sender:</source>
        <translation>Nơi gửi:</translation>
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
        <source>Due date:</source>
        <translation>Hạn xử lý:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Thời điểm nhận:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Tình trạng:</translation>
    </message>
    <message>
        <source>&amp;Information</source>
        <translation>&amp;Thông tin</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Accept and register</source>
        <translation>&amp;Tiếp nhận và vào sổ</translation>
    </message>
    <message>
        <source>Register the document in the incoming book; the sender is told (status 03)</source>
        <translation>Vào sổ văn bản đến; nơi gửi được thông báo (trạng thái 03)</translation>
    </message>
    <message>
        <source>Re&amp;turn to sender…</source>
        <translation>T&amp;rả lại…</translation>
    </message>
    <message>
        <source>Send the document back with a reason; the sender is told (status 02)</source>
        <translation>Trả lại văn bản kèm lý do; nơi gửi được thông báo (trạng thái 02)</translation>
    </message>
    <message>
        <source>Select a received document to see it here.</source>
        <translation>Chọn một văn bản đã nhận để xem tại đây.</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Từ %1</translation>
    </message>
    <message>
        <source>%1 — from %2</source>
        <translation>%1 — từ %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Lý do: %1</translation>
    </message>
    <message>
        <source>&amp;Files (%1)</source>
        <translation>&amp;Tệp (%1)</translation>
    </message>
    <message>
        <source>This package has no PDF file.</source>
        <translation>Gói tin không có tệp PDF.</translation>
    </message>
    <message>
        <source>Only a records clerk or an administrator registers documents</source>
        <translation>Chỉ văn thư hoặc quản trị viên được vào sổ văn bản</translation>
    </message>
    <message>
        <source>&amp;Accept the revocation</source>
        <translation>Đồng ý &amp;thu hồi</translation>
    </message>
    <message>
        <source>Si&amp;gnatures</source>
        <translation>Chữ &amp;ký số</translation>
    </message>
</context>
<context>
    <name>vanban::ui::InboxModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Nơi gửi</translation>
    </message>
    <message>
        <source>Number and notation</source>
        <translation>Số, ký hiệu</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày văn bản</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tên loại</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Thời điểm nhận</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
</context>
<context>
    <name>vanban::ui::InboxView</name>
    <message>
        <source>Awaiting acceptance</source>
        <translation>Chờ tiếp nhận</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Đã tiếp nhận</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Đã trả lại</translation>
    </message>
    <message>
        <source>All received</source>
        <translation>Tất cả văn bản đã nhận</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Hiển thị:</translation>
    </message>
    <message>
        <source>Registering the received document…</source>
        <translation>Đang vào sổ văn bản đến…</translation>
    </message>
    <message>
        <source>Accept the received document</source>
        <translation>Tiếp nhận văn bản đến</translation>
    </message>
    <message>
        <source>Probable duplicate</source>
        <translation>Có thể trùng văn bản</translation>
    </message>
    <message>
        <source>%1

Register it anyway?</source>
        <translation>%1

Vẫn vào sổ văn bản này?</translation>
    </message>
    <message>
        <source>&amp;Register anyway</source>
        <translation>&amp;Vẫn vào sổ</translation>
    </message>
    <message>
        <source>The revocation was accepted; the sender is told (status 03).</source>
        <translation>Đã đồng ý thu hồi; nơi gửi đã được thông báo (trạng thái 03).</translation>
    </message>
    <message>
        <source>Registered in the incoming book with arrival number %1. The sender is told (status 03).</source>
        <translation>Đã vào sổ văn bản đến với số đến %1. Nơi gửi đã được thông báo (trạng thái 03).</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 của %2</translation>
    </message>
    <message>
        <source>Return to sender</source>
        <translation>Trả lại văn bản</translation>
    </message>
    <message>
        <source>Returned to the sender with the reason (status 02).</source>
        <translation>Đã trả lại nơi gửi kèm lý do (trạng thái 02).</translation>
    </message>
</context>
<context>
    <name>vanban::ui::IssueOutgoingDialog</name>
    <message>
        <source>Issue outgoing number</source>
        <translation>Cấp số văn bản đi</translation>
    </message>
    <message>
        <source>e.g. QĐ-UBND (the number is given by the register)</source>
        <translation>ví dụ QĐ-UBND (số do sổ cấp tự động)</translation>
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
        <source>Full name of the person who signed</source>
        <translation>Họ và tên người ký văn bản</translation>
    </message>
    <message>
        <source>e.g. Chủ tịch; KT. Chủ tịch, Phó Chủ tịch</source>
        <translation>ví dụ Chủ tịch; KT. Chủ tịch, Phó Chủ tịch</translation>
    </message>
    <message>
        <source>Not secret</source>
        <translation>Không mật</translation>
    </message>
    <message>
        <source>- UBND các xã, thị trấn;
- Lưu: VT.</source>
        <translation>- UBND các xã, thị trấn;
- Lưu: VT.</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>không ghi</translation>
    </message>
    <message>
        <source>&amp;Notation (ký hiệu):</source>
        <translation>&amp;Ký hiệu:</translation>
    </message>
    <message>
        <source>Document &amp;type:</source>
        <translation>&amp;Loại văn bản:</translation>
    </message>
    <message>
        <source>Sub&amp;ject:</source>
        <translation>&amp;Trích yếu:</translation>
    </message>
    <message>
        <source>Si&amp;gner:</source>
        <translation>&amp;Người ký:</translation>
    </message>
    <message>
        <source>P&amp;osition:</source>
        <translation>C&amp;hức vụ:</translation>
    </message>
    <message>
        <source>&amp;Issued date:</source>
        <translation>Ngày &amp;ban hành:</translation>
    </message>
    <message>
        <source>Secre&amp;cy:</source>
        <translation>Độ &amp;mật:</translation>
    </message>
    <message>
        <source>Urg&amp;ency:</source>
        <translation>&amp;Độ khẩn:</translation>
    </message>
    <message>
        <source>&amp;Recipients:</source>
        <translation>Nơ&amp;i nhận:</translation>
    </message>
    <message>
        <source>&amp;Pages:</source>
        <translation>Số tran&amp;g:</translation>
    </message>
    <message>
        <source>&amp;Book:</source>
        <translation>&amp;Sổ:</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số văn bản</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Drop PDF files here. The first file is the signed document, the others are attachments.</source>
        <translation>Kéo thả tệp PDF vào đây. Tệp đầu tiên là văn bản đã ký, các tệp sau là phụ lục, tài liệu kèm theo.</translation>
    </message>
    <message>
        <source>I&amp;ssue number</source>
        <translation>&amp;Cấp số</translation>
    </message>
    <message>
        <source>Give the document its number in the outgoing register (Ctrl+S)</source>
        <translation>Cấp số cho văn bản trong sổ văn bản đi (Ctrl+S)</translation>
    </message>
    <message>
        <source>in the sequence for secret documents</source>
        <translation>theo dãy số riêng của văn bản mật</translation>
    </message>
    <message>
        <source>Expected number: &lt;b style="font-size:20pt"&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;small&gt;Year %3. The final number is given when the document is saved.&lt;/small&gt;</source>
        <translation>Số dự kiến: &lt;b style="font-size:20pt"&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;small&gt;Năm %3. Số chính thức được cấp khi lưu văn bản.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Copying the files into the workspace…</source>
        <translation>Đang sao chép tệp vào vùng dữ liệu…</translation>
    </message>
    <message>
        <source>Number issued</source>
        <translation>Đã cấp số</translation>
    </message>
    <message>
        <source>The document was given the number %1 in “%2” of %3.</source>
        <translation>Văn bản đã được cấp số %1 trong “%2” năm %3.</translation>
    </message>
    <message>
        <source>Discard what you have entered?</source>
        <translation>Bỏ những thông tin đã nhập?</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Bỏ</translation>
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
            <numerusform>Đã lập chỉ mục nội dung %n tệp PDF để tìm kiếm.</numerusform>
        </translation>
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
            <numerusform>%Ln văn bản</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found %Ln document(s) for “%1”</source>
        <translation>
            <numerusform>Tìm thấy %Ln văn bản cho “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found more than %Ln document(s) for “%1”</source>
        <translation>
            <numerusform>Tìm thấy hơn %Ln văn bản cho “%1”</numerusform>
        </translation>
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
            <numerusform>Đã ghi %Ln văn bản vào %1.</numerusform>
        </translation>
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
    <message>
        <source>&amp;Issue outgoing number…</source>
        <translation>&amp;Cấp số văn bản đi…</translation>
    </message>
    <message>
        <source>Issue number</source>
        <translation>Cấp số</translation>
    </message>
    <message>
        <source>Give an outgoing document its number in the outgoing register</source>
        <translation>Cấp số cho văn bản đi trong sổ văn bản đi</translation>
    </message>
    <message>
        <source>Only a records clerk or an administrator issues numbers</source>
        <translation>Chỉ văn thư hoặc quản trị mới được cấp số văn bản</translation>
    </message>
    <message>
        <source>&amp;Incoming documents</source>
        <translation>Văn bản &amp;đến</translation>
    </message>
    <message>
        <source>&amp;Outgoing documents</source>
        <translation>Văn bản đ&amp;i</translation>
    </message>
    <message>
        <source>Outgoing documents</source>
        <translation>Văn bản đi</translation>
    </message>
    <message>
        <source>Outgoing register</source>
        <translation>Sổ văn bản đi</translation>
    </message>
    <message>
        <source>&amp;Export outgoing register (PDF, CSV)…</source>
        <translation>&amp;Xuất sổ văn bản đi (PDF, CSV)…</translation>
    </message>
    <message>
        <source>Number %1 issued.</source>
        <translation>Đã cấp số %1.</translation>
    </message>
    <message>
        <source>outgoing-register-%1</source>
        <translation>so-van-ban-di-%1</translation>
    </message>
    <message>
        <source>&amp;Received through the exchange</source>
        <translation>Văn bản liên thông &amp;chờ tiếp nhận</translation>
    </message>
    <message>
        <source>S&amp;ynchronise</source>
        <translation>Đồng &amp;bộ</translation>
    </message>
    <message>
        <source>Synchronise</source>
        <translation>Đồng bộ</translation>
    </message>
    <message>
        <source>Send what waits in the outbox and receive from the exchange now</source>
        <translation>Gửi các gói tin đang chờ và nhận văn bản từ trục liên thông ngay</translation>
    </message>
    <message>
        <source>Send through the e&amp;xchange…</source>
        <translation>Gửi &amp;liên thông…</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Gửi liên thông</translation>
    </message>
    <message>
        <source>Exchange &amp;settings…</source>
        <translation>&amp;Cấu hình trục liên thông…</translation>
    </message>
    <message>
        <source>The address, SystemId and secret key of the document exchange</source>
        <translation>Địa chỉ, SystemId và khóa bí mật của trục liên thông</translation>
    </message>
    <message>
        <source>Only an administrator configures the exchange</source>
        <translation>Chỉ quản trị viên được cấu hình trục liên thông</translation>
    </message>
    <message>
        <source>E&amp;xchange</source>
        <translation>&amp;Liên thông</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Liên thông</translation>
    </message>
    <message>
        <source>Awaiting acceptance</source>
        <translation>Chờ tiếp nhận</translation>
    </message>
    <message>
        <source>Awaiting acceptance (%1)</source>
        <translation>Chờ tiếp nhận (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln received document(s) shown</source>
        <translation>
            <numerusform>Đang hiển thị %Ln văn bản đã nhận</numerusform>
        </translation>
    </message>
    <message>
        <source>The list was refreshed.</source>
        <translation>Đã làm mới danh sách.</translation>
    </message>
    <message>
        <source>Only a records clerk or an administrator sends documents through the exchange</source>
        <translation>Chỉ văn thư hoặc quản trị viên được gửi văn bản liên thông</translation>
    </message>
    <message>
        <source>Select an outgoing document (Văn bản đi) to send it</source>
        <translation>Chọn một văn bản đi để gửi</translation>
    </message>
    <message>
        <source>Select the outgoing document to send</source>
        <translation>Chọn văn bản đi cần gửi</translation>
    </message>
    <message>
        <source>Secret documents (%1) are never sent through the electronic exchange; send them on paper by the secret channel</source>
        <translation>Văn bản mật (%1) không được gửi qua trục liên thông điện tử; hãy gửi bản giấy theo đường văn bản mật</translation>
    </message>
    <message>
        <source>This document has no file; attach the signed PDF before sending it</source>
        <translation>Văn bản chưa có tệp; hãy đính kèm bản PDF đã ký trước khi gửi</translation>
    </message>
    <message>
        <source>Send the selected outgoing document to other agencies through the exchange (%1)</source>
        <translation>Gửi văn bản đi đang chọn tới các cơ quan khác qua trục liên thông (%1)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>Queued for %n agency(ies); it leaves with the next synchronisation.</source>
        <translation>
            <numerusform>Đã đưa vào hàng đợi gửi tới %n đơn vị nhận; văn bản sẽ được gửi ở lần đồng bộ tiếp theo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The exchange settings were saved.</source>
        <translation>Đã lưu cấu hình trục liên thông.</translation>
    </message>
    <message>
        <source>Sign digitally</source>
        <translation>Ký số</translation>
    </message>
    <message>
        <source>Select a document that has a PDF file first.</source>
        <translation>Hãy chọn trước một văn bản có tệp PDF.</translation>
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
<context>
    <name>vanban::ui::RegisterModel</name>
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
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số đến</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Số</translation>
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
        <source>Signer</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Nơi nhận</translation>
    </message>
    <message>
        <source>Arrival number (số đến) in the register book</source>
        <translation>Số đến trong sổ đăng ký</translation>
    </message>
    <message>
        <source>Number (số) given by the outgoing register, from 01 each year</source>
        <translation>Số văn bản do sổ văn bản đi cấp, bắt đầu từ 01 mỗi năm</translation>
    </message>
    <message>
        <source>Number and notation (số, ký hiệu) of the document</source>
        <translation>Số, ký hiệu của văn bản</translation>
    </message>
    <message>
        <source>Recipients (nơi nhận)</source>
        <translation>Nơi nhận văn bản</translation>
    </message>
</context>
<context>
    <name>vanban::ui::ReturnDialog</name>
    <message>
        <source>Return to sender</source>
        <translation>Trả lại văn bản</translation>
    </message>
    <message>
        <source>Return %1 to its sender. The sender reads the reason.</source>
        <translation>Trả lại %1 cho nơi gửi. Nơi gửi sẽ nhận được lý do.</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Lý do (bắt buộc):</translation>
    </message>
    <message>
        <source>e.g. Sent to the wrong agency; the attachment is missing…</source>
        <translation>Ví dụ: Gửi nhầm đơn vị; thiếu tệp đính kèm…</translation>
    </message>
    <message>
        <source>&amp;Return</source>
        <translation>T&amp;rả lại</translation>
    </message>
</context>
<context>
    <name>vanban::ui::SendExchangeDialog</name>
    <message>
        <source>Send through the exchange</source>
        <translation>Gửi liên thông</translation>
    </message>
    <message>
        <source>Send &lt;b&gt;%1&lt;/b&gt; through the provincial document exchange to:</source>
        <translation>Gửi &lt;b&gt;%1&lt;/b&gt; qua trục liên thông văn bản của tỉnh tới:</translation>
    </message>
    <message>
        <source>Search agencies by name or code (diacritics optional)…</source>
        <translation>Tìm cơ quan theo tên hoặc mã định danh (gõ có dấu hay không dấu đều được)…</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Mã định danh</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Gửi</translation>
    </message>
    <message>
        <source>The agency directory is empty: synchronise with the exchange first (Ctrl+R).</source>
        <translation>Danh bạ cơ quan đang trống: hãy đồng bộ với trục liên thông trước (Ctrl+R).</translation>
    </message>
    <message>
        <source>No active agency matches “%1”.</source>
        <translation>Không có cơ quan đang hoạt động nào khớp với “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n agency(ies) chosen</source>
        <translation>
            <numerusform>Đã chọn %n đơn vị nhận</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the package…</source>
        <translation>Đang tạo gói tin…</translation>
    </message>
</context>
<context>
    <name>vanban::ui::SignDialog</name>
    <message>
        <source>Sign digitally — %1</source>
        <translation>Ký số — %1</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Choose the PKCS#11 library (driver) of the token</source>
        <translation>Chọn thư viện PKCS#11 (trình điều khiển) của thiết bị ký số</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Chủ thể</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Tổ chức cấp</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Hiệu lực từ</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Hiệu lực đến</translation>
    </message>
    <message>
        <source>Token and certificate</source>
        <translation>Thiết bị ký số và chứng thư số</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>&amp;Thư viện:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>Thiết &amp;bị ký số:</translation>
    </message>
    <message>
        <source>Competent person (leader)</source>
        <translation>Người có thẩm quyền (lãnh đạo)</translation>
    </message>
    <message>
        <source>Agency (seal)</source>
        <translation>Cơ quan, tổ chức (con dấu)</translation>
    </message>
    <message>
        <source>Attachment in a separate file</source>
        <translation>Phụ lục kèm theo (tệp riêng)</translation>
    </message>
    <message>
        <source>PNG of the signature or of the seal (optional)</source>
        <translation>Ảnh PNG chữ ký hoặc con dấu (không bắt buộc)</translation>
    </message>
    <message>
        <source>e.g. the position line: CHỦ TỊCH</source>
        <translation>ví dụ dòng chức vụ: CHỦ TỊCH</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Đặt</translation>
    </message>
    <message>
        <source>Put the signature right below this text</source>
        <translation>Đặt chữ ký ngay dưới dòng chữ này</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Chữ ký</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Vai trò:</translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation>Ả&amp;nh:</translation>
    </message>
    <message>
        <source>Next to &amp;text:</source>
        <translation>Cạnh &amp;dòng chữ:</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Vị trí:</translation>
    </message>
    <message>
        <source>Write the number and date into the page first</source>
        <translation>Điền số và ngày vào văn bản trước khi ký</translation>
    </message>
    <message>
        <source>e.g. 12/QĐ-UBND</source>
        <translation>ví dụ 12/QĐ-UBND</translation>
    </message>
    <message>
        <source>&amp;Number and notation:</source>
        <translation>&amp;Số, ký hiệu:</translation>
    </message>
    <message>
        <source>&amp;Date line:</source>
        <translation>Dòng &amp;ngày tháng:</translation>
    </message>
    <message>
        <source>After the text:</source>
        <translation>Sau dòng chữ:</translation>
    </message>
    <message>
        <source>The token's PIN; never stored</source>
        <translation>Mã PIN của thiết bị ký số; không bao giờ được lưu</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>Mã &amp;PIN:</translation>
    </message>
    <message>
        <source>&amp;Sign…</source>
        <translation>&amp;Ký số…</translation>
    </message>
    <message>
        <source>Drag a rectangle on the page to place the signature</source>
        <translation>Kéo chuột vẽ một khung trên trang để đặt chữ ký</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2 (missing)</source>
        <translation>%1 — %2 (không tìm thấy)</translation>
    </message>
    <message>
        <source>No token driver (PKCS#11 module) was found. Choose its file with “Choose…”.</source>
        <translation>Không tìm thấy trình điều khiển thiết bị ký số (thư viện PKCS#11). Hãy chọn tệp của nó bằng nút “Chọn…”.</translation>
    </message>
    <message>
        <source>Choose the token's PKCS#11 library</source>
        <translation>Chọn thư viện PKCS#11 của thiết bị ký số</translation>
    </message>
    <message>
        <source>PKCS#11 libraries (*.so *.so.* *.dll *.dylib);;All files (*)</source>
        <translation>Thư viện PKCS#11 (*.so *.so.* *.dll *.dylib);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Loading the token driver…</source>
        <translation>Đang nạp trình điều khiển thiết bị ký số…</translation>
    </message>
    <message>
        <source>The token driver cannot be used: %1</source>
        <translation>Không dùng được trình điều khiển thiết bị ký số: %1</translation>
    </message>
    <message>
        <source>No token is plugged in. Plug in the USB token and choose the module again.</source>
        <translation>Chưa cắm thiết bị ký số. Hãy cắm USB token rồi chọn lại thư viện.</translation>
    </message>
    <message>
        <source>Choose the certificate to sign with.</source>
        <translation>Chọn chứng thư số dùng để ký.</translation>
    </message>
    <message>
        <source>Reading the certificates on the token…</source>
        <translation>Đang đọc các chứng thư số trên thiết bị ký số…</translation>
    </message>
    <message>
        <source>The token driver is not loaded.</source>
        <translation>Chưa nạp trình điều khiển thiết bị ký số.</translation>
    </message>
    <message>
        <source>The certificates cannot be read: %1</source>
        <translation>Không đọc được chứng thư số: %1</translation>
    </message>
    <message>
        <source>This token holds no certificate with a signing key.</source>
        <translation>Thiết bị ký số này không có chứng thư số nào kèm khóa ký.</translation>
    </message>
    <message>
        <source>Choose the certificate, the role and the position, then enter the PIN.</source>
        <translation>Chọn chứng thư số, vai trò và vị trí chữ ký, rồi nhập mã PIN.</translation>
    </message>
    <message>
        <source>%1
Issuer: %2
Key: %3
SHA-256: %4</source>
        <translation>%1
Tổ chức cấp: %2
Khóa: %3
SHA-256: %4</translation>
    </message>
    <message>
        <source>%1, %2; valid until %3.</source>
        <translation>%1, %2; còn hiệu lực đến %3.</translation>
    </message>
    <message>
        <source>page %1; %2 × %3 pt at (%4, %5). Drag on the page to move it.</source>
        <translation>trang %1; %2 × %3 pt tại (%4, %5). Kéo chuột trên trang để đổi vị trí.</translation>
    </message>
    <message>
        <source>not placed yet</source>
        <translation>chưa đặt vị trí</translation>
    </message>
    <message>
        <source>Choose the image of the signature or seal</source>
        <translation>Chọn ảnh chữ ký hoặc con dấu</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Ảnh PNG (*.png)</translation>
    </message>
    <message>
        <source>Looking for “%1”…</source>
        <translation>Đang tìm “%1”…</translation>
    </message>
    <message>
        <source>Placed below “%1” on page %2.</source>
        <translation>Đã đặt dưới “%1” ở trang %2.</translation>
    </message>
    <message>
        <source>Sign digitally</source>
        <translation>Ký số</translation>
    </message>
    <message>
        <source>Choose a token and a certificate first.</source>
        <translation>Hãy chọn thiết bị ký số và chứng thư số trước.</translation>
    </message>
    <message>
        <source>Enter the number and notation to write into the page.</source>
        <translation>Hãy nhập số, ký hiệu cần điền vào văn bản.</translation>
    </message>
    <message>
        <source>Save the signed PDF as</source>
        <translation>Lưu bản PDF đã ký thành</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose a new file: the signed copy never replaces the original.</source>
        <translation>Hãy chọn một tệp mới: bản đã ký không bao giờ ghi đè lên bản gốc.</translation>
    </message>
    <message>
        <source>Signing… follow the instructions of the token if it asks for a confirmation.</source>
        <translation>Đang ký số… nếu thiết bị ký số yêu cầu xác nhận, hãy làm theo hướng dẫn của thiết bị.</translation>
    </message>
    <message>
        <source>Signed by %1 at %2 (PAdES %3). Saved as %4.</source>
        <translation>Đã ký số bởi %1 lúc %2 (PAdES %3). Đã lưu thành %4.</translation>
    </message>
    <message>
        <source>The token refused the PIN. It was not tried again.
%1</source>
        <translation>Thiết bị ký số không chấp nhận mã PIN. Phần mềm không tự thử lại.
%1</translation>
    </message>
    <message>
        <source>The document was not signed: %1</source>
        <translation>Văn bản chưa được ký số: %1</translation>
    </message>
    <message>
        <source>Sign &amp;digitally…</source>
        <translation>&amp;Ký số…</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Ký số</translation>
    </message>
    <message>
        <source>Sign the selected document's PDF with a USB token into a new file</source>
        <translation>Ký số tệp PDF của văn bản đang chọn bằng thiết bị ký số (USB token), lưu thành tệp mới</translation>
    </message>
    <message>
        <source>Only a leader or a records clerk signs documents</source>
        <translation>Chỉ lãnh đạo hoặc văn thư được ký số văn bản</translation>
    </message>
    <message>
        <source>Drawn on the page by you.</source>
        <translation>Vị trí do bạn kéo chọn trên trang.</translation>
    </message>
    <message>
        <source>B-B — the signature only</source>
        <translation>B-B — chỉ chữ ký số</translation>
    </message>
    <message>
        <source>B-T — with a trusted timestamp</source>
        <translation>B-T — kèm dấu thời gian tin cậy</translation>
    </message>
    <message>
        <source>B-LT — timestamp and revocation data (OCSP/CRL) in the file, for long-term checks</source>
        <translation>B-LT — kèm dấu thời gian và dữ liệu thu hồi (OCSP/CRL) trong tệp, để kiểm tra lâu dài</translation>
    </message>
    <message>
        <source>Address of the time-stamping authority, e.g. http://tsa.example.gov.vn/</source>
        <translation>Địa chỉ máy chủ dấu thời gian, ví dụ http://tsa.example.gov.vn/</translation>
    </message>
    <message>
        <source>The address (RFC 3161) of the certification authority's time-stamping server. With it the signature is PAdES B-T: its time is certified by the server, not read from this computer.</source>
        <translation>Địa chỉ (RFC 3161) của máy chủ cấp dấu thời gian thuộc tổ chức cung cấp dịch vụ chứng thực. Khi có địa chỉ này, chữ ký theo chuẩn PAdES B-T: thời điểm ký do máy chủ xác nhận, không lấy từ đồng hồ của máy tính này.</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Mức chữ ký:</translation>
    </message>
    <message>
        <source>T&amp;imestamp server:</source>
        <translation>Máy chủ dấu t&amp;hời gian:</translation>
    </message>
    <message>
        <source>The top right of page 1 (Decree 30, Appendix I).</source>
        <translation>Góc trên bên phải trang 1 (Phụ lục I Nghị định 30).</translation>
    </message>
    <message>
        <source>Looking for the signature block in the document…</source>
        <translation>Đang tìm khối chữ ký trong văn bản…</translation>
    </message>
    <message>
        <source>The usual position: no title such as “CHỦ TỊCH” or “KT. GIÁM ĐỐC” was found in the document.</source>
        <translation>Vị trí mặc định: không tìm thấy dòng chức vụ như “CHỦ TỊCH” hay “KT. GIÁM ĐỐC” trong văn bản.</translation>
    </message>
    <message>
        <source>Over the left third of the leader's signature.</source>
        <translation>Chồng lên một phần ba bên trái chữ ký của người có thẩm quyền.</translation>
    </message>
    <message>
        <source>Over the left third of where the leader signs, under “%1”.</source>
        <translation>Chồng lên một phần ba bên trái chỗ người có thẩm quyền ký, dưới dòng “%1”.</translation>
    </message>
    <message>
        <source>Under “%1”, found in the document.</source>
        <translation>Dưới dòng “%1” trong văn bản.</translation>
    </message>
    <message>
        <source>Between “%1” and “%2”, found in the document.</source>
        <translation>Giữa dòng “%1” và dòng “%2” trong văn bản.</translation>
    </message>
    <message>
        <source>Below “%1”.</source>
        <translation>Dưới dòng “%1”.</translation>
    </message>
    <message>
        <source>The levels B-T and B-LT need the address (http or https) of a time-stamping authority. Enter it, or choose B-B.</source>
        <translation>Mức B-T và B-LT cần địa chỉ (http hoặc https) của máy chủ dấu thời gian. Hãy nhập địa chỉ này hoặc chọn mức B-B.</translation>
    </message>
    <message numerus="yes">
        <source>The file also holds the revocation status of %n certificate(s), so the signature can be checked later without the network.</source>
        <translation>
            <numerusform>Tệp đã kèm tình trạng thu hồi của %n chứng thư số nên sau này vẫn kiểm tra được chữ ký mà không cần kết nối mạng.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vanban::ui::SignaturePanel</name>
    <message>
        <source>View signed &amp;revision</source>
        <translation>Xem &amp;bản đã ký</translation>
    </message>
    <message>
        <source>Show the document exactly as it was when this signature was made</source>
        <translation>Hiển thị văn bản đúng như lúc chữ ký này được tạo</translation>
    </message>
    <message>
        <source>Show &amp;current version</source>
        <translation>Xem bản &amp;hiện tại</translation>
    </message>
    <message>
        <source>Check &amp;online</source>
        <translation>Kiểm tra &amp;trực tuyến</translation>
    </message>
    <message>
        <source>Ask the certificate authority (OCSP or CRL) whether the certificates are revoked</source>
        <translation>Hỏi tổ chức cung cấp dịch vụ chứng thực (OCSP hoặc CRL) xem chứng thư số có bị thu hồi không</translation>
    </message>
    <message>
        <source>No PDF file.</source>
        <translation>Không có tệp PDF.</translation>
    </message>
    <message>
        <source>Checking the certificates online…</source>
        <translation>Đang kiểm tra trực tuyến các chứng thư số…</translation>
    </message>
    <message>
        <source>Verifying the signatures…</source>
        <translation>Đang kiểm tra chữ ký số…</translation>
    </message>
    <message>
        <source>The signatures cannot be verified: %1</source>
        <translation>Không kiểm tra được chữ ký số: %1</translation>
    </message>
    <message>
        <source>This PDF has no digital signature.</source>
        <translation>Tệp PDF này không có chữ ký số.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message numerus="yes">
        <source>%n signature(s), all valid.</source>
        <translation>
            <numerusform>%n chữ ký số, tất cả đều hợp lệ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signature(s); at least one is not valid.</source>
        <translation>
            <numerusform>%n chữ ký số; có ít nhất một chữ ký không hợp lệ.</numerusform>
        </translation>
    </message>
    <message>
        <source>No trusted root certificates are installed: ask the administrator to import them.</source>
        <translation>Chưa cài đặt chứng thư số gốc tin cậy: hãy đề nghị quản trị viên nhập chúng.</translation>
    </message>
    <message>
        <source>Revocation checked online.</source>
        <translation>Đã kiểm tra thu hồi trực tuyến.</translation>
    </message>
    <message>
        <source>Checked offline.</source>
        <translation>Đã kiểm tra ngoại tuyến.</translation>
    </message>
    <message>
        <source>This signature has no usable byte range.</source>
        <translation>Chữ ký này không có ByteRange dùng được.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <source>The file is shorter than the signature's byte range.</source>
        <translation>Tệp ngắn hơn vùng dữ liệu (ByteRange) của chữ ký.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>Showing the document as signed by signature %1.</source>
        <translation>Đang hiển thị văn bản đúng như lúc ký chữ ký thứ %1.</translation>
    </message>
</context>
<context>
    <name>vanban::ui::SignatureSummary</name>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <source>unknown signer</source>
        <translation>không rõ người ký</translation>
    </message>
    <message>
        <source>Valid signature — %1</source>
        <translation>Chữ ký hợp lệ — %1</translation>
    </message>
    <message>
        <source>Valid signature, revocation not checked — %1</source>
        <translation>Chữ ký hợp lệ, chưa kiểm tra được tình trạng thu hồi — %1</translation>
    </message>
    <message>
        <source>Not trusted: the certificate is not from a trusted CA — %1</source>
        <translation>Không tin cậy: chứng thư số không do tổ chức chứng thực tin cậy cấp — %1</translation>
    </message>
    <message>
        <source>Invalid: the certificate was not valid at the signing time — %1</source>
        <translation>Không hợp lệ: chứng thư số không còn hiệu lực tại thời điểm ký — %1</translation>
    </message>
    <message>
        <source>Modified after signing — %1</source>
        <translation>Văn bản đã bị thay đổi sau khi ký — %1</translation>
    </message>
    <message>
        <source>Invalid: the certificate is revoked — %1</source>
        <translation>Không hợp lệ: chứng thư số đã bị thu hồi — %1</translation>
    </message>
    <message>
        <source>Invalid signature: the signed content does not match — %1</source>
        <translation>Chữ ký không hợp lệ: nội dung đã ký không khớp — %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>không xác định</translation>
    </message>
    <message>
        <source>Signer:</source>
        <translation>Người ký:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Cơ quan, tổ chức:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Tổ chức cấp chứng thư số:</translation>
    </message>
    <message>
        <source>Signing time:</source>
        <translation>Thời gian ký:</translation>
    </message>
    <message>
        <source>Timestamp:</source>
        <translation>Dấu thời gian:</translation>
    </message>
    <message>
        <source>%1, %2%3</source>
        <translation>%1, %2%3</translation>
    </message>
    <message>
        <source> (not trusted)</source>
        <translation> (không tin cậy)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>Integrity:</source>
        <translation>Toàn vẹn:</translation>
    </message>
    <message>
        <source>intact</source>
        <translation>toàn vẹn</translation>
    </message>
    <message>
        <source>damaged: the signed bytes were changed</source>
        <translation>bị hỏng: dữ liệu đã ký bị thay đổi</translation>
    </message>
    <message>
        <source>Covers the whole document:</source>
        <translation>Bao phủ toàn bộ văn bản:</translation>
    </message>
    <message>
        <source>Modified after signing:</source>
        <translation>Thay đổi sau khi ký:</translation>
    </message>
    <message>
        <source>Certificate period:</source>
        <translation>Thời hạn chứng thư số:</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Valid at signing time:</source>
        <translation>Hiệu lực tại thời điểm ký:</translation>
    </message>
    <message>
        <source>Trusted:</source>
        <translation>Tin cậy:</translation>
    </message>
    <message>
        <source>yes, chains to a trusted root certificate</source>
        <translation>có, thuộc chuỗi chứng thư số gốc tin cậy</translation>
    </message>
    <message>
        <source>no (%1)</source>
        <translation>không (%1)</translation>
    </message>
    <message>
        <source>not revoked</source>
        <translation>chưa bị thu hồi</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>đã bị thu hồi</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>chưa kiểm tra được</translation>
    </message>
    <message>
        <source>Revocation:</source>
        <translation>Tình trạng thu hồi:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Mức chữ ký:</translation>
    </message>
    <message>
        <source>PAdES %1, %2, %3</source>
        <translation>PAdES %1, %2, %3</translation>
    </message>
    <message>
        <source>Field:</source>
        <translation>Trường chữ ký:</translation>
    </message>
</context>
<context>
    <name>vanban::ui::SyncStatusLabel</name>
    <message>
        <source>Synchronising…</source>
        <translation>Đang đồng bộ…</translation>
    </message>
    <message>
        <source>Exchange: …</source>
        <translation>Liên thông: …</translation>
    </message>
    <message>
        <source>Exchange not configured</source>
        <translation>Chưa cấu hình trục liên thông</translation>
    </message>
    <message>
        <source>Configure…</source>
        <translation>Cấu hình…</translation>
    </message>
    <message>
        <source>This workspace is not connected to the provincial document exchange yet.</source>
        <translation>Kho dữ liệu này chưa được kết nối với trục liên thông văn bản của tỉnh.</translation>
    </message>
    <message>
        <source>This workspace is not connected to the provincial document exchange yet. An administrator sets it up.</source>
        <translation>Kho dữ liệu này chưa được kết nối với trục liên thông văn bản của tỉnh. Quản trị viên thực hiện việc cấu hình.</translation>
    </message>
    <message>
        <source>%1 waiting to be sent · %2 to accept</source>
        <translation>%1 chờ gửi · %2 chờ tiếp nhận</translation>
    </message>
    <message>
        <source>Not synchronised yet</source>
        <translation>Chưa đồng bộ</translation>
    </message>
    <message>
        <source>Synchronised %1: %2 sent, %3 received</source>
        <translation>Đồng bộ lúc %1: đã gửi %2, đã nhận %3</translation>
    </message>
    <message>
        <source>Synchronisation failed %1</source>
        <translation>Đồng bộ không thành công lúc %1</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n sự cố</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems of the last synchronisation:</source>
        <translation>Sự cố trong lần đồng bộ gần nhất:</translation>
    </message>
    <message>
        <source>Sent %1, received %2 new document(s) and %3 status message(s); %4 waiting in the outbox.</source>
        <translation>Đã gửi %1, đã nhận %2 văn bản mới và %3 thông báo trạng thái; còn %4 gói tin chờ gửi.</translation>
    </message>
</context>
</TS>
