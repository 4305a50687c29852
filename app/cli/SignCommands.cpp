// sign: PAdES signing of a PDF with a PKCS#11 token (core/signing/PadesSigner). No workspace, no --as.
#include "Commands.h"

#include "pdf/PdfTextLocator.h"
#include "pdf/SignatureImageLoader.h"
#include "pdf/SignaturePlacement.h"
#include "signing/PadesSigner.h"
#include "signing/Pkcs11Module.h"
#include "signing/TrustStore.h"

#include <QFileInfo>
#include <QJsonArray>

namespace vanban::cli {

namespace {
// "X,Y,W,H" in PDF points (origin bottom left).
Result<QRectF> rectangle(const CliContext& ctx, const QString& option) {
    const QStringList parts = ctx.args().value(option).split(QLatin1Char(','));
    QList<double> v;
    for (const QString& p : parts) {
        bool ok = false;
        v << p.trimmed().toDouble(&ok);
        if (!ok)
            v.clear();
    }
    if (v.size() != 4 || v[2] <= 0 || v[3] <= 0)
        return Error{ErrorCode::Invalid,
                     CliContext::tr("--%1: “%2” is not X,Y,W,H in points (width and height above zero).")
                         .arg(option, ctx.args().value(option)),
                     option};
    return QRectF(v[0], v[1], v[2], v[3]);
}
} // namespace

ExitCode runSign(CliContext& ctx) {
    if (Status s = ctx.allowOptions({QStringLiteral("in"),
                                     QStringLiteral("out"),
                                     QStringLiteral("pkcs11-module"),
                                     QStringLiteral("token"),
                                     QStringLiteral("key-label"),
                                     QStringLiteral("cert-sha256"),
                                     QStringLiteral("role"),
                                     QStringLiteral("image"),
                                     QStringLiteral("page"),
                                     QStringLiteral("rect"),
                                     QStringLiteral("anchor"),
                                     QStringLiteral("field"),
                                     QStringLiteral("reason"),
                                     QStringLiteral("location"),
                                     QStringLiteral("tsa"),
                                     QStringLiteral("level"),
                                     QStringLiteral("pin-file"),
                                     QStringLiteral("number"),
                                     QStringLiteral("stamp-date"),
                                     QStringLiteral("stamp-rect"),
                                     QStringLiteral("stamp-anchor"),
                                     QStringLiteral("trust-anchors"),
                                     QStringLiteral("invisible")});
        !s)
        return ctx.fail(s.error());
    PadesSignRequest request;
    for (const char* option : {"in", "out", "pkcs11-module", "role"}) {
        auto value = ctx.required(QString::fromLatin1(option));
        if (!value)
            return ctx.fail(value.error());
    }
    const CliArguments& args = ctx.args();
    request.input = args.value(QStringLiteral("in"));
    request.output = args.value(QStringLiteral("out"));
    const auto role = signatureRoleFromName(args.value(QStringLiteral("role")));
    if (!role)
        return ctx.fail({ErrorCode::Invalid,
                         CliContext::tr("--role: “%1” is not leader, agency or attachment.")
                             .arg(args.value(QStringLiteral("role"))),
                         QStringLiteral("role")});
    request.role = *role;
    request.tsaUrl = QUrl(args.value(QStringLiteral("tsa")));
    const QString levelName = args.value(QStringLiteral("level"));
    const auto level = levelName.isEmpty()
                           ? (args.has(QStringLiteral("tsa")) ? PadesLevel::BaselineT : PadesLevel::BaselineB)
                           : padesLevelFromName(levelName);
    if (!level)
        return ctx.fail({ErrorCode::Invalid, CliContext::tr("--level: “%1” is not B-B, B-T or B-LT.").arg(levelName),
                         QStringLiteral("level")});
    request.level = *level;
    if (request.level == PadesLevel::BaselineLT) {
        // The chains end at the administrator's trust anchors (the OCSP answers are checked against them too).
        const bool given = args.has(QStringLiteral("trust-anchors"));
        const QString dir = given ? args.value(QStringLiteral("trust-anchors")) : TrustStore::defaultDirectory();
        if (given && !QFileInfo(dir).isDir())
            return ctx.fail({ErrorCode::NotFound, CliContext::tr("The trust anchor folder %1 does not exist.").arg(dir),
                             QStringLiteral("trust-anchors")});
        auto store = TrustStore::load(dir);
        if (!store)
            return ctx.fail(store.error());
        request.trustAnchors = store->anchorsDer();
    }
    request.reason = args.value(QStringLiteral("reason"));
    request.location = args.value(QStringLiteral("location"));
    request.fieldName = args.value(QStringLiteral("field"));
    request.documentNumber = args.value(QStringLiteral("number"));
    if (args.has(QStringLiteral("page"))) {
        auto page = ctx.integer(QStringLiteral("page"), 1);
        if (!page || *page < 1)
            return ctx.fail(
                page ? Error{ErrorCode::Invalid, CliContext::tr("--page counts from 1."), QStringLiteral("page")}
                     : page.error());
        request.page = *page - 1;
    }
    if (args.has(QStringLiteral("invisible")) &&
        (args.has(QStringLiteral("rect")) || args.has(QStringLiteral("anchor")) || args.has(QStringLiteral("image"))))
        return ctx.fail({ErrorCode::Invalid, CliContext::tr("--invisible takes no --rect, --anchor or --image."),
                         QStringLiteral("invisible")});
    if (args.has(QStringLiteral("rect")) && args.has(QStringLiteral("anchor")))
        return ctx.fail(
            {ErrorCode::Invalid, CliContext::tr("Give either --rect or --anchor, not both."), QStringLiteral("rect")});
    if (args.has(QStringLiteral("rect"))) {
        auto rect = rectangle(ctx, QStringLiteral("rect"));
        if (!rect)
            return ctx.fail(rect.error());
        request.rect = *rect;
    }
    if (args.has(QStringLiteral("anchor"))) {
        // The signature goes right below the anchor text (e.g. the chức vụ line), 160 × 60 pt.
        auto found = PdfTextLocator::find(request.input, args.value(QStringLiteral("anchor")), request.page);
        if (!found)
            return ctx.fail(found.error());
        request.page = found->page;
        request.rect = SignaturePlacement::belowAnchor(found->rect, QSizeF(160, 60));
    }
    if (args.has(QStringLiteral("image"))) {
        auto image = SignatureImageLoader::load(args.value(QStringLiteral("image")));
        if (!image)
            return ctx.fail(image.error());
        request.image = *image;
    }
    if (args.has(QStringLiteral("stamp-rect")) || args.has(QStringLiteral("stamp-anchor"))) {
        if (request.role != SignatureRole::Agency || request.documentNumber.isEmpty())
            return ctx.fail({ErrorCode::Invalid,
                             CliContext::tr("Stamping the number needs --role agency and --number (e.g. 12/QĐ-UBND)."),
                             QStringLiteral("number")});
        NumberStamp stamp;
        const QString date = args.value(QStringLiteral("stamp-date"));
        if (args.has(QStringLiteral("stamp-rect"))) {
            auto rect = rectangle(ctx, QStringLiteral("stamp-rect"));
            if (!rect)
                return ctx.fail(rect.error());
            stamp.rect = *rect;
            stamp.page = 0;
            stamp.lines << QStringLiteral("Số: ") + request.documentNumber;
        } else {
            // Right after the anchor text ("Số:"), on its line.
            auto found = PdfTextLocator::find(request.input, args.value(QStringLiteral("stamp-anchor")), {}, false);
            if (!found)
                return ctx.fail(found.error());
            stamp.page = found->page;
            const double line = std::max(8.0, found->rect.height() * 1.25);
            const int lines = date.isEmpty() ? 1 : 2;
            stamp.rect =
                QRectF(found->rect.right() + 3, found->rect.top() - 2 - (lines - 1) * line, 220, lines * line + 2);
            stamp.fontSize = std::max(6.0, found->rect.height());
            stamp.lines << request.documentNumber;
        }
        if (!date.isEmpty())
            stamp.lines << date;
        request.stamp = stamp;
    }

    auto loaded = Pkcs11Module::loadShared(args.value(QStringLiteral("pkcs11-module")));
    if (!loaded)
        return ctx.fail(loaded.error());
    auto signer = Pkcs11Signer::open(
        *loaded, TokenSelector{args.value(QStringLiteral("token"))},
        KeySelector{args.value(QStringLiteral("cert-sha256")), args.value(QStringLiteral("key-label"))});
    if (!signer)
        return ctx.fail(signer.error());
    // An expired or not yet valid certificate is refused before the PIN is asked.
    if (Status s = PadesSigner::checkCertificate(signer->certificate(), QDateTime::currentDateTimeUtc()); !s)
        return ctx.fail(s.error());
    auto pin = ctx.secretFrom(QStringLiteral("pin-file"), "VANBAN_PIN", CliContext::tr("PIN"));
    if (!pin && signer->token().loginRequired && !signer->token().protectedAuthenticationPath)
        return ctx.fail(pin.error());
    QByteArray pinBytes = pin ? *pin : QByteArray();
    if (Status s = signer->login(SecretBuffer::take(pinBytes)); !s)
        return ctx.fail(s.error());

    // Without a place, the leader's signature and the agency's seal go where the dialog would put them: found in the
    // document (SignaturePlacement). The attachment role has its own default (top right of page 1).
    QString placement = !request.rect                        ? QStringLiteral("invisible")
                        : args.has(QStringLiteral("anchor")) ? QStringLiteral("anchor")
                                                             : QStringLiteral("rect");
    const bool wantsDefault = !request.rect && !request.page && request.fieldName.isEmpty() &&
                              request.role != SignatureRole::Attachment && !args.has(QStringLiteral("invisible"));
    if (request.role == SignatureRole::Attachment && !request.rect && request.fieldName.isEmpty())
        placement = QStringLiteral("attachment");
    if (wantsDefault) {
        auto suggested =
            SignaturePlacement::suggest(request.input, request.role, signer->certificate().subjectCommonName);
        if (suggested) {
            request.page = suggested->page;
            request.rect = suggested->rect;
            placement = suggested->basis == SuggestedPlacement::Basis::LeaderSignature
                            ? QStringLiteral("over-leader-signature")
                            : QStringLiteral("signature-block");
        }
    }

    PadesSigner pades(*signer);
    auto result = pades.sign(request);
    if (!result)
        return ctx.fail(result.error());
    const QString time = PadesSigner::isoVietnamTime(result->signingTime);
    QJsonObject json{{QStringLiteral("out"), result->output},
                     {QStringLiteral("signatureField"), result->fieldName},
                     {QStringLiteral("level"), padesLevelName(result->level)},
                     {QStringLiteral("signer"), result->signer},
                     {QStringLiteral("signingTime"), time},
                     {QStringLiteral("placement"), placement}};
    if (request.rect && request.page) {
        const QRectF& r = *request.rect;
        json.insert(QStringLiteral("page"), *request.page + 1);
        json.insert(QStringLiteral("rect"), QJsonArray{r.x(), r.y(), r.width(), r.height()});
    }
    QString text = CliContext::tr("Signed %1 as %2 (%3, field “%4”, %5).")
                       .arg(result->output, result->signer, padesLevelName(result->level), result->fieldName, time);
    if (placement == QLatin1String("signature-block") || placement == QLatin1String("over-leader-signature"))
        text += QLatin1Char('\n') + CliContext::tr("Placed on page %1, found in the document (%2).")
                                        .arg(*request.page + 1)
                                        .arg(placement == QLatin1String("signature-block")
                                                 ? CliContext::tr("between the position line and the signer's name")
                                                 : CliContext::tr("over the left third of the leader's signature"));
    else if (placement == QLatin1String("invisible") && wantsDefault)
        text += QLatin1Char('\n') + CliContext::tr("No signature block was found in the document, so the signature "
                                                   "is invisible; give --rect or --anchor to place it.");
    if (result->level == PadesLevel::BaselineLT) {
        json.insert(QStringLiteral("dss"), QJsonObject{{QStringLiteral("certificates"), result->dssCertificates},
                                                       {QStringLiteral("ocspResponses"), result->dssOcspResponses},
                                                       {QStringLiteral("crls"), result->dssCrls}});
        text += QLatin1Char('\n') + CliContext::tr("Validation data added (DSS): %1 certificate(s), %2 OCSP "
                                                   "response(s), %3 CRL(s).")
                                        .arg(result->dssCertificates)
                                        .arg(result->dssOcspResponses)
                                        .arg(result->dssCrls);
        for (const QString& source : result->revocationSources)
            text += QStringLiteral("\n  ") + source;
    }
    return ctx.succeed(json, text);
}

} // namespace vanban::cli
