#include "edxml/EdxmlInput.h"

#include <QIODevice>
#include <QXmlStreamReader>
#include <cstring>

namespace vanban::edxml {

namespace {
constexpr qsizetype kReadChunk = 1 << 20;
constexpr int kWaitMs = 30000; // sequential devices (sockets, processes) that have no data yet
} // namespace

EdxmlInput::EdxmlInput(QIODevice& device, QXmlStreamReader& xml, qint64 maxPiece)
    : m_device(device)
    , m_xml(xml)
    , m_maxPiece(maxPiece) {}

QString EdxmlInput::errorString() const {
    return m_device.errorString();
}

bool EdxmlInput::fill() {
    if (m_eof || m_readError)
        return false;
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    const qsizetype old = m_buffer.size();
    const qint64 available = m_device.bytesAvailable();
    const qsizetype want = available > 0 ? qsizetype(qMin<qint64>(kReadChunk, available)) : kReadChunk;
    m_buffer.resize(old + want);
    qint64 n = m_device.read(m_buffer.data() + old, want);
    if (n == 0 && !m_device.atEnd() && m_device.isSequential() && m_device.waitForReadyRead(kWaitMs))
        n = m_device.read(m_buffer.data() + old, want);
    if (n < 0) {
        m_buffer.resize(old);
        m_readError = true;
        return false;
    }
    m_buffer.resize(old + qsizetype(n));
    if (n == 0) {
        m_eof = true;
        return false;
    }
    return true;
}

bool EdxmlInput::startsLikeUtf16() {
    while (m_buffer.size() - m_pos < 4 && fill()) {
    }
    const auto* b = reinterpret_cast<const unsigned char*>(m_buffer.constData() + m_pos);
    const qsizetype n = m_buffer.size() - m_pos;
    if (n < 2)
        return false;
    return (b[0] == 0xFE && b[1] == 0xFF) || (b[0] == 0xFF && b[1] == 0xFE) || (b[0] == 0 && b[1] == '<') ||
           (b[0] == '<' && b[1] == 0) || (b[0] == 0 && b[1] == 0);
}

bool EdxmlInput::nextIsText() {
    if (m_pos >= m_buffer.size() && !fill())
        return false;
    return m_buffer.at(m_pos) != '<';
}

EdxmlInput::Step EdxmlInput::feedUnit() {
    if (m_pos >= m_buffer.size() && !fill())
        return m_readError ? Step::ReadError : Step::End;
    qsizetype length = 0;
    if (m_buffer.at(m_pos) == '<') {
        qsizetype searched = 0; // bytes after m_pos already searched
        for (;;) {
            const char* start = m_buffer.constData() + m_pos;
            const qsizetype available = m_buffer.size() - m_pos;
            const void* gt = std::memchr(start + searched, '>', size_t(available - searched));
            if (gt) {
                length = static_cast<const char*>(gt) - start + 1;
                break;
            }
            if (available > m_maxPiece)
                return Step::MarkupTooLong;
            searched = available;
            if (!fill()) {
                if (m_readError)
                    return Step::ReadError;
                length = m_buffer.size() - m_pos; // the end: let the reader say what is wrong
                break;
            }
        }
        m_textRun = 0;
    } else {
        const char* start = m_buffer.constData() + m_pos;
        const qsizetype available = m_buffer.size() - m_pos;
        const void* lt = std::memchr(start, '<', size_t(available));
        length = lt ? static_cast<const char*>(lt) - start : available;
        m_textRun += length;
        if (m_textRun > m_maxPiece)
            return Step::TextTooLong;
    }
    m_xml.addData(QByteArray(m_buffer.constData() + m_pos, length));
    m_pos += length;
    m_consumed += length;
    return Step::Fed;
}

EdxmlInput::Step EdxmlInput::scanText(const TextSink& sink) {
    for (;;) {
        if (m_pos >= m_buffer.size() && !fill())
            return m_readError ? Step::ReadError : Step::End;
        const char* start = m_buffer.constData() + m_pos;
        const qsizetype available = m_buffer.size() - m_pos;
        const void* lt = std::memchr(start, '<', size_t(available));
        const qsizetype length = lt ? static_cast<const char*>(lt) - start : available;
        if (length > 0 && !sink(start, length))
            return Step::Stopped;
        m_pos += length;
        m_consumed += length;
        if (lt)
            return Step::Fed;
    }
}

} // namespace vanban::edxml
