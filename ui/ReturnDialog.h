#pragma once
// Asks why a received document goes back to its sender. The reason is required: the sender reads it
// (status 02, “từ chối tiếp nhận”).

#include <QDialog>

class QDialogButtonBox;
class QPlainTextEdit;

namespace vanban::ui {

class ReturnDialog : public QDialog {
    Q_OBJECT

public:
    // what: the document as the clerk knows it, e.g. "12/UBND-VP — UBND huyện Nam Đàn".
    explicit ReturnDialog(const QString& what, QWidget* parent = nullptr);
    QString reason() const;

private:
    QPlainTextEdit* m_reason;
    QDialogButtonBox* m_buttons;
};

} // namespace vanban::ui
