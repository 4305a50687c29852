#include "signing/PdfSignatureUpdate.h"

#include <QSet>
#include <exception>
#include <set>

namespace vanban {

namespace {
using R = PdfIncrementalUpdate;

struct FieldInfo {
    QPDFObjectHandle field;  // the terminal field (has /T)
    QPDFObjectHandle widget; // its widget annotation (the field itself when merged)
    QString name;            // fully qualified
    bool signature = false;
    bool filled = false;
};

QString text(QPDFObjectHandle h) {
    return h.isString() ? QString::fromStdString(h.getUTF8Value()) : QString();
}

void collectFields(QPDFObjectHandle node, const QString& parentName, bool parentSig, QList<FieldInfo>& out,
                   std::set<QPDFObjGen>& seen, int depth) {
    if (!node.isDictionary() || depth > 32 || (node.isIndirect() && seen.count(node.getObjGen()) > 0))
        return;
    if (node.isIndirect())
        seen.insert(node.getObjGen());
    const QString partial = text(node.getKey("/T"));
    const QString name = parentName.isEmpty() ? partial : parentName + QLatin1Char('.') + partial;
    const bool sig = node.getKey("/FT").isName() ? node.getKey("/FT").getName() == "/Sig" : parentSig;
    QPDFObjectHandle kids = node.getKey("/Kids");
    bool hasChildFields = false;
    if (kids.isArray()) {
        for (int i = 0; i < kids.getArrayNItems(); ++i) {
            QPDFObjectHandle kid = kids.getArrayItem(i);
            if (kid.isDictionary() && kid.hasKey("/T")) {
                hasChildFields = true;
                collectFields(kid, name, sig, out, seen, depth + 1);
            }
        }
    }
    if (hasChildFields)
        return;
    FieldInfo info;
    info.field = node;
    info.name = name;
    info.signature = sig;
    info.filled = !node.getKey("/V").isNull();
    if (node.getKey("/Subtype").isName() && node.getKey("/Subtype").getName() == "/Widget")
        info.widget = node;
    else if (kids.isArray() && kids.getArrayNItems() > 0)
        info.widget = kids.getArrayItem(0);
    out << info;
}

QRectF rectOf(QPDFObjectHandle widget) {
    QPDFObjectHandle r = widget.getKey("/Rect");
    if (!r.isArray() || r.getArrayNItems() != 4)
        return {};
    double v[4];
    for (int i = 0; i < 4; ++i)
        v[i] = r.getArrayItem(i).isNumber() ? r.getArrayItem(i).getNumericValue() : 0;
    return QRectF(QPointF(std::min(v[0], v[2]), std::min(v[1], v[3])),
                  QPointF(std::max(v[0], v[2]), std::max(v[1], v[3])));
}

QByteArray rectArray(const QRectF& r) {
    return '[' + R::real(r.left()) + ' ' + R::real(r.top()) + ' ' + R::real(r.right()) + ' ' + R::real(r.bottom()) +
           ']';
}

// The page a widget is on: its /P when that is a page, else the page whose /Annots holds it.
int pageOfWidget(const PdfSource& source, QPDFObjectHandle widget) {
    QPDFObjectHandle p = widget.getKey("/P");
    if (p.isIndirect()) {
        const int index = source.pageIndexOf(p.getObjGen());
        if (index >= 0)
            return index;
    }
    for (int i = 0; i < source.pageCount(); ++i) {
        QPDFObjectHandle annots = source.page(i).getKey("/Annots");
        for (int j = 0; annots.isArray() && j < annots.getArrayNItems(); ++j) {
            if (annots.getArrayItem(j).isIndirect() && annots.getArrayItem(j).getObjGen() == widget.getObjGen())
                return i;
        }
    }
    return -1;
}

// Writes a changed object: itself when indirect, else the indirect object that holds it (given).
void writeBack(PdfIncrementalUpdate& update, QPDFObjectHandle object, QPDFObjectHandle holder) {
    update.setChanged(object.isIndirect() ? object : holder);
}

constexpr int kByteRangeWidth = 40; // "[0 a b c]" padded with spaces: room for offsets of up to 10^12 bytes

QByteArray dictionaryHead() {
    return "<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /ETSI.CAdES.detached /ByteRange " +
           QByteArray("[0 0 0 0]").leftJustified(kByteRangeWidth, ' ') + " /Contents <";
}
} // namespace

Result<PdfSignatureUpdate> PdfSignatureUpdate::build(const PdfSource& source, const SignatureFieldRequest& request) {
    try {
        QPDF& qpdf = source.qpdf();
        PdfSignatureUpdate built(source);
        PdfIncrementalUpdate& update = built.m_update;
        auto handle = [&qpdf](int number) {
            // (a bare "n g R" is not a complete object for qpdf's parser; inside an array it is)
            return QPDFObjectHandle::parse(&qpdf, QByteArray('[' + R::ref(number) + ']').toStdString()).getArrayItem(0);
        };
        QPDFObjectHandle root = source.root();
        QPDFObjectHandle acroForm = root.getKey("/AcroForm");
        QList<FieldInfo> fields;
        std::set<QPDFObjGen> seen;
        if (acroForm.isDictionary()) {
            QPDFObjectHandle list = acroForm.getKey("/Fields");
            for (int i = 0; list.isArray() && i < list.getArrayNItems(); ++i)
                collectFields(list.getArrayItem(i), QString(), false, fields, seen, 0);
        }

        // Which field: the named one, else (without a rectangle) the first empty signature field, else a new one.
        std::optional<FieldInfo> target;
        for (FieldInfo f : fields) {
            if (!request.fieldName.isEmpty() && f.name == request.fieldName) {
                if (!f.signature)
                    return Error{ErrorCode::Invalid,
                                 tr("The field “%1” of “%2” is not a signature field.").arg(f.name, source.name()),
                                 QStringLiteral("field")};
                if (f.filled)
                    return Error{ErrorCode::Conflict,
                                 tr("The signature field “%1” of “%2” is already signed.").arg(f.name, source.name()),
                                 QStringLiteral("field")};
                target = f;
                break;
            }
        }
        if (!target && request.fieldName.isEmpty() && !request.rect && request.useEmptyField) {
            for (FieldInfo f : fields) {
                if (f.signature && !f.filled && f.field.isIndirect() && f.widget.isDictionary()) {
                    target = f;
                    break;
                }
            }
        }

        QString fieldName = request.fieldName;
        if (!target && fieldName.isEmpty()) {
            QSet<QString> names;
            for (const FieldInfo& f : fields)
                names.insert(f.name);
            for (int n = 1; fieldName.isEmpty(); ++n) {
                if (!names.contains(QStringLiteral("Signature%1").arg(n)))
                    fieldName = QStringLiteral("Signature%1").arg(n);
            }
        }

        int pageIndex = request.page.value_or(0);
        QRectF rect = request.rect.value_or(QRectF());
        if (target) {
            fieldName = target->name;
            rect = rectOf(target->widget);
            pageIndex = pageOfWidget(source, target->widget);
        }
        if (!target && (pageIndex < 0 || pageIndex >= source.pageCount()))
            return Error{ErrorCode::Invalid,
                         tr("“%1” has %2 pages; there is no page %3.")
                             .arg(source.name())
                             .arg(source.pageCount())
                             .arg(pageIndex + 1),
                         QStringLiteral("page")};

        // The signature dictionary; placeholder() writes it with the room for the CMS.
        const int signature = update.reserve();
        QByteArray sig = "> /M (" + request.pdfDate + ')';
        if (!request.signerName.isEmpty())
            sig += " /Name " + R::textString(request.signerName);
        if (!request.reason.isEmpty())
            sig += " /Reason " + R::textString(request.reason);
        if (!request.location.isEmpty())
            sig += " /Location " + R::textString(request.location);
        sig += " >>";
        built.m_signature = signature;
        built.m_afterContents = sig;

        // The appearance: the role's picture and text when the widget has an area, an empty form when invisible.
        const bool visible = rect.width() > 0.5 && rect.height() > 0.5;
        int appearance = 0;
        if (visible) {
            auto form = SignatureAppearance::write(update, rect.size(), request.appearance);
            if (!form)
                return form.error();
            appearance = *form;
        } else {
            appearance = update.reserve();
            update.setStream(appearance, "/Type /XObject /Subtype /Form /BBox [0 0 0 0] /Resources << >>", {});
        }
        QPDFObjectHandle ap =
            QPDFObjectHandle::parse(&qpdf, QByteArray("<< /N " + R::ref(appearance) + " >>").toStdString());

        int newField = 0;
        if (target) {
            QPDFObjectHandle field = target->field;
            QPDFObjectHandle widget = target->widget;
            field.replaceKey("/V", handle(signature));
            widget.replaceKey("/AP", ap);
            update.setChanged(field);
            if (widget.isIndirect() && widget.getObjGen() != field.getObjGen())
                update.setChanged(widget);
        } else {
            QPDFObjectHandle page = source.page(pageIndex);
            const int widget = update.reserve();
            newField = widget;
            update.setObject(
                widget, "<< /Type /Annot /Subtype /Widget /FT /Sig /T " + R::textString(fieldName) + " /V " +
                            R::ref(signature) + " /F 132 /P " + QByteArray::fromStdString(page.unparse()) + " /Rect " +
                            rectArray(visible ? rect : QRectF()) + " /AP << /N " + R::ref(appearance) + " >> >>");
            // The page's /Annots: a direct array lives in the page; an indirect one is its own object.
            QPDFObjectHandle annots = page.getKey("/Annots");
            if (annots.isArray()) {
                annots.appendItem(handle(widget));
                writeBack(update, annots, page);
            } else {
                page.replaceKey("/Annots",
                                QPDFObjectHandle::parse(&qpdf, QByteArray("[" + R::ref(widget) + "]").toStdString()));
                update.setChanged(page);
            }
            // The AcroForm's /Fields (an indirect array is its own object).
            if (acroForm.isDictionary()) {
                QPDFObjectHandle list = acroForm.getKey("/Fields");
                if (list.isArray()) {
                    list.appendItem(handle(widget));
                    if (list.isIndirect())
                        update.setChanged(list);
                } else {
                    acroForm.replaceKey("/Fields", QPDFObjectHandle::parse(
                                                       &qpdf, QByteArray("[" + R::ref(widget) + "]").toStdString()));
                }
            }
        }
        if (acroForm.isDictionary()) {
            acroForm.replaceKey("/SigFlags", QPDFObjectHandle::newInteger(3));
            writeBack(update, acroForm, root);
        } else {
            const int form = update.reserve();
            update.setObject(form,
                             "<< /Fields [" +
                                 (target ? QByteArray::fromStdString(target->field.unparse()) : R::ref(newField)) +
                                 "] /SigFlags 3 >>");
            root.replaceKey("/AcroForm", handle(form));
            update.setChanged(root);
        }
        if (Status s = source.checkWarnings(); !s)
            return s.error();

        built.m_fieldName = fieldName;
        return built;
    } catch (const std::exception& e) {
        return Error{ErrorCode::Invalid,
                     tr("“%1” cannot be signed: its structure is damaged (%2).")
                         .arg(source.name(), QString::fromStdString(e.what())),
                     QStringLiteral("in")};
    }
}

Result<SignaturePlaceholder> PdfSignatureUpdate::placeholder(int contentsBytes) {
    try {
        // Serialise, then fill in the byte range around the placeholder.
        const qint64 base = m_source->size();
        m_update.setObject(m_signature,
                           dictionaryHead() + QByteArray(2 * qsizetype(contentsBytes), '0') + m_afterContents);
        QMap<int, qsizetype> offsets;
        SignaturePlaceholder result;
        result.update = m_update.serialize(&offsets);
        result.documentSize = base + result.update.size();
        const qsizetype sigStart = offsets.value(m_signature);
        const qsizetype contents = result.update.indexOf("/Contents <", sigStart) + qsizetype(qstrlen("/Contents <"));
        result.contentsStart = base + contents;
        result.contentsLength = 2 * qint64(contentsBytes);
        const qint64 afterContents = result.contentsStart + result.contentsLength + 1; // past '>'
        const QByteArray byteRange = "[0 " + QByteArray::number(result.contentsStart - 1) + ' ' +
                                     QByteArray::number(afterContents) + ' ' +
                                     QByteArray::number(result.documentSize - afterContents) + ']';
        if (byteRange.size() > kByteRangeWidth)
            return Error{ErrorCode::Internal, tr("The signed PDF would be too large.")};
        const qsizetype rangeAt = result.update.indexOf("/ByteRange [", sigStart) + qsizetype(qstrlen("/ByteRange "));
        result.update.replace(rangeAt, kByteRangeWidth, byteRange.leftJustified(kByteRangeWidth, ' '));
        return result;
    } catch (const std::exception& e) {
        return Error{ErrorCode::Invalid,
                     tr("“%1” cannot be signed: its structure is damaged (%2).")
                         .arg(m_source->name(), QString::fromStdString(e.what())),
                     QStringLiteral("in")};
    }
}

} // namespace vanban
