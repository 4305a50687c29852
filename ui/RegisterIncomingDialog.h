#pragma once
// “Register incoming document” (vào sổ văn bản đến): the files and the fields of Phụ lục VI, the arrival number
// the document will probably get, validation by the registry with the offending field highlighted (no pop-ups),
// the duplicate question, and the registration itself. Every important widget has an objectName (tests).

#include "RegistrationForm.h"
#include "model/User.h"
#include "registry/IncomingRegistry.h"

#include <QDialog>
#include <QHash>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace vanban::ui {

class FileListEditor;

class RegisterIncomingDialog : public QDialog {
    Q_OBJECT

public:
    // The workspace must belong to the UI thread.
    RegisterIncomingDialog(Workspace& workspace, const User& user, QWidget* parent = nullptr);

    // The document as entered so far.
    IncomingDraft draft() const;
    void addFiles(const QStringList& paths);
    // Validates and registers; on success the dialog is accepted. Returns whether it was registered.
    bool save();
    const std::optional<Registration>& registration() const { return m_registration; }
    // The widget that shows a registry field ("code", "subject", "from-name" …), or nullptr.
    QWidget* widgetForField(const QString& field) const;
    QString errorText() const;

public slots:
    void reject() override;

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void buildForm();
    void loadDirectories();
    void updateNextNumber();
    void updateSubjectCounter();
    void showError(const Error& error);
    void organChosen(const QString& name);
    bool isDirty() const;

    Workspace& m_ws;
    User m_user;
    IncomingRegistry m_registry;
    std::optional<Registration> m_registration;
    QHash<QString, QString> m_organIds; // agency name → mã định danh
    std::optional<RegistrationForm> m_form;

    FileListEditor* m_files;
    QLineEdit* m_code;
    QDateEdit* m_issued;
    QComboBox* m_type;
    QPlainTextEdit* m_subject;
    QLabel* m_subjectCounter;
    QLineEdit* m_organName;
    QLineEdit* m_organId;
    QLineEdit* m_signer;
    QComboBox* m_urgency;
    QComboBox* m_secrecy;
    QCheckBox* m_hasDue;
    QDateEdit* m_due;
    QSpinBox* m_pages;
    QDateTimeEdit* m_arrival;
    QComboBox* m_book;
    QLabel* m_nextNumber;
    QLabel* m_error;
    QPushButton* m_save;
    QPushButton* m_cancel;
};

} // namespace vanban::ui
