#include "signing/PadesSigner.h"

#include "signing/CmsSignedDataBuilder.h"
#include "signing/PdfDssUpdate.h"
#include "signing/PdfNumberStamper.h"
#include "signing/PdfSignatureUpdate.h"
#include "signing/PdfSource.h"
#include "signing/TimestampClient.h"
#include "signing/ValidationDataCollector.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <memory>
#include <openssl/evp.h>

namespace vanban {

namespace {
constexpr int kVietnamOffset = 7 * 3600;

QByteArray sha256(const QByteArray& data) {
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

QByteArray sha256Ranges(const QByteArray& data, std::initializer_list<std::pair<qsizetype, qsizetype>> ranges) {
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    if (!ctx || EVP_DigestInit_ex(ctx.get(), EVP_sha256(), nullptr) != 1)
        return {};
    for (const auto& [start, length] : ranges) {
        if (EVP_DigestUpdate(ctx.get(), data.constData() + start, size_t(length)) != 1)
            return {};
    }
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(ctx.get(), out, &length) != 1)
        return {};
    return QByteArray(reinterpret_cast<const char*>(out), int(length));
}
} // namespace

QString padesLevelName(PadesLevel level) {
    switch (level) {
    case PadesLevel::BaselineB:
        return QStringLiteral("B-B");
    case PadesLevel::BaselineT:
        return QStringLiteral("B-T");
    case PadesLevel::BaselineLT:
        return QStringLiteral("B-LT");
    }
    return {};
}

std::optional<PadesLevel> padesLevelFromName(const QString& name) {
    for (PadesLevel l : {PadesLevel::BaselineB, PadesLevel::BaselineT, PadesLevel::BaselineLT}) {
        if (name.compare(padesLevelName(l), Qt::CaseInsensitive) == 0)
            return l;
    }
    return std::nullopt;
}

std::optional<SignatureRole> signatureRoleFromName(const QString& name) {
    if (name == QLatin1String("leader"))
        return SignatureRole::Leader;
    if (name == QLatin1String("agency"))
        return SignatureRole::Agency;
    if (name == QLatin1String("attachment"))
        return SignatureRole::Attachment;
    return std::nullopt;
}

Status PadesSigner::checkCertificate(const TokenCertificate& certificate, const QDateTime& when) {
    if (when < certificate.notBefore)
        return Error{ErrorCode::Invalid,
                     tr("The certificate of “%1” is not valid yet: it is valid from %2. It cannot sign now.")
                         .arg(certificate.subjectCommonName, isoVietnamTime(certificate.notBefore)),
                     QStringLiteral("certificate")};
    if (when > certificate.notAfter)
        return Error{ErrorCode::Invalid,
                     tr("The certificate of “%1” expired on %2. It cannot sign; renew it with the certification "
                        "authority.")
                         .arg(certificate.subjectCommonName, isoVietnamTime(certificate.notAfter)),
                     QStringLiteral("certificate")};
    return {};
}

QByteArray PadesSigner::pdfDate(const QDateTime& time) {
    return time.toOffsetFromUtc(kVietnamOffset).toString(QStringLiteral("'D:'yyyyMMddHHmmss'+07''00'''")).toLatin1();
}

QString PadesSigner::isoVietnamTime(const QDateTime& time) {
    return time.toOffsetFromUtc(kVietnamOffset).toString(Qt::ISODate);
}

Status PadesSigner::addValidationData(const PadesSignRequest& request, const QDateTime& signingTime,
                                      const QByteArray& timestamp, const QByteArray& contentsValue,
                                      QByteArray& document, const QString& name, PadesSignResult& result) {
    std::shared_ptr<RevocationFetcher> fetcher = request.revocationFetcher;
    if (!fetcher)
        fetcher = std::make_shared<HttpRevocationFetcher>(request.networkTimeoutMs);
    ValidationDataCollector collector(request.trustAnchors, *fetcher, signingTime);
    if (Status s = collector.addChain(m_signer.certificate().der, m_signer.chainCertificates()); !s)
        return s;
    if (Status s = collector.addTimestampAuthority(timestamp); !s)
        return s;
    auto source = PdfSource::fromBytes(document, name);
    if (!source)
        return source.error();
    auto dss = PdfDssUpdate::build(**source, collector.data(), contentsValue);
    if (!dss)
        return dss.error();
    document += dss->appended;
    result.dssCertificates = int(collector.data().certificates.size());
    result.dssOcspResponses = int(collector.data().ocspResponses.size());
    result.dssCrls = int(collector.data().crls.size());
    result.revocationSources = collector.data().sources;
    return {};
}

Result<PadesSignResult> PadesSigner::sign(const PadesSignRequest& request) {
    const TokenCertificate& certificate = m_signer.certificate();
    const QDateTime now = request.signingTime.isValid() ? request.signingTime : QDateTime::currentDateTimeUtc();
    const QDateTime signingTime = now.toOffsetFromUtc(kVietnamOffset);
    if (Status s = checkCertificate(certificate, now); !s)
        return s.error();
    if (request.level == PadesLevel::BaselineT && !request.tsaUrl.isValid())
        return Error{ErrorCode::Invalid, tr("The level B-T needs the address of a time-stamping authority (--tsa)."),
                     QStringLiteral("tsa")};
    if (request.level == PadesLevel::BaselineLT && !request.tsaUrl.isValid())
        return Error{ErrorCode::Invalid,
                     tr("The level B-LT needs the address of a time-stamping authority (--tsa): B-LT is B-T with the "
                        "validation data added."),
                     QStringLiteral("tsa")};
    if (request.output.isEmpty())
        return Error{ErrorCode::Invalid, tr("Name the signed output file."), QStringLiteral("out")};

    auto opened = PdfSource::open(request.input);
    if (!opened)
        return opened.error();
    QByteArray original = (*opened)->bytes();
    QString name = (*opened)->name();

    // Stamping the number first, as its own revision.
    if (request.stamp) {
        auto stamped = PdfNumberStamper::stamp(**opened, *request.stamp, request.fontPath);
        if (!stamped)
            return stamped.error();
        original = *stamped;
        auto check = PdfSource::fromBytes(original, name);
        if (!check)
            return check.error();
    }

    auto builder = CmsSignedDataBuilder::create(certificate.der, m_signer.chainCertificates(), m_signer.scheme());
    if (!builder)
        return builder.error();

    SignatureFieldRequest field;
    field.page = request.page;
    field.rect = request.rect;
    field.fieldName = request.fieldName;
    field.pdfDate = pdfDate(signingTime);
    field.signerName = certificate.subjectCommonName;
    field.reason = request.reason;
    field.location = request.location;
    field.appearance.fontPath = request.fontPath;
    field.appearance.image = request.image;
    const QString time = isoVietnamTime(signingTime);
    const QString agency =
        certificate.subjectOrganization.isEmpty() ? certificate.subjectCommonName : certificate.subjectOrganization;
    switch (request.role) {
    case SignatureRole::Leader:
        field.appearance.layout = AppearanceSpec::Layout::ImageCentred;
        field.appearance.lines = {certificate.subjectCommonName, time};
        break;
    case SignatureRole::Agency:
        field.appearance.layout = AppearanceSpec::Layout::ImageLeftText;
        field.appearance.lines = {agency, time};
        break;
    case SignatureRole::Attachment: {
        field.appearance.layout = AppearanceSpec::Layout::TextOnly;
        field.appearance.image = {};
        field.appearance.lines = {request.documentNumber.isEmpty() ? agency : request.documentNumber, time};
        field.useEmptyField = false;
        if (!request.rect && request.fieldName.isEmpty()) {
            // Top right of page 1 (ND 30 Phụ lục I).
            auto source = PdfSource::fromBytes(original, name);
            if (!source)
                return source.error();
            const QRectF page = (*source)->pageBox(0);
            const QSizeF size(170, 34);
            field.page = 0;
            field.rect = QRectF(page.right() - 20 - size.width(), page.bottom() - 20 - size.height(), size.width(),
                                size.height());
        }
        break;
    }
    }

    PadesSignResult result;
    result.level = request.level;
    result.signer = certificate.subjectCommonName;
    result.signingTime = signingTime;
    int room = std::max(64, request.initialContentsBytes);
    for (int attempt = 1; attempt <= 3; ++attempt) {
        // A fresh read each time: building the update changes qpdf's objects in memory.
        auto source = PdfSource::fromBytes(original, name);
        if (!source)
            return source.error();
        field.contentsBytes = room;
        auto placeholder = PdfSignatureUpdate::build(**source, field);
        if (!placeholder)
            return placeholder.error();
        const QByteArray& document = placeholder->document;
        // OpenSSL's SHA-256 (SHA extensions): Qt 6.4's own is several times slower on a 50 MB file.
        const qsizetype gapEnd = placeholder->contentsStart + placeholder->contentsLength + 1;
        const QByteArray contentDigest =
            sha256Ranges(document, {{0, placeholder->contentsStart - 1}, {gapEnd, document.size() - gapEnd}});
        if (contentDigest.isEmpty())
            return Error{ErrorCode::Internal, tr("SHA-256 failed.")};
        const QByteArray attributes = builder->signedAttributes(contentDigest);
        auto signature = m_signer.sign(DigestAlgorithm::Sha256, sha256(attributes));
        if (!signature)
            return signature.error();
        QByteArray timestamp;
        if (request.level != PadesLevel::BaselineB) {
            auto token = TimestampClient(request.tsaUrl).timestamp(sha256(*signature));
            if (!token)
                return token.error();
            timestamp = *token;
        }
        const QByteArray cms = builder->build(attributes, *signature, timestamp);
        if (cms.size() > room) {
            // Never truncate: redo with room for this CMS and some margin (a timestamp may vary in size).
            room = int(cms.size()) + 2048;
            continue;
        }
        QByteArray signedDocument = document;
        const QByteArray hex = cms.toHex();
        signedDocument.replace(placeholder->contentsStart, hex.size(), hex);
        if (request.level == PadesLevel::BaselineLT) {
            // The /Contents value as a verifier decodes it (the CMS and the zero padding) names the VRI entry.
            const QByteArray contentsValue = cms + QByteArray(room - cms.size(), '\0');
            if (Status s = addValidationData(request, now, timestamp, contentsValue, signedDocument, name, result); !s)
                return s.error();
        }

        const QFileInfo target(request.output);
        QSaveFile out(target.absoluteFilePath());
        if (!out.open(QIODevice::WriteOnly))
            return Error{ErrorCode::External,
                         tr("The signed PDF cannot be written to “%1”: %2.").arg(request.output, out.errorString()),
                         QStringLiteral("out")};
        if (out.write(signedDocument) != signedDocument.size() || !out.commit())
            return Error{ErrorCode::External,
                         tr("The signed PDF cannot be written to “%1”: %2.").arg(request.output, out.errorString()),
                         QStringLiteral("out")};
        result.output = target.absoluteFilePath();
        result.fieldName = placeholder->fieldName;
        result.contentsBytes = room;
        result.attempts = attempt;
        result.cmsBytes = int(cms.size());
        return result;
    }
    return Error{ErrorCode::Internal, tr("The signature did not fit into the PDF after several attempts.")};
}

} // namespace vanban
