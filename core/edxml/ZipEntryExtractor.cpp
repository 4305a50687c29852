#include "edxml/ZipEntryExtractor.h"

#include <QtEndian>
#include <zlib.h>

namespace vanban::edxml {

namespace {
constexpr quint32 kLocalHeader = 0x04034b50;
constexpr quint32 kDescriptor = 0x08074b50;
constexpr quint32 kCentralHeader = 0x02014b50;
constexpr quint32 kEndOfCentral = 0x06054b50;
constexpr quint32 kZip64EndOfCentral = 0x06064b50;
constexpr quint32 kZip64Locator = 0x07064b50;
constexpr qsizetype kLocalHeaderRest = 26; // after the signature
constexpr int kInflateBuffer = 256 * 1024;

quint16 le16(const char* p) {
    return qFromLittleEndian<quint16>(p);
}
quint32 le32(const char* p) {
    return qFromLittleEndian<quint32>(p);
}
quint64 le64(const char* p) {
    return qFromLittleEndian<quint64>(p);
}
} // namespace

// zlib raw inflate (the zip entry has no zlib header), one entry at a time.
struct ZipEntryExtractor::Inflater {
    Inflater() {
        m_ok = inflateInit2(&m_stream, -MAX_WBITS) == Z_OK;
        m_out.resize(kInflateBuffer);
    }
    ~Inflater() {
        if (m_ok)
            inflateEnd(&m_stream);
    }
    Inflater(const Inflater&) = delete;
    Inflater& operator=(const Inflater&) = delete;

