// PAdES signing time on the SoftHSM2 test token: 1 MB and 50 MB PDFs (one incompressible image stream), B-B and
// B-T (the test TSA on loopback), against the floor of one SHA-256 pass over the file plus one token signature, and
// against `pdfsig -add-signature` (NSS with the SoftHSM module added by modutil) when that works here; then B-LT on
// the 1 MB file (OCSP and CRLs from tests/signing/revocation_server.py on loopback).
// Usage: vanban-bench-sign WORK_DIR [RUNS=5]
#include "signing/PadesSigner.h"
#include "signing/TrustStore.h"
#include "support/SoftHsmPki.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <algorithm>
#include <cstdio>
#include <openssl/evp.h>

using namespace vanban;

namespace {
// A one-page PDF of about `bytes`, with the size in an image XObject of random (incompressible) samples.
QByteArray makePdf(qint64 bytes) {
    const int side = int(std::sqrt(double(bytes) / 3.0));
    QByteArray samples(qsizetype(side) * side * 3, Qt::Uninitialized);
    QRandomGenerator rng(42);
    rng.fillRange(reinterpret_cast<quint32*>(samples.data()), samples.size() / 4);
    QByteArray pdf = "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n";
    QList<qsizetype> offsets;
    auto object = [&](const QByteArray& body) {
        offsets << pdf.size();
        pdf += QByteArray::number(offsets.size()) + " 0 obj\n" + body + "\nendobj\n";
    };
    object("<< /Type /Catalog /Pages 2 0 R >>");
    object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
    object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /XObject << /Im0 5 0 "
           "R >> >> >>");
    const QByteArray content = "q 400 0 0 400 100 300 cm /Im0 Do Q\n";
    object("<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "\nendstream");
    object("<< /Type /XObject /Subtype /Image /Width " + QByteArray::number(side) + " /Height " +
           QByteArray::number(side) + " /ColorSpace /DeviceRGB /BitsPerComponent 8 /Length " +
           QByteArray::number(samples.size()) + " >>\nstream\n" + samples + "\nendstream");
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(offsets.size() + 1) + "\n0000000000 65535 f\r\n";
    for (qsizetype o : offsets)
        pdf += QByteArray::number(o).rightJustified(10, '0') + " 00000 n\r\n";
    pdf += "trailer\n<< /Size " + QByteArray::number(offsets.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
           QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

double median(QList<double> v) {
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

QByteArray sha256File(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    EVP_DigestInit_ex(ctx, EVP_sha256(), nullptr);
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (qint64 n; (n = f.read(buffer.data(), buffer.size())) > 0;)
        EVP_DigestUpdate(ctx, buffer.constData(), size_t(n));
    unsigned char out[32];
    unsigned int length = 0;
    EVP_DigestFinal_ex(ctx, out, &length);
    EVP_MD_CTX_free(ctx);
    return QByteArray(reinterpret_cast<const char*>(out), int(length));
}
} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: vanban-bench-sign WORK_DIR [RUNS=5]\n");
        return 1;
    }
    const QDir work(QString::fromLocal8Bit(argv[1]));
    work.mkpath(QStringLiteral("."));
    const int runs = argc > 2 ? std::max(1, atoi(argv[2])) : 5;
    auto& pki = test::SoftHsmPki::instance();
    if (!pki.available()) {
        std::fprintf(stderr, "SoftHSM PKI unavailable: %s\n", qPrintable(pki.reason()));
        return 1;
    }
    auto module = Pkcs11Module::loadShared(pki.modulePath());
    auto signer = module ? Pkcs11Signer::open(*module, {}, KeySelector{{}, QStringLiteral("leader-rsa2048")})
                         : Result<Pkcs11Signer>(module.error());
    QByteArray pinBytes("123456");
    if (!signer || !signer->login(SecretBuffer::take(pinBytes))) {
        std::fprintf(stderr, "no signer\n");
        return 1;
    }
    QProcess tsa;
    tsa.start(QStringLiteral("python3"),
              {QStringLiteral(VANBAN_TSA_SERVER), QStringLiteral("--config"), pki.value(QStringLiteral("TSA_CONFIG"))});
    QByteArray line;
    while (tsa.waitForStarted(10000) && !line.contains('\n') && tsa.waitForReadyRead(30000))
        line += tsa.readAllStandardOutput();
    const QUrl tsaUrl(QString::fromLatin1(line.mid(int(qstrlen("listening on "))).trimmed()));

    // NSS database with the SoftHSM module, for pdfsig -add-signature.
    const QString nss = work.filePath(QStringLiteral("nss"));
    QDir(nss).removeRecursively();
    work.mkpath(QStringLiteral("nss"));
    {
        QFile pw(work.filePath(QStringLiteral("nss-pw.txt")));
        pw.open(QIODevice::WriteOnly);
        pw.write("123456\n");
    }
    QProcess::execute(QStringLiteral("certutil"),
                      {QStringLiteral("-N"), QStringLiteral("-d"), QStringLiteral("sql:") + nss, QStringLiteral("-f"),
                       work.filePath(QStringLiteral("nss-pw.txt"))});
    QProcess::execute(QStringLiteral("modutil"),
                      {QStringLiteral("-dbdir"), QStringLiteral("sql:") + nss, QStringLiteral("-add"),
                       QStringLiteral("softhsm"), QStringLiteral("-libfile"), pki.modulePath(),
                       QStringLiteral("-force")});

    std::printf("| PDF | B-B | B-T | SHA-256 pass + 1 token signature | pdfsig -add-signature (NSS) "
                "|\n|---|---|---|---|---|\n");
    for (const qint64 mb : {1, 50}) {
        const QString in = work.filePath(QStringLiteral("in-%1mb.pdf").arg(mb));
        {
            QFile f(in);
            f.open(QIODevice::WriteOnly);
            f.write(makePdf(mb * 1024 * 1024));
        }
        QList<double> bb, bt, floor, nssTimes;
        bool nssOk = true;
        for (int run = 0; run < runs; ++run) {
            for (PadesLevel level : {PadesLevel::BaselineB, PadesLevel::BaselineT}) {
                PadesSignRequest request;
                request.input = in;
                request.output = work.filePath(QStringLiteral("out.pdf"));
                request.level = level;
                request.tsaUrl = tsaUrl;
                request.role = SignatureRole::Leader;
                QElapsedTimer timer;
                timer.start();
                auto result = PadesSigner(*signer).sign(request);
                const double ms = double(timer.nsecsElapsed()) / 1e6;
                if (!result) {
                    std::fprintf(stderr, "sign failed: %s\n", qPrintable(result.error().message));
                    return 1;
                }
                (level == PadesLevel::BaselineB ? bb : bt) << ms;
            }
            QElapsedTimer timer;
            timer.start();
            const QByteArray digest = sha256File(in);
            auto signature = signer->sign(DigestAlgorithm::Sha256, digest);
            floor << double(timer.nsecsElapsed()) / 1e6;
            if (!signature)
                return 1;
            if (nssOk) {
                const QString out = work.filePath(QStringLiteral("nss-out.pdf"));
                QFile::remove(out);
                timer.restart();
                QProcess p;
                p.start(QStringLiteral("pdfsig"),
                        {QStringLiteral("-add-signature"), QStringLiteral("-nssdir"), nss, QStringLiteral("-nss-pwd"),
                         QStringLiteral("123456"), QStringLiteral("-nick"),
                         QStringLiteral("VanBan Test:leader-rsa2048"), QStringLiteral("-kpw"), QStringLiteral("123456"),
                         QStringLiteral("-etsi"), in, out});
                p.waitForFinished(300000);
                if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0 || !QFile::exists(out)) {
                    nssOk = false;
                    std::fprintf(stderr, "pdfsig -add-signature failed (%s, exit %d)\n",
                                 p.exitStatus() == QProcess::NormalExit ? "normal" : "crashed", p.exitCode());
                } else {
                    nssTimes << double(timer.nsecsElapsed()) / 1e6;
                }
            }
        }
        std::printf("| %lld MB | %.0f ms | %.0f ms | %.0f ms | %s |\n", mb, median(bb), median(bt), median(floor),
                    nssOk ? qPrintable(QStringLiteral("%1 ms").arg(median(nssTimes), 0, 'f', 0)) : "failed");
    }

