#include "edxml/EdxmlReader.h"

#include "edxml/AttachmentSink.h"
#include "edxml/Base64Decoder.h"
#include "edxml/EdxmlInput.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>
#include <memory>

namespace vanban::edxml {

namespace {
constexpr auto kLegacyNamespace = "http://www.e-doc.vn/Schema/";
constexpr qint64 kMaxProlog = 1 << 20;
constexpr qint64 kMB = 1 << 20;

QString withoutCid(QString id) {
    id = id.trimmed();
    if (id.startsWith(QLatin1String("cid:"), Qt::CaseInsensitive))
        id.remove(0, 4);
    return id;
}

bool parseDate(const QString& text, QDate& out) {
    // "2020-10-30T00:00:00" → the date part
    const QString s = text.size() > 10 && text[10] == QLatin1Char('T') ? text.left(10) : text;
    for (const char* format : {"yyyy/M/d", "d/M/yyyy", "yyyy-M-d", "d-M-yyyy"}) {
        const QDate d = QDate::fromString(s, QLatin1String(format));
        if (d.isValid()) {
            out = d;
            return true;
        }
    }
    return false;
}

bool parseTimestamp(const QString& text, QDateTime& out) {
    for (const char* format : {"yyyy/M/d H:m:s", "d/M/yyyy H:m:s", "yyyy-M-d H:m:s", "yyyy/M/d H:m", "d/M/yyyy H:m"}) {
        const QDateTime t = QDateTime::fromString(text, QLatin1String(format));
        if (t.isValid()) {
            out = t;
            return true;
        }
    }
    QDateTime iso = QDateTime::fromString(text, Qt::ISODate);
    if (iso.isValid()) {
        out = iso.toLocalTime();
        return true;
    }
    QDate date;
    if (parseDate(text, date)) {
        out = date.startOfDay();
        return true;
    }
    return false;
}

// Files this read has put into the attachment folder: all removed unless the read succeeds.
struct WrittenFiles {
    QStringList paths;
    bool keep = false;
    WrittenFiles() = default;
    WrittenFiles(const WrittenFiles&) = delete;
    WrittenFiles& operator=(const WrittenFiles&) = delete;
    ~WrittenFiles() {
        if (!keep)
            for (const QString& p : paths)
                QFile::remove(p);
    }
};

struct NamespaceDeclaration {
    int depth;
    QString prefix;
    QString uri;
};

class Parser {
    Q_DECLARE_TR_FUNCTIONS(EdxmlReader)

public:
    Parser(QIODevice& in, const QString& attachmentDir, const ReadLimits& limits, bool headerOnly)
        : m_input(in, m_xml, limits.maxTextBytes)
        , m_dir(attachmentDir)
        , m_limits(limits)
        , m_headerOnly(headerOnly) {
        m_xml.setNamespaceProcessing(false); // prefixes are resolved here, tolerating undeclared ones
    }

    Result<Package> run();

private:
    using Token = QXmlStreamReader::TokenType;
    using TextSink = EdxmlInput::TextSink;

    // ---- reading tokens
    Token next(const TextSink* rawText = nullptr);
    bool fail(const QString& field, const QString& message, ErrorCode code = ErrorCode::Invalid) {
        if (!m_failed) {
            m_failed = true;
            m_error = Error{code, message, field};
        }
        return false;
    }
    bool failHere(const QString& message) { return fail(current(), message); }
    QString current() const { return m_stack.isEmpty() ? QStringLiteral("edXML") : m_stack.last(); }
    QString resolve(const QString& prefix) const;
    bool m_currentIsEdxml = false; // the current start element is in the edXML namespace, none, or an undeclared one
    bool is(const char* name) const { return m_currentIsEdxml && m_xml.name() == QLatin1String(name); }
    bool isAny(const char* name) const { return m_xml.name() == QLatin1String(name); }

    template <class F> bool children(F&& onChild);
    bool skip();
    bool text(QString& out);
    bool date(QDate& out);
    bool timestamp(QDateTime& out);
    bool integer(int& out, int min = 0, int max = std::numeric_limits<int>::max());
    bool boolean(bool& out);

    // ---- the package
    bool envelope();
    bool header();
    bool messageHeader();
    bool organization(Organization& o);
    bool code(QString& number, QString& notation);
    bool responseFor();
    bool staff(StaffInfo& s);
    bool otherInfo();
    bool traceList();
    bool business();
    bool signature();
    bool manifest();
    bool attachmentEncoded();
    bool attachment();
    bool attachmentContent(Attachment& a, std::unique_ptr<AttachmentSink>& sink);
    bool finishAttachment(Attachment& a, AttachmentSink& sink);
    QString attachmentLabel(const Attachment& a) const;
    Result<Package> assemble();

    QXmlStreamReader m_xml;
    EdxmlInput m_input;
    QString m_dir;
    ReadLimits m_limits;
    bool m_headerOnly;
    bool m_failed = false;
    bool m_stop = false; // header-only: everything needed has been read
    Error m_error;
    QStringList m_stack; // local names of the open elements
    QList<NamespaceDeclaration> m_namespaces;
    qint64 m_envelopeStart = -1;
    bool m_rootSeen = false;

