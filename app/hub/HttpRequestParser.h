#pragma once
// Incremental HTTP/1.1 request parser. Bytes arrive in any split; the request line and headers are kept in
// memory (at most kMaxHeaderBytes), the body (Content-Length or chunked) is written to a temporary file in
// `tempDir`. A body larger than `maxBodyBytes` is refused: with a Content-Length, after reading and discarding it
// (so that the client, still sending, reads the answer), unless the client asked for 100-continue; when chunked,
// as soon as the limit is passed.

#include "HttpMessage.h"

#include <QByteArray>
#include <QString>

namespace vanban::hub {

class HttpRequestParser {
public:
    static constexpr int kMaxHeaderBytes = 64 * 1024;

    enum class State { NeedMore, Complete, Error };
    struct Failure {
        int httpStatus = 400;
        QString reason;
        bool tooLarge = false; // the body exceeds maxBodyBytes
    };

    HttpRequestParser(QString tempDir, qint64 maxBodyBytes);

    // Consumes bytes from the front of `buffer`. On Complete, takeRequest() returns the request and the parser is
    // ready for the next one; on Error, failure() says why (the connection must then be closed).
    State feed(QByteArray& buffer);
    HttpRequest takeRequest();
    const Failure& failure() const { return m_failure; }
    // True once per request whose headers asked for "Expect: 100-continue" and whose body is still to come.
    bool takeContinueRequest();

private:
    enum class Phase { Head, Body, Discard, ChunkSize, ChunkData, ChunkDataEnd, Trailer, Done };

    State parseHead(QByteArray& buffer);
    State startBody();
    State readFixedBody(QByteArray& buffer);
    State discardBody(QByteArray& buffer);
    State readChunked(QByteArray& buffer);
    State fail(int status, const QString& reason, bool tooLarge = false);
    bool writeBody(const char* data, qint64 size);

    QString m_tempDir;
    qint64 m_maxBody;
    Phase m_phase = Phase::Head;
    HttpRequest m_request;
    qint64 m_remaining = 0; // of the fixed body or of the current chunk
    bool m_continueRequested = false;
    Failure m_failure;
};

} // namespace vanban::hub
