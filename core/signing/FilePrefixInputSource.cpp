#include "signing/FilePrefixInputSource.h"

#include <algorithm>
#include <cstring>
#include <stdexcept>

namespace vanban {

namespace {
constexpr qint64 kWindow = 64 * 1024;
}

FilePrefixInputSource::FilePrefixInputSource(const QString& path, qint64 length, const std::string& name)
    : m_file(path)
    , m_length(length)
    , m_name(name) {
    m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

bool FilePrefixInputSource::fill(qint64 offset) {
    const qint64 count = std::min(kWindow, m_length - offset);
    m_window.resize(qsizetype(std::max<qint64>(count, 0)));
    m_windowStart = offset;
    if (count <= 0)
        return true;
    if (!m_file.seek(offset) || m_file.read(m_window.data(), count) != count) {
        m_window.clear();
        return false;
    }
    return true;
}

QByteArray FilePrefixInputSource::readAt(qint64 offset, qint64 count) {
    if (offset < 0 || offset >= m_length || count <= 0)
        return {};
    count = std::min(count, m_length - offset);
    QByteArray out(qsizetype(count), Qt::Uninitialized);
    if (!m_file.seek(offset) || m_file.read(out.data(), count) != count)
        return {};
    return out;
}

size_t FilePrefixInputSource::read(char* buffer, size_t length) {
    if (m_position >= m_length) {
        last_offset = m_length;
        return 0;
    }
    last_offset = m_position;
    size_t done = 0;
    while (done < length && m_position < m_length) {
        if (m_position < m_windowStart || m_position >= m_windowStart + m_window.size()) {
            if (!fill(m_position))
                throw std::runtime_error(m_name + ": read error: " + m_file.errorString().toStdString());
        }
        const qint64 inWindow = m_windowStart + m_window.size() - m_position;
        const size_t n = size_t(std::min<qint64>(inWindow, qint64(length - done)));
        std::memcpy(buffer + done, m_window.constData() + (m_position - m_windowStart), n);
        done += n;
        m_position += qint64(n);
    }
    return done;
}

void FilePrefixInputSource::seek(qpdf_offset_t offset, int whence) {
    qint64 target = 0;
    switch (whence) {
    case SEEK_SET:
        target = offset;
        break;
    case SEEK_CUR:
        target = m_position + offset;
        break;
    case SEEK_END:
        target = m_length + offset;
        break;
    default:
        throw std::logic_error("FilePrefixInputSource::seek: invalid whence");
    }
    if (target < 0)
        throw std::runtime_error(m_name + ": seek before the beginning of the file");
    m_position = target;
}

void FilePrefixInputSource::unreadCh(char) {
    if (m_position > 0)
        --m_position;
}

// As qpdf's own sources: the offset of the next end of line, the position moved past all CR and LF there.
qpdf_offset_t FilePrefixInputSource::findAndSkipNextEOL() {
    char ch = 0;
    while (read(&ch, 1) == 1) {
        if (ch == '\r' || ch == '\n') {
            const qint64 eol = m_position - 1;
            while (read(&ch, 1) == 1) {
                if (ch != '\r' && ch != '\n') {
                    unreadCh(ch);
                    break;
                }
            }
            return eol;
        }
    }
    return m_position;
}

} // namespace vanban