    // B-LT on 1 MB: the signature, its timestamp, then OCSP for the signer and the TSA and the root's CRL for the
    // intermediate CA (three HTTP round trips on loopback, `openssl ocsp` forked per OCSP request), the /DSS update.
    QProcess revocation;
    auto v = [&](const char* key) { return pki.value(QString::fromLatin1(key)); };
    revocation.start(QStringLiteral("python3"),
                     {QStringLiteral(VANBAN_REVOCATION_SERVER), QStringLiteral("--host"), v("REVOCATION_HOST"),
                      QStringLiteral("--port"), v("REVOCATION_PORT"), QStringLiteral("--index"), v("OCSP_INDEX"),
                      QStringLiteral("--ca"), v("INTERMEDIATE_CA"), QStringLiteral("--rsigner"), v("OCSP_CERT"),
                      QStringLiteral("--rkey"), v("OCSP_KEY"), QStringLiteral("--crl-dir"), v("CRL_DIR")});
    line.clear();
    while (revocation.waitForStarted(10000) && !line.contains('\n') && revocation.waitForReadyRead(30000))
        line += revocation.readAllStandardOutput();
    QFile root(v("ROOT_CA"));
    root.open(QIODevice::ReadOnly);
    QList<double> blt;
    for (int run = 0; run < runs; ++run) {
        PadesSignRequest request;
        request.input = work.filePath(QStringLiteral("in-1mb.pdf"));
        request.output = work.filePath(QStringLiteral("out-lt.pdf"));
        request.level = PadesLevel::BaselineLT;
        request.tsaUrl = tsaUrl;
        request.trustAnchors = TrustStore::readCertificates(root.isOpen() ? root.readAll() : QByteArray());
        root.seek(0);
        request.role = SignatureRole::Leader;
        QElapsedTimer timer;
        timer.start();
        auto result = PadesSigner(*signer).sign(request);
        blt << double(timer.nsecsElapsed()) / 1e6;
        if (!result) {
            std::fprintf(stderr, "B-LT sign failed: %s\n", qPrintable(result.error().message));
            return 1;
        }
    }
    std::printf("\n| PDF | B-LT |\n|---|---|\n| 1 MB | %.0f ms |\n", median(blt));
    revocation.terminate();
    revocation.waitForFinished(10000);
    tsa.terminate();
    tsa.waitForFinished(10000);

