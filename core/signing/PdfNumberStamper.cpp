#include "signing/PdfNumberStamper.h"

#include "signing/PdfIncrementalUpdate.h"
#include "signing/SignatureAppearance.h"

#include <exception>

namespace vanban {

namespace {
QPDFObjectHandle inheritedResources(QPDFObjectHandle page) {
    for (int depth = 0; depth < 64 && page.isDictionary(); ++depth) {
        if (page.hasKey("/Resources"))
            return page.getKey("/Resources");
        page = page.getKey("/Parent");
    }
    return QPDFObjectHandle::newDictionary();
}
} // namespace

Result<QByteArray> PdfNumberStamper::stamp(const PdfSource& source, const NumberStamp& stamp, const QString& fontPath) {
    if (stamp.page < 0 || stamp.page >= source.pageCount())
        return Error{ErrorCode::Invalid,
                     tr("“%1” has %2 pages; there is no page %3 for the number.")
                         .arg(source.name())
                         .arg(source.pageCount())
                         .arg(stamp.page + 1),
                     QStringLiteral("stamp-page")};
    if (stamp.rect.width() < 1 || stamp.rect.height() < 1)
        return Error{ErrorCode::Invalid, tr("The rectangle for the number is empty."), QStringLiteral("stamp-rect")};
    try {
        QPDF& qpdf = source.qpdf();
        PdfIncrementalUpdate update(source);
        AppearanceSpec spec;
        spec.layout = AppearanceSpec::Layout::TextOnly;
        spec.lines = stamp.lines;
        spec.fontPath = fontPath;
        spec.maxFontSize = stamp.fontSize;
        auto form = SignatureAppearance::write(update, stamp.rect.size(), spec);
        if (!form)
            return form.error();

        QPDFObjectHandle page = source.page(stamp.page);
        // A resource name the page does not use yet.
        QPDFObjectHandle resources = inheritedResources(page);
        resources = resources.isDictionary() ? resources.shallowCopy() : QPDFObjectHandle::newDictionary();
        QPDFObjectHandle xobjects = resources.getKey("/XObject");
        xobjects = xobjects.isDictionary() ? xobjects.shallowCopy() : QPDFObjectHandle::newDictionary();
        std::string name;
        for (int n = 0; name.empty() || xobjects.hasKey(name); ++n)
            name = QByteArray("/VanBanStamp" + QByteArray::number(n)).toStdString();
        xobjects.replaceKey(
            name, QPDFObjectHandle::parse(&qpdf, QByteArray('[' + PdfIncrementalUpdate::ref(*form) + ']').toStdString())
                      .getArrayItem(0));
        resources.replaceKey("/XObject", xobjects);
        page.replaceKey("/Resources", resources);

        const int before = update.reserve();
        update.setStream(before, {}, "q\n");
        const int after = update.reserve();
        update.setStream(after, {},
                         "Q q 1 0 0 1 " + PdfIncrementalUpdate::real(stamp.rect.left()) + ' ' +
                             PdfIncrementalUpdate::real(stamp.rect.top()) + " cm " + QByteArray::fromStdString(name) +
                             " Do Q\n");
        QByteArray contents = "[" + PdfIncrementalUpdate::ref(before) + ' ';
        QPDFObjectHandle old = page.getKey("/Contents");
        if (old.isArray()) {
            for (int i = 0; i < old.getArrayNItems(); ++i)
                contents += QByteArray::fromStdString(old.getArrayItem(i).unparse()) + ' ';
        } else if (old.isStream()) {
            contents += QByteArray::fromStdString(old.unparse()) + ' ';
        }
        contents += PdfIncrementalUpdate::ref(after) + ']';
        page.replaceKey("/Contents", QPDFObjectHandle::parse(&qpdf, contents.toStdString()));
        update.setChanged(page);
        if (Status s = source.checkWarnings(); !s)
            return s.error();
        return update.serialize();
    } catch (const std::exception& e) {
        return Error{
            ErrorCode::Invalid,
            tr("The number cannot be written into “%1”: %2.").arg(source.name(), QString::fromStdString(e.what())),
            QStringLiteral("in")};
    }
}

} // namespace vanban
