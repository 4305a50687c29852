#pragma once
// “Issue outgoing number” (cấp số văn bản đi): the fields of an outgoing document (ký hiệu, type, subject, signer,
// issue date, urgency, secrecy, book, nơi nhận, pages) and its files, the number and code it will get
// (e.g. 05/QĐ-UBND) updated while typing, validation by the registry with the offending field highlighted, and
// the issuing itself. Every important widget has an objectName (tests).

#include "RegistrationForm.h"
#include "model/User.h"
#include "registry/OutgoingRegistry.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace vanban::ui {

class FileListEditor;

class IssueOutgoingDialog : public QDialog {
    Q_OBJECT

public:
    // The workspace must belong to the UI thread.
    IssueOutgoingDialog(Workspace& workspace, const User& user, QWidget* parent = nullptr);

    // The document as entered so far.
    OutgoingDraft draft() const;
    void addFiles(const QStringList& paths);
    // Validates and issues the number; on success the dialog is accepted. Returns whether it was issued.
    bool save();
    const std::optional<Issuance>& issuance() const { return m_issuance; }
    // The widget that shows a registry field ("notation", "subject", "signer" …), or nullptr.
    QWidget* widgetForField(const QString& field) const { return m_form->widgetForField(field); }
    QString errorText() const { return m_form->errorText(); }
    // The number shown as the one the document will get ("05/QĐ-UBND"), as plain text.
    QString expectedCode() const { return m_expectedCode; }

public slots:
    void reject() override;

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void buildForm();
    void loadBooks();
    void updateNextNumber();
    void updateSubjectCounter();
    bool isDirty() const;

    Workspace& m_ws;
    User m_user;
    OutgoingRegistry m_registry;
    std::optional<Issuance> m_issuance;
    std::optional<RegistrationForm> m_form;
    QString m_expectedCode;

    FileListEditor* m_files;
    QLineEdit* m_notation;
    QComboBox* m_type;
    QPlainTextEdit* m_subject;
    QLabel* m_subjectCounter;
    QLineEdit* m_signer;
    QLineEdit* m_signerPosition;
    QDateEdit* m_issued;
    QComboBox* m_urgency;
    QComboBox* m_secrecy;
    QComboBox* m_book;
    QPlainTextEdit* m_recipients;
    QSpinBox* m_pages;
    QLabel* m_nextNumber;
    QLabel* m_error;
    QPushButton* m_save;
    QPushButton* m_cancel;
};

} // namespace vanban::ui
