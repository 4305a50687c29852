#pragma once
// Sign-in: user name, password and the interface language. The password is checked (scrypt, ~0.3 s) on the
// workspace worker thread so that the dialog stays responsive.

#include "model/User.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace vanban::ui {

class WorkspaceWorker;

class LoginDialog : public QDialog {
    Q_OBJECT

public:
    LoginDialog(WorkspaceWorker& worker, const QString& language, QWidget* parent = nullptr);

    void setAgencyName(const QString& name);
    void setCredentials(const QString& login, const QString& password);
    void setHint(const QString& hint);
    const User& user() const { return m_user; }
    QString language() const;

public slots:
    void submit();

signals:
    // The user picked another language; the application installs it and the dialog retranslates itself.
    void languageChanged(const QString& language);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void setBusy(bool busy);

    WorkspaceWorker& m_worker;
    User m_user;
    bool m_busy = false;
    QLabel* m_title;
    QLabel* m_agency;
    QLabel* m_loginLabel;
    QLabel* m_passwordLabel;
    QLabel* m_languageLabel;
    QLineEdit* m_login;
    QLineEdit* m_password;
    QComboBox* m_language;
    QLabel* m_error;
    QLabel* m_hint;
    QDialogButtonBox* m_buttons;
    QPushButton* m_ok;
};

} // namespace vanban::ui
