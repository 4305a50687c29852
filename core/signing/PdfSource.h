#pragma once
// A PDF opened read-only for signing: a file, or the first bytes of one (the signer's copy of the input, to which it
// appends its updates), and libqpdf's view of them. Nothing is read whole: the checks read the head, the tail and
// the last cross-reference section, and qpdf reads only the cross-reference sections and the objects resolved.
// Refuses what an incremental update cannot be appended to safely: no %PDF header, a startxref that does not point
// at a cross-reference section, a malformed classic xref table, encryption, a damaged page tree, or anything qpdf
// had to repair. Knows the cross-reference flavour of the last section, so the update can use the same one.

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QRectF>
#include <memory>
#include <vector>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjGen.hh>
#include <qpdf/QPDFObjectHandle.hh>

namespace vanban {

class FilePrefixInputSource;

enum class XrefFlavour { Table, Stream, Hybrid };

class PdfSource {
    Q_DECLARE_TR_FUNCTIONS(PdfSource)

public:
    // The input file, opened for reading (NotFound / Invalid with the messages every caller shows).
    static Result<std::unique_ptr<QFile>> openFile(const QString& path);
    // The first `length` bytes of the file at `path`; `name` is the document's name in messages.
    static Result<std::unique_ptr<PdfSource>> openPrefix(const QString& path, qint64 length, const QString& name);

    qint64 size() const { return m_size; }
    bool endsWithEndOfLine() const { return m_endsWithEndOfLine; }
    const QString& name() const { return m_name; }
    XrefFlavour flavour() const { return m_flavour; }
    qint64 lastXrefOffset() const { return m_lastXref; }
    int nextObjectNumber() const { return m_nextObject; }
    QPDF& qpdf() const { return *m_qpdf; }
    QPDFObjectHandle trailer() const { return m_qpdf->getTrailer(); }
    QPDFObjectHandle root() const { return m_qpdf->getRoot(); }

    int pageCount() const { return int(m_pages.size()); }
    QPDFObjectHandle page(int index) const { return m_pages.at(size_t(index)); }
    int pageIndexOf(QPDFObjGen page) const; // -1 when not a page
    // The visible area of a page (its CropBox, else MediaBox; inherited values followed), in default user space.
    QRectF pageBox(int index) const;
    int pageRotation(int index) const;

    // Fails with the qpdf warnings as the message if qpdf complained while the caller resolved objects.
    Status checkWarnings() const;

private:
    PdfSource() = default;
    Status checkStructure();
    Status checkXrefTable();
    Error damaged(const QString& why) const;

    QString m_name;
    qint64 m_size = 0;
    bool m_endsWithEndOfLine = false;
    std::shared_ptr<FilePrefixInputSource> m_input;
    std::unique_ptr<QPDF> m_qpdf;
    std::vector<QPDFObjectHandle> m_pages;
    XrefFlavour m_flavour = XrefFlavour::Table;
    qint64 m_lastXref = 0;
    int m_nextObject = 1;
};

} // namespace vanban
