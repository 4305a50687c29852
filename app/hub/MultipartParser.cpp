#include "MultipartParser.h"

#include <algorithm>
#include <functional>
#include <string_view>

namespace vanban::hub {

namespace {
// A parameter of a header value such as `form-data; name="edocFile"; filename="a.edxml"`.
QByteArray headerParameter(const QByteArray& value, const QByteArray& parameter) {
    const QList<QByteArray> items = value.split(';');
    for (qsizetype i = 1; i < items.size(); ++i) {
        const QByteArray item = items[i].trimmed();
        const qsizetype eq = item.indexOf('=');
        if (eq <= 0 || item.left(eq).trimmed().toLower() != parameter)
            continue;
        QByteArray v = item.mid(eq + 1).trimmed();
        if (v.size() >= 2 && v.startsWith('"') && v.endsWith('"'))
            v = v.mid(1, v.size() - 2);
        return v;
    }
    return {};
}

Error malformed(const QString& reason) {
    return Error::invalid(QStringLiteral("multipart"), QStringLiteral("malformed multipart body: %1").arg(reason));
}
} // namespace

QByteArray MultipartParser::boundaryOf(const QByteArray& contentType) {
    const QByteArray type = contentType.split(';').value(0).trimmed().toLower();
    if (type != "multipart/form-data")
        return {};
    const QByteArray boundary = headerParameter(contentType, "boundary");
    return boundary.size() <= 70 ? boundary : QByteArray();
}

Result<QList<MultipartPart>> MultipartParser::parse(QFile& file, const QByteArray& boundary) {
    const qint64 size = file.size();
    if (size <= 0)
        return malformed(QStringLiteral("empty body"));
    const uchar* mapped = file.map(0, size);
    if (!mapped)
        return Error{ErrorCode::External, QStringLiteral("cannot map the request body: %1").arg(file.errorString())};
    const std::string_view body(reinterpret_cast<const char*>(mapped), size_t(size));
    const std::string delimiter = "\r\n--" + boundary.toStdString();
    const std::boyer_moore_horspool_searcher search(delimiter.begin(), delimiter.end());
    auto find = [&](size_t from) -> size_t {
        const auto it = std::search(body.begin() + qsizetype(from), body.end(), search);
        return it == body.end() ? std::string_view::npos : size_t(it - body.begin());
    };

    QList<MultipartPart> parts;
    // The first delimiter may start the body (without the leading CRLF).
    size_t pos;
    if (body.substr(0, delimiter.size() - 2) == std::string_view(delimiter).substr(2))
        pos = delimiter.size() - 2;
    else if (size_t first = find(0); first != std::string_view::npos)
        pos = first + delimiter.size();
    else {
        file.unmap(const_cast<uchar*>(mapped));
        return malformed(QStringLiteral("boundary not found"));
    }
    Result<QList<MultipartPart>> result = malformed(QStringLiteral("no closing boundary"));
    for (;;) {
        // After a delimiter: "--" closes the body, otherwise optional whitespace and CRLF start a part.
        if (body.substr(pos, 2) == "--") {
            result = parts;
            break;
        }
        while (pos < body.size() && (body[pos] == ' ' || body[pos] == '\t'))
            ++pos;
        if (body.substr(pos, 2) != "\r\n")
            break;
        pos += 2;
        // Headers end at the first blank line; with no headers the blank line is the delimiter's own CRLF.
        const size_t headEnd = body.find("\r\n\r\n", pos - 2);
        const size_t headLimit = std::min(body.size(), pos + 16 * 1024);
        MultipartPart part;
        if (headEnd == std::string_view::npos || headEnd > headLimit) {
            result = malformed(QStringLiteral("part headers not terminated"));
            break;
        }
        if (headEnd > pos) {
            const QByteArray head(body.data() + pos, qsizetype(headEnd - pos));
            for (const QByteArray& line : head.split('\n')) {
                const qsizetype colon = line.indexOf(':');
                if (colon <= 0)
                    continue;
                const QByteArray name = line.left(colon).trimmed().toLower();
                const QByteArray value = line.mid(colon + 1).trimmed();
                if (name == "content-disposition") {
                    part.name = QString::fromUtf8(headerParameter(value, "name"));
                    part.fileName = QString::fromUtf8(headerParameter(value, "filename"));
                } else if (name == "content-type") {
                    part.contentType = value;
                }
            }
        }
        const size_t contentStart = headEnd + 4;
        const size_t next = find(contentStart);
        if (next == std::string_view::npos)
            break;
        part.offset = qint64(contentStart);
        part.length = qint64(next - contentStart);
        parts.append(part);
        pos = next + delimiter.size();
    }
    file.unmap(const_cast<uchar*>(mapped));
    return result;
}

} // namespace vanban::hub
