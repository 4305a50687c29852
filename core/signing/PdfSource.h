#pragma once
// A PDF opened read-only for signing: the original bytes (never rewritten) and libqpdf's view of them. Refuses what
// an incremental update cannot be appended to safely: no %PDF header, a startxref that does not point at a
// cross-reference section, a malformed classic xref table, encryption, a damaged page tree, or anything qpdf had to
// repair. Knows the cross-reference flavour of the last section, so the update can use the same one.

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QRectF>
#include <memory>
#include <vector>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjGen.hh>
#include <qpdf/QPDFObjectHandle.hh>

namespace vanban {

enum class XrefFlavour { Table, Stream, Hybrid };

class PdfSource {
    Q_DECLARE_TR_FUNCTIONS(PdfSource)

public:
    static Result<std::unique_ptr<PdfSource>> open(const QString& path);
    // The same checks on bytes already in memory (e.g. the source plus an update just written).
    static Result<std::unique_ptr<PdfSource>> fromBytes(QByteArray bytes, const QString& name);

    const QByteArray& bytes() const { return m_bytes; }
    const QString& name() const { return m_name; }
    XrefFlavour flavour() const { return m_flavour; }
    qsizetype lastXrefOffset() const { return m_lastXref; }
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
    Error damaged(const QString& why) const;

    QString m_name;
    QByteArray m_bytes;
    std::unique_ptr<QPDF> m_qpdf;
    std::vector<QPDFObjectHandle> m_pages;
    XrefFlavour m_flavour = XrefFlavour::Table;
    qsizetype m_lastXref = 0;
    int m_nextObject = 1;
};

} // namespace vanban
