#pragma once
// Where a signature goes on the page by default (ND 30 Phụ lục I, DOMAIN.md §7.2), found with Poppler:
//   leader     — centred between the position line (the last line of the title: "CHỦ TỊCH", "KT. GIÁM ĐỐC" /
//                "PHÓ GIÁM ĐỐC" …) and the signer's name under it, in the signature block at the end of the text;
//   agency     — the seal over the left third of the leader's signature: the signed signature already on the page,
//                else where the leader's would go;
//   attachment — none here: the top right of page 1 (PadesSigner's own default).
// Also the geometry shared by the CLI's --anchor and the dialog's "next to text": right below an anchor text.
// Rectangles are in PDF points, origin bottom left (PadesSignRequest's convention).

#include "common/Result.h"
#include "signing/PadesSigner.h"

#include <QCoreApplication>
#include <QRectF>
#include <optional>

namespace vanban {

struct SignatureBlock {
    int page = 0;    // 0-based
    QSizeF pageSize; // points
    QRectF title;    // the position line right above the signature (the title's last line)
    QString titleText;
    QRectF name; // the signer's name under it; empty when there is none
    QString nameText;
};

struct SuggestedPlacement {
    enum class Basis { SignatureBlock, LeaderSignature };
    int page = 0;
    QRectF rect;
    Basis basis = Basis::SignatureBlock;
    SignatureBlock block; // for Basis::SignatureBlock (and an agency seal placed from it)
};

class SignaturePlacement {
    Q_DECLARE_TR_FUNCTIONS(SignaturePlacement)

public:
    static constexpr double kLeaderWidth = 170, kLeaderHeight = 60; // points
    static constexpr double kSealSize = 100;                        // about 35 mm, a seal's real size

    // Right below an anchor text, centred on it; over it when the page ends there.
    static QRectF belowAnchor(const QRectF& anchor, const QSizeF& size);
    // The seal's square: its right edge a third of the way into the leader's signature, centred on it vertically.
    static QRectF sealOverLeader(const QRectF& leader, double seal = kSealSize);
    // The leader's rectangle in a signature block: centred on the position line, in the gap down to the name.
    static QRectF leaderInBlock(const SignatureBlock& block);

    // The signature block nearest the end of the document (the last page first). `signerName`, when given and
    // printed under the title, is the name line; otherwise the first line under the title.
    static Result<SignatureBlock> findSignatureBlock(const QString& pdfPath, const QString& signerName = {});
    // The first visible signed signature (a widget with a rectangle), the last page first. page + rectangle.
    static std::optional<std::pair<int, QRectF>> findSignedSignature(const QString& pdfPath);
    // The default for a role; NotFound when the document gives no clue (the caller keeps its fixed default).
    static Result<SuggestedPlacement> suggest(const QString& pdfPath, SignatureRole role,
                                              const QString& signerName = {});
};

} // namespace vanban
