#include "DocumentDetailPane.h"

#include "DocumentFilesWidget.h"
#include "DocumentFormat.h"
#include "ExchangeRecipientsWidget.h"
#include "PdfPreviewWidget.h"
#include "SignaturePanel.h"
#include "documents/BookDirectory.h"
#include "documents/DocumentRepository.h"
#include "exchange/ExchangeOutbox.h"
#include "workspace/Workspace.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace vanban::ui {

DocumentDetailPane::DocumentDetailPane(Workspace& workspace, Direction direction, QWidget* parent)
    : QWidget(parent)
    , m_ws(workspace)
    , m_direction(direction) {
    if (auto books = BookDirectory::list(workspace.database(), direction))
        for (const Book& b : *books)
            m_bookNames.insert(b.id, b.name);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("detailTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_subject = new QLabel(this);
    m_subject->setObjectName(QStringLiteral("detailSubject"));
    m_subject->setWordWrap(true);
    m_subject->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // Metadata in two columns (Phụ lục VI fields of a văn bản đến or đi).
    auto* info = new QWidget;
    auto* left = new QFormLayout;
    auto* right = new QFormLayout;
    for (QFormLayout* form : {left, right}) {
        form->setLabelAlignment(Qt::AlignRight);
        form->setRowWrapPolicy(QFormLayout::DontWrapRows);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    }
    if (direction == Direction::Incoming) {
        addField(left, QStringLiteral("number"), tr("Arrival number:"));
        addField(left, QStringLiteral("arrival"), tr("Arrival date:"));
        addField(left, QStringLiteral("book"), tr("Book:"));
        addField(left, QStringLiteral("code"), tr("Number and notation:"));
        addField(left, QStringLiteral("issued"), tr("Issued date:"));
        addField(left, QStringLiteral("type"), tr("Document type:"));
        addField(left, QStringLiteral("signer"), tr("Signer:"));
        addField(right, QStringLiteral("sender"), tr("Sender:"));
        addField(right, QStringLiteral("organId"), tr("Identifier:"));
        addField(right, QStringLiteral("urgency"), tr("Urgency:"));
        addField(right, QStringLiteral("secrecy"), tr("Secrecy:"));
        addField(right, QStringLiteral("due"), tr("Due date:"));
        addField(right, QStringLiteral("pages"), tr("Pages:"));
        addField(right, QStringLiteral("status"), tr("Status:"));
    } else {
        addField(left, QStringLiteral("number"), tr("Number:"));
        addField(left, QStringLiteral("book"), tr("Book:"));
        addField(left, QStringLiteral("code"), tr("Number and notation:"));
        addField(left, QStringLiteral("issued"), tr("Issued date:"));
        addField(left, QStringLiteral("type"), tr("Document type:"));
        addField(left, QStringLiteral("signer"), tr("Signer:"));
        addField(left, QStringLiteral("signerPosition"), tr("Position:"));
        addField(right, QStringLiteral("recipients"), tr("Recipients:"));
        addField(right, QStringLiteral("urgency"), tr("Urgency:"));
        addField(right, QStringLiteral("secrecy"), tr("Secrecy:"));
        addField(right, QStringLiteral("pages"), tr("Pages:"));
        addField(right, QStringLiteral("status"), tr("Status:"));
    }
    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addSpacing(12);
    columns->addLayout(right, 1);
    auto* subjectForm = new QFormLayout;
    subjectForm->setLabelAlignment(Qt::AlignRight);
    addField(subjectForm, QStringLiteral("subject"), tr("Subject:"));
    auto* infoLayout = new QVBoxLayout(info);
    infoLayout->addLayout(columns);
    infoLayout->addLayout(subjectForm);
    infoLayout->addStretch();
    auto* infoScroll = new QScrollArea;
    infoScroll->setObjectName(QStringLiteral("infoScrollArea"));
    infoScroll->setWidget(info);
    infoScroll->setWidgetResizable(true);
    infoScroll->setFrameShape(QFrame::NoFrame);

    m_files = new DocumentFilesWidget(workspace.blobs());
    connect(m_files, &DocumentFilesWidget::statusMessage, this, &DocumentDetailPane::statusMessage);

    m_history = new QTreeWidget;
    m_history->setObjectName(QStringLiteral("historyList"));
    m_history->setRootIsDecorated(false);
    m_history->setHeaderLabels({tr("Time"), tr("User"), tr("Action"), tr("Details")});
    m_history->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_history->header()->setStretchLastSection(true);

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(infoScroll, tr("&Information"));
    m_tabs->addTab(m_files, tr("&Files"));
    m_tabs->addTab(m_history, tr("&History"));
    if (direction == Direction::Outgoing) {
        m_exchange = new ExchangeRecipientsWidget;
        m_exchange->setObjectName(QStringLiteral("exchangeRecipientsWidget"));
        m_tabs->addTab(m_exchange, tr("E&xchange recipients"));
    }
    m_signatures = new SignaturePanel;
    m_signatures->setObjectName(QStringLiteral("signaturePanel"));
    m_tabs->addTab(m_signatures, tr("Si&gnatures"));
    connect(m_signatures, &SignaturePanel::statusMessage, this, &DocumentDetailPane::statusMessage);

    auto* leftPane = new QWidget;
    auto* leftLayout = new QVBoxLayout(leftPane);
    leftLayout->setContentsMargins(8, 6, 4, 0);
    leftLayout->addWidget(m_title);
    leftLayout->addWidget(m_subject);
    leftLayout->addWidget(m_tabs, 1);

    m_preview = new PdfPreviewWidget;
    m_preview->setObjectName(QStringLiteral("pdfPreview"));
    m_signatures->showRevisionsIn(m_preview);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("detailSplitter"));
    splitter->addWidget(leftPane);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({560, 520});
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    setFocusProxy(m_tabs); // Enter on a register row moves here
    clear(tr("Select a document in the register to see it here."));
}

