#pragma once
// “Cấu hình trục liên thông” (administrators): the exchange's address, the agency's SystemId, the secret key
// (masked, never shown back: left empty, the stored key is kept) and an optional CA file. Saved with
// ExchangeSettings::configure on the worker (the key may go to the system keychain), which also refuses plain
// http except to this computer.

#include "model/User.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace vanban {
class Workspace;
}

namespace vanban::ui {

class WorkspaceWorker;

class ExchangeSettingsDialog : public QDialog {
    Q_OBJECT

public:
    // workspace: the UI thread's connection (reads what is configured); worker: saves.
    ExchangeSettingsDialog(Workspace& workspace, WorkspaceWorker& worker, const User& user, QWidget* parent = nullptr);

    QString errorText() const;
    bool isSaving() const { return m_saving; }
    bool wasConfigured() const { return m_configured; }

public slots:
    void save();

private:
    void showError(const QString& message, QWidget* field = nullptr);
    void browseCaFile();

    WorkspaceWorker& m_worker;
    User m_user;
    bool m_configured = false;
    bool m_saving = false;
    QLineEdit* m_url;
    QLineEdit* m_systemId;
    QLineEdit* m_secret;
    QLineEdit* m_caFile;
    QLabel* m_error;
    QPushButton* m_save;
};

} // namespace vanban::ui
