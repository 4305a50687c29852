#include "InboxDetailPane.h"

#include "DocumentFilesWidget.h"
#include "DocumentFormat.h"
#include "ExchangeFormat.h"
#include "PdfPreviewWidget.h"
#include "SignaturePanel.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace vanban::ui {

InboxDetailPane::InboxDetailPane(const BlobStore& blobs, bool mayDecide, QWidget* parent)
    : QWidget(parent)
    , m_blobs(blobs)
    , m_mayDecide(mayDecide) {
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("inboxTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_subject = new QLabel(this);
    m_subject->setObjectName(QStringLiteral("inboxSubject"));
    m_subject->setWordWrap(true);
    m_subject->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("inboxNotice"));
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(
        QStringLiteral("color: %1; font-weight: bold;").arg(ExchangeFormat::attentionColor().name()));
    m_notice->setVisible(false);

    auto* info = new QWidget;
    auto* left = new QFormLayout;
    auto* right = new QFormLayout;
    for (QFormLayout* form : {left, right}) {
        form->setLabelAlignment(Qt::AlignRight);
        form->setRowWrapPolicy(QFormLayout::DontWrapRows);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    }
    addField(left, QStringLiteral("code"), tr("Number and notation:"));
    addField(left, QStringLiteral("issued"), tr("Issued date:"));
    addField(left, QStringLiteral("type"), tr("Document type:"));
    addField(left, QStringLiteral("signer"), tr("Signer:"));
    addField(left, QStringLiteral("kind"), tr("Kind:"));
    addField(right, QStringLiteral("sender"), tr("Sender:"));
    addField(right, QStringLiteral("organId"), tr("Identifier:"));
    addField(right, QStringLiteral("urgency"), tr("Urgency:"));
    addField(right, QStringLiteral("due"), tr("Due date:"));
    addField(right, QStringLiteral("received"), tr("Received:"));
    addField(right, QStringLiteral("state"), tr("State:"));
    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addSpacing(12);
    columns->addLayout(right, 1);
    auto* infoLayout = new QVBoxLayout(info);
    infoLayout->addLayout(columns);
    infoLayout->addStretch();
    auto* infoScroll = new QScrollArea;
    infoScroll->setWidget(info);
    infoScroll->setWidgetResizable(true);
    infoScroll->setFrameShape(QFrame::NoFrame);

    m_files = new DocumentFilesWidget(blobs);
    connect(m_files, &DocumentFilesWidget::statusMessage, this, &InboxDetailPane::statusMessage);
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("inboxTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(infoScroll, tr("&Information"));
    m_tabs->addTab(m_files, tr("&Files"));
    // The clerk checks the signatures of a received document before accepting it (Nghị định 30 Art. 21).
    m_signatures = new SignaturePanel;
    m_signatures->setObjectName(QStringLiteral("inboxSignaturePanel"));
    m_tabs->addTab(m_signatures, tr("Si&gnatures"));
    connect(m_signatures, &SignaturePanel::statusMessage, this, &InboxDetailPane::statusMessage);

    m_accept = new QPushButton(style()->standardIcon(QStyle::SP_DialogApplyButton), tr("&Accept and register"));
    m_accept->setObjectName(QStringLiteral("acceptButton"));
    m_accept->setToolTip(tr("Register the document in the incoming book; the sender is told (status 03)"));
    m_return = new QPushButton(style()->standardIcon(QStyle::SP_ArrowBack), tr("Re&turn to sender…"));
    m_return->setObjectName(QStringLiteral("returnButton"));
    m_return->setToolTip(tr("Send the document back with a reason; the sender is told (status 02)"));
    connect(m_accept, &QPushButton::clicked, this, [this] {
        if (m_item)
            emit acceptRequested(m_item->id);
    });
    connect(m_return, &QPushButton::clicked, this, [this] {
        if (m_item)
            emit returnRequested(m_item->id);
    });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_accept);
    buttons->addWidget(m_return);
    buttons->addStretch();

    auto* leftPane = new QWidget;
    auto* leftLayout = new QVBoxLayout(leftPane);
    leftLayout->setContentsMargins(8, 6, 4, 0);
    leftLayout->addWidget(m_title);
    leftLayout->addWidget(m_subject);
    leftLayout->addWidget(m_notice);
    leftLayout->addLayout(buttons);
    leftLayout->addWidget(m_tabs, 1);

    m_preview = new PdfPreviewWidget;
    m_preview->setObjectName(QStringLiteral("inboxPreview"));
    m_signatures->showRevisionsIn(m_preview);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(leftPane);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({560, 520});
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    showItem(nullptr);
}

