#pragma once
// The exchange's permanent label in the status bar: when the last synchronisation ran, what it sent and received,
// what waits in the outbox and in the inbox, and the problems of the last round (a red marker; the full list in
// the tooltip). When the exchange is not configured it says so, and offers the settings to an administrator.

#include <QLabel>

namespace vanban::ui {

class SyncController;

class SyncStatusLabel : public QLabel {
    Q_OBJECT

public:
    SyncStatusLabel(SyncController* controller, bool mayConfigure, QWidget* parent = nullptr);

signals:
    void configureRequested();

private:
    void refresh();

    SyncController* m_controller;
    bool m_mayConfigure;
};

} // namespace vanban::ui
