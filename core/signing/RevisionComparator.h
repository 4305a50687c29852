#pragma once
// What changed in a PDF after a signature: the signed revision (the bytes up to the end of its /ByteRange) and the
// final document are both opened with libqpdf (read-only, over the same bytes) and compared object by object.
// Only objects whose cross-reference entry differs are looked at (an unchanged entry points at the same signed
// bytes), so the cost grows with the size of the later updates, not of the document.
//
// The rule (narrow on purpose; anything not listed is "Disallowed"):
//  * Signature — a new signature field (/FT /Sig) with its widget, added to /AcroForm /Fields and to the page's
//    /Annots; an empty signature field that existed before getting its value (/V, /AP, /AS); /AcroForm /SigFlags,
//    /DR, /DA.
//  * SecurityStore — /DSS (and /Extensions) in the catalog, and any object reachable from /DSS (certificates, OCSP
//    responses, CRLs, VRI).
//  * AnnotationStamp — a number stamp written as an annotation: a new /FreeText or /Stamp annotation added to a
//    page's /Annots (its appearance stream is a new object).
//  * ContentStamp — a number stamp written into the page: the page's /Contents becomes an array that starts with
//    exactly the old content stream(s) and appends new streams; the page's own /Resources may gain entries (existing
//    entries unchanged). An appended stream can draw anywhere on the page, so it is always listed in `changes`.
//  * Metadata — the trailer's /Info dictionary or the catalog's XMP /Metadata stream changed (not shown on the
//    page; Acrobat rewrites XMP when it signs); allowed with a note.
//  * Disallowed — everything else: page content rewritten, pages added/removed/reordered, catalog replaced, fonts,
//    images or resource objects changed, objects deleted, annotations of other kinds added, form fields other than
//    signatures added, existing annotations or signatures changed.
// Structural objects (cross-reference and object streams) are ignored: they only hold other objects.

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace vanban {

enum class ChangeKind { Signature, SecurityStore, AnnotationStamp, ContentStamp, Metadata, Disallowed };

struct RevisionChange {
    ChangeKind kind = ChangeKind::Disallowed;
    QString description; // translated
};

class RevisionComparator {
    Q_DECLARE_TR_FUNCTIONS(RevisionComparator)

public:
    // Compares the revision pdf[0, revisionEnd) with the document pdf[0, documentEnd). Fails with Invalid when
    // either cannot be read (qpdf's recovery is off).
    static Result<QList<RevisionChange>> compare(const QByteArray& pdf, qint64 revisionEnd, qint64 documentEnd);

    // Whether a certification signature with DocMDP permissions /P `permissions` (1, 2, 3; none: no DocMDP)
    // allows this kind of change (ISO 32000-1 §12.8.2.2; DSS additions are allowed at every level, ETSI EN 319
    // 142-1 §5.4; stamps are annotations, allowed at P 3; appending page content is never allowed under DocMDP).
    static bool allowedBy(ChangeKind kind, std::optional<int> permissions);
};

} // namespace vanban
