#pragma once
// Puts the text of newly registered PDFs into the search index in the background (TextIndexer with the Poppler
// extractor), on a worker thread with its own connection. Asking again while it runs schedules one more pass.

#include <QObject>

namespace vanban::ui {

class WorkspaceWorker;

class TextIndexingController : public QObject {
    Q_OBJECT

public:
    explicit TextIndexingController(const QString& workspaceDir, QObject* parent = nullptr);
    bool isRunning() const { return m_running; }

public slots:
    void start();

signals:
    void runningChanged(bool running);
    void finished(int filesIndexed);
    void failed(const QString& message);

private:
    void runPass();

    WorkspaceWorker* m_worker;
    bool m_running = false;
    bool m_again = false;
    int m_indexed = 0;
};

} // namespace vanban::ui
