#include "SignaturePanel.h"

#include "AsyncTask.h"
#include "DedicatedThread.h"
#include "PdfPreviewWidget.h"
#include "SignatureSummary.h"
#include "signing/TrustStore.h"

#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace vanban::ui {

namespace {
constexpr int kStatusRole = Qt::UserRole + 1;
} // namespace

SignaturePanel::SignaturePanel(QWidget* parent)
    : QWidget(parent) {
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("signatureStatus"));
    m_status->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("signatureList"));
    m_list->setIconSize(QSize(20, 20));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_details = new QTextBrowser(this);
    m_details->setObjectName(QStringLiteral("signatureDetails"));
    m_details->setOpenLinks(false);

    m_viewRevision = new QPushButton(tr("View signed &revision"), this);
    m_viewRevision->setObjectName(QStringLiteral("viewRevisionButton"));
    m_viewRevision->setToolTip(tr("Show the document exactly as it was when this signature was made"));
    m_showCurrent = new QPushButton(tr("Show &current version"), this);
    m_showCurrent->setObjectName(QStringLiteral("showCurrentButton"));
    m_online = new QPushButton(tr("Check &online"), this);
    m_online->setObjectName(QStringLiteral("checkOnlineButton"));
    m_online->setToolTip(tr("Ask the certificate authority (OCSP or CRL) whether the certificates are revoked"));
    connect(m_viewRevision, &QPushButton::clicked, this, &SignaturePanel::viewSignedRevision);
    connect(m_showCurrent, &QPushButton::clicked, this, &SignaturePanel::currentVersionRequested);
    connect(m_online, &QPushButton::clicked, this, &SignaturePanel::checkOnline);
    connect(m_list, &QListWidget::currentRowChanged, this, &SignaturePanel::showSelected);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_viewRevision);
    buttons->addWidget(m_showCurrent);
    buttons->addStretch();
    buttons->addWidget(m_online);
    // A few rows are enough for the list (a document rarely carries more than three signatures); the details of
    // the selected one get the rest of the height.
    const int rowHeight = std::max(m_list->iconSize().height(), m_list->fontMetrics().height()) + 6;
    m_list->setMinimumHeight(rowHeight * 3 + 6);
    m_list->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 4);
    splitter->setSizes({rowHeight * 3 + 6, 400});
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);
    setFile({});
}

SignaturePanel::~SignaturePanel() = default;

void SignaturePanel::setTrustAnchors(const QList<QByteArray>& anchorsDer) {
    m_anchors = anchorsDer;
}

QString SignaturePanel::statusText() const {
    return m_status->text();
}

QString SignaturePanel::detailsText() const {
    return m_details->toPlainText();
}

void SignaturePanel::setStatus(const QString& text) {
    m_status->setText(text);
}

void SignaturePanel::showRevisionsIn(PdfPreviewWidget* preview) {
    connect(this, &SignaturePanel::signedRevisionReady, preview,
            [preview](const QString& path) { preview->setFile(path); });
    connect(this, &SignaturePanel::currentVersionRequested, preview, [this, preview] { preview->setFile(file()); });
}

void SignaturePanel::setFile(const QString& pdfPath) {
    m_path = pdfPath;
    m_report.reset();
    m_verifiedOnline = false;
    ++m_generation;
    m_list->clear();
    m_details->clear();
    m_viewRevision->setEnabled(false);
    m_showCurrent->setEnabled(false);
    m_online->setEnabled(false);
    if (m_path.isEmpty()) {
        m_verifying = false;
        setStatus(tr("No PDF file."));
        return;
    }
    verify(false);
}

SignaturePanel::Outcome SignaturePanel::runVerification(const QString& path, std::optional<QList<QByteArray>> anchors,
                                                        bool online) {
    Outcome out;
    VerifyOptions options;
    if (anchors) {
        options.trustAnchors = *anchors;
    } else {
        auto store = TrustStore::load(TrustStore::defaultDirectory());
        if (store) {
            options.trustAnchors = store->anchorsDer();
            out.storeWarnings = store->warnings();
        } else {
            out.storeWarnings << store.error().message;
        }
    }
    out.noAnchors = options.trustAnchors.isEmpty();
    options.online = online;
    auto report = PdfSignatureVerifier(options).verifyFile(path);
    if (report)
        out.report = std::move(report).value();
    else
        out.error = report.error().message;
    return out;
}

