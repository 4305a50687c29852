#include "signing/PdfSource.h"

#include "signing/FilePrefixInputSource.h"

#include <QRegularExpression>
#include <exception>

namespace vanban {

namespace {
QString qpdfMessage(const std::exception& e) {
    return QString::fromStdString(e.what());
}

double number(QPDFObjectHandle h) {
    return h.isNumber() ? h.getNumericValue() : 0.0;
}

QRectF boxFrom(QPDFObjectHandle array) {
    if (!array.isArray() || array.getArrayNItems() != 4)
        return {};
    const double x0 = number(array.getArrayItem(0)), y0 = number(array.getArrayItem(1));
    const double x1 = number(array.getArrayItem(2)), y1 = number(array.getArrayItem(3));
    return QRectF(QPointF(std::min(x0, x1), std::min(y0, y1)), QPointF(std::max(x0, x1), std::max(y0, y1)));
}

// "nnnnnnnnnn ggggg n" + a two-byte end of line (" \r", " \n" or "\r\n"): exactly 20 bytes.
bool isXrefEntry(const char* e) {
    auto digits = [e](int from, int count) {
        for (int i = from; i < from + count; ++i) {
            if (e[i] < '0' || e[i] > '9')
                return false;
        }
        return true;
    };
    const bool eol = (e[18] == ' ' && (e[19] == '\r' || e[19] == '\n')) || (e[18] == '\r' && e[19] == '\n');
    return digits(0, 10) && e[10] == ' ' && digits(11, 5) && e[16] == ' ' && (e[17] == 'n' || e[17] == 'f') && eol;
}

// A page attribute, following /Parent for the inheritable ones.
QPDFObjectHandle inherited(QPDFObjectHandle page, const char* key) {
    for (int depth = 0; depth < 64 && page.isDictionary(); ++depth) {
        if (page.hasKey(key))
            return page.getKey(key);
        page = page.getKey("/Parent");
    }
    return QPDFObjectHandle::newNull();
}
} // namespace

Result<std::unique_ptr<QFile>> PdfSource::openFile(const QString& path) {
    auto file = std::make_unique<QFile>(path);
    if (!file->exists())
        return Error{ErrorCode::NotFound, tr("The file “%1” does not exist.").arg(path), QStringLiteral("in")};
    if (!file->open(QIODevice::ReadOnly))
        return Error{ErrorCode::Invalid, tr("The file “%1” cannot be read: %2.").arg(path, file->errorString()),
                     QStringLiteral("in")};
    return file;
}

Result<std::unique_ptr<PdfSource>> PdfSource::openPrefix(const QString& path, qint64 length, const QString& name) {
    std::unique_ptr<PdfSource> source(new PdfSource);
    source->m_name = name;
    source->m_size = length;
    source->m_input = std::make_shared<FilePrefixInputSource>(path, length, name.toStdString());
    if (!source->m_input->isOpen())
        return Error{ErrorCode::Invalid,
                     tr("The file “%1” cannot be read: %2.").arg(path, source->m_input->errorString()),
                     QStringLiteral("in")};
    if (Status s = source->checkStructure(); !s)
        return s.error();
    return source;
}

Error PdfSource::damaged(const QString& why) const {
    return Error{ErrorCode::Invalid,
                 tr("“%1” is not a PDF VanBan can sign safely (%2). Repair or re-export it before it is signed; a PDF "
                    "that carries signatures must not be repaired, or they break.")
                     .arg(m_name, why),
                 QStringLiteral("in")};
}

Status PdfSource::checkStructure() {
    static const QRegularExpression header(QStringLiteral("^%PDF-[12]\\.[0-9]"));
    if (!header.match(QString::fromLatin1(m_input->readAt(0, 16))).hasMatch())
        return damaged(tr("no “%PDF-1.x” header at the start"));

    // The last startxref must point at a cross-reference section: a table or a stream object.
    const qint64 tailStart = std::max<qint64>(0, m_size - 2048);
    const QByteArray tail = m_input->readAt(tailStart, m_size - tailStart);
    m_endsWithEndOfLine = tail.endsWith('\n') || tail.endsWith('\r');
    const qsizetype startxrefInTail = tail.lastIndexOf("startxref");
    if (startxrefInTail < 0 || tail.indexOf("%%EOF", startxrefInTail) < 0)
        return damaged(tr("no startxref and %%EOF at the end"));
    const qint64 startxref = tailStart + startxrefInTail;
    static const QRegularExpression offsetPattern(QStringLiteral("^startxref\\s+(\\d+)\\s"));
    const auto offsetMatch = offsetPattern.match(QString::fromLatin1(tail.mid(startxrefInTail, 40)));
    if (!offsetMatch.hasMatch())
        return damaged(tr("an unreadable startxref"));
    m_lastXref = offsetMatch.captured(1).toLongLong();
    if (m_lastXref <= 0 || m_lastXref >= startxref)
        return damaged(tr("startxref points outside the file"));
    const QByteArray atXref = m_input->readAt(m_lastXref, 40);
    static const QRegularExpression streamObject(QStringLiteral("^\\d+\\s+\\d+\\s+obj\\b"));
    if (atXref.startsWith("xref")) {
        if (Status s = checkXrefTable(); !s)
            return s;
    } else if (streamObject.match(QString::fromLatin1(atXref)).hasMatch()) {
        m_flavour = XrefFlavour::Stream;
    } else {
        return damaged(tr("startxref does not point at a cross-reference section"));
    }

    try {
        m_qpdf = std::make_unique<QPDF>();
        m_qpdf->setSuppressWarnings(true);
        m_qpdf->setAttemptRecovery(false);
        m_qpdf->processInputSource(m_input);
        if (m_qpdf->isEncrypted())
            return Error{ErrorCode::Invalid,
                         tr("“%1” is encrypted. VanBan signs only unencrypted PDFs: remove the password protection "
                            "first.")
                             .arg(m_name),
                         QStringLiteral("in")};
        m_pages = m_qpdf->getAllPages();
        if (m_pages.empty())
            return damaged(tr("no pages"));
        QPDFObjectHandle root = m_qpdf->getRoot();
        if (!root.isDictionary())
            return damaged(tr("no document catalog"));
        root.getKey("/AcroForm").isDictionary(); // resolve it now, so damage there is found here
        QPDFObjectHandle trailer = m_qpdf->getTrailer();
        int size = trailer.getKey("/Size").isInteger() ? trailer.getKey("/Size").getIntValueAsInt() : 0;
        m_nextObject = std::max(size, int(m_qpdf->getObjectCount()) + 1);
        for (QPDFObjectHandle& page : m_pages) {
            page.getKey("/Annots").isArray();
            if (!boxFrom(inherited(page, "/MediaBox")).isValid())
                return damaged(tr("a page without a valid MediaBox"));
        }
    } catch (const std::exception& e) {
        const bool encrypted = m_input->readAt(std::max<qint64>(0, m_size - 4096), 4096).contains("/Encrypt");
        if (encrypted)
            return Error{ErrorCode::Invalid,
                         tr("“%1” is encrypted (or its encryption dictionary is damaged). VanBan signs only "
                            "unencrypted PDFs: remove the password protection first (%2).")
                             .arg(m_name, qpdfMessage(e)),
                         QStringLiteral("in")};
        return damaged(qpdfMessage(e));
    }
    return checkWarnings();
}

// A classic table: subsection headers, then entries of exactly 20 bytes each (ISO 32000-1 §7.5.4), then the trailer.
Status PdfSource::checkXrefTable() {
    qint64 pos = m_lastXref + 4;
    static const QRegularExpression subsection(QStringLiteral("^\\s*(\\d+) (\\d+)[ \\t]*(\\r\\n|\\r|\\n)"));
    constexpr qint64 kEntriesPerRead = 4096;
    while (true) {
        const auto sub = subsection.match(QString::fromLatin1(m_input->readAt(pos, 64)));
        if (!sub.hasMatch())
            break;
        const qint64 count = sub.captured(2).toLongLong();
        pos += sub.capturedLength(0);
        for (qint64 first = 0; first < count; first += kEntriesPerRead) {
            const qint64 n = std::min(kEntriesPerRead, count - first);
            const QByteArray entries = m_input->readAt(pos, 20 * n);
            for (qint64 i = 0; i < n; ++i, pos += 20) {
                if (entries.size() < 20 * (i + 1) || !isXrefEntry(entries.constData() + 20 * i))
                    return damaged(tr("a malformed cross-reference table entry at byte %1").arg(pos));
            }
        }
    }
    for (QByteArray ahead; (ahead = m_input->readAt(pos, 1)).size() == 1 && QByteArray(" \t\r\n").contains(ahead[0]);)
        ++pos;
    // The trailer dictionary, up to the next startxref (a trailer is small: 64 KiB is plenty).
    QByteArray trailer = m_input->readAt(pos, 64 * 1024);
    if (!trailer.startsWith("trailer"))
        return damaged(tr("the cross-reference table is not followed by a trailer"));
    const qsizetype trailerEnd = trailer.indexOf("startxref");
    if (trailerEnd >= 0)
        trailer.truncate(trailerEnd);
    m_flavour = trailer.contains("/XRefStm") ? XrefFlavour::Hybrid : XrefFlavour::Table;
    return {};
}

Status PdfSource::checkWarnings() const {
    if (!m_qpdf->anyWarnings())
        return {};
    QStringList messages;
    for (const QPDFExc& w : m_qpdf->getWarnings())
        messages << QString::fromStdString(w.what());
    return damaged(messages.join(QStringLiteral("; ")));
}

int PdfSource::pageIndexOf(QPDFObjGen page) const {
    for (size_t i = 0; i < m_pages.size(); ++i) {
        if (m_pages[i].getObjGen() == page)
            return int(i);
    }
    return -1;
}

QRectF PdfSource::pageBox(int index) const {
    const QRectF media = boxFrom(inherited(page(index), "/MediaBox"));
    const QRectF crop = boxFrom(inherited(page(index), "/CropBox"));
    return crop.isValid() ? crop.intersected(media) : media;
}

int PdfSource::pageRotation(int index) const {
    QPDFObjectHandle rotate = inherited(page(index), "/Rotate");
    return rotate.isInteger() ? ((rotate.getIntValueAsInt() % 360) + 360) % 360 : 0;
}

} // namespace vanban
