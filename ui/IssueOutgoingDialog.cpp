#include "IssueOutgoingDialog.h"

#include "FileListEditor.h"
#include "MessageBox.h"
#include "documents/BookDirectory.h"

#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

namespace vanban::ui {

namespace {
constexpr int kMaxSubject = 500;

template <class W> W* named(W* widget, const char* name) {
    widget->setObjectName(QLatin1String(name));
    return widget;
}
} // namespace

IssueOutgoingDialog::IssueOutgoingDialog(Workspace& workspace, const User& user, QWidget* parent)
    : QDialog(parent)
    , m_ws(workspace)
    , m_user(user)
    , m_registry(workspace) {
    setObjectName(QStringLiteral("issueOutgoingDialog"));
    setWindowTitle(tr("Issue outgoing number"));
    setAcceptDrops(true);
    setStyleSheet(RegistrationForm::invalidFieldStyle());
    buildForm();
    loadBooks();
    updateNextNumber();
    updateSubjectCounter();
    resize(920, qMax(560, sizeHint().height()));
    m_notation->setFocus();
}

void IssueOutgoingDialog::buildForm() {
    m_notation = named(new QLineEdit, "notationEdit");
    m_notation->setPlaceholderText(tr("e.g. QĐ-UBND (the number is given by the register)"));
    m_notation->setMaxLength(30);
    m_type = named(new QComboBox, "typeCombo");
    m_type->setEditable(true);
    m_type->addItems(Enums::documentTypes());
    m_type->setCurrentIndex(-1);
    m_type->setInsertPolicy(QComboBox::NoInsert);
    m_type->lineEdit()->setPlaceholderText(tr("Công văn, Quyết định, Thông báo…"));
    auto* typeCompleter = new QCompleter(Enums::documentTypes(), m_type);
    typeCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    typeCompleter->setFilterMode(Qt::MatchContains);
    m_type->setCompleter(typeCompleter);
    m_subject = named(new QPlainTextEdit, "subjectEdit");
    m_subject->setTabChangesFocus(true);
    m_subject->setPlaceholderText(tr("V/v …"));
    m_subject->setFixedHeight(m_subject->fontMetrics().lineSpacing() * 3 + 12);
    m_subjectCounter = named(new QLabel, "subjectCounter");
    m_subjectCounter->setAlignment(Qt::AlignRight);
    m_signer = named(new QLineEdit, "signerEdit");
    m_signer->setMaxLength(50);
    m_signer->setPlaceholderText(tr("Full name of the person who signed"));
    m_signerPosition = named(new QLineEdit, "signerPositionEdit");
    m_signerPosition->setMaxLength(OutgoingRegistry::kMaxSignerPosition);
    m_signerPosition->setPlaceholderText(tr("e.g. Chủ tịch; KT. Chủ tịch, Phó Chủ tịch"));
    m_issued = named(new QDateEdit(QDate::currentDate()), "issuedDateEdit");
    m_issued->setCalendarPopup(true);
    m_issued->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_issued->setMaximumDate(QDate::currentDate());
    m_urgency = named(new QComboBox, "urgencyCombo");
    for (Priority p : {Priority::Normal, Priority::Urgent, Priority::VeryUrgent, Priority::Flash})
        m_urgency->addItem(Enums::label(p), int(p));
    m_secrecy = named(new QComboBox, "secrecyCombo");
    m_secrecy->addItem(tr("Not secret"), int(Secrecy::None));
    for (Secrecy s : {Secrecy::Confidential, Secrecy::Secret, Secrecy::TopSecret})
        m_secrecy->addItem(Enums::label(s), int(s));
    m_book = named(new QComboBox, "bookCombo");
    m_recipients = named(new QPlainTextEdit, "recipientsEdit");
    m_recipients->setTabChangesFocus(true);
    m_recipients->setPlaceholderText(tr("- UBND các xã, thị trấn;\n- Lưu: VT."));
    m_recipients->setFixedHeight(m_recipients->fontMetrics().lineSpacing() * 3 + 12);
    m_pages = named(new QSpinBox, "pagesSpin");
    m_pages->setRange(0, 999);
    m_pages->setSpecialValueText(tr("not given"));
    m_nextNumber = named(new QLabel, "nextNumberLabel");
    m_nextNumber->setTextFormat(Qt::RichText);
    m_nextNumber->setWordWrap(true);
    m_files = named(new FileListEditor, "fileListEditor");

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Notation (ký hiệu):"), m_notation);
    form->addRow(tr("Document &type:"), m_type);
    auto* subjectBox = new QVBoxLayout;
    subjectBox->setSpacing(2);
    subjectBox->addWidget(m_subject);
    subjectBox->addWidget(m_subjectCounter);
    auto* subjectLabel = new QLabel(tr("Sub&ject:"));
    subjectLabel->setBuddy(m_subject);
    form->addRow(subjectLabel, subjectBox);
    form->addRow(tr("Si&gner:"), m_signer);
    form->addRow(tr("P&osition:"), m_signerPosition);
    form->addRow(tr("&Issued date:"), m_issued);
    auto* levels = new QHBoxLayout;
    levels->addWidget(m_urgency, 1);
    auto* secrecyLabel = new QLabel(tr("Secre&cy:"));
    secrecyLabel->setBuddy(m_secrecy);
    levels->addSpacing(12);
    levels->addWidget(secrecyLabel);
    levels->addWidget(m_secrecy, 1);
    auto* urgencyLabel = new QLabel(tr("Urg&ency:"));
    urgencyLabel->setBuddy(m_urgency);
    form->addRow(urgencyLabel, levels);
    form->addRow(tr("&Recipients:"), m_recipients);
    auto* bookRow = new QHBoxLayout;
    bookRow->addWidget(m_book, 1);
    bookRow->addSpacing(12);
    auto* pagesLabel = new QLabel(tr("&Pages:"));
    pagesLabel->setBuddy(m_pages);
    bookRow->addWidget(pagesLabel);
    bookRow->addWidget(m_pages);
    auto* bookLabel = new QLabel(tr("&Book:"));
    bookLabel->setBuddy(m_book);
    form->addRow(bookLabel, bookRow);

    const RegistrationForm::Frame frame = RegistrationForm::buildFrame(
        this, form, m_nextNumber, m_files,
        {tr("Number"), tr("Files"),
         tr("Drop PDF files here. The first file is the signed document, the others are "
            "attachments."),
         tr("I&ssue number"), tr("Give the document its number in the outgoing register (Ctrl+S)")});
    m_error = frame.error;
    m_save = frame.save;
    m_cancel = frame.cancel;
    connect(m_save, &QPushButton::clicked, this, &IssueOutgoingDialog::save);
    connect(m_cancel, &QPushButton::clicked, this, &IssueOutgoingDialog::reject);
    connect(frame.saveShortcut, &QShortcut::activated, this, &IssueOutgoingDialog::save);

    connect(m_subject, &QPlainTextEdit::textChanged, this, &IssueOutgoingDialog::updateSubjectCounter);
    connect(m_notation, &QLineEdit::textChanged, this, &IssueOutgoingDialog::updateNextNumber);
    connect(m_secrecy, &QComboBox::currentIndexChanged, this, &IssueOutgoingDialog::updateNextNumber);
    connect(m_book, &QComboBox::currentIndexChanged, this, &IssueOutgoingDialog::updateNextNumber);
    connect(m_issued, &QDateEdit::dateChanged, this, &IssueOutgoingDialog::updateNextNumber);

    QList<QWidget*> tabOrder;
    tabOrder << m_notation << m_type << m_subject << m_signer << m_signerPosition << m_issued << m_urgency << m_secrecy
             << m_recipients << m_book << m_pages << m_files->list() << m_files->addButton() << m_save << m_cancel;
    for (int i = 1; i < tabOrder.size(); ++i)
        QWidget::setTabOrder(tabOrder[i - 1], tabOrder[i]);

    m_form.emplace(m_error, QHash<QString, QWidget*>{{QStringLiteral("notation"), m_notation},
                                                     {QStringLiteral("type"), m_type},
                                                     {QStringLiteral("subject"), m_subject},
                                                     {QStringLiteral("signer"), m_signer},
                                                     {QStringLiteral("signer-position"), m_signerPosition},
                                                     {QStringLiteral("issued"), m_issued},
                                                     {QStringLiteral("recipients"), m_recipients},
                                                     {QStringLiteral("pages"), m_pages},
                                                     {QStringLiteral("book"), m_book},
                                                     {QStringLiteral("file"), m_files->list()}});
}

void IssueOutgoingDialog::loadBooks() {
    auto books = BookDirectory::list(m_ws.database(), Direction::Outgoing);
    if (!books) {
        m_form->showError(books.error());
        return;
    }
    for (const Book& b : *books)
        m_book->addItem(b.name, b.id);
}

void IssueOutgoingDialog::updateNextNumber() {
    const auto secrecy = Secrecy(m_secrecy->currentData().toInt());
    auto number = m_registry.previewNextNumber(m_book->currentData().toString(), m_issued->date(), secrecy);
    if (!number) {
        m_expectedCode.clear();
        m_nextNumber->setText(number.error().message.toHtmlEscaped());
        return;
    }
    const QString notation = m_notation->text().trimmed();
    m_expectedCode = notation.isEmpty() ? Document::numberText(*number) : OutgoingRegistry::code(*number, notation);
    const QString sequence =
        secrecy == Secrecy::None ? QString() : tr("in the sequence for secret documents") + QStringLiteral("<br>");
    m_nextNumber->setText(tr("Expected number: <b style=\"font-size:20pt\">%1</b><br>%2<small>Year %3. The final "
                             "number is given when the document is saved.</small>")
                              .arg(m_expectedCode.toHtmlEscaped(), sequence)
                              .arg(m_issued->date().year()));
}

void IssueOutgoingDialog::updateSubjectCounter() {
    const int length = int(m_subject->toPlainText().simplified().size());
    m_subjectCounter->setText(QStringLiteral("%1/%2").arg(length).arg(kMaxSubject));
    m_subjectCounter->setStyleSheet(length > kMaxSubject ? QStringLiteral("color: #c62828; font-weight: bold;")
                                                         : QString());
}

OutgoingDraft IssueOutgoingDialog::draft() const {
    OutgoingDraft d;
    d.notation = m_notation->text();
    d.typeName = m_type->currentText();
    d.subject = m_subject->toPlainText();
    d.signerFullName = m_signer->text();
    d.signerPosition = m_signerPosition->text();
    d.issuedDate = m_issued->date();
    d.priority = Priority(m_urgency->currentData().toInt());
    d.secrecy = Secrecy(m_secrecy->currentData().toInt());
    d.bookId = m_book->currentData().toString();
    d.toPlaces = m_recipients->toPlainText();
    d.pageAmount = m_pages->value();
    d.files = m_files->files();
    return d;
}

void IssueOutgoingDialog::addFiles(const QStringList& paths) {
    m_files->addFiles(paths);
}

bool IssueOutgoingDialog::save() {
    m_form->clearError();
    const OutgoingDraft d = draft();
    if (Status valid = m_registry.validate(d); !valid) {
        m_form->showError(valid.error());
        return false;
    }
    auto stored =
        RegistrationForm::storeFiles(this, m_ws.blobs(), d.files, tr("Copying the files into the workspace…"));
    if (!stored) {
        m_form->showError(stored.error());
        return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto issued = m_registry.issue(m_user, d, *stored);
    QApplication::restoreOverrideCursor();
    if (!issued) {
        m_form->showError(issued.error());
        updateNextNumber(); // another clerk may have taken numbers meanwhile
        return false;
    }
    m_issuance = *issued;
    MessageBox::information(this, tr("Number issued"),
                            tr("The document was given the number %1 in “%2” of %3.")
                                .arg(issued->code, m_book->currentText())
                                .arg(issued->year));
    QDialog::accept();
    return true;
}

bool IssueOutgoingDialog::isDirty() const {
    return !m_notation->text().isEmpty() || !m_subject->toPlainText().isEmpty() || !m_signer->text().isEmpty() ||
           !m_files->files().isEmpty();
}

void IssueOutgoingDialog::reject() {
    if (!m_issuance && isDirty() &&
        !MessageBox::confirm(this, tr("Issue outgoing number"), tr("Discard what you have entered?"), tr("&Discard")))
        return;
    QDialog::reject();
}

void IssueOutgoingDialog::dragEnterEvent(QDragEnterEvent* event) {
    if (!FileListEditor::pdfFilesIn(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void IssueOutgoingDialog::dropEvent(QDropEvent* event) {
    const QStringList files = FileListEditor::pdfFilesIn(event->mimeData());
    if (files.isEmpty())
        return;
    m_files->addFiles(files);
    event->acceptProposedAction();
}

} // namespace vanban::ui