QLabel* InboxDetailPane::addField(QFormLayout* form, const QString& objectName, const QString& label) {
    auto* value = new QLabel;
    value->setObjectName(objectName + QStringLiteral("Value"));
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setWordWrap(true);
    value->setMinimumWidth(60);
    form->addRow(label, value);
    m_fields.insert(objectName, value);
    return value;
}

void InboxDetailPane::showItem(const InboxItem* item) {
    const bool same = item && m_item && m_item->id == item->id && m_item->files.size() == item->files.size();
    if (!item) {
        m_item.reset();
        m_title->setText(tr("Select a received document to see it here."));
        m_subject->clear();
        m_notice->setVisible(false);
        for (QLabel* field : std::as_const(m_fields))
            field->clear();
        m_files->setFiles({});
        m_tabs->setTabText(1, tr("&Files"));
        m_preview->setFile({});
        m_signatures->setFile({});
        m_tabs->setEnabled(false);
        updateButtons();
        return;
    }
    m_item = *item;
    m_tabs->setEnabled(true);
    const InboxItem& i = *m_item;
    const QString sender = i.fromOrganName.isEmpty() ? i.fromOrganId : i.fromOrganName;
    m_title->setText(i.code().isEmpty() ? tr("From %1").arg(sender) : tr("%1 — from %2").arg(i.code(), sender));
    m_subject->setText(i.typeName.isEmpty() ? i.subject : tr("%1: %2").arg(i.typeName, i.subject));
    const QString hint = ExchangeFormat::businessTypeHint(i.businessDocType);
    m_notice->setText(
        hint + (i.businessReason.isEmpty() ? QString() : QStringLiteral(" ") + tr("Reason: %1").arg(i.businessReason)));
    m_notice->setVisible(!hint.isEmpty());
    auto set = [this](const char* name, const QString& text) {
        m_fields.value(QLatin1String(name))->setText(text.isEmpty() ? QStringLiteral("—") : text);
    };
    set("code", i.code());
    set("issued", DocumentFormat::date(i.promulgationDate));
    set("type", i.typeName);
    set("signer", i.signerFullName);
    set("kind", ExchangeFormat::businessType(i.businessDocType));
    set("sender", i.fromOrganName);
    set("organId", i.fromOrganId);
    set("urgency", Enums::label(Priority(std::clamp(i.priority, 0, 3))));
    set("due", DocumentFormat::date(i.dueDate));
    set("received", DocumentFormat::dateTime(i.receivedAt));
    QString state = ExchangeFormat::inboxState(i.state);
    if (i.state == QLatin1String("returned") && !i.reason.isEmpty())
        state = tr("%1: %2").arg(state, i.reason);
    set("state", state);
    const QString red = QStringLiteral("color: %1; font-weight: bold;").arg(ExchangeFormat::attentionColor().name());
    m_fields.value(QStringLiteral("kind"))->setStyleSheet(i.businessDocType != 0 ? red : QString());
    m_fields.value(QStringLiteral("urgency"))->setStyleSheet(i.priority > 0 ? red : QString());

    QList<DocumentFile> files;
    for (const InboxFile& f : i.files)
        files << DocumentFile{0, f.position, f.name, f.size, f.sha256, {}, {}, {}};
    m_files->setFiles(files);
    m_tabs->setTabText(1, files.isEmpty() ? tr("&Files") : tr("&Files (%1)").arg(files.size()));
    const InboxFile* pdf = nullptr;
    for (const InboxFile& f : i.files)
        if (f.contentType == QLatin1String("application/pdf") ||
            f.name.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
            pdf = &f;
            break;
        }
    if (pdf) {
        const QString path = m_blobs.pathOf(pdf->sha256);
        if (!same || m_preview->file() != path)
            m_preview->setFile(path);
        if (!same || m_signatures->file() != path)
            m_signatures->setFile(path);
    } else {
        m_preview->setFile({}, tr("This package has no PDF file."));
        m_signatures->setFile({});
    }
    updateButtons();
}

void InboxDetailPane::setBusy(bool busy) {
    m_busy = busy;
    updateButtons();
}

void InboxDetailPane::updateButtons() {
    const bool pending = m_item && m_item->state == QLatin1String("pending");
    m_accept->setVisible(!m_item || pending);
    m_return->setVisible(!m_item || pending);
    m_accept->setEnabled(pending && m_mayDecide && !m_busy);
    m_return->setEnabled(pending && m_mayDecide && !m_busy);
    if (!m_mayDecide) {
        m_accept->setToolTip(tr("Only a records clerk or an administrator registers documents"));
        m_return->setToolTip(m_accept->toolTip());
    }
    if (m_item && m_item->businessDocType == 1)
        m_accept->setText(tr("&Accept the revocation"));
    else
        m_accept->setText(tr("&Accept and register"));
}

} // namespace vanban::ui