    // What was read.
    EdocPackage m_edoc;
    StatusPackage m_status;
    Organization m_from;
    QList<ResponseFor> m_responseFor;
    bool m_sawMessageHeader = false;
    bool m_hasDocumentFields = false;
    bool m_hasStatusCode = false;
    QList<Attachment> m_manifest;
    QList<Attachment> m_encoded;
    qint64 m_totalBytes = 0;
    WrittenFiles m_written;
};

QString Parser::resolve(const QString& prefix) const {
    for (auto it = m_namespaces.crbegin(); it != m_namespaces.crend(); ++it)
        if (it->prefix == prefix)
            return it->uri;
    return prefix.isEmpty() ? QString() : QStringLiteral("?"); // "?": an undeclared prefix
}

QXmlStreamReader::TokenType Parser::next(const TextSink* rawText) {
    if (m_failed)
        return Token::Invalid;
    for (;;) {
        const Token t = m_xml.readNext();
        if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError) {
            EdxmlInput::Step step;
            if (rawText && m_input.nextIsText())
                step = m_input.scanText(*rawText);
            else
                step = m_input.feedUnit();
            switch (step) {
            case EdxmlInput::Step::Fed:
                break;
            case EdxmlInput::Step::Stopped:
                return Token::Invalid; // the raw text sink has failed and said why
            case EdxmlInput::Step::End:
                fail(
                    current(),
                    tr("<%1>: the package ends before this element is closed (the file is truncated).").arg(current()));
                return Token::Invalid;
            case EdxmlInput::Step::ReadError:
                fail(QString(), tr("Cannot read the package: %1").arg(m_input.errorString()), ErrorCode::External);
                return Token::Invalid;
            case EdxmlInput::Step::MarkupTooLong:
                fail(current(), tr("<%1>: a tag, comment or CDATA section is longer than %2 MB.")
                                    .arg(current())
                                    .arg(m_limits.maxTextBytes / kMB));
                return Token::Invalid;
            case EdxmlInput::Step::TextTooLong:
                fail(current(),
                     tr("<%1>: the text is longer than %2 MB.").arg(current()).arg(m_limits.maxTextBytes / kMB));
                return Token::Invalid;
            }
            if (!m_rootSeen && m_input.consumed() > kMaxProlog) {
                fail(QStringLiteral("edXML"), tr("<edXML>: no root element in the first %1 MB.").arg(kMaxProlog / kMB));
                return Token::Invalid;
            }
            if (m_envelopeStart >= 0 && m_input.consumed() - m_envelopeStart > m_limits.maxEnvelopeBytes) {
                fail(QStringLiteral("edXMLEnvelope"),
                     tr("<edXMLEnvelope>: larger than %1 MB.").arg(m_limits.maxEnvelopeBytes / kMB));
                return Token::Invalid;
            }
            continue;
        }
        if (m_xml.hasError()) {
            fail(current(), tr("<%1>: the XML is not well-formed at line %2: %3")
                                .arg(current())
                                .arg(m_xml.lineNumber())
                                .arg(m_xml.errorString()));
            return Token::Invalid;
        }
        switch (t) {
        case Token::DTD:
        case Token::EntityReference:
            fail(QStringLiteral("DOCTYPE"),
                 tr("<!DOCTYPE>: document type declarations and entities are not allowed in an edXML package."));
            return Token::Invalid;
        case Token::StartElement: {
            if (m_stack.size() >= m_limits.maxDepth) {
                fail(current(),
                     tr("<%1>: elements are nested more than %2 deep.").arg(current()).arg(m_limits.maxDepth));
                return Token::Invalid;
            }
            const int depth = int(m_stack.size()) + 1;
            for (const QXmlStreamAttribute& a : m_xml.attributes()) {
                const QStringView q = a.qualifiedName();
                if (q == QLatin1String("xmlns"))
                    m_namespaces.append({depth, QString(), a.value().toString()});
                else if (q.startsWith(QLatin1String("xmlns:")))
                    m_namespaces.append({depth, q.mid(6).toString(), a.value().toString()});
            }
            m_stack.append(m_xml.name().toString());
            const QString uri = resolve(m_xml.prefix().toString());
            m_currentIsEdxml = uri.isEmpty() || uri == QLatin1String("?") || uri == QLatin1String(kNamespace) ||
                               uri == QLatin1String(kLegacyNamespace);
            m_rootSeen = true;
            break;
        }
        case Token::EndElement: {
            const int depth = int(m_stack.size());
            while (!m_namespaces.isEmpty() && m_namespaces.last().depth == depth)
                m_namespaces.removeLast();
            if (!m_stack.isEmpty())
                m_stack.removeLast();
            break;
        }
        default:
            break;
        }
        return t;
    }
}

// Calls onChild() for each child element (current when it is called); onChild must read the child to its end.
template <class F> bool Parser::children(F&& onChild) {
    const qsizetype depth = m_stack.size();
    for (;;) {
        const Token t = next();
        if (m_failed)
            return false;
        if (t == Token::StartElement) {
            if (!onChild())
                return false;
            if (m_stop)
                return true;
        } else if (t == Token::EndElement && m_stack.size() < depth) {
            return true;
        } else if (t == Token::EndDocument) {
            // An explicit context: lupdate misreads this template member as a class of its own.
            return failHere(
                QCoreApplication::translate(
                    "EdxmlReader", "<%1>: the package ends before this element is closed (the file is truncated).")
                    .arg(current()));
        }
    }
}

bool Parser::skip() {
    return children([this] { return skip(); });
}

bool Parser::text(QString& out) {
    out.clear();
    const QString element = current();
    const qsizetype depth = m_stack.size();
    for (;;) {
        const Token t = next();
        if (m_failed)
            return false;
        if (t == Token::Characters) {
            out += m_xml.text();
            if (out.size() > m_limits.maxTextBytes)
                return fail(element,
                            tr("<%1>: the text is longer than %2 MB.").arg(element).arg(m_limits.maxTextBytes / kMB));
        } else if (t == Token::StartElement) {
            if (!skip()) // an unexpected child: its text is not part of this value
                return false;
        } else if (t == Token::EndElement && m_stack.size() < depth) {
            out = out.trimmed();
            return true;
        }
    }
}

bool Parser::date(QDate& out) {
    const QString element = current();
    QString s;
    if (!text(s))
        return false;
    out = QDate();
    if (s.isEmpty() || parseDate(s, out))
        return true;
    return fail(element, tr("<%1>: “%2” is not a date.").arg(element, s));
}

bool Parser::timestamp(QDateTime& out) {
    const QString element = current();
    QString s;
    if (!text(s))
        return false;
    out = QDateTime();
    if (s.isEmpty() || parseTimestamp(s, out))
        return true;
    return fail(element, tr("<%1>: “%2” is not a date and time.").arg(element, s));
}

bool Parser::integer(int& out, int min, int max) {
    const QString element = current();
    QString s;
    if (!text(s))
        return false;
    if (s.isEmpty()) {
        out = 0;
        return true;
    }
    bool ok = false;
    const int v = s.toInt(&ok);
    if (!ok)
        return fail(element, tr("<%1>: “%2” is not a whole number.").arg(element, s));
    if (v < min || v > max)
        return fail(element, tr("<%1>: %2 is outside the allowed range %3–%4.").arg(element).arg(v).arg(min).arg(max));
    out = v;
    return true;
}

bool Parser::boolean(bool& out) {
    QString s;
    if (!text(s))
        return false;
    out = s.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0 || s == QLatin1String("1");
    return true;
}

// ---- the package --------------------------------------------------------------------------------------------

bool Parser::envelope() {
    m_envelopeStart = m_input.consumed();
    const bool ok = children([this] {
        if (is("edXMLHeader"))
            return header();
        if (is("edXMLBody"))
            return children([this] { return is("edXMLManifest") ? manifest() : skip(); });
        if (isAny("Signature"))
            return signature();
        return skip();
    });
    m_envelopeStart = -1;
    return ok;
}

bool Parser::header() {
    return children([this] {
        if (is("MessageHeader"))
            return messageHeader();
        if (is("TraceHeaderList"))
            return traceList();
        if (is("Bussiness") || is("Business"))
            return business();
        if (isAny("Signature"))
            return signature();
        return skip();
    });
}

bool Parser::messageHeader() {
    m_sawMessageHeader = true;
    return children([this] {
        if (is("From"))
            return organization(m_from);
        if (is("To")) {
            Organization o;
            if (!organization(o))
                return false;
            m_edoc.to.append(o);
            return true;
        }
        if (is("DocumentId")) {
            m_hasDocumentFields = true;
            return text(m_edoc.documentId);
        }
        if (is("Code")) {
            m_hasDocumentFields = true;
            return code(m_edoc.codeNumber, m_edoc.codeNotation);
        }
        if (is("PromulgationInfo"))
            return children([this] {
                if (is("Place"))
                    return text(m_edoc.place);
                if (is("PromulgationDate"))
                    return date(m_edoc.promulgationDate);
                return skip();
            });
        if (is("DocumentType"))
            return children([this] {
                if (is("Type"))
                    return integer(m_edoc.type);
                if (is("TypeDetail"))
                    return integer(m_edoc.typeDetail);
                if (is("TypeName"))
                    return text(m_edoc.typeName);
                return skip();
            });
        if (is("Subject")) {
            m_hasDocumentFields = true;
            return text(m_edoc.subject);
        }
        if (is("Content"))
            return text(m_edoc.content);
        if (is("SignerInfo"))
            return children([this] {
                if (is("Competence"))
                    return text(m_edoc.signer.competence);
                if (is("Position"))
                    return text(m_edoc.signer.position);
                if (is("FullName"))
                    return text(m_edoc.signer.fullName);
                return skip();
            });
        if (is("DueDate"))
            return date(m_edoc.dueDate);
        if (is("ToPlaces"))
            return children([this] {
                if (!is("Place"))
                    return skip();
                QString place;
                if (!text(place))
                    return false;
                if (!place.isEmpty())
                    m_edoc.toPlaces.append(place);
                return true;
            });
        if (is("OtherInfo"))
            return otherInfo();
        if (is("ResponseFor"))
            return responseFor();
        if (is("SteeringType"))
            return integer(m_edoc.steeringType);
        // Status message fields.
        if (is("StaffInfo"))
            return staff(m_status.staff);
        if (is("StatusCode")) {
            m_hasStatusCode = true;
            return text(m_status.statusCode);
        }
        if (is("Description"))
            return text(m_status.description);
        if (is("Timestamp"))
            return timestamp(m_status.timestamp);
        return skip();
    });
}

bool Parser::organization(Organization& o) {
    return children([this, &o] {
        if (is("OrganId"))
            return text(o.organId);
        if (is("OrganizationInCharge"))
            return text(o.organizationInCharge);
        if (is("OrganName"))
            return text(o.organName);
        if (is("OrganAdd"))
            return text(o.organAdd);
        if (is("Email"))
            return text(o.email);
        if (is("Telephone"))
            return text(o.telephone);
        if (is("Fax"))
            return text(o.fax);
        if (is("Website"))
            return text(o.website);
        return skip();
    });
}

// <Code> split into CodeNumber / CodeNotation, or (in ResponseFor, or from some producers) the whole "số/ký hiệu".
bool Parser::code(QString& number, QString& notation) {
    const QString element = current();
    const qsizetype depth = m_stack.size();
    QString whole;
    bool split = false;
    for (;;) {
        const Token t = next();
        if (m_failed)
            return false;
        if (t == Token::Characters) {
            whole += m_xml.text();
            if (whole.size() > m_limits.maxTextBytes)
                return fail(element,
                            tr("<%1>: the text is longer than %2 MB.").arg(element).arg(m_limits.maxTextBytes / kMB));
        } else if (t == Token::StartElement) {
            split = true;
            if (!(is("CodeNumber") ? text(number) : is("CodeNotation") ? text(notation) : skip()))
                return false;
        } else if (t == Token::EndElement && m_stack.size() < depth) {
            break;
        }
    }
    whole = whole.trimmed();
    if (!split && !whole.isEmpty()) {
        const qsizetype slash = whole.indexOf(QLatin1Char('/'));
        number = slash < 0 ? whole : whole.left(slash).trimmed();
        notation = slash < 0 ? QString() : whole.mid(slash + 1).trimmed();
    }
    return true;
}

bool Parser::responseFor() {
    ResponseFor r;
    const bool ok = children([this, &r] {
        if (is("OrganId"))
            return text(r.organId);
        if (is("Code")) {
            QString number, notation;
            if (!code(number, notation))
                return false;
            r.code = notation.isEmpty() ? number : number + QLatin1Char('/') + notation;
            return true;
        }
        if (is("PromulgationDate"))
            return date(r.promulgationDate);
        if (is("DocumentId"))
            return text(r.documentId);
        return skip();
    });
    if (ok)
        m_responseFor.append(r);
    return ok;
}

bool Parser::staff(StaffInfo& s) {
    return children([this, &s] {
        if (is("Department"))
            return text(s.department);
        if (is("Staff"))
            return text(s.staff);
        if (is("Mobile"))
            return text(s.mobile);
        if (is("Email"))
            return text(s.email);
        return skip();
    });
}

bool Parser::otherInfo() {
    return children([this] {
        if (is("Priority"))
            return integer(m_edoc.priority, 0, 4);
        if (is("SphereOfPromulgation"))
            return text(m_edoc.sphereOfPromulgation);
        if (is("TyperNotation"))
            return text(m_edoc.typerNotation);
        if (is("PromulgationAmount"))
            return integer(m_edoc.promulgationAmount);
        if (is("PageAmount"))
            return integer(m_edoc.pageAmount);
        if (is("Direction"))
            return boolean(m_edoc.direction);
        auto appendix = [this] {
            QString a;
            if (!text(a))
                return false;
            if (!a.isEmpty())
                m_edoc.appendixes.append(a);
            return true;
        };
        if (is("Appendixes"))
            return children([this, &appendix] { return is("Appendix") ? appendix() : skip(); });
        if (is("Appendix"))
            return appendix();
        return skip();
    });
}

bool Parser::traceList() {
    return children([this] {
        if (is("TraceHeader")) {
            TraceHeader h;
            if (!children([this, &h] {
                    if (is("OrganId"))
                        return text(h.organId);
                    if (is("Timestamp"))
                        return timestamp(h.timestamp);
                    return skip();
                }))
                return false;
            m_edoc.traces.append(h);
            return true;
        }
        if (is("Bussiness") || is("Business"))
            return business();
        return skip();
    });
}

bool Parser::business() {
    Business& b = m_edoc.business;
    auto receiverList = [this, &b] {
        return children([this, &b] {
            if (!is("Receiver"))
                return skip();
            Receiver r;
            if (!children([this, &r] {
                    if (is("OrganId"))
                        return text(r.organId);
                    if (is("ReceiverType"))
                        return integer(r.receiverType);
                    return skip();
                }))
                return false;
            b.receivers.append(r);
            return true;
        });
    };
    return children([this, &b, &receiverList] {
        if (is("DocumentId"))
            return text(b.documentId); // not checked: real packages carry impossible dates here
        if (is("BussinessDocType") || is("BusinessDocType")) {
            int type = 0;
            if (!integer(type, 0, 3))
                return false;
            b.docType = BusinessDocType(type);
            return true;
        }
        if (is("BussinessDocReason") || is("BusinessDocReason"))
            return text(b.reason);
        if (is("Paper"))
            return integer(b.paper);
        if (is("BussinessDocumentInfo") || is("BusinessDocumentInfo"))
            return children([this, &b, &receiverList] {
                if (is("DocumentInfo"))
                    return integer(b.documentInfo);
                if (is("DocumentReceiver"))
                    return integer(b.documentReceiver);
                if (is("ReceiverList"))
                    return receiverList();
                return skip();
            });
        if (is("ReceiverList"))
            return receiverList();
        if (is("ReplacementInfoList"))
            return children([this, &b] {
                if (!is("ReplacementInfo"))
                    return skip();
                ReplacementInfo r;
                if (!children([this, &r] {
                        if (is("DocumentId"))
                            return text(r.documentId);
                        if (is("OrganIdList"))
                            return children([this, &r] {
                                if (!is("OrganId"))
                                    return skip();
                                QString id;
                                if (!text(id))
                                    return false;
                                r.organIds.append(id);
                                return true;
                            });
                        return skip();
                    }))
                    return false;
                b.replacements.append(r);
                return true;
            });
        if (is("StaffInfo"))
            return staff(b.staff);
        return skip();
    });
}

// The XMLDSig <Signature>, in whatever namespace, kept as XML text. Namespaces it uses from outside are declared
// on it, so the text stands on its own.
bool Parser::signature() {
    QString xml;
    QXmlStreamWriter w(&xml);
    const qsizetype depth = m_stack.size();
    auto start = [&w, this](bool outermost) {
        w.writeStartElement(m_xml.qualifiedName().toString());
        bool declaresOwnPrefix = false;
        const QString prefix = m_xml.prefix().toString();
        for (const QXmlStreamAttribute& a : m_xml.attributes()) {
            w.writeAttribute(a.qualifiedName().toString(), a.value().toString());
            if (a.qualifiedName() == (prefix.isEmpty() ? QStringLiteral("xmlns") : QStringLiteral("xmlns:") + prefix))
                declaresOwnPrefix = true;
        }
        if (outermost && !declaresOwnPrefix) {
            const QString uri = resolve(prefix);
            if (!uri.isEmpty() && uri != QLatin1String("?"))
                w.writeAttribute(prefix.isEmpty() ? QStringLiteral("xmlns") : QStringLiteral("xmlns:") + prefix, uri);
        }
    };
    start(true);
    for (;;) {
        const Token t = next();
        if (m_failed)
            return false;
        if (t == Token::StartElement)
            start(false);
        else if (t == Token::EndElement)
            w.writeEndElement();
        else if (t == Token::Characters)
            w.writeCharacters(m_xml.text().toString());
        else if (t == Token::Comment)
            w.writeComment(m_xml.text().toString());
        if (xml.size() > m_limits.maxTextBytes)
            return fail(QStringLiteral("Signature"), tr("<%1>: the text is longer than %2 MB.")
                                                         .arg(QStringLiteral("Signature"))
                                                         .arg(m_limits.maxTextBytes / kMB));
        if (t == Token::EndElement && m_stack.size() < depth)
            break;
    }
    if (m_edoc.signatureXml.isEmpty())
        m_edoc.signatureXml = xml;
    return true;
}

bool Parser::manifest() {
    return children([this] {
        if (!is("Reference"))
            return skip();
        Attachment a;
        for (const QXmlStreamAttribute& attr : m_xml.attributes())
            if (attr.name() == QLatin1String("href"))
                a.contentId = withoutCid(attr.value().toString());
        if (!children([this, &a] {
                if (is("ContentId")) {
                    QString id;
                    if (!text(id))
                        return false;
                    if (!id.isEmpty())
                        a.contentId = withoutCid(id);
                    return true;
                }
                if (is("ContentType"))
                    return text(a.contentType);
                if (is("Description"))
                    return text(a.description);
                if (is("AttachmentName"))
                    return text(a.name);
                return skip();
            }))
            return false;
        m_manifest.append(a);
        return true;
    });
}

bool Parser::attachmentEncoded() {
    return children([this] { return is("Attachment") ? attachment() : skip(); });
}

QString Parser::attachmentLabel(const Attachment& a) const {
    if (!a.name.isEmpty())
        return a.name;
    if (!a.contentId.isEmpty())
        return QStringLiteral("cid:") + a.contentId;
    return QString::number(m_encoded.size() + 1);
}

bool Parser::attachment() {
    if (m_encoded.size() >= m_limits.maxAttachments)
        return fail(QStringLiteral("AttachmentEncoded"),
                    tr("<AttachmentEncoded>: more than %1 attachments.").arg(m_limits.maxAttachments));
    Attachment a;
    std::unique_ptr<AttachmentSink> sink;
    bool sawContent = false;
    if (!children([this, &a, &sink, &sawContent] {
            if (is("ContentId")) {
                QString id;
                if (!text(id))
                    return false;
                a.contentId = withoutCid(id);
                return true;
            }
            if (is("AttachmentName"))
                return text(a.name);
            if (is("Description"))
                return text(a.description);
            if (is("ContentType"))
                return text(a.contentType);
            if (is("ContentTransferEncoded")) {
                if (sawContent)
                    return failHere(tr("<Attachment>: the attachment “%1” has more than one <ContentTransferEncoded>.")
                                        .arg(attachmentLabel(a)));
                sawContent = true;
                return attachmentContent(a, sink);
            }
            return skip();
        }))
        return false;
    if (!sawContent && !m_headerOnly)
        return fail(QStringLiteral("Attachment"),
                    tr("<Attachment>: the attachment “%1” has no <ContentTransferEncoded>.").arg(attachmentLabel(a)));
    if (sink && !finishAttachment(a, *sink))
        return false;
    m_encoded.append(a);
    return true;
}

// The base64 text: read from the input buffer directly (never through QXmlStreamReader, which would collect it
// all), decoded and written as it arrives.
bool Parser::attachmentContent(Attachment& a, std::unique_ptr<AttachmentSink>& sink) {
    const QString element = current();
    Base64Decoder decoder;
    QByteArray decoded;
    bool badBase64 = false;
    if (!m_headerOnly) {
        if (!QDir().mkpath(m_dir))
            return fail(QString(), tr("Cannot create the folder %1.").arg(m_dir), ErrorCode::External);
        const qint64 room = qMin(m_limits.maxAttachmentBytes, m_limits.maxTotalBytes - m_totalBytes);
        sink = std::make_unique<AttachmentSink>(m_dir, qMax<qint64>(room, 0));
        if (!sink->open())
            return fail(QString(), tr("Cannot write the attachment “%1” into %2.").arg(attachmentLabel(a), m_dir),
                        ErrorCode::External);
    }
    auto sinkFailed = [&]() {
        if (badBase64)
            return fail(
                element,
                tr("<%1>: the content of the attachment “%2” is not valid base64.").arg(element, attachmentLabel(a)));
        if (sink->failure() == AttachmentSink::Failure::TooLarge)
            return fail(element, tr("<%1>: the attachment “%2” is larger than %3 MB.")
                                     .arg(element, attachmentLabel(a))
                                     .arg(qMin(m_limits.maxAttachmentBytes, m_limits.maxTotalBytes) / kMB));
        return fail(QString(), tr("Cannot write the attachment “%1” into %2.").arg(attachmentLabel(a), m_dir),
                    ErrorCode::External);
    };
    const TextSink raw = [&](const char* data, qsizetype size) {
        if (m_headerOnly)
            return true;
        decoded.resize(0);
        if (!decoder.feed(data, size, decoded)) {
            badBase64 = true;
            return sinkFailed();
        }
        return sink->write(decoded.constData(), decoded.size()) || sinkFailed();
    };
    const qsizetype depth = m_stack.size();
    for (;;) {
        const Token t = next(&raw);
        if (m_failed)
            return false;
        if (t == Token::Characters) { // CDATA, or text the reader had already taken in
            const QByteArray latin = m_xml.text().toString().toLatin1();
            if (!raw(latin.constData(), latin.size()))
                return false;
        } else if (t == Token::StartElement) {
            if (!skip())
                return false;
        } else if (t == Token::EndElement && m_stack.size() < depth) {
            break;
        }
    }
    if (m_headerOnly)
        return true;
    decoded.resize(0);
    if (!decoder.finish(decoded)) {
        badBase64 = true;
        return sinkFailed();
    }
    return sink->write(decoded.constData(), decoded.size()) || sinkFailed();
}

bool Parser::finishAttachment(Attachment& a, AttachmentSink& sink) {
    const QString element = QStringLiteral("ContentTransferEncoded");
    // The manifest (read before) may know the name and type the attachment block leaves out.
    for (const Attachment& ref : std::as_const(m_manifest)) {
        if (!a.contentId.isEmpty() && ref.contentId == a.contentId) {
            if (a.name.isEmpty())
                a.name = ref.name;
            if (a.contentType.isEmpty())
                a.contentType = ref.contentType;
        }
    }
    if (!sink.finish(a.name, a.contentType)) {
        const QString label = attachmentLabel(a);
        switch (sink.failure()) {
        case AttachmentSink::Failure::TooLarge:
            return fail(element, tr("<%1>: the attachment “%2” is larger than %3 MB.")
                                     .arg(element, label)
                                     .arg(qMin(m_limits.maxAttachmentBytes, m_limits.maxTotalBytes) / kMB));
        case AttachmentSink::Failure::Zip:
            switch (sink.zipFailure()) {
            case ZipEntryExtractor::Failure::Encrypted:
                return fail(element, tr("<%1>: the attachment “%2” is an encrypted zip file, which cannot be read.")
                                         .arg(element, label));
            case ZipEntryExtractor::Failure::SeveralFiles:
                return fail(element, tr("<%1>: the attachment “%2” is a zip file with more than one file in it; "
                                        "which one is the attachment is ambiguous.")
                                         .arg(element, label));
            case ZipEntryExtractor::Failure::Method:
                return fail(element,
                            tr("<%1>: the attachment “%2” is a zip file packed in a way this program cannot unpack.")
                                .arg(element, label));
            case ZipEntryExtractor::Failure::NoFile:
                return fail(element,
                            tr("<%1>: the attachment “%2” is a zip file with no file in it.").arg(element, label));
            default:
                return fail(element, tr("<%1>: the attachment “%2” is a damaged zip file.").arg(element, label));
            }
        default:
            return fail(QString(), tr("Cannot write the attachment “%1” into %2.").arg(label, m_dir),
                        ErrorCode::External);
        }
    }
    const QString temporary = sink.takeFile();
    // A safe generated name; the sender's name is data only.
    static const QRegularExpression safeSuffix(QStringLiteral("^[A-Za-z0-9]{1,10}$"));
    const QString suffix = QFileInfo(a.name).suffix().toLower();
    const QString extension = safeSuffix.match(suffix).hasMatch() ? QLatin1Char('.') + suffix : QString();
    // When the plain name is taken (a folder shared by many packages, like the blob folder the exchange decodes
    // into), the temporary file's own unique part comes next: no walk along a row of taken names.
    const QString unique = QFileInfo(temporary).completeBaseName().section(QLatin1Char('-'), -1);
    QString target;
    int failedRenames = 0; // of a name that was free
    for (int n = 0;;) {
        const QString variant = n == 0   ? QString()
                                : n == 1 ? QLatin1Char('-') + unique
                                         : QStringLiteral("-%1-%2").arg(unique).arg(n);
        target =
            QDir(m_dir).filePath(QStringLiteral("attachment-%1%2%3").arg(m_encoded.size() + 1).arg(variant, extension));
        QFile file(temporary);
        if (file.rename(target))
            break;
        // Taken: the next name. Free: another thread moved the file away meanwhile (the exchange's committer takes
        // decoded attachments out of the folder) or the rename itself failed; the same name again, three times.
        const bool taken = QFile::exists(target);
        if (taken ? ++n > 1000 : ++failedRenames >= 3) {
            const QString reason = file.errorString();
            QFile::remove(temporary);
            return fail(QString(),
                        tr("Cannot write the attachment “%1” into %2: %3").arg(attachmentLabel(a), m_dir, reason),
                        ErrorCode::External);
        }
    }
    m_written.paths.append(target);
    a.filePath = target;
    a.size = sink.size();
    a.sha256 = sink.sha256();
    a.unzipped = sink.unzipped();
    m_totalBytes += sink.decodedBytes() + (a.unzipped ? a.size : 0);
    if (a.unzipped || a.contentType.isEmpty()) {
        QFile f(target);
        const QByteArray head = f.open(QIODevice::ReadOnly) ? f.read(4096) : QByteArray();
        a.contentType = QMimeDatabase().mimeTypeForFileNameAndData(a.name, head).name();
    }
    return true;
}

Result<Package> Parser::assemble() {
    if (!m_sawMessageHeader)
        return Error::invalid(QStringLiteral("MessageHeader"),
                              tr("<edXMLHeader>: the package has no <MessageHeader>."));
    if (m_hasStatusCode) {
        StatusPackage s = m_status;
        s.from = m_from;
        s.responseFor = m_responseFor;
        if (s.from.organId.isEmpty())
            return Error::invalid(QStringLiteral("OrganId"), tr("<From>: the sender’s <OrganId> is missing."));
        static const QRegularExpression codeShape(QStringLiteral("^[0-9]{2,3}$"));
        if (!codeShape.match(s.statusCode).hasMatch())
            return Error::invalid(QStringLiteral("StatusCode"),
                                  tr("<StatusCode>: “%1” is not a status code.").arg(s.statusCode));
        if (s.responseFor.isEmpty())
            return Error::invalid(QStringLiteral("ResponseFor"),
                                  tr("<ResponseFor>: missing; the status does not say which document it is about."));
        return Package(s);
    }
    if (!m_hasDocumentFields)
        return Error::invalid(QStringLiteral("MessageHeader"),
                              tr("<MessageHeader>: neither a document (no <Code>, <DocumentId> or <Subject>) nor a "
                                 "status (no <StatusCode>)."));
    EdocPackage e = m_edoc;
    e.from = m_from;
    e.responseFor = m_responseFor;
    if (e.from.organId.isEmpty())
        return Error::invalid(QStringLiteral("OrganId"), tr("<From>: the sender’s <OrganId> is missing."));
    if (e.documentId.isEmpty()) {
        if (e.codeNumber.isEmpty() || !e.promulgationDate.isValid())
            return Error::invalid(
                QStringLiteral("DocumentId"),
                tr("<DocumentId>: missing, and it cannot be formed from <Code> and <PromulgationDate>."));
        e.documentId = EdocPackage::makeDocumentId(e.from.organId, e.promulgationDate, e.codeNumber, e.codeNotation);
    }
    // Manifest entries and attachment blocks, linked by ContentId (or, without one, by name).
    QList<bool> used(m_encoded.size(), false);
    auto matches = [](const Attachment& ref, const Attachment& enc) {
        if (!ref.contentId.isEmpty() && !enc.contentId.isEmpty())
            return ref.contentId == enc.contentId;
        return !ref.name.isEmpty() && ref.name == enc.name;
    };
    for (qsizetype i = 0; i < m_encoded.size(); ++i)
        for (qsizetype j = 0; j < i; ++j)
            if (!m_encoded[i].contentId.isEmpty() && m_encoded[i].contentId == m_encoded[j].contentId)
                return Error::invalid(
                    QStringLiteral("ContentId"),
                    tr("<ContentId>: “%1” is used by more than one attachment.").arg(m_encoded[i].contentId));
    for (const Attachment& ref : m_manifest) {
        qsizetype found = -1;
        for (qsizetype i = 0; i < m_encoded.size() && found < 0; ++i)
            if (!used[i] && matches(ref, m_encoded[i]))
                found = i;
        if (found < 0) {
            if (m_headerOnly) {
                e.attachments.append(ref);
                continue;
            }
            return Error::invalid(QStringLiteral("Reference"),
                                  tr("<Reference>: the attachment “%1” listed in the manifest has no content in "
                                     "<AttachmentEncoded>.")
                                      .arg(ref.name.isEmpty() ? ref.contentId : ref.name));
        }
        used[found] = true;
        Attachment a = m_encoded[found];
        if (a.contentId.isEmpty())
            a.contentId = ref.contentId;
        if (a.name.isEmpty())
            a.name = ref.name;
        if (a.description.isEmpty())
            a.description = ref.description;
        if (a.contentType.isEmpty())
            a.contentType = ref.contentType;
        e.attachments.append(a);
    }
    for (qsizetype i = 0; i < m_encoded.size(); ++i)
        if (!used[i])
            e.attachments.append(m_encoded[i]);
    return Package(e);
}

Result<Package> Parser::run() {
    if (m_input.startsLikeUtf16())
        return Error::invalid(QStringLiteral("edXML"),
                              tr("<edXML>: the package is encoded in UTF-16 or UTF-32; only UTF-8 is supported."));
    Token t = Token::NoToken;
    do
        t = next();
    while (!m_failed && t != Token::StartElement && t != Token::EndDocument);
    if (m_failed)
        return m_error;
    if (t != Token::StartElement || !is("edXML"))
        return Error::invalid(
            QStringLiteral("edXML"),
            tr("<%1>: not an edXML package (the root element must be <edXML> in the namespace %2).")
                .arg(t == Token::StartElement ? current() : QStringLiteral("edXML"), QLatin1String(kNamespace)));
    const bool ok = children([this] {
        if (is("edXMLEnvelope")) {
            if (!envelope())
                return false;
            // Listing needs only the envelope, when its manifest names the attachments.
            if (m_headerOnly && (!m_manifest.isEmpty() || m_hasStatusCode))
                m_stop = true;
            return true;
        }
        if (is("AttachmentEncoded"))
            return attachmentEncoded();
        return skip();
    });
    if (!ok)
        return m_error;
    if (!m_stop) {
        do
            t = next();
        while (!m_failed && t != Token::EndDocument);
        if (m_failed)
            return m_error;
    }
    Result<Package> result = assemble();
    if (result.ok() && std::holds_alternative<EdocPackage>(*result))
        m_written.keep = true;
    return result;
}

} // namespace

Result<Package> EdxmlReader::read(QIODevice& in, const QString& attachmentDir, const ReadLimits& limits) {
    if (!in.isReadable())
        return Error{ErrorCode::External, tr("Cannot read the package: %1").arg(in.errorString())};
    Parser parser(in, attachmentDir, limits, false);
    return parser.run();
}

Result<Package> EdxmlReader::readHeaderOnly(QIODevice& in, const ReadLimits& limits) {
    if (!in.isReadable())
        return Error{ErrorCode::External, tr("Cannot read the package: %1").arg(in.errorString())};
    Parser parser(in, QString(), limits, true);
    return parser.run();
}

} // namespace vanban::edxml
