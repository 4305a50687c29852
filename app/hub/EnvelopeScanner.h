#pragma once
// The routing facts of an edXML package, read with QXmlStreamReader by local name (prefixes are optional):
// From/OrganId, every To/OrganId, every ResponseFor/OrganId, StatusCode and DocumentId of the MessageHeader.
// Reading stops at the end of edXMLHeader, so attachments (AttachmentEncoded) are never parsed.

#include "common/Result.h"

#include <QIODevice>
#include <QStringList>

namespace vanban::hub {

struct EnvelopeInfo {
    QString fromOrganId;
    QStringList toOrganIds;          // edoc recipients, in order, without repeats
    QStringList responseForOrganIds; // status recipients, in order, without repeats
    bool hasStatusCode = false;      // a status package (MessageHeader/StatusCode present)
    QString statusCode;
    QString documentId; // MessageHeader/DocumentId (edoc) — informative only
    bool isStatus() const { return hasStatusCode; }
};

class EnvelopeScanner {
public:
    // Errors are Invalid, naming the element and the reason ("edXMLHeader: missing", "From/OrganId: empty" …).
    static Result<EnvelopeInfo> scan(QIODevice& device);
};

} // namespace vanban::hub
