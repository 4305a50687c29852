#pragma once
// The content of an edXML package (QCVN 102:2016, DOMAIN.md §4): a document (messageType edoc) or a status
// message (messageType status). Value types only; EdxmlReader and EdxmlWriter turn them into files and back.
// Attachments are never held in memory: they are files on disk, named by `filePath`.

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <variant>

namespace vanban::edxml {

inline constexpr auto kNamespace = "http://www.mic.gov.vn/TBT/QCVN_102_2016";

// From / To: an organisation with its mã định danh (OrganId).
struct Organization {
    QString organId;
    QString organizationInCharge;
    QString organName;
    QString organAdd;
    QString email;
    QString telephone;
    QString fax;
    QString website;
};

// ResponseFor: the document being answered. `code` is the full "số/ký hiệu" string.
struct ResponseFor {
    QString organId;
    QString code;
    QDate promulgationDate;
    QString documentId;
};

struct SignerInfo {
    QString competence; // "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH" …
    QString position;
    QString fullName;
};

struct StaffInfo {
    QString department;
    QString staff;
    QString mobile;
    QString email;
};

struct TraceHeader {
    QString organId;
    QDateTime timestamp; // local time, written yyyy/MM/dd HH:mm:ss
};

struct Receiver {
    QString organId;
    int receiverType = 0;
};

struct ReplacementInfo {
    QString documentId;
    QStringList organIds;
};

// BussinessDocType (sic): 0 new, 1 revoke (thu hồi), 2 update (cập nhật), 3 replace (thay thế).
enum class BusinessDocType { New = 0, Revoke = 1, Update = 2, Replace = 3 };

struct Business {
    QString documentId; // not validated strictly: real packages carry impossible dates here
    BusinessDocType docType = BusinessDocType::New;
    QString reason;
    int paper = 0;
    int documentInfo = 0;
    int documentReceiver = 0;
    QList<Receiver> receivers;
    QList<ReplacementInfo> replacements;
    StaffInfo staff;
};

// One attachment. Reading: `filePath` is the decoded file (unzipped when the bytes were a zip) written into the
// directory the caller gave. Writing: `filePath` is the source file, read and encoded in chunks.
struct Attachment {
    QString contentId; // without the "cid:" prefix
    QString name;      // AttachmentName
    QString description;
    QString contentType; // the real MIME type of the decoded file when known
    QString filePath;
    qint64 size = 0;
    QString sha256;        // hex, of the decoded file
    bool unzipped = false; // reading: the carried bytes were a (transport) zip and filePath is the file inside it
};

struct EdocPackage {
    Organization from;
    QList<Organization> to;
    QString documentId; // OrganId,yyyy/MM/dd,Số/KýHiệu — an opaque key when reading
    QString codeNumber;
    QString codeNotation;
    QString place;
    QDate promulgationDate;
    int type = 1;
    int typeDetail = 0;
    QString typeName;
    QString subject;
    QString content;
    SignerInfo signer;
    QDate dueDate;
    QStringList toPlaces;
    // OtherInfo
    int priority = 0; // 0 Thường … 3 Hỏa tốc, 4 Hỏa tốc hẹn giờ
    QString sphereOfPromulgation;
    QString typerNotation;
    int promulgationAmount = 0;
    int pageAmount = 0;
    QStringList appendixes;
    bool direction = false; // OtherInfo/Direction: undocumented, Bkav writes false
    QList<ResponseFor> responseFor;
    int steeringType = 0;
    QList<TraceHeader> traces;
    Business business;
    QString signatureXml; // the package's XMLDSig <Signature> element, kept as read (empty when absent)
    QList<Attachment> attachments;

    // DocumentId as the writer forms it: OrganId,yyyy/MM/dd,Số/KýHiệu.
    static QString makeDocumentId(const QString& organId, const QDate& promulgated, const QString& codeNumber,
                                  const QString& codeNotation) {
        const QString code = codeNotation.isEmpty() ? codeNumber : codeNumber + QLatin1Char('/') + codeNotation;
        return organId + QLatin1Char(',') + promulgated.toString(QStringLiteral("yyyy/MM/dd")) + QLatin1Char(',') +
               code;
    }
};

// StatusCode values that may be sent (DOMAIN.md §5.1): 01–06, 13, 15, 16.
struct StatusPackage {
    Organization from;
    QList<ResponseFor> responseFor;
    StaffInfo staff;
    QString statusCode; // two digits
    QString description;
    QDateTime timestamp;

    static bool isSendableCode(const QString& code) {
        static const QStringList codes = {QStringLiteral("01"), QStringLiteral("02"), QStringLiteral("03"),
                                          QStringLiteral("04"), QStringLiteral("05"), QStringLiteral("06"),
                                          QStringLiteral("13"), QStringLiteral("15"), QStringLiteral("16")};
        return codes.contains(code);
    }
};

using Package = std::variant<EdocPackage, StatusPackage>;

} // namespace vanban::edxml
