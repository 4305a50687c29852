// PAdES signing time on the SoftHSM2 test token: 1 MB and 50 MB PDFs (one incompressible image stream), B-B and
// B-T (the test TSA on loopback), against
//   * the floor: one SHA-256 pass over the file (OpenSSL, 1 MiB reads) plus one token signature;
//   * a durable copy of the file: copy_file_range into a new file in WORK_DIR, fdatasync (what any signer that keeps
//     its output on disk must at least do besides hashing);
//   * `pdfsig -add-signature` (Poppler) on the same SoftHSM token through NSS: an NSS database without a password,
//     the SoftHSM module added with modutil, `-nss-pwd` the token's PIN. Poppler 22.12 cannot make
//     ETSI.CAdES.detached with -add-signature, so its signature is adbe.pkcs7.detached; both are invisible. pdfsig runs
//     with LD_PRELOAD=<SoftHSM module>: without it, it crashes at exit (SoftHSM's static objects are destroyed before
//     poppler's NSS_Shutdown calls C_CloseAllSessions; softhsm/SoftHSMv2#635). Skipped with the reason printed when
//     pdfsig cannot sign here. Each pdfsig run is a new process: its time includes NSS start-up and the token login.
// Then B-LT on the 1 MB file (OCSP and CRLs from tests/signing/revocation_server.py on loopback).
// WORK_DIR holds the PDFs and the outputs (its file system decides what fdatasync costs). Each output is a new file.
// Usage: vanban-bench-sign WORK_DIR [RUNS=5]
#include "signing/PadesSigner.h"
#include "signing/TrustStore.h"
#include "support/SoftHsmPki.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <algorithm>
#include <cstdio>
#include <openssl/evp.h>
#ifdef Q_OS_LINUX
#include <unistd.h>
#endif

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

bool run(const QString& program, const QStringList& args) {
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        std::fprintf(stderr, "%s failed: %s\n", qPrintable(program), p.readAll().constData());
        return false;
    }
    return true;
}

bool pdfsigSignatureValid(const QString& path) {
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("pdfsig"), {path});
    p.waitForFinished(120000);
    const QByteArray out = p.readAll();
    return out.contains("Signature Validation: Signature is Valid.") && out.contains("Total document signed");
}

