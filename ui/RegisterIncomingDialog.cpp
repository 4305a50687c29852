#include "RegisterIncomingDialog.h"

#include "FileListEditor.h"
#include "MessageBox.h"
#include "documents/BookDirectory.h"
#include "documents/OrganizationDirectory.h"

#include <QApplication>
#include <QCheckBox>
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
#include <QStringListModel>
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

RegisterIncomingDialog::RegisterIncomingDialog(Workspace& workspace, const User& user, QWidget* parent)
    : QDialog(parent)
    , m_ws(workspace)
    , m_user(user)
    , m_registry(workspace) {
    setObjectName(QStringLiteral("registerIncomingDialog"));
    setWindowTitle(tr("Register incoming document"));
    setAcceptDrops(true);
    // Fields named by a validation error get a red frame.
    setStyleSheet(RegistrationForm::invalidFieldStyle());
    buildForm();
    loadDirectories();
    updateNextNumber();
    updateSubjectCounter();
    resize(920, qMax(540, sizeHint().height()));
    m_code->setFocus();
}

void RegisterIncomingDialog::buildForm() {
    m_code = named(new QLineEdit, "codeEdit");
    m_code->setPlaceholderText(tr("e.g. 12/QĐ-UBND"));
    m_code->setMaxLength(60);
    m_issued = named(new QDateEdit(QDate::currentDate()), "issuedDateEdit");
    m_issued->setCalendarPopup(true);
    m_issued->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
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
    m_subject->setFixedHeight(m_subject->fontMetrics().lineSpacing() * 4 + 12);
    m_subjectCounter = named(new QLabel, "subjectCounter");
    m_subjectCounter->setAlignment(Qt::AlignRight);
    m_organName = named(new QLineEdit, "organNameEdit");
    m_organName->setPlaceholderText(tr("Type a part of the name to choose from the directory"));
    m_organId = named(new QLineEdit, "organIdEdit");
    m_organId->setPlaceholderText(tr("e.g. 000.00.12.H41"));
    m_organId->setMaxLength(35);
    m_signer = named(new QLineEdit, "signerEdit");
    m_signer->setMaxLength(50);
    m_urgency = named(new QComboBox, "urgencyCombo");
    for (Priority p : {Priority::Normal, Priority::Urgent, Priority::VeryUrgent, Priority::Flash})
        m_urgency->addItem(Enums::label(p), int(p));
    m_secrecy = named(new QComboBox, "secrecyCombo");
    m_secrecy->addItem(tr("Not secret"), int(Secrecy::None));
    for (Secrecy s : {Secrecy::Confidential, Secrecy::Secret, Secrecy::TopSecret})
        m_secrecy->addItem(Enums::label(s), int(s));
    m_hasDue = named(new QCheckBox(tr("Dead&line:")), "dueCheck");
    m_due = named(new QDateEdit(QDate::currentDate().addDays(7)), "dueDateEdit");
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_due->setEnabled(false);
    m_pages = named(new QSpinBox, "pagesSpin");
    m_pages->setRange(0, 999);
    m_pages->setSpecialValueText(tr("not given"));
    m_arrival = named(new QDateTimeEdit(QDateTime::currentDateTime()), "arrivalEdit");
    m_arrival->setCalendarPopup(true);
    m_arrival->setDisplayFormat(QStringLiteral("dd/MM/yyyy HH:mm"));
    m_book = named(new QComboBox, "bookCombo");
    m_nextNumber = named(new QLabel, "nextNumberLabel");
    m_nextNumber->setTextFormat(Qt::RichText);
    m_nextNumber->setWordWrap(true);
    m_files = named(new FileListEditor, "fileListEditor");

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // QFormLayout::addRow(text, field) makes the label the field's buddy (its &-mnemonic focuses the field).
    form->addRow(tr("&Number and notation:"), m_code);
    form->addRow(tr("&Issued date:"), m_issued);
    form->addRow(tr("Document &type:"), m_type);
    auto* subjectBox = new QVBoxLayout;
    subjectBox->setSpacing(2);
    subjectBox->addWidget(m_subject);
    subjectBox->addWidget(m_subjectCounter);
    auto* subjectLabel = new QLabel(tr("Sub&ject:"));
    subjectLabel->setBuddy(m_subject);
    form->addRow(subjectLabel, subjectBox);
    form->addRow(tr("&Sending agency:"), m_organName);
    form->addRow(tr("Agency identi&fier:"), m_organId);
    form->addRow(tr("Si&gner:"), m_signer);
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
    auto* dueRow = new QHBoxLayout;
    dueRow->addWidget(m_due);
    dueRow->addSpacing(12);
    auto* pagesLabel = new QLabel(tr("&Pages:"));
    pagesLabel->setBuddy(m_pages);
    dueRow->addWidget(pagesLabel);
    dueRow->addWidget(m_pages);
    dueRow->addStretch();
    form->addRow(m_hasDue, dueRow);
    form->addRow(tr("Arri&val date:"), m_arrival);
    form->addRow(tr("&Book:"), m_book);

    const RegistrationForm::Frame frame = RegistrationForm::buildFrame(
        this, form, m_nextNumber, m_files,
        {tr("Arrival number"), tr("Files"),
         tr("Drop PDF files here. The first file is the main document, the others are "
            "attachments."),
         tr("&Register"), tr("Register the document and give it its arrival number (Ctrl+S)")});
    m_error = frame.error;
    m_save = frame.save;
    m_cancel = frame.cancel;
    connect(m_save, &QPushButton::clicked, this, &RegisterIncomingDialog::save);
    connect(m_cancel, &QPushButton::clicked, this, &RegisterIncomingDialog::reject);
    connect(frame.saveShortcut, &QShortcut::activated, this, &RegisterIncomingDialog::save);

    connect(m_hasDue, &QCheckBox::toggled, m_due, &QWidget::setEnabled);
    connect(m_subject, &QPlainTextEdit::textChanged, this, &RegisterIncomingDialog::updateSubjectCounter);
    connect(m_secrecy, &QComboBox::currentIndexChanged, this, &RegisterIncomingDialog::updateNextNumber);
    connect(m_book, &QComboBox::currentIndexChanged, this, &RegisterIncomingDialog::updateNextNumber);
    connect(m_arrival, &QDateTimeEdit::dateChanged, this, &RegisterIncomingDialog::updateNextNumber);

    QList<QWidget*> tabOrder;
    tabOrder << m_code << m_issued << m_type << m_subject << m_organName << m_organId << m_signer << m_urgency
             << m_secrecy << m_hasDue << m_due << m_pages << m_arrival << m_book << m_files->list()
             << m_files->addButton() << m_save << m_cancel;
    for (int i = 1; i < tabOrder.size(); ++i)
        QWidget::setTabOrder(tabOrder[i - 1], tabOrder[i]);

    const std::pair<const char*, QWidget*> fields[] = {
        {"code", m_code},           {"issued", m_issued},         {"type", m_type},     {"subject", m_subject},
        {"from-name", m_organName}, {"from-organ-id", m_organId}, {"signer", m_signer}, {"due", m_due},
        {"pages", m_pages},         {"arrived", m_arrival},       {"book", m_book},     {"file", m_files->list()}};
    QHash<QString, QWidget*> fieldWidgets;
    for (const auto& [field, widget] : fields)
        fieldWidgets.insert(QLatin1String(field), widget);
    m_form.emplace(m_error, fieldWidgets);
}

