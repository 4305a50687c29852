#include "signing/RevisionComparator.h"

#include <map>
#include <optional>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFExc.hh>
#include <qpdf/QPDFFormFieldObjectHelper.hh>
#include <set>

namespace vanban {

namespace {
using XRef = std::map<QPDFObjGen, QPDFXRefEntry>;

bool sameEntry(const QPDFXRefEntry& a, const QPDFXRefEntry& b) {
    if (a.getType() != b.getType())
        return false;
    if (a.getType() == 1)
        return a.getOffset() == b.getOffset();
    if (a.getType() == 2)
        return a.getObjStreamNumber() == b.getObjStreamNumber() && a.getObjStreamIndex() == b.getObjStreamIndex();
    return true;
}

bool sameObject(QPDFObjectHandle a, QPDFObjectHandle b) {
    if (a.isStream() != b.isStream())
        return false;
    if (a.isStream()) {
        if (a.getDict().unparse() != b.getDict().unparse())
            return false;
        std::shared_ptr<Buffer> x = a.getRawStreamData();
        std::shared_ptr<Buffer> y = b.getRawStreamData();
        return x->getSize() == y->getSize() &&
               std::equal(x->getBuffer(), x->getBuffer() + x->getSize(), y->getBuffer());
    }
    return a.unparseResolved() == b.unparseResolved(); // unparse() of an indirect object is just "N G R"
}

bool isStructural(QPDFObjectHandle h) {
    if (!h.isStream())
        return false;
    QPDFObjectHandle type = h.getDict().getKey("/Type");
    return type.isName() && (type.getName() == "/XRef" || type.getName() == "/ObjStm");
}

QString objectName(QPDFObjGen og) {
    return QStringLiteral("%1 %2 R").arg(og.getObj()).arg(og.getGen());
}

std::set<std::string> keysOf(QPDFObjectHandle a, QPDFObjectHandle b) {
    std::set<std::string> keys;
    if (a.isDictionary())
        keys = a.getKeys();
    if (b.isDictionary())
        for (const std::string& k : b.getKeys())
            keys.insert(k);
    return keys;
}

QPDFObjectHandle keyOf(QPDFObjectHandle dict, const std::string& key) {
    return dict.isDictionary() ? dict.getKey(key) : QPDFObjectHandle::newNull();
}

bool sameValue(QPDFObjectHandle a, QPDFObjectHandle b) {
    return a.unparse() == b.unparse();
}

// Every element of `a` (a reference or an array of them) identified by unparse, in order.
std::vector<std::string> items(QPDFObjectHandle a) {
    std::vector<std::string> out;
    if (a.isArray()) {
        for (QPDFObjectHandle item : a.getArrayAsVector())
            out.push_back(item.unparse());
    } else if (!a.isNull()) {
        out.push_back(a.unparse());
    }
    return out;
}

bool isSubDictionary(QPDFObjectHandle a, QPDFObjectHandle b, int depth) {
    if (a.isNull())
        return true;
    if (sameValue(a, b))
        return true;
    if (depth <= 0 || !a.isDictionary() || !b.isDictionary() || a.isIndirect() || b.isIndirect())
        return false;
    for (const std::string& key : a.getKeys())
        if (!b.hasKey(key) || !isSubDictionary(a.getKey(key), b.getKey(key), depth - 1))
            return false;
    return true;
}

bool isSignatureField(QPDFObjectHandle h) {
    return h.isDictionary() && QPDFFormFieldObjectHelper(h).getFieldType() == "/Sig";
}

class Comparison {
    Q_DECLARE_TR_FUNCTIONS(RevisionComparator)

public:
    Comparison(QPDF& before, QPDF& after)
        : m_before(before)
        , m_after(after) {}

