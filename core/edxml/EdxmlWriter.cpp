#include "edxml/EdxmlWriter.h"

#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QMimeDatabase>
#include <QSet>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace vanban::edxml {

namespace {
constexpr qint64 kBase64Chunk = 3 * 256 * 1024; // a multiple of 3: the pieces concatenate to one base64 text
constexpr auto kDateFormat = "yyyy/MM/dd";
constexpr auto kTimestampFormat = "yyyy/MM/dd HH:mm:ss";

// Counts and discards: the first pass checks every value without writing anything.
class NullDevice : public QIODevice {
public:
    NullDevice() { open(QIODevice::WriteOnly); }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char*, qint64 size) override { return size; }
};

bool xmlCanCarry(const QString& s) {
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t c = s[i].unicode();
        if (c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r')
            return false;
        if (c == 0xFFFE || c == 0xFFFF)
            return false;
        if (QChar::isHighSurrogate(c)) {
            if (i + 1 >= s.size() || !QChar::isLowSurrogate(s[i + 1].unicode()))
                return false;
            ++i;
        } else if (QChar::isLowSurrogate(c)) {
            return false;
        }
    }
    return true;
}

QString contentIdOf(const Attachment& a, qsizetype index) {
    return a.contentId.isEmpty() ? QString::number(index + 1) : a.contentId;
}

QString contentTypeOf(const Attachment& a) {
    if (!a.contentType.isEmpty())
        return a.contentType;
    return QMimeDatabase().mimeTypeForFile(a.filePath.isEmpty() ? a.name : a.filePath).name();
}

class Writer {
    Q_DECLARE_TR_FUNCTIONS(EdxmlWriter)

public:
    Writer(QIODevice& out, bool withContent)
        : m_out(out)
        , m_xml(&out)
        , m_withContent(withContent) {}

    Status edoc(const EdocPackage& p);
    Status status(const StatusPackage& p);

private:
    void begin();
    Status end();
    void start(const char* name) { m_xml.writeStartElement(QLatin1String("edXML:") + QLatin1String(name)); }
    void endElement() { m_xml.writeEndElement(); }
    void text(const char* name, const QString& value, bool prefixed = true);
    void date(const char* name, const QDate& d) {
        text(name, d.isValid() ? d.toString(QLatin1String(kDateFormat)) : QString());
    }
    void timestamp(const char* name, const QDateTime& t) {
        text(name, t.isValid() ? t.toLocalTime().toString(QLatin1String(kTimestampFormat)) : QString());
    }
    void number(const char* name, int v) { text(name, QString::number(v)); }
    void organization(const char* name, const Organization& o);
    void responseFor(const ResponseFor& r);
    void staff(const StaffInfo& s);
    void business(const EdocPackage& p);
    void signature(const QString& xml);
    void attachmentContent(const Attachment& a);

    QIODevice& m_out;
    QXmlStreamWriter m_xml;
    bool m_withContent;
    Error m_error;
    bool m_failed = false;
};

void Writer::text(const char* name, const QString& value, bool prefixed) {
    if (!m_failed && !xmlCanCarry(value)) {
        m_failed = true;
        m_error = Error::invalid(
            QLatin1String(name),
            tr("<%1>: the text contains a control character that XML cannot carry.").arg(QLatin1String(name)));
    }
    const QString qualified = prefixed ? QLatin1String("edXML:") + QLatin1String(name) : QString::fromLatin1(name);
    if (value.isEmpty())
        m_xml.writeEmptyElement(qualified);
    else
        m_xml.writeTextElement(qualified, value);
}

void Writer::begin() {
    // The declaration as the VPCP samples write it (QXmlStreamWriter would write "UTF-8").
    m_out.write("<?xml version=\"1.0\" encoding=\"utf-8\"?>");
    m_xml.setAutoFormatting(true);
    m_xml.setAutoFormattingIndent(2);
    m_xml.writeStartElement(QStringLiteral("edXML"));
    m_xml.writeAttribute(QStringLiteral("xmlns"), QLatin1String(kNamespace));
    m_xml.writeStartElement(QStringLiteral("edXML:edXMLEnvelope"));
    m_xml.writeAttribute(QStringLiteral("xmlns:edXML"), QLatin1String(kNamespace));
}

Status Writer::end() {
    m_xml.writeEndDocument();
    m_out.write("\n");
    if (m_failed)
        return m_error;
    if (m_xml.hasError())
        return Error{ErrorCode::External, tr("Cannot write the package: %1").arg(m_out.errorString())};
    return {};
}

