#include "signing/TrustStore.h"

#include "signing/OpenSslHandles.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509v3.h>

namespace vanban {

QString TrustStore::defaultDirectory() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
        .filePath(QStringLiteral("trust-anchors"));
}

QList<QByteArray> TrustStore::readCertificates(const QByteArray& data) {
    QList<QByteArray> out;
    if (data.contains("-----BEGIN")) {
        ossl::Bio bio = ossl::memoryBio(data.constData(), data.size());
        while (X509* cert = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr)) {
            ossl::X509Ptr owner(cert);
            out << ossl::certificateDer(cert);
        }
        if (out.isEmpty()) {
            ossl::Bio again = ossl::memoryBio(data.constData(), data.size());
            ossl::Pkcs7 p7(PEM_read_bio_PKCS7(again.get(), nullptr, nullptr, nullptr));
            if (p7 && PKCS7_type_is_signed(p7.get()))
                for (int i = 0; i < sk_X509_num(p7->d.sign->cert); ++i)
                    out << ossl::certificateDer(sk_X509_value(p7->d.sign->cert, i));
        }
    } else if (ossl::X509Ptr cert = ossl::certificateFromDer(data)) {
        out << data.left(qsizetype(i2d_X509(cert.get(), nullptr)));
    } else {
        const auto* p = reinterpret_cast<const unsigned char*>(data.constData());
        ossl::Pkcs7 p7(d2i_PKCS7(nullptr, &p, long(data.size())));
        if (p7 && PKCS7_type_is_signed(p7.get()))
            for (int i = 0; i < sk_X509_num(p7->d.sign->cert); ++i)
                out << ossl::certificateDer(sk_X509_value(p7->d.sign->cert, i));
    }
    ERR_clear_error();
    return out;
}

Result<TrustStore> TrustStore::load(const QString& directory) {
    TrustStore store;
    QDir dir(directory);
    if (!dir.exists())
        return store;
    QStringList seen;
    const QFileInfoList files = dir.entryInfoList(QDir::Files | QDir::Readable, QDir::Name);
    for (const QFileInfo& info : files) {
        QFile f(info.filePath());
        if (info.size() > 16 * 1024 * 1024 || !f.open(QIODevice::ReadOnly)) {
            store.m_warnings << tr("%1 cannot be read.").arg(info.fileName());
            continue;
        }
        const QList<QByteArray> certs = readCertificates(f.readAll());
        if (certs.isEmpty())
            store.m_warnings << tr("%1 holds no certificate.").arg(info.fileName());
        for (const QByteArray& der : certs) {
            auto cert = TokenCertificate::fromDer(der);
            if (!cert || seen.contains(cert->sha256))
                continue;
            seen << cert->sha256;
            cert->label = info.fileName();
            store.m_anchors << *cert;
        }
    }
    return store;
}

QList<QByteArray> TrustStore::anchorsDer() const {
    QList<QByteArray> out;
    for (const TokenCertificate& c : m_anchors)
        out << c.der;
    return out;
}

Result<QList<TokenCertificate>> TrustStore::import(const QString& file, const QString& directory) {
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return Error{ErrorCode::NotFound, tr("Cannot read %1: %2").arg(file, f.errorString())};
    const QList<QByteArray> certs = readCertificates(f.read(16 * 1024 * 1024));
    if (certs.isEmpty())
        return Error{ErrorCode::Invalid, tr("%1 holds no certificate (PEM, DER or PKCS#7 expected).").arg(file)};
    QList<TokenCertificate> imported;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QByteArray& der : certs) {
        auto parsed = TokenCertificate::fromDer(der);
        if (!parsed)
            return parsed.error();
        ossl::X509Ptr x509 = ossl::certificateFromDer(der);
        const QString who = parsed->subjectCommonName.isEmpty() ? parsed->subject : parsed->subjectCommonName;
        if (!parsed->isCa)
            return Error{ErrorCode::Invalid, tr("“%1” is not a certification authority (basicConstraints CA is not "
                                                "set).")
                                                 .arg(who)};
        if ((X509_get_extension_flags(x509.get()) & EXFLAG_KUSAGE) &&
            !(X509_get_key_usage(x509.get()) & KU_KEY_CERT_SIGN))
            return Error{ErrorCode::Invalid, tr("“%1” may not sign certificates (key usage).").arg(who)};
        if ((X509_get_extension_flags(x509.get()) & EXFLAG_SI) &&
            X509_verify(x509.get(), X509_get0_pubkey(x509.get())) != 1) {
            ERR_clear_error();
            return Error{ErrorCode::Invalid, tr("The self-signature of “%1” does not verify.").arg(who)};
        }
        if (!parsed->isValidAt(now))
            return Error{ErrorCode::Invalid, tr("“%1” is not valid today (valid %2 to %3).")
                                                 .arg(who, parsed->notBefore.toString(Qt::ISODate),
                                                      parsed->notAfter.toString(Qt::ISODate))};
        if ((parsed->keyType == KeyType::Rsa && parsed->keyBits < 2048) ||
            (parsed->keyType == KeyType::Ec && parsed->keyBits < 256) || parsed->keyType == KeyType::Other)
            return Error{
                ErrorCode::Invalid,
                tr("The key of “%1” (%2) is below what TT 15/2025 requires.").arg(who, parsed->keyDescription())};
        imported << *parsed;
    }
    if (!QDir().mkpath(directory))
        return Error{ErrorCode::External, tr("Cannot create the folder %1.").arg(directory)};
    for (const TokenCertificate& c : imported) {
        QSaveFile out(QDir(directory).filePath(c.sha256 + QStringLiteral(".pem")));
        if (!out.open(QIODevice::WriteOnly))
            return Error{ErrorCode::External, tr("Cannot write %1: %2").arg(out.fileName(), out.errorString())};
        QByteArray text = "# Subject: " + c.subject.toUtf8() + "\n# SHA-256: " + c.sha256.toLatin1() +
                          "\n# Imported from " + QFileInfo(file).absoluteFilePath().toUtf8() + " on " +
                          QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toLatin1() + "\n";
        text += "-----BEGIN CERTIFICATE-----\n";
        const QByteArray base64 = c.der.toBase64();
        for (qsizetype i = 0; i < base64.size(); i += 64)
            text += base64.mid(i, 64) + "\n";
        text += "-----END CERTIFICATE-----\n";
        out.write(text);
        if (!out.commit())
            return Error{ErrorCode::External, tr("Cannot write %1: %2").arg(out.fileName(), out.errorString())};
    }
    return imported;
}

} // namespace vanban