    QList<RevisionChange> run() {
        m_beforeXRef = m_before.getXRefTable();
        const XRef& before = m_beforeXRef;
        const XRef after = m_after.getXRefTable();
        QPDFObjectHandle root = m_after.getRoot();
        if (root.getObjGen() != m_before.getRoot().getObjGen()) {
            add(ChangeKind::Disallowed, tr("The document catalog was replaced."));
            return m_changes;
        }
        collectPages();
        collectSecurityStore(root.getKey("/DSS"), 0, m_securityStore);
        collectSecurityStore(m_before.getRoot().getKey("/DSS"), 0, m_oldSecurityStore);
        QPDFObjectHandle form = root.getKey("/AcroForm");
        if (form.isDictionary() && form.getKey("/Fields").isArray())
            for (QPDFObjectHandle field : form.getKey("/Fields").getArrayAsVector())
                collectSignatureWidgets(field, false, 0);
        QPDFObjectHandle info = m_after.getTrailer().getKey("/Info");

        std::set<int> changedStreams; // object streams whose own entry changed: their members changed too
        for (const auto& [og, entry] : after) {
            auto old = before.find(og);
            if (old == before.end() || !sameEntry(entry, old->second))
                changedStreams.insert(og.getObj());
        }
        for (const auto& [og, entry] : after) {
            if (og.getObj() == 0 || entry.getType() == 0)
                continue;
            auto old = before.find(og);
            if (old == before.end() || old->second.getType() == 0)
                continue; // a new object: judged where an old object refers to it
            if (sameEntry(entry, old->second) &&
                !(entry.getType() == 2 && changedStreams.count(entry.getObjStreamNumber())))
                continue;
            QPDFObjectHandle now = m_after.getObjectByObjGen(og);
            QPDFObjectHandle then = m_before.getObjectByObjGen(og);
            if (isStructural(now) && isStructural(then))
                continue;
            if (sameObject(then, now))
                continue;
            classify(og, then, now, root, info);
        }
        for (const auto& [og, entry] : before) {
            if (og.getObj() == 0 || entry.getType() == 0)
                continue;
            auto now = after.find(og);
            if (now != after.end() && now->second.getType() != 0)
                continue;
            if (isStructural(m_before.getObjectByObjGen(og)))
                continue;
            add(ChangeKind::Disallowed, tr("Object %1 was deleted.").arg(objectName(og)));
        }
        return m_changes;
    }

private:
    void add(ChangeKind kind, const QString& text) { m_changes << RevisionChange{kind, text}; }

    void collectPages() {
        std::vector<QPDFObjGen> before, after;
        for (QPDFObjectHandle page : m_before.getAllPages())
            before.push_back(page.getObjGen());
        int index = 0;
        for (QPDFObjectHandle page : m_after.getAllPages()) {
            after.push_back(page.getObjGen());
            m_pageIndex[page.getObjGen()] = ++index;
            QPDFObjectHandle annots = page.getKey("/Annots");
            if (annots.isIndirect())
                m_annotsArrays[annots.getObjGen()] = index;
        }
        if (before != after)
            add(ChangeKind::Disallowed, tr("Pages were added, removed or reordered (%1 pages before, %2 now).")
                                            .arg(before.size())
                                            .arg(after.size()));
    }

    // Every field and widget under a signature field of the final document (also widgets without /Parent, whose
    // field type cannot be inherited).
    void collectSignatureWidgets(QPDFObjectHandle field, bool underSignature, int depth) {
        if (!field.isDictionary() || depth > 10)
            return;
        QPDFObjectHandle type = field.getKey("/FT");
        const bool signature = underSignature || (type.isName() && type.getName() == "/Sig");
        if (signature && field.isIndirect())
            m_signatureWidgets.insert(field.getObjGen());
        QPDFObjectHandle kids = field.getKey("/Kids");
        if (kids.isArray())
            for (QPDFObjectHandle kid : kids.getArrayAsVector())
                collectSignatureWidgets(kid, signature, depth + 1);
    }

    static void collectSecurityStore(QPDFObjectHandle h, int depth, std::set<QPDFObjGen>& set) {
        if (depth > 6)
            return;
        if (h.isIndirect()) {
            if (!set.insert(h.getObjGen()).second)
                return;
        }
        if (h.isArray()) {
            for (QPDFObjectHandle item : h.getArrayAsVector())
                collectSecurityStore(item, depth + 1, set);
        } else if (h.isDictionary()) {
            for (const std::string& key : h.getKeys())
                collectSecurityStore(h.getKey(key), depth + 1, set);
        }
    }

    // `og` is the object `key` names in both the signed revision and the document (an existing object that a later
    // revision only points at from there is not that object).
    static bool sameRole(QPDFObjGen og, QPDFObjectHandle before, QPDFObjectHandle after) {
        return before.isIndirect() && after.isIndirect() && before.getObjGen() == og && after.getObjGen() == og;
    }