void Writer::organization(const char* name, const Organization& o) {
    start(name); // JAXB propOrder of Organization
    text("OrganId", o.organId);
    text("OrganizationInCharge", o.organizationInCharge);
    text("OrganName", o.organName);
    text("OrganAdd", o.organAdd);
    text("Email", o.email);
    text("Telephone", o.telephone);
    text("Fax", o.fax);
    text("Website", o.website);
    endElement();
}

void Writer::responseFor(const ResponseFor& r) {
    start("ResponseFor");
    text("OrganId", r.organId);
    text("Code", r.code);
    date("PromulgationDate", r.promulgationDate);
    text("DocumentId", r.documentId);
    endElement();
}

void Writer::staff(const StaffInfo& s) {
    start("StaffInfo");
    text("Department", s.department);
    text("Staff", s.staff);
    text("Mobile", s.mobile);
    text("Email", s.email);
    endElement();
}

void Writer::business(const EdocPackage& p) {
    const Business& b = p.business;
    start("Bussiness"); // sic: the standard's spelling
    text("DocumentId", b.documentId.isEmpty() ? p.documentId : b.documentId);
    number("BussinessDocType", int(b.docType));
    text("BussinessDocReason", b.reason);
    number("Paper", b.paper);
    if (b.docType == BusinessDocType::Update || b.documentInfo || b.documentReceiver || !b.receivers.isEmpty()) {
        start("BussinessDocumentInfo");
        number("DocumentInfo", b.documentInfo);
        number("DocumentReceiver", b.documentReceiver);
        if (!b.receivers.isEmpty()) {
            start("ReceiverList");
            for (const Receiver& r : b.receivers) {
                start("Receiver");
                text("OrganId", r.organId);
                number("ReceiverType", r.receiverType);
                endElement();
            }
            endElement();
        }
        endElement();
    }
    if (!b.replacements.isEmpty()) {
        start("ReplacementInfoList");
        for (const ReplacementInfo& r : b.replacements) {
            start("ReplacementInfo");
            text("DocumentId", r.documentId);
            start("OrganIdList");
            for (const QString& id : r.organIds)
                text("OrganId", id);
            endElement();
            endElement();
        }
        endElement();
    }
    staff(b.staff);
    endElement();
}

// The kept XMLDSig element, copied token by token (not re-indented).
void Writer::signature(const QString& xml) {
    QXmlStreamReader r(xml);
    r.setNamespaceProcessing(false);
    m_xml.setAutoFormatting(false);
    int depth = 0;
    while (!r.atEnd()) {
        switch (r.readNext()) {
        case QXmlStreamReader::StartElement:
            ++depth;
            m_xml.writeStartElement(r.qualifiedName().toString());
            for (const QXmlStreamAttribute& a : r.attributes())
                m_xml.writeAttribute(a.qualifiedName().toString(), a.value().toString());
            break;
        case QXmlStreamReader::EndElement:
            --depth;
            m_xml.writeEndElement();
            break;
        case QXmlStreamReader::Characters:
            if (depth > 0)
                m_xml.writeCharacters(r.text().toString());
            break;
        case QXmlStreamReader::Comment:
            m_xml.writeComment(r.text().toString());
            break;
        case QXmlStreamReader::DTD:
        case QXmlStreamReader::EntityReference:
            r.raiseError(QStringLiteral("DTD"));
            break;
        default:
            break;
        }
    }
    m_xml.setAutoFormatting(true);
    if (r.hasError() && !m_failed) {
        m_failed = true;
        m_error =
            Error::invalid(QStringLiteral("Signature"),
                           tr("<Signature>: the kept signature is not well-formed XML (%1).").arg(r.errorString()));
    }
}

