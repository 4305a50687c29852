// edXML (QCVN 102:2016): the real VPCP / Bkav sample packages, writer → reader round trips, the exact form the
// writer emits, what the reader tolerates and what it refuses, and the memory a large attachment needs.
#include <catch2/catch.hpp>

#include "edxml/EdxmlReader.h"
#include "edxml/EdxmlWriter.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtEndian>
#include <zlib.h>

using namespace vanban;
using namespace vanban::edxml;

namespace {

QString sharedEdxml(const char* name) {
    return QStringLiteral(VANBAN_SHARED_TESTDATA "/edxml/") + QLatin1String(name);
}

bool haveSharedTestdata() {
    return QFileInfo::exists(sharedEdxml("vpcp_edoc_new.edxml"));
}

#define SKIP_WITHOUT_SHARED_TESTDATA()                                                                                 \
    if (!haveSharedTestdata()) {                                                                                       \
        WARN("shared testdata not found at " VANBAN_SHARED_TESTDATA "; skipped");                                      \
        return;                                                                                                        \
    }

QByteArray fileBytes(const QString& path) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

QString sha256Hex(const QByteArray& bytes) {
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QStringList filesIn(const QString& dir) {
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

Result<Package> readFile(const QString& path, const QString& dir) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return EdxmlReader::read(f, dir);
}

Result<Package> readBytes(const QByteArray& bytes, const QString& dir, const ReadLimits& limits = {}) {
    QByteArray copy = bytes;
    QBuffer b(&copy);
    REQUIRE(b.open(QIODevice::ReadOnly));
    return EdxmlReader::read(b, dir, limits);
}

QByteArray writeToBytes(const EdocPackage& p) {
    QByteArray out;
    QBuffer b(&out);
    REQUIRE(b.open(QIODevice::WriteOnly));
    const Status s = EdxmlWriter::writeEdoc(p, b);
    INFO((s.ok() ? std::string() : s.error().message.toStdString()));
    REQUIRE(s.ok());
    return out;
}

QByteArray pseudoRandomBytes(qsizetype size, quint32 seed) {
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator gen(seed);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char(gen.generate() & 0xff);
    return bytes;
}

void writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
}

// A zip archive built here, byte by byte: stored or deflated entries, with or without data descriptors.
struct ZipEntry {
    QByteArray name;
    QByteArray data;
    bool deflate = true;
    bool descriptor = false;
    bool encrypted = false;
};

QByteArray rawDeflate(const QByteArray& data) {
    z_stream z{};
    REQUIRE(deflateInit2(&z, 9, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) == Z_OK);
    QByteArray out(qsizetype(deflateBound(&z, uLong(data.size()))), Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = uInt(out.size());
    REQUIRE(deflate(&z, Z_FINISH) == Z_STREAM_END);
    out.resize(qsizetype(z.total_out));
    deflateEnd(&z);
    return out;
}

QByteArray makeZip(const QList<ZipEntry>& entries) {
    auto le16 = [](QByteArray& b, quint16 v) {
        char c[2];
        qToLittleEndian(v, c);
        b.append(c, 2);
    };
    auto le32 = [](QByteArray& b, quint32 v) {
        char c[4];
        qToLittleEndian(v, c);
        b.append(c, 4);
    };
    QByteArray zip, central;
    for (const ZipEntry& e : entries) {
        const QByteArray body = e.deflate ? rawDeflate(e.data) : e.data;
        const quint32 crc = quint32(crc32(0, reinterpret_cast<const Bytef*>(e.data.constData()), uInt(e.data.size())));
        const quint16 flags = quint16((e.descriptor ? 0x0008 : 0) | (e.encrypted ? 0x0001 : 0));
        const quint32 offset = quint32(zip.size());
        le32(zip, 0x04034b50);
        le16(zip, 20);
        le16(zip, flags);
        le16(zip, e.deflate ? 8 : 0);
        le32(zip, 0); // time, date
        le32(zip, e.descriptor ? 0 : crc);
        le32(zip, e.descriptor ? 0 : quint32(body.size()));
        le32(zip, e.descriptor ? 0 : quint32(e.data.size()));
        le16(zip, quint16(e.name.size()));
        le16(zip, 0);
        zip += e.name;
        zip += body;
        if (e.descriptor) {
            le32(zip, 0x08074b50);
            le32(zip, crc);
            le32(zip, quint32(body.size()));
            le32(zip, quint32(e.data.size()));
        }
        le32(central, 0x02014b50);
        le16(central, 20);
        le16(central, 20);
        le16(central, flags);
        le16(central, e.deflate ? 8 : 0);
        le32(central, 0);
        le32(central, crc);
        le32(central, quint32(body.size()));
        le32(central, quint32(e.data.size()));
        le16(central, quint16(e.name.size()));
        le32(central, 0); // extra, comment length
        le32(central, 0); // disk, internal attributes
        le32(central, 0); // external attributes
        le32(central, offset);
        central += e.name;
    }
    const quint32 centralOffset = quint32(zip.size());
    zip += central;
    le32(zip, 0x06054b50);
    le32(zip, 0);
    le16(zip, quint16(entries.size()));
    le16(zip, quint16(entries.size()));
    le32(zip, quint32(central.size()));
    le32(zip, centralOffset);
    le16(zip, 0);
    return zip;
}

// A hand-written package in the tolerant forms other producers use: no prefixes, "Business", "cid" missing,
// dd/MM/yyyy dates, children out of order, an xmldsig-namespaced signature, several ResponseFor.
QByteArray tolerantPackage(const QByteArray& attachmentXml, const QByteArray& promulgationDate = "05/03/2024") {
    return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
           "<edXML xmlns=\"http://www.mic.gov.vn/TBT/QCVN_102_2016\"><edXMLEnvelope><edXMLHeader><MessageHeader>"
           "<Subject>Về việc báo cáo &amp; tổng hợp</Subject>"
           "<From><OrganName>Sở Tài chính</OrganName><OrganId> 000.00.11.H53 </OrganId></From>"
           "<To><OrganId>000.00.01.A53</OrganId></To><To><OrganId>000.00.02.A53</OrganId><OrganAdd/></To>"
           "<Code><CodeNotation>STC-NS</CodeNotation><CodeNumber>15</CodeNumber></Code>"
           "<PromulgationInfo><PromulgationDate>" +
           promulgationDate +
           "</PromulgationDate><Place>Tây Ninh</Place></PromulgationInfo>"
           "<DueDate></DueDate>"
           "<ResponseFor><OrganId>000.00.00.G22</OrganId><Code>7816/VPCP-TTĐT</Code>"
           "<PromulgationDate>2015/09/30</PromulgationDate><DocumentId>A</DocumentId></ResponseFor>"
           "<ResponseFor><Code>12/UBND-VX</Code><DocumentId>B</DocumentId><OrganId>000.00.00.H41</OrganId></"
           "ResponseFor>"
           "<OtherInfo><Priority>3</Priority><Appendixes/></OtherInfo>"
           "</MessageHeader>"
           "<TraceHeaderList><Business><BusinessDocType>3</BusinessDocType><BusinessDocReason>Thay "
           "thế</BusinessDocReason>"
           "<ReplacementInfoList><ReplacementInfo><DocumentId>OLD</DocumentId><OrganIdList><OrganId>X1</OrganId>"
           "<OrganId>X2</OrganId></OrganIdList></ReplacementInfo></ReplacementInfoList></Business>"
           "<TraceHeader><Timestamp>05/03/2024 08:30:00</Timestamp><OrganId>000.00.11.H53</OrganId></TraceHeader>"
           "</TraceHeaderList>"
           "<ds:Signature xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\"><ds:SignedInfo/>"
           "<ds:SignatureValue>AAAA</ds:SignatureValue></ds:Signature>"
           "</edXMLHeader><edXMLBody><edXMLManifest><Reference><AttachmentName>to trinh.pdf</AttachmentName>"
           "<ContentId>att1</ContentId></Reference></edXMLManifest></edXMLBody></edXMLEnvelope>"
           "<AttachmentEncoded><Attachment>" +
           attachmentXml + "</Attachment></AttachmentEncoded></edXML>\n";
}

EdocPackage fullPackage(const QString& dir) {
    EdocPackage p;
    p.from = {QStringLiteral("000.00.11.H53"),      QStringLiteral("UBND tỉnh Tây Ninh"),
              QStringLiteral("Sở Tài chính"),       QStringLiteral("Số 1, đường Trần Hưng Đạo"),
              QStringLiteral("stc@tayninh.gov.vn"), QStringLiteral("0276 3822 111"),
              QStringLiteral("0276 3822 112"),      QStringLiteral("stc.tayninh.gov.vn")};
    Organization to1;
    to1.organId = QStringLiteral("000.00.01.A53");
    to1.organName = QStringLiteral("Văn phòng Tỉnh ủy");
    Organization to2;
    to2.organId = QStringLiteral("000.00.12.H53");
    to2.organName = QStringLiteral("Sở Nội vụ");
    to2.email = QStringLiteral("snv@tayninh.gov.vn");
    p.to = {to1, to2};
    p.codeNumber = QStringLiteral("2491");
    p.codeNotation = QStringLiteral("STC-BCTC");
    p.promulgationDate = QDate(2024, 3, 5);
    p.documentId = EdocPackage::makeDocumentId(p.from.organId, p.promulgationDate, p.codeNumber, p.codeNotation);
    p.place = QStringLiteral("Tây Ninh");
    p.type = 1;
    p.typeDetail = 2;
    p.typeName = QStringLiteral("Công văn");
    p.subject = QStringLiteral("V/v báo cáo tài chính quý I <năm 2024> & kế hoạch");
    p.content = QStringLiteral("Nội dung\nhai dòng");
    p.signer = {QStringLiteral("KT. GIÁM ĐỐC"), QStringLiteral("Phó Giám đốc"), QStringLiteral("Nguyễn Văn An")};
    p.dueDate = QDate(2024, 3, 20);
    p.toPlaces = {QStringLiteral("Như trên"), QStringLiteral("Lưu: VT, NS")};
    p.priority = 2;
    p.sphereOfPromulgation = QStringLiteral("Liên thông văn bản quốc gia");
    p.typerNotation = QStringLiteral("TVC");
    p.promulgationAmount = 5;
    p.pageAmount = 3;
    p.appendixes = {QStringLiteral("Phụ lục I"), QStringLiteral("Phụ lục II")};
    p.direction = true;
    p.responseFor = {{QStringLiteral("000.00.00.G22"), QStringLiteral("7816/VPCP-TTĐT"), QDate(2015, 9, 30),
                      QStringLiteral("000.00.00.G22,2015/09/30,7816/VPCP-TTĐT")}};
    p.steeringType = 1;
    p.traces = {{QStringLiteral("000.00.11.H53"), QDateTime(QDate(2024, 3, 5), QTime(8, 30, 0))}};
    p.business.docType = BusinessDocType::Update;
    p.business.reason = QStringLiteral("Cập nhật văn bản điện tử");
    p.business.documentInfo = 1;
    p.business.documentReceiver = 1;
    p.business.receivers = {{QStringLiteral("000.00.00.H41"), 0}, {QStringLiteral("000.00.00.H14"), 1}};
    p.business.replacements = {{QStringLiteral("000.00.11.H53,2024/01/02,1/STC"), {QStringLiteral("000.00.01.A53")}}};
    p.business.staff = {QStringLiteral("Văn thư"), QStringLiteral("Trần Thị Bình"), QStringLiteral("0912000001"),
                        QStringLiteral("vanthu@tayninh.gov.vn")};
    p.signatureXml =
        QStringLiteral("<Signature xmlns=\"http://www.w3.org/2000/09/xmldsig#\"><SignedInfo>"
                       "<Reference URI=\"\"/></SignedInfo><SignatureValue>QUJD</SignatureValue></Signature>");
    const QString first = QDir(dir).filePath(QStringLiteral("source-1.bin"));
    const QString second = QDir(dir).filePath(QStringLiteral("source-2.txt"));
    writeFile(first, pseudoRandomBytes(200 * 1024 + 1, 7)); // not a multiple of 3: padding
    writeFile(second, QByteArray("Báo cáo\n").repeated(1000));
    Attachment a1;
    a1.name = QStringLiteral("Báo cáo tài chính.pdf");
    a1.description = QStringLiteral("Văn bản chính");
    a1.contentType = QStringLiteral("application/pdf");
    a1.filePath = first;
    Attachment a2;
    a2.contentId = QStringLiteral("phuluc");
    a2.name = QStringLiteral("../../Phụ lục.txt"); // a hostile name: data only
    a2.filePath = second;
    p.attachments = {a1, a2};
    return p;
}

} // namespace

TEST_CASE("edXML: the VPCP new-document sample reads with its values, its zipped attachment unpacked") {
    SKIP_WITHOUT_SHARED_TESTDATA();
    QTemporaryDir dir;
    auto r = readFile(sharedEdxml("vpcp_edoc_new.edxml"), dir.path());
    INFO((r.ok() ? QString() : r.error().message).toStdString());
    REQUIRE(r.ok());
    REQUIRE(std::holds_alternative<EdocPackage>(*r));
    const EdocPackage& e = std::get<EdocPackage>(*r);
    CHECK(e.from.organId == QStringLiteral("000.00.11.H53"));
    CHECK(e.from.organName == QStringLiteral("Sở Tính"));
    REQUIRE(e.to.size() == 1);
    CHECK(e.to[0].organId == QStringLiteral("000.00.01.A53"));
    CHECK(e.to[0].organName == QStringLiteral("Văn phòng tỉnh ủy"));
    CHECK(e.documentId == QStringLiteral("000.00.11.H53,2020/10/30,2491/STC-BCTC"));
    CHECK(e.codeNumber == QStringLiteral("2491"));
    CHECK(e.codeNotation == QStringLiteral("STC-BCTC"));
    CHECK(e.promulgationDate == QDate(2020, 10, 30)); // written 30/10/2020
    CHECK(e.place == QStringLiteral("Tây Ninh"));
    CHECK(e.type == 1);
    CHECK(e.typeName == QStringLiteral("Công văn"));
    CHECK(e.subject == QStringLiteral("Báo cáo tài chính tỉnh"));
    CHECK(e.signer.competence.isEmpty());
    CHECK_FALSE(e.dueDate.isValid()); // empty element
    CHECK(e.priority == 0);
    CHECK(e.sphereOfPromulgation == QStringLiteral("Liên thông văn bản"));
    CHECK(e.promulgationAmount == 2);
    CHECK(e.pageAmount == 22);
    CHECK(e.appendixes.isEmpty());
    CHECK(e.steeringType == 1);
    CHECK(e.toPlaces ==
          QStringList{QStringLiteral("Cac bo va co quan ngang bo"), QStringLiteral("Uy ban nhan dan cac tinh, TP")});
    REQUIRE(e.traces.size() == 1);
    CHECK(e.traces[0].organId == QStringLiteral("000.00.00.G22"));
    CHECK(e.traces[0].timestamp == QDateTime(QDate(2018, 9, 28), QTime(0, 0)));
    CHECK(e.business.docType == BusinessDocType::New);
    CHECK(e.business.reason == QStringLiteral("Văn bản điện tử mới"));
    CHECK(e.business.documentId == QStringLiteral("000.00.00.G22,2014/02/30,7806/VPCP-TTĐT"));
    CHECK(e.business.staff.staff == QStringLiteral("Nguyễn Thị Ngọc Trâm"));
    CHECK(e.business.staff.mobile == QStringLiteral("84912000001"));
    // The placeholder signature, kept.
    CHECK(e.signatureXml.startsWith(QStringLiteral("<Signature")));
    CHECK(e.signatureXml.contains(QStringLiteral("<X509Certificate>MIIFqTCCBJG</X509Certificate>")));
    CHECK(e.signatureXml.contains(QStringLiteral("FwgIqsSYJshUS2+wlOM61L+q7Aw=")));
    // The attachment: a zip around a 388,347-byte .edxml entry.
    REQUIRE(e.attachments.size() == 1);
    const Attachment& a = e.attachments[0];
    CHECK(a.contentId == QStringLiteral("209"));
    CHECK(a.name == QStringLiteral("1896_QD-TTg_m_294779.doc"));
    CHECK(a.unzipped);
    CHECK(a.size == 388347);
    CHECK(QFileInfo(a.filePath).absolutePath() == QDir(dir.path()).absolutePath());
    const QByteArray inner = fileBytes(a.filePath);
    CHECK(inner.size() == 388347);
    CHECK(a.sha256 == sha256Hex(inner));
    CHECK(inner.contains("PRO-TEST-CASE1"));
    CHECK(filesIn(dir.path()) == QStringList{QFileInfo(a.filePath).fileName()});

    // The unpacked file is the VPCP test package, not namespace-well-formed (undeclared xlink: and edXML:
    // prefixes): the reader tolerates it, and its raw base64 PDF attachment comes out intact.
    QTemporaryDir innerDir;
    auto nested = readFile(a.filePath, innerDir.path());
    INFO((nested.ok() ? QString() : nested.error().message).toStdString());
    REQUIRE(nested.ok());
    const EdocPackage& n = std::get<EdocPackage>(*nested);
    CHECK(n.codeNumber == QStringLiteral("34E31"));
    CHECK(n.codeNotation == QStringLiteral("PRO-TEST-CASE1"));
    CHECK(n.from.organId == QStringLiteral("14.00.W00"));
    CHECK(n.signatureXml.contains(QStringLiteral("http://www.w3.org/2000/09/xmldsig#")));
    REQUIRE(n.attachments.size() == 1);
    CHECK(n.attachments[0].name == QStringLiteral("GUIDE_INSTALL OPENVPN.SIGNED.PDF"));
    CHECK_FALSE(n.attachments[0].unzipped);
    CHECK(n.attachments[0].size == 284937);
    CHECK(n.attachments[0].contentType == QStringLiteral("application/pdf"));
    CHECK(fileBytes(n.attachments[0].filePath).startsWith("%PDF-1.5"));
}

TEST_CASE("edXML: the VPCP update sample reads with three recipients and BussinessDocType 2") {
    SKIP_WITHOUT_SHARED_TESTDATA();
    QTemporaryDir dir;
    auto r = readFile(sharedEdxml("vpcp_edoc_update.edxml"), dir.path()); // CRLF line ends
    REQUIRE(r.ok());
    const EdocPackage& e = std::get<EdocPackage>(*r);
    CHECK(e.from.organId == QStringLiteral("000.00.00.G22"));
    REQUIRE(e.to.size() == 3);
    CHECK(e.to[0].organId == QStringLiteral("000.00.00.H53"));
    CHECK(e.to[1].organId == QStringLiteral("000.00.12.H53"));
    CHECK(e.to[2].organId == QStringLiteral("000.00.00.G17"));
    CHECK(e.documentId == QStringLiteral("000.00.00.G22,2015/09/30,7816/VPCP-TTĐT"));
    CHECK(e.codeNotation == QStringLiteral("VPCP-TTĐT"));
    CHECK(e.promulgationDate == QDate(2018, 9, 28));
    CHECK(e.dueDate == QDate(2018, 9, 28));
    CHECK(e.signer.competence == QStringLiteral("TL. BO TRUONG"));
    CHECK(e.signer.fullName == QStringLiteral("Nguyen Thanh Phuc"));
    CHECK(e.typerNotation == QStringLiteral("TVC"));
    CHECK(e.sphereOfPromulgation == QStringLiteral("Liên thông văn bản quốc gia"));
    CHECK(e.appendixes == QStringList{QStringLiteral("Công văn về việc kết nối, liên thông phần mềm quản lý văn bản")});
    CHECK(e.business.docType == BusinessDocType::Update);
    CHECK(e.business.reason == QStringLiteral("Cập nhật văn bản điện tử"));
    CHECK(e.business.documentInfo == 1);
    CHECK(e.business.documentReceiver == 1);
    REQUIRE(e.business.receivers.size() == 2);
    CHECK(e.business.receivers[0].organId == QStringLiteral("000.00.00.H41"));
    CHECK(e.business.receivers[0].receiverType == 0);
    CHECK(e.business.receivers[1].organId == QStringLiteral("000.00.00.H14"));
    CHECK(e.business.receivers[1].receiverType == 1);
    CHECK_FALSE(e.signatureXml.isEmpty());
    REQUIRE(e.attachments.size() == 1);
    CHECK(e.attachments[0].size == 388347);
    CHECK(e.attachments[0].unzipped);

    // Same inner file as the new-document sample (only the zip entry's name differs).
    QTemporaryDir other;
    auto n = readFile(sharedEdxml("vpcp_edoc_new.edxml"), other.path());
    REQUIRE(n.ok());
    CHECK(std::get<EdocPackage>(*n).attachments[0].sha256 == e.attachments[0].sha256);
}

TEST_CASE("edXML: the status 05 sample reads as a status package") {
    SKIP_WITHOUT_SHARED_TESTDATA();
    QTemporaryDir dir;
    auto r = readFile(sharedEdxml("status_05.edxml"), dir.path());
    REQUIRE(r.ok());
    REQUIRE(std::holds_alternative<StatusPackage>(*r));
    const StatusPackage& s = std::get<StatusPackage>(*r);
    CHECK(s.statusCode == QStringLiteral("05"));
    CHECK(s.description == QStringLiteral("Đang xử lý văn bản đến"));
    CHECK(s.timestamp == QDateTime(QDate(2015, 9, 20), QTime(11, 8, 36)));
    CHECK(s.from.organId == QStringLiteral("000.00.00.H41"));
    CHECK(s.from.organName == QStringLiteral("UBND Tỉnh Nghệ An"));
    CHECK(s.from.organizationInCharge == QStringLiteral("UBND Tỉnh Nghệ An"));
    CHECK(s.from.telephone == QStringLiteral("0383 840418"));
    REQUIRE(s.responseFor.size() == 1);
    CHECK(s.responseFor[0].organId == QStringLiteral("000.00.00.G22"));
    CHECK(s.responseFor[0].code == QStringLiteral("7816/VPCP-TTĐT"));
    CHECK(s.responseFor[0].promulgationDate == QDate(2015, 9, 30));
    CHECK(s.responseFor[0].documentId == QStringLiteral("000.00.00.G22,2015/09/30,7816/VPCP-TTĐT"));
    CHECK(s.staff.department == QStringLiteral("Phong hanh chinh"));
    CHECK(s.staff.staff == QStringLiteral("Nguyen thi ngoc tram"));
    CHECK(s.staff.mobile == QStringLiteral("84912000001"));
    CHECK(s.staff.email == QStringLiteral("ngoctram@nghean.vn"));
    CHECK(filesIn(dir.path()).isEmpty());
}

TEST_CASE("edXML: reading the header only lists attachments and writes nothing") {
    SKIP_WITHOUT_SHARED_TESTDATA();
    QFile f(sharedEdxml("vpcp_edoc_update.edxml"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    auto r = EdxmlReader::readHeaderOnly(f);
    REQUIRE(r.ok());
    const EdocPackage& e = std::get<EdocPackage>(*r);
    CHECK(e.documentId == QStringLiteral("000.00.00.G22,2015/09/30,7816/VPCP-TTĐT"));
    CHECK(e.business.docType == BusinessDocType::Update);
    REQUIRE(e.attachments.size() == 1);
    CHECK(e.attachments[0].contentId == QStringLiteral("209"));
    CHECK(e.attachments[0].name == QStringLiteral("1896_QD-TTg_m_294779.doc"));
    CHECK(e.attachments[0].contentType == QStringLiteral("application/zip"));
    CHECK(e.attachments[0].filePath.isEmpty());
}

TEST_CASE("edXML: a full document survives writer → reader, attachments byte for byte") {
    QTemporaryDir src, dst;
    const EdocPackage p = fullPackage(src.path());
    const QByteArray xml = writeToBytes(p);
    auto r = readBytes(xml, dst.path());
    INFO((r.ok() ? QString() : r.error().message).toStdString());
    REQUIRE(r.ok());
    const EdocPackage& e = std::get<EdocPackage>(*r);
    CHECK(e.from.organId == p.from.organId);
    CHECK(e.from.organizationInCharge == p.from.organizationInCharge);
    CHECK(e.from.organAdd == p.from.organAdd);
    CHECK(e.from.website == p.from.website);
    REQUIRE(e.to.size() == 2);
    CHECK(e.to[1].organId == p.to[1].organId);
    CHECK(e.to[1].email == p.to[1].email);
    CHECK(e.documentId == QStringLiteral("000.00.11.H53,2024/03/05,2491/STC-BCTC"));
    CHECK(e.codeNumber == p.codeNumber);
    CHECK(e.codeNotation == p.codeNotation);
    CHECK(e.promulgationDate == p.promulgationDate);
    CHECK(e.place == p.place);
    CHECK(e.typeDetail == 2);
    CHECK(e.typeName == p.typeName);
    CHECK(e.subject == p.subject);
    CHECK(e.content == p.content);
    CHECK(e.signer.competence == p.signer.competence);
    CHECK(e.signer.fullName == p.signer.fullName);
    CHECK(e.dueDate == p.dueDate);
    CHECK(e.toPlaces == p.toPlaces);
    CHECK(e.priority == 2);
    CHECK(e.sphereOfPromulgation == p.sphereOfPromulgation);
    CHECK(e.typerNotation == p.typerNotation);
    CHECK(e.promulgationAmount == 5);
    CHECK(e.pageAmount == 3);
    CHECK(e.appendixes == p.appendixes);
    CHECK(e.direction);
    REQUIRE(e.responseFor.size() == 1);
    CHECK(e.responseFor[0].code == QStringLiteral("7816/VPCP-TTĐT"));
    CHECK(e.responseFor[0].promulgationDate == QDate(2015, 9, 30));
    CHECK(e.responseFor[0].documentId == p.responseFor[0].documentId);
    CHECK(e.steeringType == 1);
    REQUIRE(e.traces.size() == 1);
    CHECK(e.traces[0].timestamp == p.traces[0].timestamp);
    CHECK(e.business.docType == BusinessDocType::Update);
    CHECK(e.business.documentId == p.documentId); // written from the message's DocumentId
    CHECK(e.business.reason == p.business.reason);
    REQUIRE(e.business.receivers.size() == 2);
    CHECK(e.business.receivers[1].receiverType == 1);
    REQUIRE(e.business.replacements.size() == 1);
    CHECK(e.business.replacements[0].organIds == p.business.replacements[0].organIds);
    CHECK(e.business.staff.email == p.business.staff.email);
    CHECK(e.signatureXml.contains(QStringLiteral("<SignatureValue>QUJD</SignatureValue>")));
    CHECK(e.signatureXml.contains(QStringLiteral("xmlns=\"http://www.w3.org/2000/09/xmldsig#\"")));

    REQUIRE(e.attachments.size() == 2);
    for (int i = 0; i < 2; ++i) {
        const QByteArray original = fileBytes(p.attachments[i].filePath);
        const QByteArray read = fileBytes(e.attachments[i].filePath);
        CHECK(read == original);
        CHECK(e.attachments[i].size == original.size());
        CHECK(e.attachments[i].sha256 == sha256Hex(original));
        CHECK(e.attachments[i].name == p.attachments[i].name);
        CHECK_FALSE(e.attachments[i].unzipped);
    }
    CHECK(e.attachments[0].contentId == QStringLiteral("1"));
    CHECK(e.attachments[0].description == p.attachments[0].description);
    CHECK(e.attachments[0].contentType == QStringLiteral("application/pdf"));
    CHECK(e.attachments[1].contentId == QStringLiteral("phuluc"));
    // The hostile name stays data: the file is inside the folder under a generated name.
    CHECK(QFileInfo(e.attachments[1].filePath).absolutePath() == QDir(dst.path()).absolutePath());
    CHECK(QFileInfo(e.attachments[1].filePath).fileName() == QStringLiteral("attachment-2.txt"));
    CHECK(filesIn(dst.path()).size() == 2);
}

TEST_CASE("edXML: a status package survives writer → reader") {
    StatusPackage s;
    s.from.organId = QStringLiteral("000.00.00.H41");
    s.from.organName = QStringLiteral("UBND tỉnh Nghệ An");
    s.responseFor = {
        {QStringLiteral("000.00.00.G22"), QStringLiteral("7816/VPCP-TTĐT"), QDate(2015, 9, 30),
         QStringLiteral("000.00.00.G22,2015/09/30,7816/VPCP-TTĐT")},
        {QStringLiteral("000.00.00.G17"), QStringLiteral("5/SXD"), QDate(2016, 1, 2), QStringLiteral("X")}};
    s.staff = {QStringLiteral("Phòng Hành chính"), QStringLiteral("Lê Văn Cường"), QStringLiteral("0912"),
               QStringLiteral("c@nghean.gov.vn")};
    s.statusCode = QStringLiteral("03");
    s.description = QStringLiteral("Đã tiếp nhận, vào sổ");
    s.timestamp = QDateTime(QDate(2024, 3, 6), QTime(14, 5, 9));
    QByteArray xml;
    QBuffer b(&xml);
    REQUIRE(b.open(QIODevice::WriteOnly));
    REQUIRE(EdxmlWriter::writeStatus(s, b).ok());
    b.close();
    QTemporaryDir dir;
    auto r = readBytes(xml, dir.path());
    REQUIRE(r.ok());
    REQUIRE(std::holds_alternative<StatusPackage>(*r));
    const StatusPackage& t = std::get<StatusPackage>(*r);
    CHECK(t.from.organId == s.from.organId);
    CHECK(t.from.organName == s.from.organName);
    REQUIRE(t.responseFor.size() == 2);
    CHECK(t.responseFor[1].code == QStringLiteral("5/SXD"));
    CHECK(t.responseFor[1].promulgationDate == QDate(2016, 1, 2));
    CHECK(t.staff.staff == s.staff.staff);
    CHECK(t.statusCode == QStringLiteral("03"));
    CHECK(t.description == s.description);
    CHECK(t.timestamp == s.timestamp);
    CHECK(xml.contains("<edXML:Timestamp>2024/03/06 14:05:09</edXML:Timestamp>"));
    CHECK(xml.contains("<edXML:Code>7816/VPCP-TTĐT</edXML:Code>"));

    // Codes that are never sent, and missing fields, are refused before anything is written.
    for (const char* code : {"07", "100", "200", "5", ""}) {
        StatusPackage bad = s;
        bad.statusCode = QLatin1String(code);
        QByteArray none;
        QBuffer nb(&none);
        REQUIRE(nb.open(QIODevice::WriteOnly));
        const Status st = EdxmlWriter::writeStatus(bad, nb);
        REQUIRE_FALSE(st.ok());
        CHECK(st.error().code == ErrorCode::Invalid);
        CHECK(st.error().field == QStringLiteral("StatusCode"));
        CHECK(st.error().message.contains(QStringLiteral("<StatusCode>")));
        CHECK(none.isEmpty());
    }
    StatusPackage noTarget = s;
    noTarget.responseFor.clear();
    CHECK(EdxmlWriter::validate(noTarget).error().field == QStringLiteral("ResponseFor"));
    StatusPackage noCode = s;
    noCode.responseFor[0].code.clear();
    CHECK(EdxmlWriter::validate(noCode).error().field == QStringLiteral("Code"));
}

TEST_CASE("edXML: the writer emits the prefixed VPCP form") {
    QTemporaryDir src;
    const EdocPackage p = fullPackage(src.path());
    const QByteArray xml = writeToBytes(p);
    CHECK(xml.startsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>"));
    const QString ns = QLatin1String(kNamespace);
    QXmlStreamReader r(xml);
    QStringList path; // qualified names of the open elements
    QStringList headerOrder, fromOrder, elementsSeen;
    QString promulgationDate, timestamp;
    QStringList contentIds;
    bool insideEnvelopeAllPrefixed = true;
    int contentTransferEncoded = 0;
    while (!r.atEnd()) {
        const auto t = r.readNext();
        if (t == QXmlStreamReader::StartElement) {
            const QString q = r.qualifiedName().toString();
            if (r.name() != QLatin1String("Signature") && !path.contains(QStringLiteral("Signature")))
                CHECK(r.namespaceUri() == ns); // everything but the XMLDSig signature is in the edXML namespace
            if (path.isEmpty()) {
                CHECK(q == QStringLiteral("edXML"));
                REQUIRE(r.namespaceDeclarations().size() == 1);
                CHECK(r.namespaceDeclarations()[0].prefix().isEmpty());
                CHECK(r.namespaceDeclarations()[0].namespaceUri() == ns);
            } else if (path.size() == 1) {
                CHECK((q == QStringLiteral("edXML:edXMLEnvelope") || q == QStringLiteral("AttachmentEncoded")));
            } else if (path[1] == QStringLiteral("edXML:edXMLEnvelope") &&
                       !path.contains(QStringLiteral("Signature"))) {
                if (r.prefix() != QLatin1String("edXML") && r.name() != QLatin1String("Signature")) {
                    insideEnvelopeAllPrefixed = false;
                    UNSCOPED_INFO("unprefixed in the envelope: " << q.toStdString());
                }
            } else if (path[1] == QStringLiteral("AttachmentEncoded")) {
                if (r.name() == QLatin1String("ContentTransferEncoded")) {
                    ++contentTransferEncoded;
                    CHECK(q == QStringLiteral("edXML:ContentTransferEncoded"));
                } else {
                    CHECK(r.prefix().isEmpty());
                }
            }
            if (path.size() == 4 && path[3] == QStringLiteral("edXML:MessageHeader"))
                headerOrder << r.name().toString();
            if (path.size() == 5 && path[4] == QStringLiteral("edXML:From"))
                fromOrder << r.name().toString();
            elementsSeen << r.name().toString();
            path << q;
        } else if (t == QXmlStreamReader::EndElement) {
            path.removeLast();
        } else if (t == QXmlStreamReader::Characters && !r.isWhitespace() && !path.isEmpty()) {
            if (path.last() == QStringLiteral("edXML:PromulgationDate") && path.size() == 6 &&
                path[4] == QStringLiteral("edXML:PromulgationInfo"))
                promulgationDate = r.text().toString();
            if (path.last() == QStringLiteral("edXML:Timestamp"))
                timestamp = r.text().toString();
            if (path.last().endsWith(QStringLiteral("ContentId")))
                contentIds << r.text().toString();
        }
    }
    INFO(r.errorString().toStdString());
    REQUIRE_FALSE(r.hasError());
    CHECK(insideEnvelopeAllPrefixed);
    CHECK(contentTransferEncoded == 2);
    CHECK(headerOrder == QStringList{"From", "To", "To", "DocumentId", "Code", "PromulgationInfo", "DocumentType",
                                     "Subject", "Content", "SignerInfo", "DueDate", "OtherInfo", "ResponseFor",
                                     "SteeringType", "ToPlaces"});
    CHECK(fromOrder == QStringList{"OrganId", "OrganizationInCharge", "OrganName", "OrganAdd", "Email", "Telephone",
                                   "Fax", "Website"});
    CHECK(elementsSeen.contains(QStringLiteral("Bussiness")));
    CHECK(elementsSeen.contains(QStringLiteral("BussinessDocType")));
    CHECK(elementsSeen.contains(QStringLiteral("BussinessDocumentInfo")));
    CHECK_FALSE(elementsSeen.contains(QStringLiteral("Business")));
    CHECK(elementsSeen.contains(QStringLiteral("TraceHeaderList")));
    CHECK(promulgationDate == QStringLiteral("2024/03/05"));
    CHECK(timestamp == QStringLiteral("2024/03/05 08:30:00"));
    CHECK(contentIds == QStringList{"cid:1", "cid:phuluc", "cid:1", "cid:phuluc"}); // manifest, then attachments
}

TEST_CASE("edXML: the writer refuses a package without its required elements") {
    QTemporaryDir src;
    const EdocPackage good = fullPackage(src.path());
    REQUIRE(EdxmlWriter::validate(good).ok());
    struct Case {
        const char* field;
        std::function<void(EdocPackage&)> spoil;
    };
    const QList<Case> cases = {
        {"OrganId", [](EdocPackage& p) { p.from.organId.clear(); }},
        {"To", [](EdocPackage& p) { p.to.clear(); }},
        {"DocumentId", [](EdocPackage& p) { p.documentId.clear(); }},
        {"CodeNumber", [](EdocPackage& p) { p.codeNumber.clear(); }},
        {"PromulgationDate", [](EdocPackage& p) { p.promulgationDate = QDate(); }},
        {"Subject", [](EdocPackage& p) { p.subject = QStringLiteral("  "); }},
        {"Priority", [](EdocPackage& p) { p.priority = 5; }},
        {"AttachmentName", [](EdocPackage& p) { p.attachments[0].name.clear(); }},
        {"ContentId", [](EdocPackage& p) { p.attachments[0].contentId = QStringLiteral("phuluc"); }},
        {"ContentTransferEncoded", [](EdocPackage& p) { p.attachments[1].filePath += QStringLiteral(".missing"); }},
        {"Content", [](EdocPackage& p) { p.content = QStringLiteral("bell \x07"); }},
        {"Signature", [](EdocPackage& p) { p.signatureXml = QStringLiteral("<Signature><a></Signature>"); }},
    };
    for (const Case& c : cases) {
        EdocPackage p = good;
        c.spoil(p);
        QByteArray out;
        QBuffer b(&out);
        REQUIRE(b.open(QIODevice::WriteOnly));
        const Status s = EdxmlWriter::writeEdoc(p, b);
        INFO(c.field);
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().field == QLatin1String(c.field));
        CHECK(s.error().message.contains(QLatin1Char('<')));
        CHECK(out.isEmpty()); // refused before writing
    }
}

TEST_CASE("edXML: the reader tolerates what other producers write") {
    const QByteArray raw = pseudoRandomBytes(5000, 3);
    // Raw base64 broken into lines with CR written as a character reference; ContentId without "cid:".
    QByteArray b64 = raw.toBase64();
    QByteArray lines;
    for (qsizetype i = 0; i < b64.size(); i += 76)
        lines += b64.mid(i, 76) + "&#13;\n";
    QTemporaryDir dir;
    auto r = readBytes(tolerantPackage("<ContentTransferEncoded>" + lines +
                                       "</ContentTransferEncoded><ContentType>application/pdf</ContentType>"
                                       "<ContentId>att1</ContentId><AttachmentName>to trinh.pdf</AttachmentName>"),
                       dir.path());
    INFO((r.ok() ? QString() : r.error().message).toStdString());
    REQUIRE(r.ok());
    const EdocPackage& e = std::get<EdocPackage>(*r);
    CHECK(e.from.organId == QStringLiteral("000.00.11.H53")); // trimmed
    CHECK(e.to.size() == 2);
    CHECK(e.subject == QStringLiteral("Về việc báo cáo & tổng hợp"));
    CHECK(e.codeNumber == QStringLiteral("15"));
    CHECK(e.codeNotation == QStringLiteral("STC-NS"));
    CHECK(e.promulgationDate == QDate(2024, 3, 5));
    // No DocumentId in the package: formed from its parts.
    CHECK(e.documentId == QStringLiteral("000.00.11.H53,2024/03/05,15/STC-NS"));
    CHECK(e.priority == 3);
    REQUIRE(e.responseFor.size() == 2);
    CHECK(e.responseFor[1].organId == QStringLiteral("000.00.00.H41"));
    CHECK(e.business.docType == BusinessDocType::Replace);
    CHECK(e.business.reason == QStringLiteral("Thay thế"));
    REQUIRE(e.business.replacements.size() == 1);
    CHECK(e.business.replacements[0].organIds == QStringList{"X1", "X2"});
    REQUIRE(e.traces.size() == 1);
    CHECK(e.traces[0].timestamp == QDateTime(QDate(2024, 3, 5), QTime(8, 30)));
    CHECK(e.signatureXml.startsWith(QStringLiteral("<ds:Signature")));
    CHECK(e.signatureXml.contains(QStringLiteral("<ds:SignatureValue>AAAA</ds:SignatureValue>")));
    REQUIRE(e.attachments.size() == 1);
    CHECK(e.attachments[0].contentId == QStringLiteral("att1"));
    CHECK(e.attachments[0].contentType == QStringLiteral("application/pdf"));
    CHECK_FALSE(e.attachments[0].unzipped);
    CHECK(fileBytes(e.attachments[0].filePath) == raw);
    CHECK(e.attachments[0].sha256 == sha256Hex(raw));

    SECTION("any prefix bound to the edXML namespace") {
        const QByteArray xml = "<q:edXML xmlns:q=\"http://www.mic.gov.vn/TBT/QCVN_102_2016\"><q:edXMLEnvelope>"
                               "<q:edXMLHeader><q:MessageHeader><q:From><q:OrganId>A</q:OrganId></q:From>"
                               "<q:DocumentId>A,2024/01/01,1</q:DocumentId><q:Subject>S</q:Subject>"
                               "<foreign:Subject xmlns:foreign=\"urn:other\">not this</foreign:Subject>"
                               "</q:MessageHeader></q:edXMLHeader></q:edXMLEnvelope></q:edXML>";
        QTemporaryDir d;
        auto p = readBytes(xml, d.path());
        REQUIRE(p.ok());
        CHECK(std::get<EdocPackage>(*p).subject == QStringLiteral("S"));
    }
    SECTION("zipped: a stored entry, a deflated entry with a data descriptor, whatever the entry's name") {
        const QByteArray content = QByteArray("Tờ trình số 15\n").repeated(3000);
        for (const bool deflate : {false, true}) {
            const QByteArray zip = makeZip({{"khac-ten.bin", content, deflate, deflate}});
            QTemporaryDir d;
            auto p = readBytes(tolerantPackage("<ContentId>cid:att1</ContentId><ContentType>application/zip"
                                               "</ContentType><ContentTransferEncoded>" +
                                               zip.toBase64() + "</ContentTransferEncoded>"),
                               d.path());
            REQUIRE(p.ok());
            const Attachment& a = std::get<EdocPackage>(*p).attachments[0];
            CHECK(a.unzipped);
            CHECK(a.name == QStringLiteral("to trinh.pdf")); // from the manifest
            CHECK(fileBytes(a.filePath) == content);
            CHECK(a.size == content.size());
            CHECK(a.sha256 == sha256Hex(content));
        }
    }
    SECTION("a document that is a zip itself (.docx) is kept as it is") {
        const QByteArray docx = makeZip({{"[Content_Types].xml", "<Types/>"}, {"word/document.xml", "<w:document/>"}});
        QTemporaryDir d;
        auto p = readBytes(tolerantPackage("<ContentId>att1</ContentId><AttachmentName>Quyết định.docx"
                                           "</AttachmentName><ContentTransferEncoded>" +
                                           docx.toBase64() + "</ContentTransferEncoded>"),
                           d.path());
        REQUIRE(p.ok());
        const Attachment& a = std::get<EdocPackage>(*p).attachments[0];
        CHECK_FALSE(a.unzipped);
        CHECK(fileBytes(a.filePath) == docx);
        CHECK(filesIn(d.path()).size() == 1);
    }
}

TEST_CASE("edXML: malformed packages are refused, naming the element, leaving nothing behind") {
    QTemporaryDir src;
    const QByteArray good = writeToBytes(fullPackage(src.path()));
    const QByteArray attachment = "<ContentId>att1</ContentId><ContentTransferEncoded>";
    struct Case {
        const char* what;
        QByteArray xml;
        const char* element; // named in the message as <element>
        ReadLimits limits = {};
    };
    ReadLimits small;
    small.maxAttachmentBytes = 1 << 20;
    QByteArray deep = "<edXML>";
    for (int i = 0; i < 200; ++i)
        deep += "<a>";
    const QList<Case> cases = {
        // Cut inside the second attachment's base64: the first attachment was already written.
        {"truncated", good.left(good.lastIndexOf("</edXML:ContentTransferEncoded>") - 100), "ContentTransferEncoded"},
        {"truncated in the header", good.left(good.indexOf("</edXML:Subject>")), "Subject"},
        {"wrong root", "<?xml version=\"1.0\"?><html><body/></html>", "html"},
        {"not XML", "PK\x03\x04 this is a zip, not a package", "edXML"},
        {"bad date", tolerantPackage(attachment + "QUJD</ContentTransferEncoded>", "30/02/2020"), "PromulgationDate"},
        {"bad base64", tolerantPackage(attachment + "QUJD$$$$</ContentTransferEncoded>"), "ContentTransferEncoded"},
        {"base64 cut short", tolerantPackage(attachment + "QUJDR</ContentTransferEncoded>"), "ContentTransferEncoded"},
        {"corrupt zip",
         tolerantPackage(
             attachment +
             QByteArray(makeZip({{"a.pdf", pseudoRandomBytes(5000, 9)}}).left(2000) + "garbage").toBase64() +
             "</ContentTransferEncoded>"),
         "ContentTransferEncoded"},
        {"zip CRC wrong",
         tolerantPackage(attachment +
                         makeZip({{"a.pdf", QByteArray(5000, 'x'), false}}).replace("xxxx", "xxxy").toBase64() +
                         "</ContentTransferEncoded>"),
         "ContentTransferEncoded"},
        {"encrypted zip",
         tolerantPackage(attachment + makeZip({{"a.pdf", "secret", false, false, true}}).toBase64() +
                         "</ContentTransferEncoded>"),
         "ContentTransferEncoded"},
        {"two files in the transport zip",
         tolerantPackage(attachment + makeZip({{"a.pdf", "one"}, {"b.pdf", "two"}}).toBase64() +
                         "</ContentTransferEncoded>"),
         "ContentTransferEncoded"},
        {"zip bomb",
         tolerantPackage(attachment + makeZip({{"a.pdf", QByteArray(8 << 20, '\0')}}).toBase64() +
                         "</ContentTransferEncoded>"),
         "ContentTransferEncoded", small},
        {"DTD",
         "<?xml version=\"1.0\"?><!DOCTYPE edXML [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;\">]>"
         "<edXML>&b;</edXML>",
         "!DOCTYPE"},
        {"nested too deep", deep, "a"},
        {"no message header", "<edXML xmlns=\"http://www.mic.gov.vn/TBT/QCVN_102_2016\"/>", "edXMLHeader"},
        {"manifest names a missing attachment",
         tolerantPackage("<ContentId>other</ContentId><ContentTransferEncoded>QUJD</ContentTransferEncoded>"),
         "Reference"},
        {"attachment without content", tolerantPackage("<ContentId>att1</ContentId>"), "Attachment"},
        {"BussinessDocType out of range",
         tolerantPackage(attachment + "QUJD</ContentTransferEncoded>")
             .replace("<BusinessDocType>3<", "<BusinessDocType>7<"),
         "BusinessDocType"},
    };
    for (const Case& c : cases) {
        INFO(c.what);
        QTemporaryDir dir;
        auto r = readBytes(c.xml, dir.path(), c.limits);
        REQUIRE_FALSE(r.ok());
        INFO(r.error().message.toStdString());
        CHECK(r.error().code == ErrorCode::Invalid);
        CHECK(r.error().message.contains(QLatin1Char('<') + QLatin1String(c.element) + QLatin1Char('>')));
        CHECK(filesIn(dir.path()).isEmpty());
    }
}

TEST_CASE("edXML: a bad date is reported with the element and the value") {
    QTemporaryDir dir;
    auto r = readBytes(tolerantPackage("<ContentId>att1</ContentId><ContentTransferEncoded>QUJD"
                                       "</ContentTransferEncoded>",
                                       "30/02/2020"),
                       dir.path());
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().field == QStringLiteral("PromulgationDate"));
    CHECK(r.error().message == QStringLiteral("<PromulgationDate>: “30/02/2020” is not a date."));
}

namespace {
// Peak resident memory (VmHWM) and current (VmRSS), in kB.
qint64 procStatusKb(const char* key) {
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith(key))
            return line.mid(qsizetype(qstrlen(key))).trimmed().split(' ').value(0).toLongLong();
    return -1;
}
bool resetPeakRss() {
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    return f.open(QIODevice::WriteOnly) && f.write("5") == 1;
}
} // namespace

TEST_CASE("edXML: a 64 MB attachment goes through writer and reader in bounded memory") {
    if (procStatusKb("VmHWM:") < 0) {
        WARN("/proc/self/status is not available; skipped");
        return;
    }
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("large.bin"));
    QCryptographicHash sourceHash(QCryptographicHash::Sha256);
    {
        QFile f(source);
        REQUIRE(f.open(QIODevice::WriteOnly));
        QRandomGenerator gen(42);
        QByteArray block(1 << 20, Qt::Uninitialized);
        for (int i = 0; i < 64; ++i) {
            gen.fillRange(reinterpret_cast<quint32*>(block.data()), block.size() / 4);
            sourceHash.addData(block);
            REQUIRE(f.write(block) == block.size());
        }
    }
    EdocPackage p = fullPackage(dir.path());
    p.attachments.resize(1);
    p.attachments[0].filePath = source;
    const QString package = dir.filePath(QStringLiteral("large.edxml"));
    const bool canReset = resetPeakRss();
    const qint64 beforeWrite = canReset ? procStatusKb("VmRSS:") : procStatusKb("VmHWM:");
    {
        QFile out(package);
        REQUIRE(out.open(QIODevice::WriteOnly));
        REQUIRE(EdxmlWriter::writeEdoc(p, out).ok());
    }
    const qint64 writeGrowth = procStatusKb("VmHWM:") - beforeWrite;
    CHECK(QFileInfo(package).size() > 64 * 4 / 3 * (1 << 20));

    resetPeakRss();
    const qint64 beforeRead = canReset ? procStatusKb("VmRSS:") : procStatusKb("VmHWM:");
    const QString out = dir.filePath(QStringLiteral("out"));
    QFile in(package);
    REQUIRE(in.open(QIODevice::ReadOnly));
    auto r = EdxmlReader::read(in, out);
    const qint64 readGrowth = procStatusKb("VmHWM:") - beforeRead;
    REQUIRE(r.ok());
    const Attachment& a = std::get<EdocPackage>(*r).attachments[0];
    CHECK(a.size == 64 << 20);
    CHECK(a.sha256 == QString::fromLatin1(sourceHash.result().toHex()));
    INFO("peak RSS growth: write " << writeGrowth << " kB, read " << readGrowth << " kB");
    CHECK(writeGrowth < 64 * 1024);
    CHECK(readGrowth < 64 * 1024);
}
