// Signature verification time: makes a signed PDF of about 1 MB and one of about 50 MB (tests/signing/pdf_fixture.py,
// a throwaway CA made with openssl, the signature covering the whole file), then times PdfSignatureVerifier (offline,
// the CA as trust anchor) and `pdfsig` on the same file. Prints the median of RUNS runs (wall time) per file.
// Usage: vanban-bench-verify WORK_DIR [RUNS=5]
#include "signing/PdfSignatureVerifier.h"
#include "signing/TrustStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <algorithm>
#include <cstdio>

using namespace vanban;

namespace {
bool run(const QString& program, const QStringList& args) {
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    p.waitForFinished(600000);
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        std::fprintf(stderr, "failed: %s %s\n%s\n", qPrintable(program), qPrintable(args.join(QLatin1Char(' '))),
                     p.readAll().constData());
        return false;
    }
    return true;
}

double median(QList<double> values) {
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[values.size() / 2];
}
} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: vanban-bench-verify WORK_DIR [RUNS=5]\n");
        return 1;
    }
    const QDir dir(QString::fromLocal8Bit(argv[1]));
    QDir().mkpath(dir.filePath(QStringLiteral("pki/ca")));
    const int runs = argc > 2 ? std::max(1, atoi(argv[2])) : 5;
    const QString fixture = QStringLiteral(VANBAN_PDF_FIXTURE);
    const QString ca = dir.filePath(QStringLiteral("pki/ca/"));
    // A throwaway CA (also standing in as the "untrusted root" pdf_fixture.py certs expects).
    for (const QString& name : {QStringLiteral("intermediate"), QStringLiteral("untrusted-root")}) {
        if (!run(QStringLiteral("openssl"),
                 {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:3072"),
                  QStringLiteral("-nodes"), QStringLiteral("-keyout"), ca + name + QStringLiteral(".key"),
                  QStringLiteral("-out"), ca + name + QStringLiteral(".pem"), QStringLiteral("-days"),
                  QStringLiteral("30"), QStringLiteral("-subj"), QStringLiteral("/CN=Bench CA ") + name,
                  QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"),
                  QStringLiteral("-addext"), QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")}))
            return 2;
    }
    if (!run(QStringLiteral("python3"), {fixture, QStringLiteral("certs"), dir.filePath(QStringLiteral("pki")),
                                         dir.filePath(QStringLiteral("certs"))}))
        return 2;
    QFile root(ca + QStringLiteral("intermediate.pem"));
    root.open(QIODevice::ReadOnly);
    VerifyOptions options;
    options.trustAnchors = TrustStore::readCertificates(root.readAll());
    options.online = false;
    const PdfSignatureVerifier verifier(options);
    const bool havePdfsig = !QStandardPaths::findExecutable(QStringLiteral("pdfsig")).isEmpty();

    std::printf("| file | size | VanBan verify (median of %d) | pdfsig (median of %d) | VanBan result |\n", runs, runs);
    std::printf("|---|---|---|---|---|\n");
    for (int mb : {1, 50}) {
        const QString plain = dir.filePath(QStringLiteral("plain-%1mb.pdf").arg(mb));
        const QString signedPdf = dir.filePath(QStringLiteral("signed-%1mb.pdf").arg(mb));
        if (!run(QStringLiteral("python3"), {fixture, QStringLiteral("make-pdf"), plain, QStringLiteral("--size"),
                                             QString::number(qint64(mb) * 1024 * 1024)}) ||
            !run(QStringLiteral("python3"),
                 {fixture, QStringLiteral("sign"), plain, signedPdf, QStringLiteral("--cert"),
                  dir.filePath(QStringLiteral("certs/signer-rsa.pem")), QStringLiteral("--key"),
                  dir.filePath(QStringLiteral("certs/signer-rsa.key"))}))
            return 2;
        QList<double> ours, theirs;
        bool valid = false;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer t;
            t.start();
            auto report = verifier.verifyFile(signedPdf);
            ours << double(t.nsecsElapsed()) / 1e6;
            valid = report && report->allValid();
            if (havePdfsig) {
                t.restart();
                run(QStringLiteral("pdfsig"), {signedPdf});
                theirs << double(t.nsecsElapsed()) / 1e6;
            }
        }
        std::printf("| signed-%dmb.pdf | %.1f MB | %.1f ms | %s | %s |\n", mb,
                    double(QFileInfo(signedPdf).size()) / (1024 * 1024), median(ours),
                    havePdfsig ? qPrintable(QStringLiteral("%1 ms").arg(median(theirs), 0, 'f', 1)) : "n/a",
                    valid ? "all valid" : "NOT VALID");
    }
    return 0;
}
