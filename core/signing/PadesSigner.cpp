#include "signing/PadesSigner.h"

#include "common/Sha256.h"
#include "signing/AtomicOutputFile.h"
#include "signing/BackgroundFileDigest.h"
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
#include <memory>

namespace vanban {

namespace {
constexpr int kVietnamOffset = 7 * 3600;

QByteArray sha256(const QByteArray& data) {
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
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

Result<QByteArray> PadesSigner::validationData(const PadesSignRequest& request, const QDateTime& signingTime,
                                               const QByteArray& timestamp, const QByteArray& contentsValue,
                                               const QString& path, qint64 length, const QString& name,
                                               PadesSignResult& result) {
    std::shared_ptr<RevocationFetcher> fetcher = request.revocationFetcher;
    if (!fetcher)
        fetcher = std::make_shared<HttpRevocationFetcher>(request.networkTimeoutMs);
    ValidationDataCollector collector(request.trustAnchors, *fetcher, signingTime);
    if (Status s = collector.addChain(m_signer.certificate().der, m_signer.chainCertificates()); !s)
        return s.error();
    if (Status s = collector.addTimestampAuthority(timestamp); !s)
        return s.error();
    // The signed revision as written so far: qpdf reads its cross-reference sections and the catalog, not the bytes.
    auto source = PdfSource::openPrefix(path, length, name);
    if (!source)
        return source.error();
    auto dss = PdfDssUpdate::build(**source, collector.data(), contentsValue);
    if (!dss)
        return dss.error();
    result.dssCertificates = int(collector.data().certificates.size());
    result.dssOcspResponses = int(collector.data().ocspResponses.size());
    result.dssCrls = int(collector.data().crls.size());
    result.revocationSources = collector.data().sources;
    return dss->appended;
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

    auto input = PdfSource::openFile(request.input);
    if (!input)
        return input.error();
    const QString name = QFileInfo(request.input).fileName();
    const qint64 inputSize = (*input)->size();
    auto cannotWrite = [&request](const Error& e) {
        return Error{ErrorCode::External,
                     tr("The signed PDF cannot be written to “%1”: %2.").arg(request.output, e.message),
                     QStringLiteral("out")};
    };
    auto output = AtomicOutputFile::create(request.output);
    if (!output)
        return cannotWrite(output.error());
    AtomicOutputFile& out = **output;

    // The original bytes go into the output once, copied by the kernel; a second thread hashes them from there (the
    // page cache) while this one builds the update. Everything after this reads the copy, so the signed bytes are
    // exactly the written ones even if the input changed meanwhile.
    BackgroundFileDigest digest(out.temporaryPath());
    if (Status s = out.copyFrom(**input, inputSize, [&digest](qint64 n) { digest.available(n); }); !s)
        return cannotWrite(s.error());
    (*input)->close();
    auto opened = PdfSource::openPrefix(out.temporaryPath(), inputSize, name);
    if (!opened)
        return opened.error();
    std::unique_ptr<PdfSource> source = std::move(*opened);
    qint64 base = inputSize; // the bytes before the signature's update

    // Stamping the number first, as its own revision.
    if (request.stamp) {
        auto stamped = PdfNumberStamper::stamp(*source, *request.stamp, request.fontPath);
        if (!stamped)
            return stamped.error();
        if (Status s = out.writeAt(base, *stamped); !s)
            return cannotWrite(s.error());
        base += stamped->size();
        digest.available(base);
        // The signature is built on the stamped revision, so qpdf opens it again: a second parse, but it reads only
        // the two cross-reference sections and the objects the signature changes, not the original bytes.
        source.reset();
        auto restamped = PdfSource::openPrefix(out.temporaryPath(), base, name);
        if (!restamped)
            return restamped.error();
        source = std::move(*restamped);
    }

    auto builder = CmsSignedDataBuilder::create(certificate, m_signer.chainCertificates(), m_signer.scheme());
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
            const QRectF page = source->pageBox(0);
            const QSizeF size(170, 34);
            field.page = 0;
            field.rect = QRectF(page.right() - 20 - size.width(), page.bottom() - 20 - size.height(), size.width(),
                                size.height());
        }
        break;
    }
    }

    auto update = PdfSignatureUpdate::build(*source, field);
    if (!update)
        return update.error();
    // The hash of the bytes before the update: computed once, even when the signature is made again with more room.
    auto prefixDigest = digest.finish(base);
    if (!prefixDigest)
        return cannotWrite(prefixDigest.error());

    PadesSignResult result;
    result.level = request.level;
    result.signer = certificate.subjectCommonName;
    result.signingTime = signingTime;
    int room = std::max(64, request.initialContentsBytes);
    for (int attempt = 1; attempt <= 3; ++attempt) {
        auto placeholder = update->placeholder(room);
        if (!placeholder)
            return placeholder.error();
        QByteArray& bytes = placeholder->update;
        // The byte range: the original bytes (hashed above), then the update without the < … > gap.
        const qsizetype gapStart = qsizetype(placeholder->contentsStart - 1 - base);
        const qsizetype gapEnd = qsizetype(placeholder->contentsStart + placeholder->contentsLength + 1 - base);
        Sha256 hash = prefixDigest->copy();
        hash.addData(bytes.constData(), gapStart);
        hash.addData(bytes.constData() + gapEnd, bytes.size() - gapEnd);
        const QByteArray contentDigest = hash.result();
        // The update goes in now with its empty placeholder, and the file system makes the whole file durable while
        // the token signs; afterwards only the placeholder's pages are left to flush.
        if (Status s = out.truncate(base); !s)
            return cannotWrite(s.error());
        if (Status s = out.writeAt(base, bytes); !s)
            return cannotWrite(s.error());
        out.syncInBackground();
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
        // Into the placeholder, once the background sync is over (a write to pages under write-back waits for them:
        // measured up to 25 ms on ext4).
        if (Status s = out.writeAt(placeholder->contentsStart, cms.toHex()); !s)
            return cannotWrite(s.error());
        if (request.level == PadesLevel::BaselineLT) {
            // The /Contents value as a verifier decodes it (the CMS and the zero padding) names the VRI entry.
            const QByteArray contentsValue = cms + QByteArray(room - cms.size(), '\0');
            auto dss = validationData(request, now, timestamp, contentsValue, out.temporaryPath(),
                                      placeholder->documentSize, name, result);
            if (!dss)
                return dss.error();
            if (Status s = out.writeAt(placeholder->documentSize, *dss); !s)
                return cannotWrite(s.error());
        }
        if (Status s = out.commit(); !s)
            return cannotWrite(s.error());
        result.output = out.targetPath();
        result.fieldName = update->fieldName();
        result.contentsBytes = room;
        result.attempts = attempt;
        result.cmsBytes = int(cms.size());
        return result;
    }
    return Error{ErrorCode::Internal, tr("The signature did not fit into the PDF after several attempts.")};
}

} // namespace vanban
