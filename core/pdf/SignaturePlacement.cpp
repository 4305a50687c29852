#include "pdf/SignaturePlacement.h"

#include <QFile>
#include <QRegularExpression>
#include <algorithm>
#include <poppler-form.h>
#include <poppler-qt6.h>

namespace vanban {

namespace {
// A line of text on a page, in Poppler's coordinates (points, origin top left).
struct TextLine {
    QString text; // NFC, spaces simplified
    QRectF box;
};

QList<TextLine> textLines(const Poppler::Page& page) {
    QList<TextLine> lines;
    const std::vector<std::unique_ptr<Poppler::TextBox>> words = page.textList();
    const Poppler::TextBox* previous = nullptr;
    for (const auto& word : words) {
        if (!previous || previous->nextWord() != word.get()) {
            lines.append(TextLine{});
        } else if (previous->hasSpaceAfter()) {
            lines.last().text += QLatin1Char(' ');
        }
        lines.last().text += word->text();
        lines.last().box = lines.last().box.isNull() ? word->boundingBox() : lines.last().box | word->boundingBox();
        previous = word.get();
    }
    for (TextLine& line : lines)
        line.text = line.text.normalized(QString::NormalizationForm_C).simplified();
    return lines;
}

// A line of a signer's title in capitals: the position ("CHỦ TỊCH", "PHÓ GIÁM ĐỐC", "BỘ TRƯỞNG", "CHÁNH VĂN
// PHÒNG" …) or the signing mode before it ("KT.", "TM.", "TL.", "TUQ.", "Q.": ND 30 Art. 13).
bool isTitleLine(const QString& text) {
    static const QRegularExpression title(
        QStringLiteral("(^(KT|TM|TL|TUQ|Q)\\.|CHỦ TỊCH|GIÁM ĐỐC|TRƯỞNG|BÍ THƯ|CHÁNH |CHỦ NHIỆM|TỔNG THƯ KÝ)"));
    return text.size() > 2 && text == text.toUpper() && title.match(text).hasMatch();
}

bool overlapsHorizontally(const QRectF& a, const QRectF& b) {
    return a.left() < b.right() && b.left() < a.right();
}

QRectF toPdf(const QRectF& box, const QSizeF& page) {
    return QRectF(box.left(), page.height() - box.bottom(), box.width(), box.height());
}

// The block on one page: the lowest title line (and the capitals right under it), then the name.
std::optional<SignatureBlock> blockOnPage(const QList<TextLine>& lines, const QString& signerName) {
    int title = -1;
    for (int i = 0; i < lines.size(); ++i) {
        if (!isTitleLine(lines[i].text))
            continue;
        // The lowest on the page; on the same line, the rightmost (ND 30 puts the block on the right).
        if (title < 0 || lines[i].box.top() > lines[title].box.bottom() ||
            (lines[i].box.top() >= lines[title].box.top() - 2 && lines[i].box.left() > lines[title].box.left()))
            title = i;
    }
    if (title < 0)
        return std::nullopt;
    QRectF titleBox = lines[title].box;
    QString titleText = lines[title].text;
    // A title wrapped onto a second line in capitals, set tight under the first.
    for (bool grown = true; grown;) {
        grown = false;
        for (const TextLine& line : lines) {
            const double gap = line.box.top() - titleBox.bottom();
            if (gap >= -1 && gap < 0.6 * line.box.height() && line.text == line.text.toUpper() &&
                overlapsHorizontally(line.box, titleBox) && line.box.top() > titleBox.top() + 1) {
                titleBox = line.box;
                titleText = line.text;
                grown = true;
            }
        }
    }
    SignatureBlock block;
    block.title = titleBox;
    block.titleText = titleText;
    // The name: the signer's, when printed under the title; else the nearest line under the title's column.
    const QString wanted = signerName.normalized(QString::NormalizationForm_C).simplified();
    const TextLine* name = nullptr;
    for (const TextLine& line : lines) {
        const double below = line.box.top() - titleBox.bottom();
        if (below <= 0 || below > 250)
            continue;
        if (!wanted.isEmpty() && line.text.contains(wanted, Qt::CaseInsensitive)) {
            name = &line;
            break;
        }
        const QRectF column = titleBox.adjusted(-60, 0, 60, 0);
        if (overlapsHorizontally(line.box, column) && (!name || line.box.top() < name->box.top()))
            name = &line;
    }
    if (name) {
        block.name = name->box;
        block.nameText = name->text;
    }
    return block;
}

QRectF insidePage(QRectF rect, const QSizeF& page) {
    if (page.isEmpty())
        return rect;
    rect.moveLeft(std::clamp(rect.left(), 0.0, std::max(0.0, page.width() - rect.width())));
    rect.moveTop(std::clamp(rect.top(), 0.0, std::max(0.0, page.height() - rect.height())));
    return rect;
}

Result<std::unique_ptr<Poppler::Document>> open(const QString& pdfPath) {
    if (!QFile::exists(pdfPath))
        return Error{ErrorCode::NotFound, SignaturePlacement::tr("The file %1 does not exist.").arg(pdfPath)};
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(pdfPath);
    if (!doc || doc->isLocked())
        return Error{ErrorCode::Invalid, SignaturePlacement::tr("%1 is not a readable PDF file.").arg(pdfPath)};
    return doc;
}
} // namespace

QRectF SignaturePlacement::belowAnchor(const QRectF& anchor, const QSizeF& size) {
    const double below = anchor.top() - size.height() - 2;
    return QRectF(anchor.center().x() - size.width() / 2, below >= 0 ? below : anchor.top(), size.width(),
                  size.height());
}

QRectF SignaturePlacement::sealOverLeader(const QRectF& leader, double seal) {
    return QRectF(leader.left() + leader.width() / 3 - seal, leader.center().y() - seal / 2, seal, seal);
}

QRectF SignaturePlacement::leaderInBlock(const SignatureBlock& block) {
    // PDF coordinates: the gap runs from the title's bottom edge down to the name's top edge.
    const double gapTop = block.title.top();
    const double gapBottom = block.name.isEmpty() ? gapTop - 80 : block.name.bottom();
    const double height = std::clamp(gapTop - gapBottom - 4, 30.0, kLeaderHeight);
    const double width = height * kLeaderWidth / kLeaderHeight;
    const QPointF centre(block.title.center().x(), (gapTop + gapBottom) / 2);
    return insidePage(QRectF(centre.x() - width / 2, centre.y() - height / 2, width, height), block.pageSize);
}

Result<SignatureBlock> SignaturePlacement::findSignatureBlock(const QString& pdfPath, const QString& signerName) {
    auto doc = open(pdfPath);
    if (!doc)
        return doc.error();
    for (int index = (*doc)->numPages() - 1; index >= 0; --index) {
        std::unique_ptr<Poppler::Page> page = (*doc)->page(index);
        if (!page)
            continue;
        auto block = blockOnPage(textLines(*page), signerName);
        if (!block)
            continue;
        block->page = index;
        block->pageSize = page->pageSizeF();
        block->title = toPdf(block->title, block->pageSize);
        if (!block->name.isEmpty())
            block->name = toPdf(block->name, block->pageSize);
        return *block;
    }
    return Error{ErrorCode::NotFound, tr("No signature block (a title such as “CHỦ TỊCH” or “KT. GIÁM ĐỐC”) was found "
                                         "in %1.")
                                          .arg(pdfPath)};
}

std::optional<std::pair<int, QRectF>> SignaturePlacement::findSignedSignature(const QString& pdfPath) {
    auto doc = open(pdfPath);
    if (!doc)
        return std::nullopt;
    for (int index = (*doc)->numPages() - 1; index >= 0; --index) {
        std::unique_ptr<Poppler::Page> page = (*doc)->page(index);
        if (!page)
            continue;
        const QSizeF size = page->pageSizeF();
        for (const auto& field : page->formFields()) {
            if (field->type() != Poppler::FormField::FormSignature || !field->isVisible())
                continue;
            const auto* signature = static_cast<const Poppler::FormFieldSignature*>(field.get());
            if (signature->signatureType() == Poppler::FormFieldSignature::UnsignedSignature)
                continue;
            const QRectF r = field->rect(); // normalized to the page, origin top left
            if (r.width() <= 0 || r.height() <= 0)
                continue;
            const QRectF box(r.left() * size.width(), r.top() * size.height(), r.width() * size.width(),
                             r.height() * size.height());
            return std::make_pair(index, toPdf(box, size));
        }
    }
    return std::nullopt;
}

Result<SuggestedPlacement> SignaturePlacement::suggest(const QString& pdfPath, SignatureRole role,
                                                       const QString& signerName) {
    SuggestedPlacement placement;
    if (role == SignatureRole::Attachment)
        return Error{ErrorCode::NotFound, tr("An attachment's signature goes to the top right of page 1.")};
    if (role == SignatureRole::Agency) {
        if (const auto leader = findSignedSignature(pdfPath)) {
            placement.basis = SuggestedPlacement::Basis::LeaderSignature;
            placement.page = leader->first;
            placement.rect = sealOverLeader(leader->second);
            return placement;
        }
    }
    auto block = findSignatureBlock(pdfPath, role == SignatureRole::Leader ? signerName : QString());
    if (!block)
        return block.error();
    placement.block = *block;
    placement.page = block->page;
    placement.rect = leaderInBlock(*block);
    if (role == SignatureRole::Agency)
        placement.rect = insidePage(sealOverLeader(placement.rect), block->pageSize);
    return placement;
}

} // namespace vanban