void Writer::attachmentContent(const Attachment& a) {
    m_xml.writeStartElement(QStringLiteral("edXML:ContentTransferEncoded"));
    m_xml.writeAttribute(QStringLiteral("xmlns:edXML"), QLatin1String(kNamespace));
    if (m_withContent) {
        QFile f(a.filePath);
        if (!f.open(QIODevice::ReadOnly)) {
            if (!m_failed) {
                m_failed = true;
                m_error = Error{ErrorCode::NotFound,
                                tr("<ContentTransferEncoded>: cannot read the file %1 of the attachment “%2”: %3")
                                    .arg(a.filePath, a.name, f.errorString()),
                                QStringLiteral("ContentTransferEncoded")};
            }
        } else {
            // Base64 is plain ASCII with nothing to escape: it goes to the device directly, after the writer has
            // closed the start tag (an empty text does that).
            m_xml.writeCharacters(QString());
            QByteArray chunk(kBase64Chunk, Qt::Uninitialized);
            for (;;) {
                // Fill the chunk completely (a short read would break the base64 between pieces).
                qint64 filled = 0;
                while (filled < kBase64Chunk) {
                    const qint64 n = f.read(chunk.data() + filled, kBase64Chunk - filled);
                    if (n <= 0)
                        break;
                    filled += n;
                }
                if (filled > 0) {
                    const QByteArray encoded = QByteArray::fromRawData(chunk.constData(), filled).toBase64();
                    if (m_out.write(encoded) != encoded.size() && !m_failed) {
                        m_failed = true;
                        m_error =
                            Error{ErrorCode::External, tr("Cannot write the package: %1").arg(m_out.errorString())};
                    }
                }
                if (filled < kBase64Chunk)
                    break;
            }
            if (f.error() != QFileDevice::NoError && !m_failed) {
                m_failed = true;
                m_error = Error{ErrorCode::External,
                                tr("<ContentTransferEncoded>: cannot read the file %1 of the attachment “%2”: %3")
                                    .arg(a.filePath, a.name, f.errorString()),
                                QStringLiteral("ContentTransferEncoded")};
            }
        }
    }
    m_xml.writeEndElement();
}

Status Writer::edoc(const EdocPackage& p) {
    begin();
    start("edXMLHeader");
    start("MessageHeader");
    organization("From", p.from);
    for (const Organization& to : p.to)
        organization("To", to);
    text("DocumentId", p.documentId);
    start("Code");
    text("CodeNumber", p.codeNumber);
    text("CodeNotation", p.codeNotation);
    endElement();
    start("PromulgationInfo");
    text("Place", p.place);
    date("PromulgationDate", p.promulgationDate);
    endElement();
    start("DocumentType");
    number("Type", p.type);
    number("TypeDetail", p.typeDetail);
    text("TypeName", p.typeName);
    endElement();
    text("Subject", p.subject);
    text("Content", p.content);
    start("SignerInfo");
    text("Competence", p.signer.competence);
    text("Position", p.signer.position);
    text("FullName", p.signer.fullName);
    endElement();
    date("DueDate", p.dueDate);
    start("OtherInfo");
    number("Priority", p.priority);
    text("SphereOfPromulgation", p.sphereOfPromulgation);
    text("TyperNotation", p.typerNotation);
    number("PromulgationAmount", p.promulgationAmount);
    number("PageAmount", p.pageAmount);
    text("Direction", p.direction ? QStringLiteral("true") : QStringLiteral("false"));
    start("Appendixes");
    for (const QString& a : p.appendixes)
        text("Appendix", a);
    endElement();
    endElement();
    for (const ResponseFor& r : p.responseFor)
        responseFor(r);
    number("SteeringType", p.steeringType);
    start("ToPlaces");
    for (const QString& place : p.toPlaces)
        text("Place", place);
    endElement();
    endElement(); // MessageHeader
    start("TraceHeaderList");
    for (const TraceHeader& t : p.traces) {
        start("TraceHeader");
        text("OrganId", t.organId);
        timestamp("Timestamp", t.timestamp);
        endElement();
    }
    business(p);
    endElement(); // TraceHeaderList
    if (!p.signatureXml.isEmpty())
        signature(p.signatureXml);
    endElement(); // edXMLHeader
    start("edXMLBody");
    start("edXMLManifest");
    m_xml.writeAttribute(QStringLiteral("version"), QStringLiteral("1.0"));
    for (qsizetype i = 0; i < p.attachments.size(); ++i) {
        const Attachment& a = p.attachments[i];
        start("Reference");
        text("ContentId", QStringLiteral("cid:") + contentIdOf(a, i));
        text("ContentType", contentTypeOf(a));
        text("Description", a.description);
        text("AttachmentName", a.name);
        endElement();
    }
    endElement(); // edXMLManifest
    endElement(); // edXMLBody
    endElement(); // edXMLEnvelope
    if (!p.attachments.isEmpty()) {
        m_xml.writeStartElement(QStringLiteral("AttachmentEncoded"));
        for (qsizetype i = 0; i < p.attachments.size(); ++i) {
            const Attachment& a = p.attachments[i];
            m_xml.writeStartElement(QStringLiteral("Attachment"));
            text("ContentId", QStringLiteral("cid:") + contentIdOf(a, i), false);
            text("AttachmentName", a.name, false);
            text("Description", a.description, false);
            text("ContentType", contentTypeOf(a), false);
            attachmentContent(a);
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement();
    }
    return end();
}

Status Writer::status(const StatusPackage& p) {
    begin();
    start("edXMLHeader");
    start("MessageHeader"); // JAXB propOrder of MessageStatus
    organization("From", p.from);
    for (const ResponseFor& r : p.responseFor)
        responseFor(r);
    staff(p.staff);
    text("StatusCode", p.statusCode);
    text("Description", p.description);
    timestamp("Timestamp", p.timestamp);
    endElement();
    endElement();
    endElement(); // edXMLEnvelope
    return end();
}
} // namespace

