#pragma once
// Reads the signatures of a PDF (read-only, libqpdf over the bytes): every signature field with a value, its
// signature dictionary (/ByteRange, /Contents, /M, /SubFilter, DocMDP), the raw ByteRange geometry checks, and the
// document security store (/DSS). No cryptography here: PdfSignatureVerifier checks the CMS.

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace vanban {

struct PdfSignatureDictionary {
    QString field;     // fully qualified field name
    QString filter;    // "/Adobe.PPKLite"
    QString subFilter; // "ETSI.CAdES.detached" (without the slash)
    QList<qint64> byteRange;
    QByteArray contents;   // /Contents as decoded (the DER, usually followed by zero padding)
    QDateTime signingTime; // /M, UTC; invalid when absent or unreadable
    QString name, reason, location;
    std::optional<int> docMdpPermissions; // /Reference … /DocMDP /TransformParams /P (default 2)

    // Geometry (from the raw bytes): starts at 0, the gap is exactly this dictionary's /Contents hex string,
    // inside the file, and the signed part ends a revision (%%EOF).
    bool byteRangeValid = false;
    QString byteRangeProblem; // translated, when not valid
    qint64 signedEnd() const { return byteRange.size() == 4 ? byteRange[2] + byteRange[3] : 0; }
};

// /DSS of the final document (ETSI EN 319 142-1 §5.4): DER blobs.
struct PdfSecurityStore {
    bool present = false;
    QList<QByteArray> certificates, ocspResponses, crls;
    QList<QByteArray> vriKeys; // upper-case hex SHA-1 of the signatures' /Contents the VRI dictionary names
};

struct PdfSignatures {
    QList<PdfSignatureDictionary> signatures; // in the order of their signed revisions (oldest first)
    PdfSecurityStore dss;
    qint64 fileSize = 0;
    // Where each revision ends (just past %%EOF and its end-of-line), oldest first.
    QList<qint64> revisionEnds;
    // Bytes after the last %%EOF that are not whitespace (data appended that is not a revision).
    qint64 trailingGarbage = 0;
};

class PdfSignatureParser {
    Q_DECLARE_TR_FUNCTIONS(PdfSignatureParser)

public:
    // Fails with Invalid when the bytes are not a readable PDF (a damaged file is refused, not repaired: qpdf's
    // recovery would hide exactly what a verifier must see), or when it is encrypted (unsupported).
    static Result<PdfSignatures> parse(const QByteArray& pdf);

    // The raw geometry checks alone (also used by the fuzz target). Sets byteRangeValid / byteRangeProblem.
    static void checkGeometry(const QByteArray& pdf, PdfSignatureDictionary& signature);
    // Offsets just past each "%%EOF" and its end-of-line.
    static QList<qint64> revisionEnds(const QByteArray& pdf);
    // "D:20250101120000+07'00'" → UTC.
    static QDateTime parsePdfDate(const QString& text);
};

} // namespace vanban