void SignaturePanel::verify(bool online) {
    const quint64 generation = ++m_generation;
    m_verifying = true;
    m_online->setEnabled(false);
    setStatus(online ? tr("Checking the certificates online…") : tr("Verifying the signatures…"));
    auto work = [path = m_path, anchors = m_anchors, online] { return runVerification(path, anchors, online); };
    auto done = [this, generation, online](Outcome outcome) {
        if (generation != m_generation)
            return; // another file is shown now
        showOutcome(outcome, online);
    };
    if (online) {
        // Network waits (up to the fetcher's timeout per request) get a thread of their own.
        if (!m_network)
            m_network = std::make_unique<DedicatedThread>(QStringLiteral("VanBanRevocation"));
        m_network->run(this, work, done);
    } else {
        AsyncTask::run(this, work, done);
    }
}

void SignaturePanel::checkOnline() {
    if (m_path.isEmpty() || m_verifying)
        return;
    verify(true);
}

void SignaturePanel::showOutcome(const Outcome& outcome, bool online) {
    m_verifying = false;
    const int previousRow = qMax(0, m_list->currentRow());
    m_list->clear();
    m_details->clear();
    m_report = outcome.report;
    m_verifiedOnline = online;
    if (!outcome.report) {
        setStatus(tr("The signatures cannot be verified: %1").arg(outcome.error));
        emit verified();
        return;
    }
    const PdfVerificationReport& report = *outcome.report;
    if (report.signatures.isEmpty()) {
        setStatus(tr("This PDF has no digital signature."));
        emit verified();
        return;
    }
    int index = 0;
    for (const SignatureVerification& s : report.signatures) {
        const auto status = SignatureSummary::status(s);
        auto* item = new QListWidgetItem(SignatureSummary::icon(status, style()),
                                         tr("%1. %2").arg(++index).arg(SignatureSummary::line(s)), m_list);
        item->setData(kStatusRole, int(status));
        item->setToolTip(s.message);
    }
    QString status = report.allValid()
                         ? tr("%n signature(s), all valid.", "", int(report.signatures.size()))
                         : tr("%n signature(s); at least one is not valid.", "", int(report.signatures.size()));
    if (outcome.noAnchors)
        status += QLatin1Char(' ') + tr("No trusted root certificates are installed: ask the administrator to import "
                                        "them.");
    status += QLatin1Char(' ') + (online ? tr("Revocation checked online.") : tr("Checked offline."));
    setStatus(status);
    m_online->setEnabled(!online);
    m_list->setCurrentRow(qMin(previousRow, m_list->count() - 1));
    emit verified();
}

void SignaturePanel::showSelected() {
    const int row = m_list->currentRow();
    const bool valid = m_report && row >= 0 && row < m_report->signatures.size();
    m_viewRevision->setEnabled(valid);
    if (!valid) {
        m_details->clear();
        return;
    }
    m_details->setHtml(SignatureSummary::detailsHtml(m_report->signatures[row]));
}

void SignaturePanel::viewSignedRevision() {
    const int row = m_list->currentRow();
    if (!m_report || row < 0 || row >= m_report->signatures.size())
        return;
    const QList<qint64>& range = m_report->signatures[row].byteRange;
    if (range.size() != 4) {
        emit statusMessage(tr("This signature has no usable byte range."));
        return;
    }
    const qint64 end = range[2] + range[3];
    if (!m_revisions)
        m_revisions = std::make_unique<QTemporaryDir>();
    const QString target =
        m_revisions->filePath(QStringLiteral("signed-revision-%1-%2.pdf").arg(m_generation).arg(row + 1));
    const quint64 generation = m_generation;
    AsyncTask::run(
        this,
        [source = m_path, target, end]() -> QString {
            QFile in(source);
            if (!in.open(QIODevice::ReadOnly))
                return tr("Cannot read %1: %2").arg(source, in.errorString());
            if (in.size() < end)
                return tr("The file is shorter than the signature's byte range.");
            QSaveFile out(target);
            if (!out.open(QIODevice::WriteOnly))
                return tr("Cannot write %1: %2").arg(target, out.errorString());
            qint64 left = end;
            while (left > 0) {
                const QByteArray chunk = in.read(qMin<qint64>(left, 1 << 20));
                if (chunk.isEmpty() || out.write(chunk) != chunk.size())
                    return tr("Cannot write %1: %2").arg(target, out.errorString());
                left -= chunk.size();
            }
            return out.commit() ? QString() : tr("Cannot write %1: %2").arg(target, out.errorString());
        },
        [this, generation, target, row](const QString& error) {
            if (generation != m_generation)
                return;
            if (!error.isEmpty()) {
                emit statusMessage(error);
                return;
            }
            m_showCurrent->setEnabled(true);
            emit statusMessage(tr("Showing the document as signed by signature %1.").arg(row + 1));
            emit signedRevisionReady(target);
        });
}

} // namespace vanban::ui
