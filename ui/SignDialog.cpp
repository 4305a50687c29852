#include "SignDialog.h"

#include "AsyncTask.h"
#include "DedicatedThread.h"
#include "FileDialog.h"
#include "MessageBox.h"
#include "PdfPreviewWidget.h"
#include "pdf/PdfTextLocator.h"
#include "pdf/SignatureImageLoader.h"
#include "signing/ModuleDiscovery.h"
#include "signing/Pkcs11Session.h"
#include "signing/SecretBuffer.h"
#include "signing/TrustStore.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace vanban::ui {

namespace {
const QString kModuleKey = QStringLiteral("signing/pkcs11Module");
const QString kTsaKey = QStringLiteral("signing/tsaUrl");
const QString kLevelKey = QStringLiteral("signing/level");
constexpr int kCertificateRole = Qt::UserRole + 1;

QString imageKey(SignatureRole role) {
    return QStringLiteral("signing/image/%1").arg(int(role));
}

// A form label for a row that is a layout (QFormLayout gives those no buddy, so the & would show).
QLabel* buddyLabel(const QString& text, QWidget* buddy) {
    auto* label = new QLabel(text);
    label->setBuddy(buddy);
    return label;
}

QString dateText(const QDateTime& t) {
    return t.toOffsetFromUtc(7 * 3600).toString(QStringLiteral("dd/MM/yyyy"));
}

// The default place of a signature on a page of `page` points (ND 30 Phụ lục I): the leader's signature in the
// signature block on the right of the last page; the agency's seal over the left third of it; an attachment's
// signature at the top right of page 1.
PdfPreviewWidget::PageRect defaultPlacement(SignatureRole role, int pageCount, const QSizeF& page) {
    const int last = qMax(0, pageCount - 1);
    const QRectF leader(page.width() - 72 - 190, 150, 170, 60);
    switch (role) {
    case SignatureRole::Leader:
        return {last, leader};
    case SignatureRole::Agency: {
        const double seal = 100; // about 35 mm, a seal's real size
        return {last, QRectF(leader.left() + leader.width() / 3 - seal, leader.center().y() - seal / 2, seal, seal)};
    }
    case SignatureRole::Attachment:
        break;
    }
    return {0, QRectF(page.width() - 36 - 220, page.height() - 24 - 56, 220, 56)};
}
} // namespace

SignDialog::SignDialog(const QString& pdfPath, QWidget* parent)
    : QDialog(parent)
    , m_input(pdfPath)
    , m_token(std::make_unique<DedicatedThread>(QStringLiteral("VanBanToken"))) {
    setObjectName(QStringLiteral("signDialog"));
    setWindowTitle(tr("Sign digitally — %1").arg(QFileInfo(pdfPath).fileName()));
    buildUi();
    m_preview->setFile(m_input);
    connect(m_preview, &PdfPreviewWidget::pageShown, this, [this] {
        if (!m_userPlaced && !m_preview->selection() && m_preview->pageCount() > 0)
            applyDefaultPlacement();
    });
    connect(m_preview, &PdfPreviewWidget::selectionChanged, this, [this] {
        m_userPlaced = true;
        updatePlacementLabel();
    });
    discoverModules();
}

SignDialog::~SignDialog() {
    // The module is finalized and unloaded on the token thread, after any call still running there.
    m_token->post([state = m_state] { state->module.reset(); });
}