    void classify(QPDFObjGen og, QPDFObjectHandle then, QPDFObjectHandle now, QPDFObjectHandle root,
                  QPDFObjectHandle info) {
        QPDFObjectHandle oldRoot = m_before.getRoot();
        if (og == root.getObjGen())
            return compareCatalog(then, now);
        const bool dictionaries = then.isDictionary() && now.isDictionary(); // false for streams
        if (dictionaries && sameRole(og, oldRoot.getKey("/AcroForm"), root.getKey("/AcroForm")))
            return compareAcroForm(then, now);
        if (auto page = m_pageIndex.find(og); page != m_pageIndex.end() && dictionaries)
            return comparePage(page->second, then, now);
        if (auto page = m_annotsArrays.find(og); page != m_annotsArrays.end() && then.isArray() && now.isArray())
            return compareAnnots(page->second, then, now);
        if (m_securityStore.count(og) && m_oldSecurityStore.count(og))
            return add(ChangeKind::SecurityStore, tr("Validation data (DSS) was added."));
        if (dictionaries && sameRole(og, m_before.getTrailer().getKey("/Info"), info))
            return add(ChangeKind::Metadata, tr("The document information (title, author, dates) was changed."));
        if (then.isStream() && now.isStream() && sameRole(og, oldRoot.getKey("/Metadata"), root.getKey("/Metadata")))
            return add(ChangeKind::Metadata, tr("The document's XMP metadata was changed."));
        if (isSignatureField(then) && !then.hasKey("/V") && isSignatureField(now)) {
            for (const std::string& key : keysOf(then, now)) {
                if (key != "/V" && key != "/AP" && key != "/AS" && !sameValue(keyOf(then, key), keyOf(now, key)))
                    return add(ChangeKind::Disallowed, tr("The signature field %1 was changed (%2).")
                                                           .arg(objectName(og), QString::fromStdString(key)));
            }
            return add(ChangeKind::Signature, tr("An empty signature field was signed."));
        }
        add(ChangeKind::Disallowed, tr("Object %1 was changed.").arg(objectName(og)));
    }

    void compareCatalog(QPDFObjectHandle then, QPDFObjectHandle now) {
        for (const std::string& key : keysOf(then, now)) {
            QPDFObjectHandle a = keyOf(then, key), b = keyOf(now, key);
            if (sameValue(a, b))
                continue;
            if (key == "/AcroForm") {
                // A new or inline form dictionary; an indirect one that stays the same object is compared itself.
                compareAcroForm(a.isIndirect() && !b.isIndirect() ? QPDFObjectHandle::newNull() : a, b);
            } else if (key == "/DSS" || key == "/Extensions") {
                add(ChangeKind::SecurityStore, tr("Validation data (DSS) was added."));
            } else {
                add(ChangeKind::Disallowed,
                    tr("The document catalog entry %1 was changed.").arg(QString::fromStdString(key)));
            }
        }
    }

    void compareAcroForm(QPDFObjectHandle then, QPDFObjectHandle now) {
        if (then.isIndirect() && now.isIndirect() && then.getObjGen() != now.getObjGen())
            then = QPDFObjectHandle::newNull(); // a new form dictionary object: every field in it is judged
        for (const std::string& key : keysOf(then, now)) {
            QPDFObjectHandle a = keyOf(then, key), b = keyOf(now, key);
            if (sameValue(a, b))
                continue;
            if (key == "/Fields") {
                const std::vector<std::string> old = items(a);
                const std::set<std::string> oldSet(old.begin(), old.end());
                std::set<std::string> newSet;
                for (QPDFObjectHandle field : b.isArray() ? b.getArrayAsVector() : std::vector<QPDFObjectHandle>{}) {
                    newSet.insert(field.unparse());
                    if (oldSet.count(field.unparse()))
                        continue;
                    if (isSignatureField(field))
                        add(ChangeKind::Signature, tr("A signature field was added."));
                    else
                        add(ChangeKind::Disallowed, tr("A form field that is not a signature was added."));
                }
                for (const std::string& field : oldSet)
                    if (!newSet.count(field))
                        add(ChangeKind::Disallowed, tr("A form field was removed."));
            } else if (key == "/SigFlags" || key == "/DR" || key == "/DA") {
                add(ChangeKind::Signature, tr("The form settings for signatures were updated."));
            } else {
                add(ChangeKind::Disallowed, tr("The form entry %1 was changed.").arg(QString::fromStdString(key)));
            }
        }
    }

