#pragma once
// Writes the document security store of a PAdES B-LT signature (ETSI EN 319 142-1 §5.4.2) as one more incremental
// update (PdfIncrementalUpdate: same cross-reference flavour, /Prev, /Root, /Info and /ID kept): the catalog's /DSS
// with /Certs, /OCSPs and /CRLs arrays of streams (the DER, unfiltered) and a /VRI entry for the signature, keyed by
// the upper-case hex SHA-1 of its /Contents value (the decoded bytes, padding included) and naming the streams that
// validate it. An existing /DSS (an earlier B-LT signature's) is kept: its entries stay, a blob already present is
// not written twice, and its VRI entries are kept. The signature's own bytes are not touched, so it stays valid;
// verifiers allow a later revision that only adds validation data (RevisionComparator, SecurityStore).

#include "common/Result.h"
#include "signing/PdfSource.h"
#include "signing/ValidationDataCollector.h"

#include <QCoreApplication>

namespace vanban {

struct DssUpdateResult {
    QByteArray appended; // the bytes to append to the source
    int newStreams = 0;  // blobs written now (the others were already in the document)
};

class PdfDssUpdate {
    Q_DECLARE_TR_FUNCTIONS(PdfDssUpdate)

public:
    // The VRI key of a signature: upper-case hex SHA-1 of the decoded /Contents value.
    static QByteArray vriKey(const QByteArray& contentsValue);
    static Result<DssUpdateResult> build(const PdfSource& source, const ValidationData& data,
                                         const QByteArray& contentsValue);
};

} // namespace vanban
