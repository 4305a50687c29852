#include "edxml/AttachmentSink.h"

#include <QDir>
#include <QFileInfo>

namespace vanban::edxml {

namespace {
constexpr char kZipMagic[4] = {'P', 'K', '\x03', '\x04'};

std::unique_ptr<QTemporaryFile> newPartFile(const QString& dir) {
    auto file = std::make_unique<QTemporaryFile>(QDir(dir).filePath(QStringLiteral(".edxml-XXXXXX.part")));
    file->setAutoRemove(true);
    if (!file->open())
        return nullptr;
    return file;
}
} // namespace

AttachmentSink::AttachmentSink(const QString& dir, qint64 maxBytes)
    : m_dir(dir)
    , m_maxBytes(maxBytes) {}

AttachmentSink::~AttachmentSink() = default;

bool AttachmentSink::fail(Failure f) {
    if (m_failure == Failure::None)
        m_failure = f;
    return false;
}

bool AttachmentSink::open() {
    m_raw.file = newPartFile(m_dir);
    return m_raw.file ? true : fail(Failure::Create);
}

bool AttachmentSink::put(Output& out, const char* data, qsizetype size) {
    if (out.size + size > m_maxBytes)
        return false;
    if (out.head.size() < 4)
        out.head.append(data, qMin<qsizetype>(size, 4 - out.head.size()));
    out.hash.addData(data, size);
    out.size += size;
    return out.file->write(data, size) == size;
}

bool AttachmentSink::write(const char* data, qsizetype size) {
    if (m_failure != Failure::None)
        return false;
    if (m_raw.size + size > m_maxBytes)
        return fail(Failure::TooLarge);
    const qsizetype headBefore = m_raw.head.size();
    if (!put(m_raw, data, size))
        return fail(Failure::Write);
    if (!m_sniffed && m_raw.head.size() == 4) {
        m_sniffed = true;
        if (m_raw.head == QByteArrayView(kZipMagic, 4)) {
            m_extractor = std::make_unique<ZipEntryExtractor>([this](const char* d, qsizetype n) {
                if (!m_extracted.file && !(m_extracted.file = newPartFile(m_dir))) {
                    m_extractedWriteFailed = true;
                    return false;
                }
                if (m_extracted.size + n > m_maxBytes) {
                    m_extractedTooLarge = true;
                    return false;
                }
                if (!put(m_extracted, d, n)) {
                    m_extractedWriteFailed = true;
                    return false;
                }
                return true;
            });
            // The bytes of earlier calls were the first bytes of the signature.
            if (!m_extractor->feed(m_raw.head.constData(), headBefore))
                m_extractorFailed = true;
        }
    }
    if (m_extractor && !m_extractorFailed) {
        // Whatever of this call's data the signature check consumed has been fed above only when it came earlier.
        if (!m_extractor->feed(data, size))
            m_extractorFailed = true;
    }
    return true;
}

ZipEntryExtractor::Failure AttachmentSink::zipFailure() const {
    return m_extractor ? m_extractor->failure() : ZipEntryExtractor::Failure::None;
}

bool AttachmentSink::isZipBasedDocument(const QString& name, const QString& contentType) {
    static const QStringList suffixes = {
        QStringLiteral("docx"), QStringLiteral("docm"), QStringLiteral("dotx"), QStringLiteral("xlsx"),
        QStringLiteral("xlsm"), QStringLiteral("xltx"), QStringLiteral("pptx"), QStringLiteral("pptm"),
        QStringLiteral("ppsx"), QStringLiteral("odt"),  QStringLiteral("ods"),  QStringLiteral("odp"),
        QStringLiteral("odg"),  QStringLiteral("ott"),  QStringLiteral("epub"), QStringLiteral("jar"),
        QStringLiteral("apk"),  QStringLiteral("xps"),  QStringLiteral("oxps"), QStringLiteral("kmz"),
        QStringLiteral("vsdx"), QStringLiteral("ofd"),  QStringLiteral("3mf")};
    const QString suffix = QFileInfo(name).suffix().toLower();
    return suffixes.contains(suffix) || contentType.contains(QLatin1String("openxmlformats")) ||
           contentType.contains(QLatin1String("opendocument"));
}

bool AttachmentSink::finish(const QString& name, const QString& declaredType) {
    if (m_failure != Failure::None)
        return false;
    if (!m_raw.file->flush())
        return fail(Failure::Write);
    m_chosen = &m_raw;
    const bool isZip = m_sniffed && m_extractor;
    if (isZip && !isZipBasedDocument(name, declaredType)) {
        const bool extracted = !m_extractorFailed && m_extractor->finish();
        const bool namedZip = QFileInfo(name).suffix().compare(QLatin1String("zip"), Qt::CaseInsensitive) == 0;
        if (namedZip) {
            // A zip the sender attached: unpack only the transport zip around it.
            if (extracted && m_extracted.head == QByteArrayView(kZipMagic, 4))
                m_chosen = &m_extracted;
        } else if (extracted) {
            m_chosen = &m_extracted;
        } else {
            m_chosen = nullptr;
            if (m_extractedTooLarge)
                return fail(Failure::TooLarge);
            if (m_extractedWriteFailed)
                return fail(Failure::Write);
            return fail(Failure::Zip);
        }
    }
    if (m_chosen == &m_extracted && !m_extracted.file) {
        // An empty file in the zip: nothing was written, so create it now.
        if (!(m_extracted.file = newPartFile(m_dir))) {
            m_chosen = nullptr;
            return fail(Failure::Create);
        }
    }
    if (!m_chosen->file->flush()) {
        m_chosen = nullptr;
        return fail(Failure::Write);
    }
    m_chosenDigest = QString::fromLatin1(m_chosen->hash.result().toHex());
    return true;
}

QString AttachmentSink::takeFile() {
    if (!m_chosen || !m_chosen->file)
        return {};
    m_chosen->file->close();
    m_chosen->file->setAutoRemove(false);
    return m_chosen->file->fileName();
}

} // namespace vanban::edxml