void SignDialog::buildUi() {
    // --- Token and certificate -------------------------------------------------------------------------------
    m_moduleCombo = new QComboBox;
    m_moduleCombo->setObjectName(QStringLiteral("moduleCombo"));
    m_moduleCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_moduleCombo->setMinimumContentsLength(24);
    auto* chooseModuleButton = new QPushButton(tr("Choose…"));
    chooseModuleButton->setObjectName(QStringLiteral("chooseModuleButton"));
    chooseModuleButton->setToolTip(tr("Choose the PKCS#11 library (driver) of the token"));
    connect(chooseModuleButton, &QPushButton::clicked, this, &SignDialog::chooseModule);
    auto* moduleRow = new QHBoxLayout;
    moduleRow->addWidget(m_moduleCombo, 1);
    moduleRow->addWidget(chooseModuleButton);

    m_tokenCombo = new QComboBox;
    m_tokenCombo->setObjectName(QStringLiteral("tokenCombo"));
    m_certs = new QTreeWidget;
    m_certs->setObjectName(QStringLiteral("certificateList"));
    m_certs->setRootIsDecorated(false);
    m_certs->setHeaderLabels({tr("Subject"), tr("Organisation"), tr("Issuer"), tr("Valid from"), tr("Valid until")});
    m_certs->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_certs->setMinimumHeight(110);
    m_certMessage = new QLabel;
    m_certMessage->setObjectName(QStringLiteral("certificateMessage"));
    m_certMessage->setWordWrap(true);

    auto* tokenBox = new QGroupBox(tr("Token and certificate"));
    auto* tokenForm = new QFormLayout(tokenBox);
    tokenForm->addRow(buddyLabel(tr("&Module:"), m_moduleCombo), moduleRow);
    tokenForm->addRow(tr("&Token:"), m_tokenCombo);
    tokenForm->addRow(m_certs);
    tokenForm->addRow(m_certMessage);

    // --- Role, image, placement ----------------------------------------------------------------------------------
    m_roleCombo = new QComboBox;
    m_roleCombo->setObjectName(QStringLiteral("roleCombo"));
    m_roleCombo->addItem(tr("Competent person (leader)"), int(SignatureRole::Leader));
    m_roleCombo->addItem(tr("Agency (seal)"), int(SignatureRole::Agency));
    m_roleCombo->addItem(tr("Attachment in a separate file"), int(SignatureRole::Attachment));
    m_image = new QLineEdit;
    m_image->setObjectName(QStringLiteral("imageEdit"));
    m_image->setPlaceholderText(tr("PNG of the signature or of the seal (optional)"));
    auto* chooseImageButton = new QPushButton(tr("Choose…"));
    chooseImageButton->setObjectName(QStringLiteral("chooseImageButton"));
    connect(chooseImageButton, &QPushButton::clicked, this, &SignDialog::chooseImage);
    auto* imageRow = new QHBoxLayout;
    imageRow->addWidget(m_image, 1);
    imageRow->addWidget(chooseImageButton);
    m_anchor = new QLineEdit;
    m_anchor->setObjectName(QStringLiteral("anchorEdit"));
    m_anchor->setPlaceholderText(tr("e.g. the position line: CHỦ TỊCH"));
    auto* findButton = new QPushButton(tr("Place"));
    findButton->setObjectName(QStringLiteral("placeAtAnchorButton"));
    findButton->setToolTip(tr("Put the signature right below this text"));
    connect(findButton, &QPushButton::clicked, this, &SignDialog::placeAtAnchor);
    connect(m_anchor, &QLineEdit::returnPressed, this, &SignDialog::placeAtAnchor);
    auto* anchorRow = new QHBoxLayout;
    anchorRow->addWidget(m_anchor, 1);
    anchorRow->addWidget(findButton);
    m_placement = new QLabel;
    m_placement->setObjectName(QStringLiteral("placementLabel"));
    m_placement->setWordWrap(true);

    // PAdES level: B-T and B-LT need the time-stamping authority; B-LT also puts the revocation data into the file.
    m_levelCombo = new QComboBox;
    m_levelCombo->setObjectName(QStringLiteral("levelCombo"));
    m_levelCombo->addItem(tr("B-B — the signature only"), int(PadesLevel::BaselineB));
    m_levelCombo->addItem(tr("B-T — with a trusted timestamp"), int(PadesLevel::BaselineT));
    m_levelCombo->addItem(tr("B-LT — timestamp and revocation data (OCSP/CRL) in the file, for long-term checks"),
                          int(PadesLevel::BaselineLT));
    m_tsaEdit = new QLineEdit(QSettings().value(kTsaKey).toString());
    m_tsaEdit->setObjectName(QStringLiteral("tsaEdit"));
    m_tsaEdit->setPlaceholderText(tr("Address of the time-stamping authority, e.g. http://tsa.example.gov.vn/"));
    const QString savedLevel = QSettings().value(kLevelKey).toString();
    const std::optional<PadesLevel> initial = padesLevelFromName(savedLevel);
    m_levelCombo->setCurrentIndex(m_levelCombo->findData(
        int(initial ? *initial : (m_tsaEdit->text().isEmpty() ? PadesLevel::BaselineB : PadesLevel::BaselineT))));

    auto* signatureBox = new QGroupBox(tr("Signature"));
    auto* signatureForm = new QFormLayout(signatureBox);
    signatureForm->addRow(tr("&Role:"), m_roleCombo);
    signatureForm->addRow(buddyLabel(tr("&Image:"), m_image), imageRow);
    signatureForm->addRow(buddyLabel(tr("Next to &text:"), m_anchor), anchorRow);
    signatureForm->addRow(tr("Position:"), m_placement);
    signatureForm->addRow(tr("&Level:"), m_levelCombo);
    signatureForm->addRow(tr("T&imestamp server:"), m_tsaEdit);

    // --- Number stamp (agency) -------------------------------------------------------------------------------
    m_stampGroup = new QGroupBox(tr("Write the number and date into the page first"));
    m_stampGroup->setObjectName(QStringLiteral("stampGroup"));
    m_stampGroup->setCheckable(true);
    m_stampGroup->setChecked(false);
    m_number = new QLineEdit;
    m_number->setObjectName(QStringLiteral("numberEdit"));
    m_number->setPlaceholderText(tr("e.g. 12/QĐ-UBND"));
    m_date = new QLineEdit;
    m_date->setObjectName(QStringLiteral("dateEdit"));
    const QDate today = QDateTime::currentDateTimeUtc().toOffsetFromUtc(7 * 3600).date();
    m_date->setText(QStringLiteral("ngày %1 tháng %2 năm %3")
                        .arg(today.day(), 2, 10, QLatin1Char('0'))
                        .arg(today.month())
                        .arg(today.year()));
    m_stampAnchor = new QLineEdit(QStringLiteral("Số:"));
    m_stampAnchor->setObjectName(QStringLiteral("stampAnchorEdit"));
    auto* stampForm = new QFormLayout(m_stampGroup);
    stampForm->addRow(tr("&Number and notation:"), m_number);
    stampForm->addRow(tr("&Date line:"), m_date);
    stampForm->addRow(tr("After the text:"), m_stampAnchor);

    // --- PIN, progress, buttons ----------------------------------------------------------------------------------
    m_pin = new QLineEdit;
    m_pin->setObjectName(QStringLiteral("pinEdit"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhSensitiveData);
    m_pin->setPlaceholderText(tr("The token's PIN; never stored"));
    auto* pinForm = new QFormLayout;
    pinForm->addRow(tr("&PIN:"), m_pin);
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("signProgress"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(10);
    m_progress->hide();
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("signMessage"));
    m_message->setWordWrap(true);
    auto* buttons = new QDialogButtonBox;
    m_signButton = buttons->addButton(tr("&Sign…"), QDialogButtonBox::AcceptRole);
    m_signButton->setObjectName(QStringLiteral("signButton"));
    m_cancelButton = buttons->addButton(QDialogButtonBox::Close);
    connect(m_signButton, &QPushButton::clicked, this, &SignDialog::sign);
    connect(m_cancelButton, &QPushButton::clicked, this, &SignDialog::reject);
    connect(m_pin, &QLineEdit::returnPressed, this, &SignDialog::sign);

    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(tokenBox, 1);
    leftLayout->addWidget(signatureBox);
    leftLayout->addWidget(m_stampGroup);
    leftLayout->addLayout(pinForm);
    leftLayout->addWidget(m_progress);
    leftLayout->addWidget(m_message);

    m_preview = new PdfPreviewWidget;
    m_preview->setObjectName(QStringLiteral("placementPreview"));
    m_preview->setSelectionEnabled(true);
    m_preview->setToolTip(tr("Drag a rectangle on the page to place the signature"));
    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(left);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(1120, 760);

    connect(m_moduleCombo, &QComboBox::currentIndexChanged, this, &SignDialog::moduleChosen);
    connect(m_tokenCombo, &QComboBox::currentIndexChanged, this, &SignDialog::tokenChosen);
    connect(m_certs, &QTreeWidget::currentItemChanged, this, &SignDialog::certificateChosen);
    connect(m_roleCombo, &QComboBox::currentIndexChanged, this, &SignDialog::roleChanged);
    connect(m_levelCombo, &QComboBox::currentIndexChanged, this, &SignDialog::levelChanged);
    connect(m_pin, &QLineEdit::textChanged, this, &SignDialog::updateSignButton);
    roleChanged();
    levelChanged();
    updateSignButton();
}

// --- Module and token -------------------------------------------------------------------------------------------

void SignDialog::discoverModules() {
    const QString remembered = QSettings().value(kModuleKey).toString();
    const QSignalBlocker block(m_moduleCombo);
    m_moduleCombo->clear();
    for (const ModuleCandidate& c : ModuleDiscovery::discover(remembered)) {
        const QString name = c.vendor.isEmpty() ? c.name : QStringLiteral("%1 (%2)").arg(c.vendor, c.name);
        m_moduleCombo->addItem(c.exists ? tr("%1 — %2").arg(name, c.path) : tr("%1 — %2 (missing)").arg(name, c.path),
                               c.path);
    }
    if (m_moduleCombo->count() == 0) {
        showMessage(tr("No token driver (PKCS#11 module) was found. Choose its file with “Choose…”."), true);
        return;
    }
    m_moduleCombo->setCurrentIndex(qMax(0, m_moduleCombo->findData(remembered)));
    moduleChosen();
}

QString SignDialog::modulePath() const {
    return m_moduleCombo->currentData().toString();
}

void SignDialog::setModulePath(const QString& path) {
    int index = m_moduleCombo->findData(path);
    if (index < 0) {
        m_moduleCombo->addItem(tr("%1 — %2").arg(QFileInfo(path).completeBaseName(), path), path);
        index = m_moduleCombo->count() - 1;
    }
    if (index == m_moduleCombo->currentIndex())
        moduleChosen();
    else
        m_moduleCombo->setCurrentIndex(index);
}

void SignDialog::chooseModule() {
    const QString path = FileDialog::openFileName(this, tr("Choose the token's PKCS#11 library"), QString(),
                                                  tr("PKCS#11 libraries (*.so *.so.* *.dll *.dylib);;All files (*)"));
    if (!path.isEmpty())
        setModulePath(path);
}

void SignDialog::moduleChosen() {
    const QString path = modulePath();
    const quint64 generation = ++m_generation;
    m_tokenCombo->clear();
    m_certs->clear();
    m_certificates.clear();
    certificateChosen();
    if (path.isEmpty())
        return;
    setBusy(true, tr("Loading the token driver…"));
    m_moduleLoaded = false;
    struct Loaded {
        QList<TokenEntry> tokens;
        QString error;
    };
    m_token->run(
        this,
        [state = m_state, path, filter = m_filter]() -> Loaded {
            Loaded out;
            if (!state->module || state->module->path() != path || state->filtered != bool(filter)) {
                state->module.reset(); // the module chosen before is finalized first
                auto module = Pkcs11Module::loadShared(path, filter);
                if (!module) {
                    out.error = module.error().message;
                    return out;
                }
                state->module = *module;
                state->filtered = bool(filter);
            }
            auto slotList = state->module->slotList();
            if (!slotList) {
                out.error = slotList.error().message;
                return out;
            }
            for (const SlotInfo& slot : *slotList)
                if (slot.token && slot.token->initialized)
                    out.tokens << TokenEntry{slot.token->label, slot.token->displayName()};
            return out;
        },
        [this, generation, path](Loaded loaded) {
            if (generation != m_generation)
                return; // another module was chosen meanwhile
            setBusy(false);
            m_moduleLoaded = loaded.error.isEmpty();
            if (!loaded.error.isEmpty()) {
                showMessage(tr("The token driver cannot be used: %1").arg(loaded.error), true);
                emit tokensLoaded();
                return;
            }
            QSettings().setValue(kModuleKey, path);
            if (loaded.tokens.isEmpty())
                showMessage(tr("No token is plugged in. Plug in the USB token and choose the module again."), true);
            else
                showMessage(tr("Choose the certificate to sign with."), false);
            {
                const QSignalBlocker block(m_tokenCombo);
                for (const TokenEntry& t : loaded.tokens)
                    m_tokenCombo->addItem(t.display, t.label);
            }
            emit tokensLoaded();
            if (m_tokenCombo->count() > 0)
                tokenChosen();
        });
}

QStringList SignDialog::tokenLabels() const {
    QStringList labels;
    for (int i = 0; i < m_tokenCombo->count(); ++i)
        labels << m_tokenCombo->itemData(i).toString();
    return labels;
}

bool SignDialog::selectToken(const QString& label) {
    const int index = m_tokenCombo->findData(label);
    if (index < 0)
        return false;
    if (index == m_tokenCombo->currentIndex())
        tokenChosen();
    else
        m_tokenCombo->setCurrentIndex(index);
    return true;
}

void SignDialog::tokenChosen() {
    const quint64 generation = ++m_generation;
    m_certs->clear();
    m_certificates.clear();
    certificateChosen();
    const QString label = m_tokenCombo->currentData().toString();
    if (!m_moduleLoaded || m_tokenCombo->currentIndex() < 0)
        return;
    setBusy(true, tr("Reading the certificates on the token…"));
    struct Listed {
        QList<TokenCertificate> certificates;
        QString error;
    };
    m_token->run(
        this,
        [state = m_state, label]() -> Listed {
            Listed out;
            if (!state->module) {
                out.error = tr("The token driver is not loaded.");
                return out;
            }
            std::shared_ptr<const Pkcs11Module> module = state->module;
            auto token = module->findToken(TokenSelector{label});
            if (!token) {
                out.error = token.error().message;
                return out;
            }
            auto session = Pkcs11Session::open(module, *token);
            if (!session) {
                out.error = session.error().message;
                return out;
            }
            auto certificates = session->certificates();
            if (!certificates) {
                out.error = certificates.error().message;
                return out;
            }
            for (const TokenCertificate& c : *certificates)
                if (c.hasKey && !c.isCa) // the signer's own certificates, not the CA chain the token carries
                    out.certificates << c;
            return out;
        },
        [this, generation](Listed listed) {
            if (generation != m_generation)
                return;
            setBusy(false);
            if (!listed.error.isEmpty())
                showMessage(tr("The certificates cannot be read: %1").arg(listed.error), true);
            else if (listed.certificates.isEmpty())
                showMessage(tr("This token holds no certificate with a signing key."), true);
            else
                showMessage(tr("Choose the certificate, the role and the position, then enter the PIN."), false);
            m_certificates = listed.certificates;
            const QDateTime now = QDateTime::currentDateTimeUtc();
            for (int i = 0; i < m_certificates.size(); ++i) {
                const TokenCertificate& c = m_certificates[i];
                auto* item = new QTreeWidgetItem(m_certs);
                item->setText(0, c.subjectCommonName.isEmpty() ? c.subject : c.subjectCommonName);
                item->setText(1, c.subjectOrganization);
                item->setText(2, c.issuerCommonName.isEmpty() ? c.issuer : c.issuerCommonName);
                item->setText(3, dateText(c.notBefore));
                item->setText(4, dateText(c.notAfter));
                item->setData(0, kCertificateRole, i);
                item->setToolTip(
                    0,
                    tr("%1\nIssuer: %2\nKey: %3\nSHA-256: %4").arg(c.subject, c.issuer, c.keyDescription(), c.sha256));
                if (!c.isValidAt(now))
                    for (int column = 0; column < 5; ++column)
                        item->setForeground(column, palette().brush(QPalette::Disabled, QPalette::Text));
            }
            // The first certificate valid today is the likely one.
            for (int i = 0; i < m_certificates.size(); ++i)
                if (m_certificates[i].isValidAt(now)) {
                    m_certs->setCurrentItem(m_certs->topLevelItem(i));
                    break;
                }
            emit certificatesLoaded();
        });
}

bool SignDialog::selectCertificate(const QString& labelOrSha256) {
    for (int i = 0; i < m_certificates.size(); ++i) {
        const TokenCertificate& c = m_certificates[i];
        if (c.label == labelOrSha256 || c.keyLabel == labelOrSha256 ||
            c.sha256.compare(labelOrSha256, Qt::CaseInsensitive) == 0) {
            m_certs->setCurrentItem(m_certs->topLevelItem(i));
            certificateChosen();
            return true;
        }
    }
    return false;
}

QString SignDialog::certificateMessage() const {
    return m_certMessage->text();
}

void SignDialog::certificateChosen() {
    const QTreeWidgetItem* item = m_certs->currentItem();
    m_certificateAccepted = false;
    m_certMessage->clear();
    if (item) {
        const TokenCertificate& c = m_certificates.at(item->data(0, kCertificateRole).toInt());
        // TT 15/2025: the signer's certificate is checked before signing (and before the PIN is asked).
        const Status usable = PadesSigner::checkCertificate(c, QDateTime::currentDateTimeUtc());
        m_certificateAccepted = usable.ok();
        m_certMessage->setStyleSheet(usable ? QString() : QStringLiteral("color: #b00020; font-weight: bold;"));
        m_certMessage->setText(
            usable ? tr("%1, %2; valid until %3.").arg(c.subjectCommonName, c.keyDescription(), dateText(c.notAfter))
                   : usable.error().message);
    }
    updateSignButton();
}

// --- Role, image, placement -------------------------------------------------------------------------------------

void SignDialog::setRole(SignatureRole role) {
    m_roleCombo->setCurrentIndex(m_roleCombo->findData(int(role)));
}

SignatureRole SignDialog::role() const {
    return SignatureRole(m_roleCombo->currentData().toInt());
}

void SignDialog::roleChanged() {
    const SignatureRole r = role();
    m_stampGroup->setEnabled(r == SignatureRole::Agency);
    m_image->setEnabled(r != SignatureRole::Attachment); // ND 30: an attachment's signature shows no image
    m_image->setText(r == SignatureRole::Attachment ? QString() : QSettings().value(imageKey(r)).toString());
    m_userPlaced = false;
    if (m_preview->pageCount() > 0)
        applyDefaultPlacement();
}

void SignDialog::applyDefaultPlacement() {
    m_preview->setSelection(defaultPlacement(role(), m_preview->pageCount(), m_preview->pageSizePoints()));
    updatePlacementLabel();
}

void SignDialog::updatePlacementLabel() {
    const auto& s = m_preview->selection();
    m_placement->setText(s ? tr("page %1; %2 × %3 pt at (%4, %5). Drag on the page to move it.")
                                 .arg(s->page + 1)
                                 .arg(qRound(s->rect.width()))
                                 .arg(qRound(s->rect.height()))
                                 .arg(qRound(s->rect.left()))
                                 .arg(qRound(s->rect.top()))
                           : tr("not placed yet"));
}

void SignDialog::setImagePath(const QString& path) {
    m_image->setText(path);
}

void SignDialog::chooseImage() {
    const QString path = FileDialog::openFileName(this, tr("Choose the image of the signature or seal"),
                                                  QFileInfo(m_image->text()).absolutePath(), tr("PNG images (*.png)"));
    if (!path.isEmpty())
        m_image->setText(path);
}

void SignDialog::placeAtAnchor() {
    const QString text = m_anchor->text().trimmed();
    if (text.isEmpty())
        return;
    showMessage(tr("Looking for “%1”…").arg(text), false);
    AsyncTask::run(
        this, [path = m_input, text] { return PdfTextLocator::find(path, text); },
        [this](Result<TextLocation> found) {
            if (!found) {
                showMessage(found.error().message, true);
                return;
            }
            // Right below the anchor (e.g. the chức vụ line), centred on it; over it when the page ends there.
            const QSizeF size = role() == SignatureRole::Agency ? QSizeF(100, 100) : QSizeF(160, 60);
            const double below = found->rect.top() - size.height() - 2;
            const QRectF rect(found->rect.center().x() - size.width() / 2, below >= 0 ? below : found->rect.top(),
                              size.width(), size.height());
            m_userPlaced = true;
            m_preview->setSelection(PdfPreviewWidget::PageRect{found->page, rect});
            updatePlacementLabel();
            showMessage(tr("Placed below “%1” on page %2.").arg(m_anchor->text()).arg(found->page + 1), false);
        });
}

void SignDialog::setLevel(PadesLevel level) {
    m_levelCombo->setCurrentIndex(m_levelCombo->findData(int(level)));
}

PadesLevel SignDialog::level() const {
    return PadesLevel(m_levelCombo->currentData().toInt());
}

void SignDialog::setTsaUrl(const QString& url) {
    m_tsaEdit->setText(url);
}

void SignDialog::levelChanged() {
    m_tsaEdit->setEnabled(!m_busy && level() != PadesLevel::BaselineB);
}

void SignDialog::setNumberStamp(const QString& number, const QString& date) {
    m_stampGroup->setChecked(!number.isEmpty());
    m_number->setText(number);
    m_date->setText(date);
}

void SignDialog::setPin(const QString& pin) {
    m_pin->setText(pin);
}

// --- Signing -----------------------------------------------------------------------------------------------------

QString SignDialog::message() const {
    return m_message->text();
}

void SignDialog::showMessage(const QString& text, bool error) {
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    m_message->setText(text);
}

void SignDialog::setBusy(bool busy, const QString& message) {
    m_busy = busy;
    m_progress->setVisible(busy);
    if (!message.isEmpty())
        showMessage(message, false);
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_moduleCombo, m_tokenCombo, m_certs, m_roleCombo, m_levelCombo, m_pin})
        w->setEnabled(!busy);
    levelChanged();
    updateSignButton();
}