    z_stream m_stream{};
    QByteArray m_out;
    bool m_ok = false;
};

ZipEntryExtractor::ZipEntryExtractor(Sink sink)
    : m_sink(std::move(sink)) {}

ZipEntryExtractor::~ZipEntryExtractor() = default;

bool ZipEntryExtractor::fail(Failure f) {
    if (m_failure == Failure::None)
        m_failure = f;
    return false;
}

bool ZipEntryExtractor::output(const char* data, qsizetype size) {
    m_runningCrc = quint32(crc32(m_runningCrc, reinterpret_cast<const Bytef*>(data), uInt(size)));
    m_written += quint64(size);
    if (m_directory || size == 0)
        return true;
    return m_sink(data, size) || fail(Failure::Output);
}

bool ZipEntryExtractor::startEntry() {
    const char* h = m_need.constData();
    m_flags = le16(h + 2);
    m_method = le16(h + 4);
    m_crc = le32(h + 10);
    m_compressed = le32(h + 14);
    m_uncompressed = le32(h + 18);
    const quint16 nameLength = le16(h + 22);
    const QByteArray name = m_need.mid(kLocalHeaderRest, nameLength);
    const QByteArray extra = m_need.mid(kLocalHeaderRest + nameLength);
    m_zip64 = false;
    for (qsizetype at = 0; at + 4 <= extra.size();) {
        const quint16 id = le16(extra.constData() + at);
        const quint16 length = le16(extra.constData() + at + 2);
        if (at + 4 + length > extra.size())
            break;
        if (id == 0x0001) { // zip64: the sizes that are 0xFFFFFFFF in the header, in this order
            m_zip64 = true;
            qsizetype field = at + 4;
            if (m_uncompressed == 0xFFFFFFFFu && field + 8 <= at + 4 + length) {
                m_uncompressed = le64(extra.constData() + field);
                field += 8;
            }
            if (m_compressed == 0xFFFFFFFFu && field + 8 <= at + 4 + length)
                m_compressed = le64(extra.constData() + field);
        }
        at += 4 + length;
    }
    if ((m_flags & 0x0001) || m_method == 99)
        return fail(Failure::Encrypted);
    if (m_method != 0 && m_method != 8)
        return fail(Failure::Method);
    const bool descriptor = m_flags & 0x0008;
    if (m_method == 0 && descriptor && m_compressed == 0)
        return fail(Failure::Method); // a stored entry of unknown length cannot be found in a stream
    m_directory = name.endsWith('/');
    if (!m_directory) {
        if (++m_files > 1)
            return fail(Failure::SeveralFiles);
        m_entryName = (m_flags & 0x0800) ? QString::fromUtf8(name) : QString::fromLatin1(name);
    }
    m_dataRead = 0;
    m_written = 0;
    m_runningCrc = quint32(crc32(0, nullptr, 0));
    m_descriptorSignatureChecked = false;
    m_state = State::Data;
    if (m_method == 8) {
        if (!m_inflater)
            m_inflater = std::make_unique<Inflater>();
        else if (m_inflater->m_ok)
            inflateReset(&m_inflater->m_stream);
        if (!m_inflater->m_ok)
            return fail(Failure::Damaged);
    } else if (m_compressed == 0) {
        return endData();
    }
    return true;
}

bool ZipEntryExtractor::checkEntry(quint32 crc, quint64 compressed, quint64 uncompressed) {
    if (crc != m_runningCrc || uncompressed != m_written || compressed != m_dataRead)
        return fail(Failure::Damaged);
    m_state = State::Signature;
    m_needed = 4;
    return true;
}

bool ZipEntryExtractor::endData() {
    m_need.clear();
    if (m_flags & 0x0008) {
        m_state = State::Descriptor;
        m_needed = 4;
        return true;
    }
    return checkEntry(m_crc, m_compressed, m_uncompressed);
}

bool ZipEntryExtractor::feed(const char* data, qsizetype size) {
    if (m_failure != Failure::None)
        return false;
    while (size > 0) {
        if (m_state == State::Trailer)
            return true; // the central directory: not needed
        if (m_state == State::Data) {
            if (m_method == 0) {
                const qsizetype take = qsizetype(qMin<quint64>(quint64(size), m_compressed - m_dataRead));
                if (!output(data, take))
                    return false;
                m_dataRead += quint64(take);
                data += take;
                size -= take;
                if (m_dataRead == m_compressed && !endData())
                    return false;
                continue;
            }
            z_stream& z = m_inflater->m_stream;
            z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data));
            z.avail_in = uInt(qMin<qsizetype>(size, 1 << 30));
            const uInt offered = z.avail_in;
            int rc = Z_OK;
            do {
                z.next_out = reinterpret_cast<Bytef*>(m_inflater->m_out.data());
                z.avail_out = uInt(m_inflater->m_out.size());
                rc = inflate(&z, Z_NO_FLUSH);
                if (rc != Z_OK && rc != Z_STREAM_END && rc != Z_BUF_ERROR)
                    return fail(Failure::Damaged);
                const qsizetype produced = m_inflater->m_out.size() - qsizetype(z.avail_out);
                if (!output(m_inflater->m_out.constData(), produced))
                    return false;
                if (rc == Z_BUF_ERROR && produced == 0)
                    break; // needs more input
            } while (rc != Z_STREAM_END && (z.avail_in > 0 || z.avail_out == 0));
            const qsizetype consumed = qsizetype(offered - z.avail_in);
            m_dataRead += quint64(consumed);
            data += consumed;
            size -= consumed;
            if (!(m_flags & 0x0008) && m_dataRead > m_compressed)
                return fail(Failure::Damaged);
            if (rc == Z_STREAM_END && !endData())
                return false;
            continue;
        }
        // Fixed-size parts: collect m_needed bytes.
        const qsizetype take = qMin(size, m_needed - m_need.size());
        m_need.append(data, take);
        data += take;
        size -= take;
        if (m_need.size() < m_needed)
            return true;
        switch (m_state) {
        case State::Signature: {
            const quint32 signature = le32(m_need.constData());
            m_need.clear();
            if (signature == kLocalHeader) {
                m_state = State::Header;
                m_needed = kLocalHeaderRest;
            } else if (signature == kCentralHeader || signature == kEndOfCentral || signature == kZip64EndOfCentral ||
                       signature == kZip64Locator) {
                m_state = State::Trailer;
            } else {
                return fail(Failure::Damaged);
            }
            break;
        }
        case State::Header: {
            const qsizetype rest = qsizetype(le16(m_need.constData() + 22)) + le16(m_need.constData() + 24);
            if (rest == 0) {
                if (!startEntry())
                    return false;
                m_need.clear();
            } else {
                m_state = State::NameAndExtra;
                m_needed = kLocalHeaderRest + rest;
            }
            break;
        }
        case State::NameAndExtra:
            if (!startEntry())
                return false;
            if (m_state == State::Data)
                m_need.clear();
            break;
        case State::Descriptor: {
            const qsizetype body = m_zip64 ? 20 : 12;
            if (!m_descriptorSignatureChecked) {
                m_descriptorSignatureChecked = true;
                if (le32(m_need.constData()) == kDescriptor) {
                    m_need.clear();
                    m_needed = body;
                } else {
                    m_needed = body; // the 4 bytes were the CRC already
                }
                break;
            }
            const char* d = m_need.constData();
            const quint32 crc = le32(d);
            const quint64 compressed = m_zip64 ? le64(d + 4) : le32(d + 4);
            const quint64 uncompressed = m_zip64 ? le64(d + 12) : le32(d + 8);
            m_need.clear();
            if (!checkEntry(crc, compressed, uncompressed))
                return false;
            break;
        }
        case State::Data:
        case State::Trailer:
            break;
        }
    }
    return true;
}

bool ZipEntryExtractor::finish() {
    if (m_failure != Failure::None)
        return false;
    const bool atBoundary = m_state == State::Trailer || (m_state == State::Signature && m_need.isEmpty());
    if (!atBoundary)
        return fail(Failure::Damaged);
    if (m_files == 0)
        return fail(Failure::NoFile);
    return true;
}

} // namespace vanban::edxml
