#include "signing/PdfIncrementalUpdate.h"

namespace vanban {

QByteArray PdfIncrementalUpdate::ref(int number, int generation) {
    return QByteArray::number(number) + ' ' + QByteArray::number(generation) + " R";
}

int PdfIncrementalUpdate::reserve() {
    const int number = m_next++;
    m_source.qpdf().replaceObject(QPDFObjGen(number, 0), QPDFObjectHandle::newDictionary());
    return number;
}

QByteArray PdfIncrementalUpdate::textString(const QString& text) {
    bool ascii = true;
    for (QChar c : text)
        ascii = ascii && c.unicode() >= 0x20 && c.unicode() < 0x7f;
    if (ascii) {
        QByteArray out = "(";
        for (QChar c : text) {
            if (c == QLatin1Char('(') || c == QLatin1Char(')') || c == QLatin1Char('\\'))
                out += '\\';
            out += char(c.unicode());
        }
        return out + ')';
    }
    QByteArray utf16("\xfe\xff", 2);
    for (QChar c : text) {
        utf16 += char(c.unicode() >> 8);
        utf16 += char(c.unicode() & 0xff);
    }
    return '<' + utf16.toHex() + '>';
}

QByteArray PdfIncrementalUpdate::real(double value) {
    QByteArray out = QByteArray::number(value, 'f', 2);
    while (out.contains('.') && (out.endsWith('0') || out.endsWith('.')))
        out.chop(1);
    return out == "-0" ? QByteArray("0") : out;
}

void PdfIncrementalUpdate::setObject(QPDFObjGen id, const QByteArray& body) {
    m_objects.insert(id.getObj(), {id.getGen(), body});
}

void PdfIncrementalUpdate::setStream(int number, const QByteArray& dictionaryEntries, const QByteArray& data) {
    QByteArray body = "<< " + dictionaryEntries + " /Length " + QByteArray::number(data.size()) + " >>\nstream\n";
    body += data;
    body += "\nendstream";
    setObject(number, body);
}

void PdfIncrementalUpdate::setChanged(QPDFObjectHandle object) {
    setObject(object.getObjGen(), QByteArray::fromStdString(object.unparseResolved()));
}

QByteArray PdfIncrementalUpdate::serialize(QMap<int, qsizetype>* objectOffsets) const {
    const qint64 base = m_source.size();
    QByteArray out;
    if (!m_source.endsWithEndOfLine())
        out += '\n';
    QMap<int, QPair<int, qint64>> xref; // number → (generation, absolute offset)
    for (auto it = m_objects.cbegin(); it != m_objects.cend(); ++it) {
        xref.insert(it.key(), {it->first, base + out.size()});
        if (objectOffsets)
            objectOffsets->insert(it.key(), out.size());
        out +=
            QByteArray::number(it.key()) + ' ' + QByteArray::number(it->first) + " obj\n" + it->second + "\nendobj\n";
    }

    QPDFObjectHandle trailer = m_source.trailer();
    QByteArray common = " /Root " + QByteArray::fromStdString(trailer.getKey("/Root").unparse());
    if (trailer.hasKey("/Info"))
        common += " /Info " + QByteArray::fromStdString(trailer.getKey("/Info").unparse());
    if (trailer.hasKey("/ID"))
        common += " /ID " + QByteArray::fromStdString(trailer.getKey("/ID").unparseResolved());
    common += " /Prev " + QByteArray::number(m_source.lastXrefOffset());

    // Consecutive object numbers form one subsection.
    auto subsections = [](const QList<int>& numbers) {
        QList<QPair<int, int>> runs; // first, count
        for (int n : numbers) {
            if (!runs.isEmpty() && runs.last().first + runs.last().second == n)
                ++runs.last().second;
            else
                runs.append({n, 1});
        }
        return runs;
    };

    if (m_source.flavour() == XrefFlavour::Stream) {
        // The xref stream lists itself too. /W [1 4 2]: type 1, 4-byte offset, 2-byte generation.
        const int self = m_next;
        const qint64 selfOffset = base + out.size();
        xref.insert(self, {0, selfOffset});
        const QList<int> numbers = xref.keys();
        QByteArray index, data;
        for (const auto& run : subsections(numbers))
            index += QByteArray::number(run.first) + ' ' + QByteArray::number(run.second) + ' ';
        for (int n : numbers) {
            const quint64 offset = quint64(xref[n].second);
            const int generation = xref[n].first;
            data += char(1);
            for (int shift = 24; shift >= 0; shift -= 8)
                data += char((offset >> shift) & 0xff);
            data += char((generation >> 8) & 0xff);
            data += char(generation & 0xff);
        }
        out += QByteArray::number(self) + " 0 obj\n<< /Type /XRef /Size " + QByteArray::number(self + 1) +
               " /W [1 4 2] /Index [" + index.trimmed() + "]" + common + " /Length " + QByteArray::number(data.size()) +
               " >>\nstream\n" + data + "\nendstream\nendobj\n";
        out += "startxref\n" + QByteArray::number(selfOffset) + "\n%%EOF\n";
        return out;
    }

    const qint64 xrefOffset = base + out.size();
    out += "xref\n";
    const QList<int> numbers = xref.keys();
    for (const auto& run : subsections(numbers)) {
        out += QByteArray::number(run.first) + ' ' + QByteArray::number(run.second) + '\n';
        for (int n = run.first; n < run.first + run.second; ++n)
            out += QByteArray::number(xref[n].second).rightJustified(10, '0') + ' ' +
                   QByteArray::number(xref[n].first).rightJustified(5, '0') + " n\r\n";
    }
    out += "trailer\n<< /Size " + QByteArray::number(m_next) + common + " >>\nstartxref\n" +
           QByteArray::number(xrefOffset) + "\n%%EOF\n";
    return out;
}

} // namespace vanban