    // What one signature adds to the file, by appearance (B-B, 16 KiB /Contents placeholder), on the 1 MB PDF.
    SignatureImage image; // 300 × 120 blue ink with an alpha channel, like a scanned signature
    image.width = 300;
    image.height = 120;
    for (int i = 0; i < image.width * image.height; ++i) {
        image.rgb.append(char(0x10)).append(char(0x30)).append(char(0xc0));
        image.alpha.append(char((i * 7) % 5 == 0 ? 0xff : 0));
    }
    struct Appearance {
        const char* name;
        SignatureRole role;
        bool visible;
        bool withImage;
    };
    const QString in = work.filePath(QStringLiteral("in-1mb.pdf"));
    std::printf("\n| appearance | bytes added | time (median) |\n|---|---|---|\n");
    for (const Appearance& a : {Appearance{"invisible", SignatureRole::Leader, false, false},
                                Appearance{"leader, image only", SignatureRole::Leader, true, true},
                                Appearance{"leader, text (no image)", SignatureRole::Leader, true, false},
                                Appearance{"agency, seal + text", SignatureRole::Agency, true, true},
                                Appearance{"attachment, text", SignatureRole::Attachment, true, false}}) {
        QList<double> times;
        qint64 added = 0;
        for (int run = 0; run < runs; ++run) {
            PadesSignRequest request;
            request.input = in;
            request.output = work.filePath(QStringLiteral("out.pdf"));
            request.role = a.role;
            request.documentNumber = QStringLiteral("12/QĐ-UBND");
            if (a.visible) {
                request.page = 0;
                request.rect = QRectF(330, 150, 200, 60);
            }
            if (a.withImage)
                request.image = image;
            QElapsedTimer timer;
            timer.start();
            auto result = PadesSigner(*signer).sign(request);
            times << double(timer.nsecsElapsed()) / 1e6;
            if (!result) {
                std::fprintf(stderr, "sign failed: %s\n", qPrintable(result.error().message));
                return 1;
            }
            added = QFileInfo(request.output).size() - QFileInfo(in).size();
        }
        std::printf("| %s | %lld | %.0f ms |\n", a.name, added, median(times));
    }
    return 0;
}
