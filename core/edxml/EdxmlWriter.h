#pragma once
// Writes an edXML package (QCVN 102:2016) in exactly the form VPCP and Bkav exchange (DOMAIN.md §4.1, §4.6): a
// default namespace on the root, the `edXML:` prefix on everything inside the envelope, the element order of the
// VPCP samples, yyyy/MM/dd dates, `Bussiness` spelled as the standard does, and each attachment base64-encoded
// outside the envelope, read from its file in chunks. Required fields are checked before anything is written;
// the caller writes into a QSaveFile or temporary file and discards it on error.

#include "common/Result.h"
#include "edxml/EdxmlPackage.h"

#include <QCoreApplication>

class QIODevice;

namespace vanban::edxml {

class EdxmlWriter {
    Q_DECLARE_TR_FUNCTIONS(EdxmlWriter)

public:
    static Status writeEdoc(const EdocPackage& package, QIODevice& out);
    static Status writeStatus(const StatusPackage& package, QIODevice& out);

    // The checks writeEdoc/writeStatus make first: required fields, value ranges, attachment files.
    static Status validate(const EdocPackage& package);
    static Status validate(const StatusPackage& package);
};

} // namespace vanban::edxml