QLabel* DocumentDetailPane::addField(QFormLayout* form, const QString& objectName, const QString& label) {
    auto* value = new QLabel;
    value->setObjectName(objectName + QStringLiteral("Value"));
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setWordWrap(true);
    value->setMinimumWidth(60);
    form->addRow(label, value);
    m_fields.insert(objectName, value);
    return value;
}

void DocumentDetailPane::clear(const QString& message) {
    m_id = 0;
    m_document = Document{};
    m_title->setText(message);
    m_subject->clear();
    for (QLabel* field : std::as_const(m_fields))
        field->clear();
    m_files->setFiles({});
    m_tabs->setTabText(1, tr("&Files"));
    m_history->clear();
    if (m_exchange) {
        m_exchange->setRecipients({});
        m_tabs->setTabText(m_tabs->indexOf(m_exchange), tr("E&xchange recipients"));
    }
    m_preview->setFile({});
    m_mainPdf.clear();
    m_signatures->setFile({});
    m_tabs->setEnabled(false);
}

void DocumentDetailPane::showDocument(qint64 id) {
    if (id == 0) {
        clear(tr("Select a document in the register to see it here."));
        return;
    }
    DocumentRepository repo(m_ws.database());
    auto doc = repo.get(id);
    if (!doc) {
        clear(doc.error().message);
        emit statusMessage(doc.error().message);
        return;
    }
    const bool sameDocument = id == m_id;
    m_id = id;
    m_document = *doc;
    m_tabs->setEnabled(true);
    fill(*doc);
    refreshExchange();
    auto history = repo.history(id);
    fillHistory(history ? *history : QList<HistoryEntry>{});
    if (!history)
        emit statusMessage(history.error().message);
    if (!doc->files.isEmpty() && doc->files.first().position == 0) {
        const QString path = m_ws.blobs().pathOf(doc->files.first().sha256);
        if (!sameDocument || m_mainPdf != path) {
            m_preview->setFile(path);
            m_signatures->setFile(path);
        }
        m_mainPdf = path;
    } else {
        m_preview->setFile({}, tr("This document has no PDF file (registered from paper or without its file)."));
        m_mainPdf.clear();
        m_signatures->setFile({});
    }
}

