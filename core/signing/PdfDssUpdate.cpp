#include "signing/PdfDssUpdate.h"

#include "signing/PdfIncrementalUpdate.h"

#include <QCryptographicHash>
#include <QHash>
#include <qpdf/Buffer.hh>

namespace vanban {

namespace {
using R = PdfIncrementalUpdate;

// One array of /DSS: the references already there (kept as they are) and the data each holds, to avoid duplicates.
struct StreamArray {
    QList<QByteArray> refs;
    QHash<QByteArray, QByteArray> refOf; // DER → "n g R"

    void read(QPDFObjectHandle array) {
        for (int i = 0; array.isArray() && i < array.getArrayNItems(); ++i) {
            QPDFObjectHandle item = array.getArrayItem(i);
            if (!item.isIndirect())
                continue; // a direct stream cannot exist; anything else is not validation data
            const QByteArray ref = QByteArray::fromStdString(item.unparse());
            refs << ref;
            if (!item.isStream())
                continue;
            try {
                std::shared_ptr<Buffer> data = item.getStreamData(qpdf_dl_all);
                refOf.insert(QByteArray(reinterpret_cast<const char*>(data->getBuffer()), qsizetype(data->getSize())),
                             ref);
            } catch (const std::exception&) {
                // A filter qpdf cannot decode: kept, never matched.
            }
        }
    }

    // The reference of each blob, writing a stream for those not there yet.
    QList<QByteArray> add(const QList<QByteArray>& blobs, PdfIncrementalUpdate& update, int& written) {
        QList<QByteArray> mine;
        for (const QByteArray& blob : blobs) {
            QByteArray ref = refOf.value(blob);
            if (ref.isEmpty()) {
                const int number = update.reserve();
                update.setStream(number, QByteArray(), blob);
                ref = R::ref(number);
                refOf.insert(blob, ref);
                refs << ref;
                ++written;
            }
            if (!mine.contains(ref))
                mine << ref;
        }
        return mine;
    }

    QByteArray text() const { return '[' + refs.join(' ') + ']'; }
};
} // namespace

QByteArray PdfDssUpdate::vriKey(const QByteArray& contentsValue) {
    return QCryptographicHash::hash(contentsValue, QCryptographicHash::Sha1).toHex().toUpper();
}

Result<DssUpdateResult> PdfDssUpdate::build(const PdfSource& source, const ValidationData& data,
                                            const QByteArray& contentsValue) {
    try {
        QPDF& qpdf = source.qpdf();
        PdfIncrementalUpdate update(source);
        QPDFObjectHandle root = source.root();
        QPDFObjectHandle old = root.getKey("/DSS");
        if (!old.isNull() && !old.isDictionary())
            return Error{ErrorCode::Invalid,
                         tr("“%1” has a damaged document security store (/DSS).").arg(source.name()),
                         QStringLiteral("in")};

        StreamArray certs, ocsps, crls;
        if (old.isDictionary()) {
            certs.read(old.getKey("/Certs"));
            ocsps.read(old.getKey("/OCSPs"));
            crls.read(old.getKey("/CRLs"));
        }
        DssUpdateResult result;
        const QList<QByteArray> myCerts = certs.add(data.certificates, update, result.newStreams);
        const QList<QByteArray> myOcsps = ocsps.add(data.ocspResponses, update, result.newStreams);
        const QList<QByteArray> myCrls = crls.add(data.crls, update, result.newStreams);

        // /VRI: the earlier signatures' entries as they were, and this signature's.
        const QByteArray key = vriKey(contentsValue);
        QByteArray vri = "<<";
        QPDFObjectHandle oldVri = old.isDictionary() ? old.getKey("/VRI") : QPDFObjectHandle::newNull();
        if (oldVri.isDictionary()) {
            for (const std::string& k : oldVri.getKeys()) {
                if (QByteArray::fromStdString(k).mid(1).toUpper() == key)
                    continue;
                vri += ' ' + QByteArray::fromStdString(QPDFObjectHandle::newName(k).unparse()) + ' ' +
                       QByteArray::fromStdString(oldVri.getKey(k).unparse());
            }
        }
        QByteArray entry = "<<";
        if (!myCerts.isEmpty())
            entry += " /Cert [" + myCerts.join(' ') + ']';
        if (!myOcsps.isEmpty())
            entry += " /OCSP [" + myOcsps.join(' ') + ']';
        if (!myCrls.isEmpty())
            entry += " /CRL [" + myCrls.join(' ') + ']';
        entry += " >>";
        vri += " /" + key + ' ' + entry + " >>";

        QByteArray dss = "<< /Type /DSS";
        if (!certs.refs.isEmpty())
            dss += " /Certs " + certs.text();
        if (!ocsps.refs.isEmpty())
            dss += " /OCSPs " + ocsps.text();
        if (!crls.refs.isEmpty())
            dss += " /CRLs " + crls.text();
        dss += " /VRI " + vri;
        if (old.isDictionary()) { // other entries of the old store, unchanged
            for (const std::string& k : old.getKeys()) {
                if (k == "/Type" || k == "/Certs" || k == "/OCSPs" || k == "/CRLs" || k == "/VRI")
                    continue;
                dss += ' ' + QByteArray::fromStdString(QPDFObjectHandle::newName(k).unparse()) + ' ' +
                       QByteArray::fromStdString(old.getKey(k).unparse());
            }
        }
        dss += " >>";

        if (old.isIndirect()) {
            update.setObject(old.getObjGen(), dss); // the same store object, extended
        } else {
            const int number = update.reserve();
            update.setObject(number, dss);
            root.replaceKey(
                "/DSS",
                QPDFObjectHandle::parse(&qpdf, QByteArray('[' + R::ref(number) + ']').toStdString()).getArrayItem(0));
            update.setChanged(root);
        }
        if (Status s = source.checkWarnings(); !s)
            return s.error();
        result.appended = update.serialize();
        return result;
    } catch (const std::exception& e) {
        return Error{ErrorCode::Invalid,
                     tr("The validation data cannot be added to “%1” (%2).")
                         .arg(source.name(), QString::fromStdString(e.what())),
                     QStringLiteral("in")};
    }
}

} // namespace vanban
