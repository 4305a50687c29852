#pragma once
// Reads an edXML package (QCVN 102:2016, DOMAIN.md §4.6) from a stream without holding it in memory: the XML is
// fed to QXmlStreamReader markup by markup, and the base64 text of each attachment goes straight from the input
// buffer through a streaming decoder (and a zip extractor, when the producer zipped the file) into a file of its
// own. A 300 MB package needs a few MB of memory.
//
// Tolerant of what producers do: dd/MM/yyyy or yyyy/MM/dd dates, any prefix or none, Business or Bussiness,
// zipped or raw attachments, ContentId with or without "cid:", children in any order, empty elements, an XMLDSig
// Signature in any namespace. Refuses DTDs, absurd nesting, over-long text and zip bombs. Every error is
// ErrorCode::Invalid (External for a failing disk), names the element and the reason, and leaves nothing behind
// in the attachment folder.

#include "common/Result.h"
#include "edxml/EdxmlPackage.h"

#include <QCoreApplication>

class QIODevice;

namespace vanban::edxml {

struct ReadLimits {
    qint64 maxAttachmentBytes = qint64(1) << 31; // one decoded (and unzipped) attachment
    qint64 maxTotalBytes = qint64(4) << 30;      // all attachments of a package
    int maxAttachments = 1000;
    int maxDepth = 48;
    qint64 maxTextBytes = 4 << 20;      // one text node or markup outside attachment content
    qint64 maxEnvelopeBytes = 16 << 20; // the whole edXMLEnvelope
};

class EdxmlReader {
    Q_DECLARE_TR_FUNCTIONS(EdxmlReader)

public:
    // The whole package; attachments are decoded into files inside attachmentDir (created if missing) with
    // generated names ("attachment-1.pdf" …); Attachment::name keeps the name the sender gave.
    static Result<Package> read(QIODevice& in, const QString& attachmentDir, const ReadLimits& limits = {});
    // Header, trace, business block and the manifest only: attachment content is skipped, nothing is written.
    // Attachments are listed with their ContentId, name, description and declared type; filePath is empty.
    static Result<Package> readHeaderOnly(QIODevice& in, const ReadLimits& limits = {});
};

} // namespace vanban::edxml
