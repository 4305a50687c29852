#pragma once
// One incremental update (ISO 32000-1 §7.5.6), built in memory and appended to the original bytes, which stay
// untouched: new and changed objects, then a cross-reference section of the same flavour as the source's last one (a
// classic table for table and hybrid files, an xref stream for xref-stream files) and a trailer with /Prev, keeping
// /Root, /Info and /ID.

#include "signing/PdfSource.h"

#include <QByteArray>
#include <QMap>

namespace vanban {

class PdfIncrementalUpdate {
public:
    explicit PdfIncrementalUpdate(const PdfSource& source)
        : m_source(source)
        , m_next(source.nextObjectNumber()) {}

    // A fresh object number for a new object. qpdf learns of it (as an empty dictionary), so references to it
    // survive in the objects changed through qpdf (a reference to an unknown object would read as null, and qpdf
    // drops dictionary entries that are null).
    int reserve();
    // "n 0 R" text for an object number.
    static QByteArray ref(int number, int generation = 0);
    // A PDF text string: a literal for printable ASCII, else UTF-16BE with a byte-order mark, in hex.
    static QByteArray textString(const QString& text);
    // A real number in PDF syntax (no exponent), two decimals.
    static QByteArray real(double value);

    // An object's body (a dictionary, array …) in PDF syntax.
    void setObject(QPDFObjGen id, const QByteArray& body);
    void setObject(int number, const QByteArray& body) { setObject(QPDFObjGen(number, 0), body); }
    // A stream: the dictionary's entries (without << >> and /Length) and its (already encoded) data.
    void setStream(int number, const QByteArray& dictionaryEntries, const QByteArray& data);
    // An existing object, changed in memory through qpdf, written back with its number.
    void setChanged(QPDFObjectHandle object);

    // The bytes to append to the source; `objectOffsets` receives where each object starts in them.
    QByteArray serialize(QMap<int, qsizetype>* objectOffsets = nullptr) const;

private:
    const PdfSource& m_source;
    int m_next;
    QMap<int, QPair<int, QByteArray>> m_objects; // number → (generation, body)
};

} // namespace vanban