Status EdxmlWriter::validate(const EdocPackage& p) {
    auto required = [](const char* element) {
        return Error::invalid(QLatin1String(element), tr("<%1>: required.").arg(QLatin1String(element)));
    };
    if (p.from.organId.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("OrganId"), tr("<From>: the sender’s <OrganId> is required."));
    if (p.to.isEmpty())
        return Error::invalid(QStringLiteral("To"), tr("<To>: at least one recipient is required."));
    for (const Organization& to : p.to)
        if (to.organId.trimmed().isEmpty())
            return Error::invalid(QStringLiteral("OrganId"),
                                  tr("<To>: the recipient “%1” has no <OrganId>.").arg(to.organName));
    if (p.documentId.trimmed().isEmpty())
        return required("DocumentId");
    if (p.codeNumber.trimmed().isEmpty())
        return required("CodeNumber");
    if (!p.promulgationDate.isValid())
        return required("PromulgationDate");
    if (p.subject.trimmed().isEmpty())
        return required("Subject");
    if (p.priority < 0 || p.priority > 4)
        return Error::invalid(QStringLiteral("Priority"),
                              tr("<Priority>: %1 is outside the allowed range 0–4.").arg(p.priority));
    QSet<QString> ids;
    for (qsizetype i = 0; i < p.attachments.size(); ++i) {
        const Attachment& a = p.attachments[i];
        if (a.name.trimmed().isEmpty())
            return Error::invalid(QStringLiteral("AttachmentName"),
                                  tr("<AttachmentName>: attachment %1 has no name.").arg(i + 1));
        const QString id = contentIdOf(a, i);
        if (ids.contains(id))
            return Error::invalid(QStringLiteral("ContentId"),
                                  tr("<ContentId>: “%1” is used by more than one attachment.").arg(id));
        ids.insert(id);
        const QFileInfo file(a.filePath);
        if (!file.isFile() || !file.isReadable())
            return Error{ErrorCode::NotFound,
                         tr("<ContentTransferEncoded>: the file %1 of the attachment “%2” does not exist or cannot be "
                            "read.")
                             .arg(a.filePath, a.name),
                         QStringLiteral("ContentTransferEncoded")};
    }
    // Every value: can XML carry it? Is the kept signature well-formed? A dry run tells.
    NullDevice null;
    return Writer(null, false).edoc(p);
}

Status EdxmlWriter::validate(const StatusPackage& p) {
    if (p.from.organId.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("OrganId"), tr("<From>: the sender’s <OrganId> is required."));
    if (p.responseFor.isEmpty())
        return Error::invalid(QStringLiteral("ResponseFor"),
                              tr("<ResponseFor>: required: a status names the document it is about."));
    for (const ResponseFor& r : p.responseFor) {
        for (const auto& [element, value] :
             {std::pair{"OrganId", &r.organId}, std::pair{"Code", &r.code}, std::pair{"DocumentId", &r.documentId}})
            if (value->trimmed().isEmpty())
                return Error::invalid(QLatin1String(element),
                                      tr("<ResponseFor>: <%1> is required.").arg(QLatin1String(element)));
    }
    if (!StatusPackage::isSendableCode(p.statusCode))
        return Error::invalid(
            QStringLiteral("StatusCode"),
            tr("<StatusCode>: “%1” cannot be sent; the codes are 01–06, 13, 15 and 16.").arg(p.statusCode));
    if (!p.timestamp.isValid())
        return Error::invalid(QStringLiteral("Timestamp"), tr("<%1>: required.").arg(QStringLiteral("Timestamp")));
    NullDevice null;
    return Writer(null, false).status(p);
}

Status EdxmlWriter::writeEdoc(const EdocPackage& package, QIODevice& out) {
    if (Status s = validate(package); !s)
        return s;
    return Writer(out, true).edoc(package);
}

Status EdxmlWriter::writeStatus(const StatusPackage& package, QIODevice& out) {
    if (Status s = validate(package); !s)
        return s;
    return Writer(out, true).status(package);
}

} // namespace vanban::edxml
