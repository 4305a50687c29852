#include "HttpRequestParser.h"

#include <QUrl>

namespace vanban::hub {

namespace {
// Index of the end of the first line ("\n"), the line without its "\r\n" or "\n" in `line`.
qsizetype takeLine(const QByteArray& buffer, qsizetype from, QByteArray& line) {
    const qsizetype nl = buffer.indexOf('\n', from);
    if (nl < 0)
        return -1;
    qsizetype end = nl;
    if (end > from && buffer.at(end - 1) == '\r')
        --end;
    line = buffer.mid(from, end - from);
    return nl + 1;
}
} // namespace

HttpRequestParser::HttpRequestParser(QString tempDir, qint64 maxBodyBytes)
    : m_tempDir(std::move(tempDir))
    , m_maxBody(maxBodyBytes) {}

HttpRequestParser::State HttpRequestParser::fail(int status, const QString& reason, bool tooLarge) {
    m_failure = Failure{status, reason, tooLarge};
    return State::Error;
}

HttpRequestParser::State HttpRequestParser::feed(QByteArray& buffer) {
    for (;;) {
        const Phase before = m_phase;
        State s = State::NeedMore;
        switch (m_phase) {
        case Phase::Head:
            s = parseHead(buffer);
            break;
        case Phase::Body:
            s = readFixedBody(buffer);
            break;
        case Phase::Discard:
            s = discardBody(buffer);
            break;
        case Phase::ChunkSize:
        case Phase::ChunkData:
        case Phase::ChunkDataEnd:
        case Phase::Trailer:
            s = readChunked(buffer);
            break;
        case Phase::Done:
            return State::Complete;
        }
        if (s == State::Error)
            return s;
        if (m_phase == Phase::Done)
            return State::Complete;
        if (m_phase == before)
            return State::NeedMore; // otherwise the next phase may already have bytes in the buffer
    }
}

HttpRequestParser::State HttpRequestParser::parseHead(QByteArray& buffer) {
    // Empty lines before a request line are ignored (RFC 9112 §2.2).
    while (buffer.startsWith("\r\n") || buffer.startsWith('\n'))
        buffer.remove(0, buffer.startsWith('\n') ? 1 : 2);
    qsizetype end = buffer.indexOf("\r\n\r\n");
    qsizetype headLength = end < 0 ? -1 : end + 4;
    if (const qsizetype lf = buffer.indexOf("\n\n"); lf >= 0 && (headLength < 0 || lf + 2 < headLength))
        headLength = lf + 2;
    if (headLength < 0) {
        if (buffer.size() > kMaxHeaderBytes)
            return fail(431, QStringLiteral("request headers larger than %1 bytes").arg(kMaxHeaderBytes));
        return State::NeedMore;
    }
    if (headLength > kMaxHeaderBytes)
        return fail(431, QStringLiteral("request headers larger than %1 bytes").arg(kMaxHeaderBytes));

    const QByteArray head = buffer.left(headLength);
    buffer.remove(0, headLength);
    m_request = HttpRequest{};

    QByteArray line;
    qsizetype pos = takeLine(head, 0, line);
    const QList<QByteArray> parts = line.split(' ');
    if (parts.size() != 3 || !parts[2].startsWith("HTTP/1."))
        return fail(400, QStringLiteral("malformed request line"));
    m_request.method = parts[0];
    m_request.target = parts[1];
    const QUrl url(QString::fromLatin1(parts[1]));
    if (!url.isValid() || !parts[1].startsWith('/'))
        return fail(400, QStringLiteral("malformed request target"));
    m_request.path = url.path();
    m_request.query = QUrlQuery(url.query(QUrl::FullyEncoded));

    while (pos >= 0 && pos < head.size()) {
        pos = takeLine(head, pos, line);
        if (line.isEmpty())
            break;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return fail(400, QStringLiteral("malformed header line"));
        m_request.headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    }
    return startBody();
}

HttpRequestParser::State HttpRequestParser::startBody() {
    const QByteArray transferEncoding = m_request.header("transfer-encoding").toLower();
    const QByteArray contentLength = m_request.header("content-length");
    m_continueRequested = m_request.header("expect").toLower() == "100-continue";
    const bool chunked = transferEncoding.contains("chunked");
    if (!transferEncoding.isEmpty() && !chunked)
        return fail(501, QStringLiteral("unsupported Transfer-Encoding"));
    qint64 length = 0;
    if (!chunked && !contentLength.isEmpty()) {
        bool ok = false;
        length = contentLength.toLongLong(&ok);
        if (!ok || length < 0)
            return fail(400, QStringLiteral("invalid Content-Length"));
        if (length > m_maxBody) {
            m_failure = Failure{
                413,
                QStringLiteral("request body of %1 bytes exceeds the limit of %2 bytes").arg(length).arg(m_maxBody),
                true};
            if (m_continueRequested)
                return State::Error;
            m_remaining = length;
            m_phase = Phase::Discard;
            return State::NeedMore;
        }
    }
    if (!chunked && length == 0) {
        m_continueRequested = false;
        m_phase = Phase::Done;
        return State::Complete;
    }
    auto file = std::make_shared<QTemporaryFile>(m_tempDir + QStringLiteral("/body-XXXXXX"));
    if (!file->open())
        return fail(500, QStringLiteral("cannot create a temporary file: %1").arg(file->errorString()));
    m_request.body = std::move(file);
    m_remaining = length;
    m_phase = chunked ? Phase::ChunkSize : Phase::Body;
    return State::NeedMore;
}

bool HttpRequestParser::writeBody(const char* data, qint64 size) {
    if (m_request.bodySize + size > m_maxBody)
        return false;
    if (m_request.body->write(data, size) != size)
        return false;
    m_request.bodySize += size;
    return true;
}

HttpRequestParser::State HttpRequestParser::readFixedBody(QByteArray& buffer) {
    const qint64 n = std::min<qint64>(m_remaining, buffer.size());
    if (n > 0) {
        if (!writeBody(buffer.constData(), n))
            return fail(500, QStringLiteral("cannot write the request body: %1").arg(m_request.body->errorString()));
        buffer.remove(0, n);
        m_remaining -= n;
    }
    if (m_remaining > 0)
        return State::NeedMore;
    m_phase = Phase::Done;
    return State::Complete;
}

HttpRequestParser::State HttpRequestParser::discardBody(QByteArray& buffer) {
    const qint64 n = std::min<qint64>(m_remaining, buffer.size());
    buffer.remove(0, n);
    m_remaining -= n;
    return m_remaining > 0 ? State::NeedMore : State::Error; // m_failure was set when the discard began
}

HttpRequestParser::State HttpRequestParser::readChunked(QByteArray& buffer) {
    for (;;) {
        QByteArray line;
        switch (m_phase) {
        case Phase::ChunkSize: {
            const qsizetype next = takeLine(buffer, 0, line);
            if (next < 0)
                return buffer.size() > 1024 ? fail(400, QStringLiteral("malformed chunk size")) : State::NeedMore;
            buffer.remove(0, next);
            const qsizetype semicolon = line.indexOf(';'); // chunk extensions are ignored
            bool ok = false;
            const qint64 size = (semicolon < 0 ? line : line.left(semicolon)).trimmed().toLongLong(&ok, 16);
            if (!ok || size < 0)
                return fail(400, QStringLiteral("malformed chunk size"));
            if (m_request.bodySize + size > m_maxBody)
                return fail(413, QStringLiteral("request body exceeds the limit of %1 bytes").arg(m_maxBody), true);
            m_remaining = size;
            m_phase = size == 0 ? Phase::Trailer : Phase::ChunkData;
            break;
        }
        case Phase::ChunkData: {
            const qint64 n = std::min<qint64>(m_remaining, buffer.size());
            if (n > 0 && !writeBody(buffer.constData(), n))
                return fail(500, QStringLiteral("cannot write the request body"));
            buffer.remove(0, n);
            m_remaining -= n;
            if (m_remaining > 0)
                return State::NeedMore;
            m_phase = Phase::ChunkDataEnd;
            break;
        }
        case Phase::ChunkDataEnd: {
            const qsizetype next = takeLine(buffer, 0, line);
            if (next < 0)
                return buffer.size() > 2 ? fail(400, QStringLiteral("malformed chunk end")) : State::NeedMore;
            if (!line.isEmpty())
                return fail(400, QStringLiteral("malformed chunk end"));
            buffer.remove(0, next);
            m_phase = Phase::ChunkSize;
            break;
        }
        case Phase::Trailer: {
            const qsizetype next = takeLine(buffer, 0, line);
            if (next < 0)
                return buffer.size() > kMaxHeaderBytes ? fail(431, QStringLiteral("trailer too large"))
                                                       : State::NeedMore;
            buffer.remove(0, next);
            if (line.isEmpty()) {
                m_phase = Phase::Done;
                return State::Complete;
            }
            break;
        }
        default:
            return State::NeedMore;
        }
    }
}

HttpRequest HttpRequestParser::takeRequest() {
    HttpRequest r = std::move(m_request);
    if (r.body) {
        r.body->flush();
        r.body->seek(0);
    }
    m_request = HttpRequest{};
    m_phase = Phase::Head;
    m_remaining = 0;
    m_continueRequested = false;
    return r;
}

bool HttpRequestParser::takeContinueRequest() {
    if (!m_continueRequested || m_phase == Phase::Head || m_phase == Phase::Done)
        return false;
    m_continueRequested = false;
    return true;
}

} // namespace vanban::hub