    void comparePage(int page, QPDFObjectHandle then, QPDFObjectHandle now) {
        for (const std::string& key : keysOf(then, now)) {
            QPDFObjectHandle a = keyOf(then, key), b = keyOf(now, key);
            if (sameValue(a, b))
                continue;
            if (key == "/Annots") {
                compareAnnots(page, a, b);
            } else if (key == "/Contents") {
                const std::vector<std::string> old = items(a);
                const std::vector<std::string> all = items(b);
                bool appended =
                    b.isArray() && all.size() > old.size() && std::equal(old.begin(), old.end(), all.begin());
                for (size_t i = old.size(); appended && i < all.size(); ++i) {
                    QPDFObjectHandle added = b.getArrayItem(int(i));
                    appended = added.isIndirect() && added.isStream() && !m_beforeXRef.count(added.getObjGen());
                }
                if (appended)
                    add(ChangeKind::ContentStamp, tr("Content was appended to page %1 (a number stamp).").arg(page));
                else
                    add(ChangeKind::Disallowed, tr("The content of page %1 was changed.").arg(page));
            } else if (key == "/Resources" && isSubDictionary(a, b, 3)) {
                add(ChangeKind::ContentStamp, tr("Resources were added to page %1 (for a number stamp).").arg(page));
            } else {
                add(ChangeKind::Disallowed,
                    tr("The entry %1 of page %2 was changed.").arg(QString::fromStdString(key)).arg(page));
            }
        }
    }

    void compareAnnots(int page, QPDFObjectHandle then, QPDFObjectHandle now) {
        const std::vector<std::string> old = items(then);
        const std::set<std::string> oldSet(old.begin(), old.end());
        std::set<std::string> newSet;
        for (QPDFObjectHandle annot : now.isArray() ? now.getArrayAsVector() : std::vector<QPDFObjectHandle>{}) {
            newSet.insert(annot.unparse());
            if (oldSet.count(annot.unparse()))
                continue;
            QPDFObjectHandle subtype = annot.isDictionary() ? annot.getKey("/Subtype") : QPDFObjectHandle::newNull();
            const std::string type = subtype.isName() ? subtype.getName() : std::string();
            if (type == "/Widget" &&
                (isSignatureField(annot) || (annot.isIndirect() && m_signatureWidgets.count(annot.getObjGen()))))
                add(ChangeKind::Signature, tr("A signature was added on page %1.").arg(page));
            else if (type == "/FreeText" || type == "/Stamp")
                add(ChangeKind::AnnotationStamp, tr("A stamp annotation was added on page %1.").arg(page));
            else
                add(ChangeKind::Disallowed, tr("An annotation (%1) was added on page %2.")
                                                .arg(type.empty() ? tr("unknown") : QString::fromStdString(type).mid(1))
                                                .arg(page));
        }
        for (const std::string& annot : oldSet)
            if (!newSet.count(annot))
                add(ChangeKind::Disallowed, tr("An annotation was removed from page %1.").arg(page));
    }

    QPDF& m_before;
    QPDF& m_after;
    XRef m_beforeXRef;
    QList<RevisionChange> m_changes;
    std::map<QPDFObjGen, int> m_pageIndex;    // page object → page number (1-based)
    std::map<QPDFObjGen, int> m_annotsArrays; // indirect /Annots arrays → page number
    std::set<QPDFObjGen> m_securityStore;     // objects reachable from /DSS
    std::set<QPDFObjGen> m_oldSecurityStore;  // … and from the signed revision's /DSS
    std::set<QPDFObjGen> m_signatureWidgets;  // signature fields and their widgets
};
} // namespace

bool RevisionComparator::allowedBy(ChangeKind kind, std::optional<int> permissions) {
    switch (kind) {
    case ChangeKind::Disallowed:
        return false;
    case ChangeKind::SecurityStore:
        return true;
    case ChangeKind::Metadata:
    case ChangeKind::Signature:
        return !permissions || *permissions >= 2;
    case ChangeKind::AnnotationStamp:
        return !permissions || *permissions >= 3;
    case ChangeKind::ContentStamp:
        return !permissions;
    }
    return false;
}

Result<QList<RevisionChange>> RevisionComparator::compare(const QByteArray& pdf, qint64 revisionEnd,
                                                          qint64 documentEnd) {
    if (revisionEnd >= documentEnd)
        return QList<RevisionChange>{};
    try {
        QPDF before;
        before.setSuppressWarnings(true);
        before.setAttemptRecovery(false);
        before.processMemoryFile("signed revision", pdf.constData(), size_t(revisionEnd));
        QPDF after;
        after.setSuppressWarnings(true);
        after.setAttemptRecovery(false);
        after.processMemoryFile("document", pdf.constData(), size_t(documentEnd));
        return Comparison(before, after).run();
    } catch (const std::exception& e) {
        return Error{
            ErrorCode::Invalid,
            tr("The signed revision cannot be compared with the document: %1").arg(QString::fromLocal8Bit(e.what()))};
    }
}

} // namespace vanban