void DocumentDetailPane::refreshExchange() {
    if (!m_exchange || m_id == 0)
        return;
    auto recipients = ExchangeOutbox(m_ws).recipients(m_id);
    const int tab = m_tabs->indexOf(m_exchange);
    if (!recipients) {
        m_exchange->showError(recipients.error().message);
        m_tabs->setTabText(tab, tr("E&xchange recipients"));
        return;
    }
    m_exchange->setRecipients(*recipients);
    m_tabs->setTabText(tab, recipients->isEmpty() ? tr("E&xchange recipients")
                                                  : tr("E&xchange recipients (%1)").arg(recipients->size()));
}

void DocumentDetailPane::showSignatures() {
    m_tabs->setCurrentWidget(m_signatures);
}

void DocumentDetailPane::fill(const Document& doc) {
    auto set = [this](const char* name, const QString& text) {
        if (QLabel* l = m_fields.value(QLatin1String(name))) // each register shows its own fields
            l->setText(text.isEmpty() ? QStringLiteral("—") : text);
    };
    if (doc.direction == Direction::Outgoing)
        m_title->setText(doc.secrecy == Secrecy::None
                             ? tr("Outgoing document %1").arg(doc.code())
                             : tr("Outgoing document %1 (%2)").arg(doc.code(), Enums::label(doc.secrecy)));
    else
        m_title->setText(doc.code().isEmpty()
                             ? tr("Arrival number %1").arg(DocumentFormat::numberWithSecrecy(doc))
                             : tr("Arrival number %1 — %2").arg(DocumentFormat::numberWithSecrecy(doc), doc.code()));
    m_subject->setText(DocumentFormat::typeAndSubject(doc));
    set("number", tr("%1 (year %2)").arg(Document::numberText(doc.number)).arg(doc.year));
    set("arrival", DocumentFormat::dateTime(doc.arrivalDate));
    set("book", m_bookNames.value(doc.bookId, doc.bookId));
    set("code", doc.code());
    set("issued", DocumentFormat::date(doc.issuedDate));
    set("type", doc.typeName);
    set("signer", doc.signerFullName);
    set("signerPosition", doc.signerPosition);
    set("recipients", doc.toPlaces);
    set("sender", doc.organName);
    set("organId", doc.organId);
    set("urgency", Enums::label(doc.priority));
    set("secrecy", doc.secrecy == Secrecy::None ? tr("None") : Enums::label(doc.secrecy));
    set("due", DocumentFormat::date(doc.dueDate));
    set("pages", doc.pageAmount > 0 ? QString::number(doc.pageAmount) : QString());
    set("status", Enums::statusLabel(doc.status, doc.direction));
    set("subject", doc.subject);
    const bool urgent = DocumentFormat::isUrgent(doc.priority);
    const QString red = QStringLiteral("color: %1; font-weight: bold;").arg(DocumentFormat::urgentColor().name());
    m_fields.value(QStringLiteral("urgency"))->setStyleSheet(urgent ? red : QString());
    m_fields.value(QStringLiteral("secrecy"))->setStyleSheet(doc.secrecy != Secrecy::None ? red : QString());
    if (QLabel* due = m_fields.value(QStringLiteral("due")))
        due->setStyleSheet(DocumentFormat::isOverdue(doc, QDate::currentDate()) ? red : QString());
    m_files->setFiles(doc.files);
    m_tabs->setTabText(1, doc.files.isEmpty() ? tr("&Files") : tr("&Files (%1)").arg(doc.files.size()));
}

void DocumentDetailPane::fillHistory(const QList<HistoryEntry>& history) {
    m_history->clear();
    for (const HistoryEntry& h : history) {
        auto* item = new QTreeWidgetItem(m_history);
        item->setText(0, DocumentFormat::dateTime(h.at));
        item->setText(1, h.userFullName.isEmpty() ? h.userLogin : h.userFullName);
        item->setToolTip(1, h.userLogin);
        item->setText(2, DocumentFormat::actionLabel(h.action));
        item->setText(3, DocumentFormat::historyDetails(h.action, h.details));
    }
}

} // namespace vanban::ui