void SignDialog::updateSignButton() {
    m_signButton->setEnabled(!m_busy && m_certificateAccepted);
}

void SignDialog::sign() {
    if (m_busy)
        return;
    const QTreeWidgetItem* item = m_certs->currentItem();
    if (!m_moduleLoaded || !item) {
        MessageBox::warning(this, tr("Sign digitally"), tr("Choose a token and a certificate first."));
        return;
    }
    const TokenCertificate certificate = m_certificates.at(item->data(0, kCertificateRole).toInt());
    if (Status usable = PadesSigner::checkCertificate(certificate, QDateTime::currentDateTimeUtc()); !usable) {
        MessageBox::warning(this, tr("Sign digitally"), usable.error().message);
        return;
    }
    PadesSignRequest request;
    request.input = m_input;
    request.role = role();
    if (!m_image->text().isEmpty() && request.role != SignatureRole::Attachment) {
        auto image = SignatureImageLoader::load(m_image->text());
        if (!image) {
            MessageBox::warning(this, tr("Sign digitally"), image.error().message);
            return;
        }
        request.image = *image;
        QSettings().setValue(imageKey(request.role), m_image->text());
    }
    if (const auto& placed = m_preview->selection()) {
        request.page = placed->page;
        request.rect = placed->rect;
    }
    request.level = level();
    if (request.level != PadesLevel::BaselineB) {
        const QUrl tsa = QUrl::fromUserInput(m_tsaEdit->text().trimmed());
        if (m_tsaEdit->text().trimmed().isEmpty() || !tsa.isValid() ||
            (tsa.scheme() != QLatin1String("http") && tsa.scheme() != QLatin1String("https"))) {
            MessageBox::warning(this, tr("Sign digitally"),
                                tr("The levels B-T and B-LT need the address (http or https) of a time-stamping "
                                   "authority. Enter it, or choose B-B."));
            m_tsaEdit->setFocus();
            return;
        }
        request.tsaUrl = tsa;
        QSettings().setValue(kTsaKey, m_tsaEdit->text().trimmed());
    }
    QSettings().setValue(kLevelKey, padesLevelName(request.level));
    const bool stamp = request.role == SignatureRole::Agency && m_stampGroup->isChecked();
    if (stamp && m_number->text().trimmed().isEmpty()) {
        MessageBox::warning(this, tr("Sign digitally"), tr("Enter the number and notation to write into the page."));
        return;
    }
    request.documentNumber = stamp ? m_number->text().trimmed() : QString();

    // The signed copy is a new file; the document's own file is never changed.
    const QFileInfo in(m_input);
    const QString start = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                              .filePath(in.completeBaseName() + QStringLiteral("-signed.pdf"));
    const QString output =
        FileDialog::saveFileName(this, tr("Save the signed PDF as"), start, tr("PDF documents (*.pdf)"));
    if (output.isEmpty())
        return;
    if (QFileInfo(output).absoluteFilePath() == in.absoluteFilePath() ||
        (QFileInfo::exists(output) && QFileInfo(output).canonicalFilePath() == in.canonicalFilePath())) {
        MessageBox::warning(this, tr("Sign digitally"),
                            tr("Choose a new file: the signed copy never replaces the original."));
        return;
    }
    request.output = output;

    // The PIN goes into a buffer that is wiped after the one login; the field is cleared at once.
    QByteArray pinBytes = m_pin->text().toUtf8();
    m_pin->clear();
    auto pin = std::make_shared<SecretBuffer>(SecretBuffer::take(pinBytes));

    const QString token = m_tokenCombo->currentData().toString();
    const QString stampAnchor = m_stampAnchor->text().trimmed();
    const QString dateLine = m_date->text().trimmed();
    setBusy(true, tr("Signing… follow the instructions of the token if it asks for a confirmation."));
    m_token->run(
        this,
        [state = m_state, token, sha = certificate.sha256, request, pin, stamp, stampAnchor,
         dateLine]() mutable -> SignOutcome {
            SignOutcome out;
            if (!state->module) {
                out.message = tr("The token driver is not loaded.");
                return out;
            }
            if (stamp) {
                NumberStamp numberStamp;
                auto found = stampAnchor.isEmpty() ? Result<TextLocation>(Error{ErrorCode::NotFound, QString()})
                                                   : PdfTextLocator::find(request.input, stampAnchor, {}, false);
                if (found) { // right after the anchor ("Số:"), on its line; the date on the next
                    const double line = std::max(8.0, found->rect.height() * 1.25);
                    const int lines = dateLine.isEmpty() ? 1 : 2;
                    numberStamp.page = found->page;
                    numberStamp.rect = QRectF(found->rect.right() + 3, found->rect.top() - 2 - (lines - 1) * line, 220,
                                              lines * line + 2);
                    numberStamp.fontSize = std::max(6.0, found->rect.height());
                    numberStamp.lines << request.documentNumber;
                } else { // no anchor: the top left of page 1, where ND 30 puts the number
                    numberStamp.page = 0;
                    numberStamp.rect = QRectF(60, 700, 240, 36);
                    numberStamp.lines << QStringLiteral("Số: ") + request.documentNumber;
                }
                if (!dateLine.isEmpty())
                    numberStamp.lines << dateLine;
                request.stamp = numberStamp;
            }
            if (request.level == PadesLevel::BaselineLT) // the chains end at the administrator's trust anchors
                if (Result<TrustStore> store = TrustStore::load(TrustStore::defaultDirectory()))
                    request.trustAnchors = store->anchorsDer();
            auto signer = Pkcs11Signer::open(state->module, TokenSelector{token}, KeySelector{sha, {}});
            if (!signer) {
                out.message = signer.error().message;
                return out;
            }
            if (Status s = signer->login(std::move(*pin)); !s) { // one attempt, never retried
                out.pinRefused = s.error().code == ErrorCode::Permission;
                out.message = s.error().message;
                return out;
            }
            auto signed_ = PadesSigner(*signer).sign(request);
            if (!signed_) {
                out.message = signed_.error().message;
                return out;
            }
            out.ok = true;
            out.output = signed_->output;
            out.message = tr("Signed by %1 at %2 (PAdES %3). Saved as %4.")
                              .arg(signed_->signer, PadesSigner::isoVietnamTime(signed_->signingTime),
                                   padesLevelName(signed_->level), signed_->output);
            if (signed_->level == PadesLevel::BaselineLT)
                out.message += QLatin1Char(' ') +
                               tr("The file also holds the revocation status of %n certificate(s), so the signature "
                                  "can be checked later without the network.",
                                  "", int(signed_->revocationSources.size()));
            return out;
        },
        [this](SignOutcome outcome) { finishSigning(outcome); });
}

