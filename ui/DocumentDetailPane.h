#pragma once
// Everything about the selected document: its metadata, files and history in tabs, and a preview of the main
// PDF beside them. The metadata shown follows the register: arrival and sender for văn bản đến, signer and
// recipients for văn bản đi.

#include "model/Document.h"

#include <QHash>
#include <QWidget>

class QFormLayout;
class QLabel;
class QTabWidget;
class QTreeWidget;

namespace vanban {
class Workspace;
}

namespace vanban::ui {

class DocumentFilesWidget;
class ExchangeRecipientsWidget;
class PdfPreviewWidget;
class SignaturePanel;

class DocumentDetailPane : public QWidget {
    Q_OBJECT

public:
    // The workspace must belong to the UI thread and outlive the pane.
    explicit DocumentDetailPane(Workspace& workspace, QWidget* parent = nullptr)
        : DocumentDetailPane(workspace, Direction::Incoming, parent) {}
    DocumentDetailPane(Workspace& workspace, Direction direction, QWidget* parent = nullptr);
    Direction direction() const { return m_direction; }

    // Loads and shows a document; 0 clears the pane.
    void showDocument(qint64 id);
    qint64 documentId() const { return m_id; }
    // The document shown (a default Document when none).
    const Document& document() const { return m_document; }
    // Reads the exchange recipients of the outgoing document shown again (after a synchronisation).
    void refreshExchange();
    PdfPreviewWidget* preview() const { return m_preview; }
    SignaturePanel* signaturePanel() const { return m_signatures; }
    // The main PDF of the document shown (a blob of the workspace: read it, never write it), or empty.
    const QString& mainPdf() const { return m_mainPdf; }
    // Shows the Signatures tab.
    void showSignatures();

signals:
    void statusMessage(const QString& message);

private:
    QLabel* addField(QFormLayout* form, const QString& objectName, const QString& label);
    void clear(const QString& message);
    void fill(const Document& doc);
    void fillHistory(const QList<HistoryEntry>& history);

    Workspace& m_ws;
    Direction m_direction;
    qint64 m_id = 0;
    Document m_document;
    QHash<QString, QString> m_bookNames;
    QLabel* m_title;
    QLabel* m_subject;
    QTabWidget* m_tabs;
    QHash<QString, QLabel*> m_fields;
    DocumentFilesWidget* m_files;
    QTreeWidget* m_history;
    PdfPreviewWidget* m_preview;
    ExchangeRecipientsWidget* m_exchange = nullptr; // outgoing only
    SignaturePanel* m_signatures;
    QString m_mainPdf;
};

} // namespace vanban::ui