// copy_file_range of the whole file into a new file, then fdatasync: milliseconds, or -1 (also off Linux).
double durableCopy(const QString& from, const QString& to) {
#ifndef Q_OS_LINUX
    Q_UNUSED(from);
    Q_UNUSED(to);
    return -1;
#else
    QFile::remove(to);
    QFile in(from), out(to);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
        return -1;
    QElapsedTimer timer;
    timer.start();
    loff_t inOffset = 0, outOffset = 0;
    for (qint64 left = in.size(); left > 0;) {
        const ssize_t n = ::copy_file_range(in.handle(), &inOffset, out.handle(), &outOffset, size_t(left), 0);
        if (n <= 0)
            return -1;
        left -= n;
    }
    if (::fdatasync(out.handle()) != 0)
        return -1;
    return double(timer.nsecsElapsed()) / 1e6;
#endif
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

    // pdfsig -add-signature through NSS on the same token (see the top of the file).
    const QString nss = work.filePath(QStringLiteral("nss"));
    QDir(nss).removeRecursively();
    work.mkpath(QStringLiteral("nss"));
    QString pdfsigProblem;
    if (QStandardPaths::findExecutable(QStringLiteral("pdfsig")).isEmpty() ||
        QStandardPaths::findExecutable(QStringLiteral("certutil")).isEmpty() ||
        QStandardPaths::findExecutable(QStringLiteral("modutil")).isEmpty())
        pdfsigProblem = QStringLiteral("pdfsig, certutil or modutil is not installed");
    else if (!run(QStringLiteral("certutil"), {QStringLiteral("-N"), QStringLiteral("-d"), QStringLiteral("sql:") + nss,
                                               QStringLiteral("--empty-password")}) ||
             !run(QStringLiteral("modutil"),
                  {QStringLiteral("-dbdir"), QStringLiteral("sql:") + nss, QStringLiteral("-add"),
                   QStringLiteral("softhsm"), QStringLiteral("-libfile"), pki.modulePath(), QStringLiteral("-force")}))
        pdfsigProblem = QStringLiteral("the NSS database could not be made");
    QProcessEnvironment pdfsigEnv = QProcessEnvironment::systemEnvironment();
    pdfsigEnv.insert(QStringLiteral("SOFTHSM2_CONF"), pki.value(QStringLiteral("SOFTHSM2_CONF")));
    pdfsigEnv.insert(QStringLiteral("LD_PRELOAD"), pki.modulePath());

    std::printf("| PDF | B-B (min–max) | B-T | floor: SHA-256 pass + 1 token signature | B-B ÷ floor | durable copy: "
                "copy_file_range + fdatasync | pdfsig -add-signature (NSS, B-B) |\n|---|---|---|---|---|---|---|\n");
    for (const qint64 mb : {1, 50}) {
        const QString in = work.filePath(QStringLiteral("in-%1mb.pdf").arg(mb));
        {
            QFile f(in);
            f.open(QIODevice::WriteOnly);
            f.write(makePdf(mb * 1024 * 1024));
        }
        QList<double> bb, bt, floor, ratio, copy, nssTimes;
        for (int run = 0; run < runs; ++run) {
            for (PadesLevel level : {PadesLevel::BaselineB, PadesLevel::BaselineT}) {
                PadesSignRequest request;
                request.input = in;
                request.output = work.filePath(QStringLiteral("out.pdf"));
                request.level = level;
                request.tsaUrl = tsaUrl;
                request.role = SignatureRole::Leader;
                // Into a new file: replacing the previous run's 50 MB output would add the file system's work of
                // freeing it to the rename (10–15 ms on this ext4 with discard), which is not signing.
                QFile::remove(request.output);
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
            ratio << bb.last() / floor.last(); // paired: the machine's load changes from run to run
            if (const double copied = durableCopy(in, work.filePath(QStringLiteral("copy.pdf"))); copied >= 0)
                copy << copied;
            if (pdfsigProblem.isEmpty()) {
                const QString out = work.filePath(QStringLiteral("nss-out.pdf"));
                QFile::remove(out);
                QProcess p;
                p.setProcessEnvironment(pdfsigEnv);
                p.setProcessChannelMode(QProcess::MergedChannels);
                timer.restart();
                p.start(QStringLiteral("pdfsig"),
                        {QStringLiteral("-add-signature"), QStringLiteral("-nssdir"), QStringLiteral("sql:") + nss,
                         QStringLiteral("-nss-pwd"), QStringLiteral("123456"), QStringLiteral("-nick"),
                         QStringLiteral("VanBan Test:leader-rsa2048"), in, out});
                p.waitForFinished(300000);
                const double ms = double(timer.nsecsElapsed()) / 1e6;
                const QByteArray said = p.readAll().trimmed();
                if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0 || !QFile::exists(out)) {
                    pdfsigProblem =
                        p.exitStatus() == QProcess::NormalExit
                            ? QStringLiteral("exit %1: %2").arg(p.exitCode()).arg(QString::fromLocal8Bit(said))
                            : QStringLiteral("crashed: %1").arg(QString::fromLocal8Bit(said));
                } else if (!pdfsigSignatureValid(out)) {
                    pdfsigProblem = QStringLiteral("its signature does not verify with pdfsig");
                } else {
                    nssTimes << ms;
                }
            }
        }
        const QString pdfsigCell = pdfsigProblem.isEmpty() ? QStringLiteral("%1 ms").arg(median(nssTimes), 0, 'f', 0)
                                                           : QStringLiteral("skipped: ") + pdfsigProblem;
        std::printf("| %lld MB | %.1f ms (%.1f–%.1f) | %.1f ms | %.1f ms | %.2f | %.1f ms | %s |\n", mb, median(bb),
                    *std::min_element(bb.begin(), bb.end()), *std::max_element(bb.begin(), bb.end()), median(bt),
                    median(floor), median(ratio), median(copy), qPrintable(pdfsigCell));
        std::fflush(stdout);
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