void SignDialog::finishSigning(const SignOutcome& outcome) {
    setBusy(false);
    if (outcome.ok) {
        m_output = outcome.output;
        showMessage(outcome.message, false);
        emit signingFinished(true, outcome.message);
        accept();
        return;
    }
    const QString text = outcome.pinRefused
                             ? tr("The token refused the PIN. It was not tried again.\n%1").arg(outcome.message)
                             : tr("The document was not signed: %1").arg(outcome.message);
    showMessage(text, true);
    MessageBox::warning(this, tr("Sign digitally"), text);
    if (outcome.pinRefused)
        m_pin->setFocus();
    emit signingFinished(false, text);
}

void SignDialog::reject() {
    if (m_busy) // the token is working: closing now would leave the user without a result
        return;
    QDialog::reject();
}

QAction* SignDialog::createAction(const User& user, QObject* parent) {
    auto* action = new QAction(QIcon::fromTheme(QStringLiteral("document-sign"),
                                                QApplication::style()->standardIcon(QStyle::SP_DialogApplyButton)),
                               tr("Sign &digitally…"), parent);
    action->setObjectName(QStringLiteral("signAction"));
    action->setIconText(tr("Sign"));
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    // Core does not check roles for signing a file; the window offers it to those who sign: leaders (their own
    // signature) and records clerks (the agency's).
    const bool allowed = user.role == Role::Leader || user.role == Role::Clerk;
    action->setEnabled(allowed);
    action->setStatusTip(allowed ? tr("Sign the selected document's PDF with a USB token into a new file")
                                 : tr("Only a leader or a records clerk signs documents"));
    return action;
}

QString SignDialog::signFile(QWidget* parent, const QString& pdfPath) {
    SignDialog dialog(pdfPath, parent);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    MessageBox::information(parent, tr("Sign digitally"), dialog.message());
    return dialog.outputPath();
}

} // namespace vanban::ui