void RegisterIncomingDialog::loadDirectories() {
    auto books = BookDirectory::list(m_ws.database(), Direction::Incoming);
    if (books) {
        for (const Book& b : *books)
            m_book->addItem(b.name, b.id);
    } else {
        showError(books.error());
    }
    auto organs = OrganizationDirectory::list(m_ws.database());
    if (!organs) {
        showError(organs.error());
        return;
    }
    QStringList names;
    for (const Organization& o : *organs) {
        if (m_organIds.contains(o.name))
            continue;
        m_organIds.insert(o.name, o.organId);
        names << o.name;
    }
    auto* completer = new QCompleter(new QStringListModel(names, this), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setMaxVisibleItems(12);
    m_organName->setCompleter(completer);
    connect(completer, qOverload<const QString&>(&QCompleter::activated), this, &RegisterIncomingDialog::organChosen);
    // A name typed in full is recognised too, without overwriting an identifier the clerk entered.
    connect(m_organName, &QLineEdit::editingFinished, this, [this] {
        if (m_organId->text().trimmed().isEmpty())
            organChosen(m_organName->text().simplified());
    });
}

void RegisterIncomingDialog::organChosen(const QString& name) {
    const QString id = m_organIds.value(name);
    if (!id.isEmpty())
        m_organId->setText(id);
}

void RegisterIncomingDialog::updateNextNumber() {
    const auto secrecy = Secrecy(m_secrecy->currentData().toInt());
    auto number = m_registry.previewNextNumber(m_book->currentData().toString(), m_arrival->dateTime(), secrecy);
    if (!number) {
        m_nextNumber->setText(number.error().message.toHtmlEscaped());
        return;
    }
    const QString sequence =
        secrecy == Secrecy::None ? QString() : tr("in the sequence for secret documents") + QStringLiteral("<br>");
    m_nextNumber->setText(
        tr("Expected number: <b style=\"font-size:20pt\">%1</b><br>%2<small>The final number is given "
           "when the document is saved.</small>")
            .arg(Document::numberText(*number), sequence));
}

void RegisterIncomingDialog::updateSubjectCounter() {
    const int length = int(m_subject->toPlainText().simplified().size());
    m_subjectCounter->setText(QStringLiteral("%1/%2").arg(length).arg(kMaxSubject));
    m_subjectCounter->setStyleSheet(length > kMaxSubject ? QStringLiteral("color: #c62828; font-weight: bold;")
                                                         : QString());
}

IncomingDraft RegisterIncomingDialog::draft() const {
    IncomingDraft d;
    d.code = m_code->text();
    d.issuedDate = m_issued->date();
    d.typeName = m_type->currentText();
    d.subject = m_subject->toPlainText();
    d.organId = m_organId->text();
    d.organName = m_organName->text();
    d.signerFullName = m_signer->text();
    d.priority = Priority(m_urgency->currentData().toInt());
    d.secrecy = Secrecy(m_secrecy->currentData().toInt());
    if (m_hasDue->isChecked())
        d.dueDate = m_due->date();
    d.pageAmount = m_pages->value();
    d.arrivalDate = m_arrival->dateTime();
    d.bookId = m_book->currentData().toString();
    d.files = m_files->files();
    return d;
}

void RegisterIncomingDialog::addFiles(const QStringList& paths) {
    m_files->addFiles(paths);
}

QWidget* RegisterIncomingDialog::widgetForField(const QString& field) const {
    return m_form->widgetForField(field);
}

QString RegisterIncomingDialog::errorText() const {
    return m_form->errorText();
}

void RegisterIncomingDialog::showError(const Error& error) {
    if (m_form->showError(error) == m_due && !m_hasDue->isChecked()) {
        m_hasDue->setChecked(true);
        m_due->setFocus(Qt::OtherFocusReason);
    }
}

bool RegisterIncomingDialog::save() {
    m_form->clearError();
    IncomingDraft d = draft();
    if (Status valid = m_registry.validate(d); !valid) {
        showError(valid.error());
        return false;
    }
    // Copies the files on VanBan's thread pool (a scan of 50 MB takes a fraction of a second) while this dialog
    // stays responsive.
    auto stored =
        RegistrationForm::storeFiles(this, m_ws.blobs(), d.files, tr("Copying the files into the workspace…"));
    if (!stored) {
        showError(stored.error());
        return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto reg = m_registry.registerDocument(m_user, d, *stored);
    QApplication::restoreOverrideCursor();
    if (!reg && reg.error().code == ErrorCode::Conflict && !d.forceDuplicate) {
        if (!MessageBox::confirm(this, tr("Probable duplicate"),
                                 reg.error().message + QStringLiteral("\n\n") + tr("Register anyway?"),
                                 tr("Register &anyway")))
            return false;
        d.forceDuplicate = true;
        QApplication::setOverrideCursor(Qt::WaitCursor);
        reg = m_registry.registerDocument(m_user, d, *stored);
        QApplication::restoreOverrideCursor();
    }
    if (!reg) {
        showError(reg.error());
        return false;
    }
    m_registration = *reg;
    MessageBox::information(this, tr("Registered"),
                            tr("The document was registered with arrival number %1 in “%2” of %3.")
                                .arg(reg->arrivalNumberText, m_book->currentText())
                                .arg(reg->year));
    QDialog::accept();
    return true;
}

bool RegisterIncomingDialog::isDirty() const {
    return !m_code->text().isEmpty() || !m_subject->toPlainText().isEmpty() || !m_organName->text().isEmpty() ||
           !m_files->files().isEmpty();
}

void RegisterIncomingDialog::reject() {
    if (!m_registration && isDirty() &&
        !MessageBox::confirm(this, tr("Register incoming document"), tr("Discard what you have entered?"),
                             tr("&Discard")))
        return;
    QDialog::reject();
}

void RegisterIncomingDialog::dragEnterEvent(QDragEnterEvent* event) {
    if (!FileListEditor::pdfFilesIn(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void RegisterIncomingDialog::dropEvent(QDropEvent* event) {
    const QStringList files = FileListEditor::pdfFilesIn(event->mimeData());
    if (files.isEmpty())
        return;
    m_files->addFiles(files);
    event->acceptProposedAction();
}

} // namespace vanban::ui
