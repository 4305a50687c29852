#pragma once
// First start without a workspace: creates one with the agency profile and the first administrator, so that
// the program is never a dead end. The new administrator is signed in right away.

#include "model/User.h"

#include <QDialog>
#include <QHash>

class QLabel;
class QLineEdit;
class QPushButton;

namespace vanban::ui {

class FirstRunDialog : public QDialog {
    Q_OBJECT

public:
    explicit FirstRunDialog(const QString& workspaceDir, QWidget* parent = nullptr);

    // After acceptance: the administrator's login (the workspace exists in workspaceDir).
    QString adminLogin() const;

public slots:
    void create();

private:
    void showError(const QString& message, const QString& field);
    void setBusy(bool busy);

    QString m_dir;
    bool m_busy = false;
    QLineEdit* m_organId;
    QLineEdit* m_organName;
    QLineEdit* m_login;
    QLineEdit* m_fullName;
    QLineEdit* m_password;
    QLineEdit* m_password2;
    QLabel* m_error;
    QPushButton* m_create;
    QHash<QString, QLineEdit*> m_fields;
};

} // namespace vanban::ui
