#pragma once
// Turns what VanBan holds (an outgoing document, a received package's record) into edXML packages, and stores a
// written package in the blob store.

#include "common/Result.h"
#include "edxml/EdxmlPackage.h"
#include "model/Document.h"
#include "model/User.h"
#include "storage/BlobStore.h"

#include <QCoreApplication>

namespace vanban {

// What a status message answers: the received document as its sender identified it.
struct StatusTarget {
    QString senderOrganId;
    QString senderOrganName;
    QString codeNumber;
    QString codeNotation;
    QDate promulgationDate;
    QString edxmlDocumentId;
};

class PackageBuilder {
    Q_DECLARE_TR_FUNCTIONS(PackageBuilder)

public:
    // The edXML package of an outgoing document for the given recipients. Attachments point at the blob store's
    // files (read in chunks when the package is written).
    static edxml::EdocPackage edocFor(const Document& document, const QString& signerPosition,
                                      const AgencyProfile& agency, const QList<Organization>& recipients,
                                      const BlobStore& blobs, const QDateTime& now);
    static edxml::StatusPackage statusFor(const StatusTarget& target, const AgencyProfile& agency,
                                          const QString& statusCode, const QString& description,
                                          const QString& staffName, const QDateTime& now);
    // Writes the package into the blob store (through a temporary file in the store; no copy).
    static Result<StoredBlob> store(const edxml::Package& package, BlobStore& blobs);
    // The usual MIME type of a file name's extension.
    static QString contentTypeFor(const QString& fileName);
    // The Vietnamese description of a status code (01 "Đã đến" …), used as the status message's Description.
    static QString statusDescription(const QString& statusCode);
};

} // namespace vanban
