#include "SearchController.h"

#include "WorkspaceWorker.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QTimer>

namespace vanban::ui {

SearchController::SearchController(WorkspaceWorker& worker, QLineEdit* box, QObject* parent)
    : QObject(parent)
    , m_worker(worker)
    , m_box(box) {
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &SearchController::runNow);
    connect(m_box, &QLineEdit::textEdited, m_debounce, qOverload<>(&QTimer::start));
    // The clear button changes the text without textEdited.
    connect(m_box, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.isEmpty())
            runNow();
    });
    connect(m_box, &QLineEdit::returnPressed, this, &SearchController::runNow);
    m_box->installEventFilter(this);
}

bool SearchController::isActive() const {
    return !m_box->text().trimmed().isEmpty();
}

QString SearchController::text() const {
    return m_box->text().trimmed();
}

void SearchController::setYear(std::optional<int> year) {
    m_year = year;
    if (isActive())
        runNow();
}

void SearchController::setDirection(Direction direction) {
    if (direction == m_direction)
        return;
    m_direction = direction;
    if (isActive())
        runNow();
}

void SearchController::clear() {
    m_box->clear();
}

void SearchController::runNow() {
    m_debounce->stop();
    const int sequence = ++m_sequence;
    m_latest->store(sequence);
    const QString text = this->text();
    if (text.isEmpty()) {
        emit cleared();
        return;
    }
    emit started(text);
    SearchFilters filters;
    filters.direction = m_direction;
    filters.year = m_year;
    auto latest = m_latest;
    m_worker.post(
        this,
        [text, filters, sequence, latest](Workspace& ws) -> Result<SearchHits> {
            if (latest->load() != sequence) // a newer search is queued: skip this one
                return SearchHits{};
            return SearchIndex::search(ws.database(), text, filters, kMaxResults);
        },
        [this, text, sequence](Result<SearchHits> hits) {
            if (sequence != m_sequence)
                return; // stale
            if (!hits)
                emit failed(hits.error().message);
            else
                emit resultsReady(text, *hits);
        });
}

bool SearchController::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_box && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape && !m_box->text().isEmpty()) {
        m_box->clear();
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace vanban::ui
