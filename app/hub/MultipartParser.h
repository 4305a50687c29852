#pragma once
// multipart/form-data (RFC 7578) parsed from a request body on disk. The file is memory-mapped, not read into
// memory; each part is returned as a byte range of that file, so a 200 MiB package is never copied in RAM.

#include "common/Result.h"

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>

namespace vanban::hub {

struct MultipartPart {
    QString name;     // Content-Disposition name
    QString fileName; // Content-Disposition filename, empty for a plain field
    QByteArray contentType;
    qint64 offset = 0; // of the content in the body file
    qint64 length = 0;
};

class MultipartParser {
public:
    // The boundary of a "multipart/form-data; boundary=…" Content-Type, or empty when it is something else.
    static QByteArray boundaryOf(const QByteArray& contentType);
    // Parts of the body in `file` (open for reading). Errors name what is malformed.
    static Result<QList<MultipartPart>> parse(QFile& file, const QByteArray& boundary);
};

} // namespace vanban::hub
