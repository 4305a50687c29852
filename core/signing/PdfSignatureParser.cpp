#include "signing/PdfSignatureParser.h"

#include <QRegularExpression>
#include <algorithm>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFAcroFormDocumentHelper.hh>
#include <qpdf/QPDFExc.hh>
#include <qpdf/QPDFFormFieldObjectHelper.hh>

namespace vanban {

namespace {
QString utf8(QPDFObjectHandle h) {
    if (!h.isString())
        return {};
    return QString::fromStdString(h.getUTF8Value());
}

QString name(QPDFObjectHandle h) {
    return h.isName() ? QString::fromStdString(h.getName()).mid(1) : QString();
}

bool isPdfWhitespace(char c) {
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}

bool isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

std::optional<int> docMdpOf(QPDFObjectHandle signature) {
    QPDFObjectHandle references = signature.getKey("/Reference");
    if (!references.isArray())
        return std::nullopt;
    for (QPDFObjectHandle reference : references.getArrayAsVector()) {
        if (!reference.isDictionary() || name(reference.getKey("/TransformMethod")) != QLatin1String("DocMDP"))
            continue;
        QPDFObjectHandle p = reference.getKey("/TransformParams").isDictionary()
                                 ? reference.getKey("/TransformParams").getKey("/P")
                                 : QPDFObjectHandle::newNull();
        if (p.isInteger() && p.getIntValue() >= 1 && p.getIntValue() <= 3)
            return int(p.getIntValue());
        return 2; // ISO 32000-1 Table 254: default 2
    }
    return std::nullopt;
}

QByteArray streamBytes(QPDFObjectHandle h) {
    if (!h.isStream())
        return {};
    std::shared_ptr<Buffer> data = h.getStreamData(qpdf_dl_generalized);
    return QByteArray(reinterpret_cast<const char*>(data->getBuffer()), qsizetype(data->getSize()));
}

QList<QByteArray> streamArray(QPDFObjectHandle array) {
    QList<QByteArray> out;
    if (!array.isArray())
        return out;
    for (QPDFObjectHandle item : array.getArrayAsVector())
        if (QByteArray bytes = streamBytes(item); !bytes.isEmpty())
            out << bytes;
    return out;
}

PdfSecurityStore readDss(QPDF& pdf) {
    PdfSecurityStore dss;
    QPDFObjectHandle d = pdf.getRoot().getKey("/DSS");
    if (!d.isDictionary())
        return dss;
    dss.present = true;
    dss.certificates = streamArray(d.getKey("/Certs"));
    dss.ocspResponses = streamArray(d.getKey("/OCSPs"));
    dss.crls = streamArray(d.getKey("/CRLs"));
    QPDFObjectHandle vri = d.getKey("/VRI");
    if (vri.isDictionary()) {
        for (const std::string& key : vri.getKeys()) {
            dss.vriKeys << QByteArray::fromStdString(key).mid(1).toUpper();
            QPDFObjectHandle entry = vri.getKey(key);
            if (!entry.isDictionary())
                continue;
            dss.certificates += streamArray(entry.getKey("/Cert"));
            dss.ocspResponses += streamArray(entry.getKey("/OCSP"));
            dss.crls += streamArray(entry.getKey("/CRL"));
        }
    }
    return dss;
}
} // namespace

QList<qint64> PdfSignatureParser::revisionEnds(const QByteArray& pdf) {
    QList<qint64> ends;
    qsizetype from = 0;
    while ((from = pdf.indexOf("%%EOF", from)) >= 0) {
        qsizetype end = from + 5;
        if (end < pdf.size() && pdf[end] == '\r')
            ++end;
        if (end < pdf.size() && pdf[end] == '\n')
            ++end;
        ends << end;
        from += 5;
    }
    return ends;
}

QDateTime PdfSignatureParser::parsePdfDate(const QString& text) {
    static const QRegularExpression re(QStringLiteral(
        R"(^(?:D:)?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(?:([Zz+\-])(?:(\d{2})'?(?:(\d{2})'?)?)?)?\s*$)"));
    const QRegularExpressionMatch m = re.match(text.trimmed());
    if (!m.hasMatch())
        return {};
    auto part = [&](int i, int fallback) { return m.captured(i).isEmpty() ? fallback : m.captured(i).toInt(); };
    const QDate date(part(1, 0), part(2, 1), part(3, 1));
    const QTime time(part(4, 0), part(5, 0), part(6, 0));
    if (!date.isValid() || !time.isValid())
        return {};
    int offset = 0;
    const QString sign = m.captured(7);
    if (sign == QLatin1String("+") || sign == QLatin1String("-"))
        offset = (part(8, 0) * 3600 + part(9, 0) * 60) * (sign == QLatin1String("-") ? -1 : 1);
    return QDateTime(date, time, Qt::OffsetFromUTC, offset).toUTC();
}

void PdfSignatureParser::checkGeometry(const QByteArray& pdf, PdfSignatureDictionary& s) {
    s.byteRangeValid = false;
    const qint64 size = pdf.size();
    const QList<qint64>& b = s.byteRange;
    if (b.size() != 4 || std::any_of(b.begin(), b.end(), [](qint64 v) { return v < 0; })) {
        s.byteRangeProblem = tr("The /ByteRange is not four non-negative numbers.");
        return;
    }
    if (b[0] != 0) {
        s.byteRangeProblem = tr("The signed bytes do not start at the beginning of the file.");
        return;
    }
    if (b[1] <= 0 || b[2] <= b[1] || b[3] < 0 || b[2] > size || b[3] > size - b[2]) {
        s.byteRangeProblem = tr("The /ByteRange overlaps itself or reaches beyond the end of the file.");
        return;
    }
    // The gap must be exactly the hex string of /Contents: '<' at b1, '>' at b2-1, hex digits between, and the
    // name /Contents right before it.
    if (pdf[b[1]] != '<' || pdf[b[2] - 1] != '>') {
        s.byteRangeProblem = tr("The gap in the signed bytes is not the /Contents hex string.");
        return;
    }
    for (qint64 i = b[1] + 1; i < b[2] - 1; ++i) {
        if (!isHex(pdf[i])) {
            s.byteRangeProblem = tr("The gap in the signed bytes holds more than the /Contents hex string.");
            return;
        }
    }
    qint64 k = b[1] - 1;
    while (k >= 0 && isPdfWhitespace(pdf[k]))
        --k;
    if (k < 8 || pdf.mid(k - 8, 9) != "/Contents") {
        s.byteRangeProblem = tr("The gap in the signed bytes is not preceded by /Contents.");
        return;
    }
    const QByteArray hex = QByteArray::fromRawData(pdf.constData() + b[1] + 1, b[2] - b[1] - 2);
    if (QByteArray::fromHex(hex) != s.contents) {
        s.byteRangeProblem = tr("The gap in the signed bytes is not this signature's /Contents.");
        return;
    }
    // The signed part ends a revision: "%%EOF" and at most one end-of-line.
    const qint64 end = b[2] + b[3];
    qint64 e = end;
    if (e > 0 && pdf[e - 1] == '\n')
        --e;
    if (e > 0 && pdf[e - 1] == '\r')
        --e;
    if (e < 5 || pdf.mid(e - 5, 5) != "%%EOF") {
        s.byteRangeProblem = tr("The signed bytes do not end at the end of a revision (%%EOF).");
        return;
    }
    s.byteRangeValid = true;
    s.byteRangeProblem.clear();
}

Result<PdfSignatures> PdfSignatureParser::parse(const QByteArray& pdf) {
    PdfSignatures out;
    out.fileSize = pdf.size();
    if (!pdf.startsWith("%PDF-"))
        return Error{ErrorCode::Invalid, tr("The file is not a PDF: it does not start with %PDF-.")};
    out.revisionEnds = revisionEnds(pdf);
    if (out.revisionEnds.isEmpty())
        return Error{ErrorCode::Invalid, tr("The PDF is damaged: it has no end-of-file marker (%%EOF).")};
    const qint64 lastEnd = out.revisionEnds.last();
    for (qint64 i = lastEnd; i < pdf.size(); ++i)
        if (!isPdfWhitespace(pdf[i]))
            ++out.trailingGarbage;

    try {
        QPDF doc;
        doc.setSuppressWarnings(true);
        doc.setAttemptRecovery(false);
        // Only up to the last %%EOF: bytes appended after it are reported as a change, not parsed.
        doc.processMemoryFile("document", pdf.constData(), size_t(lastEnd));
        if (doc.isEncrypted())
            return Error{ErrorCode::Invalid, tr("The PDF is encrypted; verifying signatures of encrypted PDFs is "
                                                "not supported.")};
        doc.getAllPages(); // a broken page tree is damage too
        if (doc.anyWarnings()) {
            const std::vector<QPDFExc> warnings = doc.getWarnings();
            return Error{ErrorCode::Invalid,
                         tr("The PDF is damaged: %1").arg(QString::fromStdString(warnings.front().getMessageDetail()))};
        }
        QPDFAcroFormDocumentHelper form(doc);
        QPDFObjectHandle perms = doc.getRoot().getKey("/Perms");
        QPDFObjectHandle certification = perms.isDictionary() ? perms.getKey("/DocMDP") : QPDFObjectHandle::newNull();
        for (QPDFFormFieldObjectHelper field : form.getFormFields()) {
            if (field.getFieldType() != "/Sig")
                continue;
            QPDFObjectHandle v = field.getValue();
            if (!v.isDictionary())
                continue; // an empty signature field
            PdfSignatureDictionary s;
            s.field = QString::fromStdString(field.getFullyQualifiedName());
            s.filter = name(v.getKey("/Filter"));
            s.subFilter = name(v.getKey("/SubFilter"));
            QPDFObjectHandle range = v.getKey("/ByteRange");
            if (range.isArray())
                for (QPDFObjectHandle n : range.getArrayAsVector())
                    s.byteRange << (n.isInteger() ? qint64(n.getIntValue()) : qint64(-1));
            QPDFObjectHandle contents = v.getKey("/Contents");
            if (contents.isString()) {
                const std::string raw = contents.getStringValue();
                s.contents = QByteArray(raw.data(), qsizetype(raw.size()));
            }
            s.signingTime = parsePdfDate(utf8(v.getKey("/M")));
            s.name = utf8(v.getKey("/Name"));
            s.reason = utf8(v.getKey("/Reason"));
            s.location = utf8(v.getKey("/Location"));
            s.docMdpPermissions = docMdpOf(v);
            if (!s.docMdpPermissions && certification.isIndirect() && v.isIndirect() &&
                certification.getObjGen() == v.getObjGen())
                s.docMdpPermissions = 2;
            checkGeometry(pdf, s);
            out.signatures << s;
        }
        out.dss = readDss(doc);
    } catch (const std::exception& e) {
        return Error{ErrorCode::Invalid, tr("The PDF is damaged: %1").arg(QString::fromLocal8Bit(e.what()))};
    }
    std::stable_sort(
        out.signatures.begin(), out.signatures.end(),
        [](const PdfSignatureDictionary& a, const PdfSignatureDictionary& b) { return a.signedEnd() < b.signedEnd(); });
    return out;
}

} // namespace vanban
