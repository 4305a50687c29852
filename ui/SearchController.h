#pragma once
// The search box of the window: debounced (250 ms), run on the query worker's own connection, stale results
// dropped by sequence number. Escape clears the box; an empty box means “no search”.

#include "search/SearchIndex.h"

#include <QObject>
#include <atomic>
#include <memory>
#include <optional>

class QLineEdit;
class QTimer;

namespace vanban::ui {

class WorkspaceWorker;

class SearchController : public QObject {
    Q_OBJECT

public:
    static constexpr int kMaxResults = 500;
    static constexpr int kDebounceMs = 250;

    SearchController(WorkspaceWorker& worker, QLineEdit* box, QObject* parent = nullptr);

    bool isActive() const;
    QString text() const;
    void setYear(std::optional<int> year);
    // The register searched (incoming by default); runs the search again when there is one.
    void setDirection(Direction direction);

public slots:
    // Runs the search for the current text now (also used after a refresh).
    void runNow();
    void clear();

signals:
    void started(const QString& text);
    void resultsReady(const QString& text, const vanban::SearchHits& hits);
    void cleared();
    void failed(const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    WorkspaceWorker& m_worker;
    QLineEdit* m_box;
    QTimer* m_debounce;
    std::optional<int> m_year;
    Direction m_direction = Direction::Incoming;
    int m_sequence = 0;
    std::shared_ptr<std::atomic<int>> m_latest = std::make_shared<std::atomic<int>>(0);
};

} // namespace vanban::ui
