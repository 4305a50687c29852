#pragma once
// A received package awaiting the clerk: its metadata as the sender wrote it, its files (open / save as) with
// the preview of the main PDF, and the two decisions — “Tiếp nhận” (register it in the incoming book) and
// “Trả lại” (send it back with a reason).

#include "exchange/ExchangeInbox.h"

#include <QHash>
#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;
class QTabWidget;

namespace vanban::ui {

class DocumentFilesWidget;
class PdfPreviewWidget;
class SignaturePanel;

class InboxDetailPane : public QWidget {
    Q_OBJECT

public:
    // blobs: the workspace's store (the files are read from it); mayDecide: the user registers documents.
    InboxDetailPane(const BlobStore& blobs, bool mayDecide, QWidget* parent = nullptr);

    // Shows a package; nullptr clears the pane.
    void showItem(const InboxItem* item);
    qint64 itemId() const { return m_item ? m_item->id : 0; }
    PdfPreviewWidget* preview() const { return m_preview; }
    SignaturePanel* signaturePanel() const { return m_signatures; }
    QPushButton* acceptButton() const { return m_accept; }
    QPushButton* returnButton() const { return m_return; }
    // While a decision is being saved the buttons wait.
    void setBusy(bool busy);

signals:
    void acceptRequested(qint64 inboxId);
    void returnRequested(qint64 inboxId);
    void statusMessage(const QString& message);

private:
    QLabel* addField(QFormLayout* form, const QString& objectName, const QString& label);
    void updateButtons();

    BlobStore m_blobs;
    bool m_mayDecide;
    bool m_busy = false;
    std::optional<InboxItem> m_item;
    QLabel* m_title;
    QLabel* m_subject;
    QLabel* m_notice;
    QTabWidget* m_tabs;
    QHash<QString, QLabel*> m_fields;
    DocumentFilesWidget* m_files;
    PdfPreviewWidget* m_preview;
    SignaturePanel* m_signatures; // checked before the clerk accepts (Nghị định 30 Art. 21)
    QPushButton* m_accept;
    QPushButton* m_return;
};

} // namespace vanban::ui
