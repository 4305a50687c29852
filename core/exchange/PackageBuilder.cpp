#include "exchange/PackageBuilder.h"

#include "edxml/EdxmlWriter.h"

#include <QFileInfo>
#include <QTemporaryFile>

namespace vanban {

using edxml::Attachment;
using edxml::BusinessDocType;
using edxml::EdocPackage;
using edxml::Package;
using edxml::Receiver;
using edxml::ResponseFor;
using edxml::StatusPackage;
using edxml::TraceHeader;

QString PackageBuilder::contentTypeFor(const QString& fileName) {
    static const QHash<QString, QString> types = {
        {QStringLiteral("pdf"), QStringLiteral("application/pdf")},
        {QStringLiteral("doc"), QStringLiteral("application/msword")},
        {QStringLiteral("docx"),
         QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.document")},
        {QStringLiteral("xls"), QStringLiteral("application/vnd.ms-excel")},
        {QStringLiteral("xlsx"), QStringLiteral("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")},
        {QStringLiteral("odt"), QStringLiteral("application/vnd.oasis.opendocument.text")},
        {QStringLiteral("zip"), QStringLiteral("application/zip")},
        {QStringLiteral("xml"), QStringLiteral("application/xml")},
        {QStringLiteral("txt"), QStringLiteral("text/plain")},
        {QStringLiteral("jpg"), QStringLiteral("image/jpeg")},
        {QStringLiteral("jpeg"), QStringLiteral("image/jpeg")},
        {QStringLiteral("png"), QStringLiteral("image/png")},
        {QStringLiteral("tif"), QStringLiteral("image/tiff")},
        {QStringLiteral("tiff"), QStringLiteral("image/tiff")},
    };
    return types.value(QFileInfo(fileName).suffix().toLower(), QStringLiteral("application/octet-stream"));
}

QString PackageBuilder::statusDescription(const QString& code) {
    // Descriptions travel to other agencies: always Vietnamese, whatever the user's language.
    static const QHash<QString, QString> texts = {
        {QStringLiteral("01"), QStringLiteral("Đã đến - Phần mềm QLVB đã nhận nhưng văn thư chưa xử lý")},
        {QStringLiteral("02"), QStringLiteral("Từ chối tiếp nhận")},
        {QStringLiteral("03"), QStringLiteral("Đã tiếp nhận, vào sổ văn bản đến")},
        {QStringLiteral("04"), QStringLiteral("Đã phân công xử lý")},
        {QStringLiteral("05"), QStringLiteral("Đang xử lý")},
        {QStringLiteral("06"), QStringLiteral("Hoàn thành")},
        {QStringLiteral("13"), QStringLiteral("Yêu cầu lấy lại văn bản")},
        {QStringLiteral("15"), QStringLiteral("Đồng ý lấy lại / cập nhật")},
        {QStringLiteral("16"), QStringLiteral("Từ chối lấy lại / cập nhật")},
    };
    return texts.value(code);
}

EdocPackage PackageBuilder::edocFor(const Document& document, const QString& signerPosition,
                                    const AgencyProfile& agency, const QList<Organization>& recipients,
                                    const BlobStore& blobs, const QDateTime& now) {
    EdocPackage p;
    p.from.organId = agency.organId;
    p.from.organName = agency.organName;
    for (const Organization& r : recipients) {
        edxml::Organization to;
        to.organId = r.organId;
        to.organName = r.name;
        p.to << to;
        p.business.receivers << Receiver{r.organId, 0};
    }
    p.codeNumber = document.codeNumber;
    p.codeNotation = document.codeNotation;
    p.promulgationDate = document.issuedDate;
    p.documentId =
        EdocPackage::makeDocumentId(agency.organId, document.issuedDate, document.codeNumber, document.codeNotation);
    p.typeName = document.typeName;
    p.subject = document.subject;
    p.content = document.subject;
    p.signer.fullName = document.signerFullName;
    p.signer.position = signerPosition;
    p.dueDate = document.dueDate;
    p.priority = int(document.priority);
    p.pageAmount = document.pageAmount;
    p.sphereOfPromulgation = QStringLiteral("Liên thông văn bản");
    p.traces << TraceHeader{agency.organId, now};
    p.business.documentId = p.documentId;
    p.business.docType = BusinessDocType::New;
    int n = 0;
    for (const DocumentFile& f : document.files) {
        Attachment a;
        a.contentId = QStringLiteral("%1.%2").arg(++n).arg(f.sha256.left(16));
        a.name = f.name;
        a.description = f.position == 0 ? QStringLiteral("Văn bản chính") : QStringLiteral("Phụ lục");
        a.contentType = contentTypeFor(f.name);
        a.filePath = blobs.pathOf(f.sha256);
        a.size = f.size;
        a.sha256 = f.sha256;
        p.attachments << a;
    }
    return p;
}

StatusPackage PackageBuilder::statusFor(const StatusTarget& target, const AgencyProfile& agency,
                                        const QString& statusCode, const QString& description, const QString& staffName,
                                        const QDateTime& now) {
    StatusPackage s;
    s.from.organId = agency.organId;
    s.from.organName = agency.organName;
    ResponseFor r;
    r.organId = target.senderOrganId;
    r.code =
        target.codeNotation.isEmpty() ? target.codeNumber : target.codeNumber + QLatin1Char('/') + target.codeNotation;
    r.promulgationDate = target.promulgationDate;
    r.documentId = target.edxmlDocumentId;
    s.responseFor << r;
    s.staff.staff = staffName;
    s.statusCode = statusCode;
    s.description = description.isEmpty() ? statusDescription(statusCode) : description;
    s.timestamp = now;
    return s;
}

Result<StoredBlob> PackageBuilder::store(const Package& package, BlobStore& blobs) {
    Result<std::unique_ptr<QTemporaryFile>> temp = blobs.createTemp();
    if (!temp)
        return temp.error();
    QTemporaryFile& file = *temp.value();
    const Status written = std::holds_alternative<EdocPackage>(package)
                               ? edxml::EdxmlWriter::writeEdoc(std::get<EdocPackage>(package), file)
                               : edxml::EdxmlWriter::writeStatus(std::get<StatusPackage>(package), file);
    if (!written)
        return written.error();
    return blobs.adoptTemp(file);
}

} // namespace vanban
