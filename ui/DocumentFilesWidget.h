#pragma once
// The files of a document (main document first, then attachments) with their sizes; “Open” copies a file out
// of the blob store to a temporary file and opens it with the desktop's viewer, “Save as…” copies it anywhere.
// The copying verifies the digest and runs off the UI thread.

#include "model/Document.h"
#include "storage/BlobStore.h"

#include <QWidget>

class QPushButton;
class QTreeWidget;

namespace vanban::ui {

class DocumentFilesWidget : public QWidget {
    Q_OBJECT

public:
    explicit DocumentFilesWidget(const BlobStore& blobs, QWidget* parent = nullptr);
    void setFiles(const QList<DocumentFile>& files);

public slots:
    void openSelected();
    void saveSelectedAs();

signals:
    void statusMessage(const QString& message);

private:
    const DocumentFile* selectedFile() const;
    void updateButtons();

    BlobStore m_blobs;
    QList<DocumentFile> m_files;
    QTreeWidget* m_list;
    QPushButton* m_open;
    QPushButton* m_saveAs;
};

} // namespace vanban::ui
