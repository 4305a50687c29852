#pragma once
// The digital signatures of the PDF shown: verified off the UI thread (PdfSignatureVerifier, offline on VanBan's
// pool; "Check online" fetches OCSP/CRL on a thread of its own), listed one line each with a status icon; the
// selected one's details as TT 15/2025 asks. "View signed revision" writes the bytes up to the end of that
// signature's ByteRange to a temporary file and hands it to the preview (signedRevisionReady). A result that
// arrives after the file changed is dropped.

#include "signing/PdfSignatureVerifier.h"

#include <QWidget>
#include <memory>
#include <optional>

class QLabel;
class QListWidget;
class QPushButton;
class QTemporaryDir;
class QTextBrowser;

namespace vanban::ui {

class DedicatedThread;
class PdfPreviewWidget;

class SignaturePanel : public QWidget {
    Q_OBJECT

public:
    explicit SignaturePanel(QWidget* parent = nullptr);
    ~SignaturePanel() override;

    // Verifies the signatures of a PDF; an empty path clears the panel.
    void setFile(const QString& pdfPath);
    const QString& file() const { return m_path; }
    // The trust anchors (DER) to verify against; by default the administrator's TrustStore, loaded per file.
    void setTrustAnchors(const QList<QByteArray>& anchorsDer);
    // "View signed revision" shows that revision in this preview until "Show current version" (or another file).
    void showRevisionsIn(PdfPreviewWidget* preview);

    bool isVerifying() const { return m_verifying; }
    const std::optional<PdfVerificationReport>& report() const { return m_report; }
    QListWidget* signatureList() const { return m_list; }
    QString statusText() const;
    QString detailsText() const;

public slots:
    void checkOnline();
    // Writes the selected signature's revision to a temporary file; signedRevisionReady(path) follows.
    void viewSignedRevision();

signals:
    void verified();
    void signedRevisionReady(const QString& path);
    // "Show current version" after a signed revision was shown.
    void currentVersionRequested();
    void statusMessage(const QString& message);

private:
    struct Outcome {
        std::optional<PdfVerificationReport> report;
        QString error;
        QStringList storeWarnings;
        bool noAnchors = false;
    };
    void verify(bool online);
    void showOutcome(const Outcome& outcome, bool online);
    void showSelected();
    void setStatus(const QString& text);
    static Outcome runVerification(const QString& path, std::optional<QList<QByteArray>> anchors, bool online);

    QString m_path;
    quint64 m_generation = 0;
    bool m_verifying = false;
    bool m_verifiedOnline = false;
    std::optional<QList<QByteArray>> m_anchors;
    std::optional<PdfVerificationReport> m_report;
    std::unique_ptr<QTemporaryDir> m_revisions;
    std::unique_ptr<DedicatedThread> m_network;

    QLabel* m_status;
    QListWidget* m_list;
    QTextBrowser* m_details;
    QPushButton* m_viewRevision;
    QPushButton* m_showCurrent;
    QPushButton* m_online;
};

} // namespace vanban::ui
