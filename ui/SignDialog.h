#pragma once
// "Ký số": signs a PDF with a PKCS#11 token (core PadesSigner) into a new file the user chooses; the input is never
// modified. The steps, top to bottom: the module (ModuleDiscovery, or a path the administrator chose; remembered) →
// the token (by label) → the certificate (subject, issuer, validity; an expired or not yet valid one is refused
// before the PIN is asked) → the role (leader / agency / attachment), the image (signature or seal PNG) and the
// placement (a rectangle dragged on the page preview, or next to an anchor text; a default per role) → the PAdES
// level (B-B; B-T and B-LT with the time-stamping authority's address; B-LT also fetches the OCSP responses / CRLs
// and writes them into the file; level and address remembered) → for the agency, the number stamped into the page
// first → the PIN (masked, never stored, wiped after the one login; a
// wrong PIN is reported with the token's PIN state and never retried) → signing with a progress indicator.
// Every token call runs on the dialog's own token thread (DedicatedThread), never on the UI thread or a pool.

#include "model/User.h"
#include "signing/PadesSigner.h"
#include "signing/Pkcs11Module.h"

#include <QDialog>
#include <memory>

class QAction;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace vanban::ui {

class DedicatedThread;
class PdfPreviewWidget;

class SignDialog : public QDialog {
    Q_OBJECT

public:
    explicit SignDialog(const QString& pdfPath, QWidget* parent = nullptr);
    ~SignDialog() override;

    // The window's "Ký số" action (Ctrl+K): enabled for leaders and records clerks, who sign files.
    static QAction* createAction(const User& user, QObject* parent);
    // Opens the dialog for a PDF and tells the user where the signed copy went. Returns the output path or empty.
    static QString signFile(QWidget* parent, const QString& pdfPath);

    // Test seam: wraps the module's function list when it is loaded (e.g. to count C_Login calls).
    void setFunctionListFilter(Pkcs11Module::FunctionListFilter filter) { m_filter = std::move(filter); }

    // Loads a module (on the token thread) and lists its tokens: tokensLoaded() follows.
    void setModulePath(const QString& path);
    QString modulePath() const;
    QStringList tokenLabels() const;
    // Lists the certificates of a token: certificatesLoaded() follows.
    bool selectToken(const QString& label);
    // Selects a certificate by its label, its key's label or its SHA-256; false when there is none.
    bool selectCertificate(const QString& labelOrSha256);
    bool certificateAccepted() const { return m_certificateAccepted; }
    QString certificateMessage() const;
    QTreeWidget* certificateList() const { return m_certs; }

    void setRole(SignatureRole role);
    SignatureRole role() const;
    void setImagePath(const QString& path);
    void setPin(const QString& pin);
    void setNumberStamp(const QString& number, const QString& date);
    void setLevel(PadesLevel level);
    PadesLevel level() const;
    void setTsaUrl(const QString& url);
    PdfPreviewWidget* preview() const { return m_preview; }
    bool isBusy() const { return m_busy; }
    QString message() const;
    const QString& outputPath() const { return m_output; }

public slots:
    // Asks where to save (FileDialog), then signs on the token thread: signingFinished() follows.
    void sign();
    void chooseModule();
    void chooseImage();
    void placeAtAnchor();

signals:
    void tokensLoaded();
    void certificatesLoaded();
    void signingFinished(bool ok, const QString& message);

protected:
    void reject() override;

private:
    struct TokenEntry {
        QString label;
        QString display;
    };
    struct SignOutcome {
        bool ok = false;
        bool pinRefused = false;
        QString message;
        QString output;
    };
    void buildUi();
    void discoverModules();
    void moduleChosen();
    void tokenChosen();
    void certificateChosen();
    void roleChanged();
    void levelChanged();
    void applyDefaultPlacement();
    void updatePlacementLabel();
    void setBusy(bool busy, const QString& message = {});
    void showMessage(const QString& text, bool error);
    void finishSigning(const SignOutcome& outcome);
    void updateSignButton();

    QString m_input;
    QString m_output;
    Pkcs11Module::FunctionListFilter m_filter;
    // The loaded module: touched only by jobs on the token thread (which run one at a time), so a module is
    // released before another one is loaded and never finalized under a call.
    struct TokenState {
        std::shared_ptr<Pkcs11Module> module;
        bool filtered = false;
    };
    std::shared_ptr<TokenState> m_state = std::make_shared<TokenState>();
    bool m_moduleLoaded = false;
    QList<TokenCertificate> m_certificates;
    bool m_certificateAccepted = false;
    bool m_busy = false;
    bool m_userPlaced = false;
    quint64 m_generation = 0;
    std::unique_ptr<DedicatedThread> m_token;

    QComboBox* m_moduleCombo;
    QComboBox* m_tokenCombo;
    QTreeWidget* m_certs;
    QLabel* m_certMessage;
    QComboBox* m_roleCombo;
    QComboBox* m_levelCombo;
    QLineEdit* m_tsaEdit;
    QLineEdit* m_image;
    QLineEdit* m_anchor;
    QLabel* m_placement;
    QGroupBox* m_stampGroup;
    QLineEdit* m_number;
    QLineEdit* m_date;
    QLineEdit* m_stampAnchor;
    QLineEdit* m_pin;
    QProgressBar* m_progress;
    QLabel* m_message;
    QPushButton* m_signButton;
    QPushButton* m_cancelButton;
    PdfPreviewWidget* m_preview;
};

} // namespace vanban::ui
