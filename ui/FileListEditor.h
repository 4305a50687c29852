#pragma once
// The files of a document being registered: the first is the main document (a PDF), the others attachments.
// Add with a file dialog or by dropping files, remove, move up and down.

#include <QWidget>

class QListWidget;
class QMimeData;
class QPushButton;

namespace vanban::ui {

class FileListEditor : public QWidget {
    Q_OBJECT

public:
    explicit FileListEditor(QWidget* parent = nullptr);

    QStringList files() const;
    // Adds files not yet in the list; returns how many were added.
    int addFiles(const QStringList& paths);
    QListWidget* list() const { return m_list; }
    QPushButton* addButton() const { return m_add; }

    // The local .pdf files of a drag and drop.
    static QStringList pdfFilesIn(const QMimeData* mime);

public slots:
    void browse();
    void removeSelected();
    void moveUp();
    void moveDown();

signals:
    void filesChanged();

private:
    void move(int delta);
    void relabel();
    void updateButtons();

    QListWidget* m_list;
    QPushButton* m_add;
    QPushButton* m_remove;
    QPushButton* m_up;
    QPushButton* m_down;
};

} // namespace vanban::ui
