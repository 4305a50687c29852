#include "PdfPreviewWidget.h"

#include "AsyncTask.h"
#include "pdf/PdfDocument.h"

#include <QAction>
#include <QLabel>
#include <QMouseEvent>
#include <QRubberBand>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace vanban::ui {

namespace {
constexpr double kScreenDpi = 96.0; // zoom 100 % = the page's real size on a 96 dpi screen
constexpr double kMinZoom = 0.25;
constexpr double kMaxZoom = 4.0;
constexpr int kPageMargin = 12;

QAction* makeAction(QToolBar* bar, const QString& text, const QString& iconText, const QIcon& icon) {
    QAction* action = bar->addAction(icon, text);
    action->setIconText(iconText);
    action->setToolTip(text);
    return action;
}
} // namespace

PdfPreviewWidget::PdfPreviewWidget(QWidget* parent)
    : QWidget(parent) {
    auto* bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("previewToolBar"));
    bar->setIconSize(QSize(16, 16));
    bar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_previous = makeAction(bar, tr("Previous page"), QStringLiteral("‹"), style()->standardIcon(QStyle::SP_ArrowBack));
    m_pageLabel = new QLabel(bar);
    m_pageLabel->setObjectName(QStringLiteral("pageLabel"));
    m_pageLabel->setMinimumWidth(80);
    m_pageLabel->setAlignment(Qt::AlignCenter);
    bar->addWidget(m_pageLabel);
    m_next = makeAction(bar, tr("Next page"), QStringLiteral("›"), style()->standardIcon(QStyle::SP_ArrowForward));
    bar->addSeparator();
    m_zoomOut = makeAction(bar, tr("Zoom out"), QStringLiteral("−"), QIcon::fromTheme(QStringLiteral("zoom-out")));
    m_zoomLabel = new QLabel(bar);
    m_zoomLabel->setObjectName(QStringLiteral("zoomLabel"));
    m_zoomLabel->setMinimumWidth(48);
    m_zoomLabel->setAlignment(Qt::AlignCenter);
    bar->addWidget(m_zoomLabel);
    m_zoomIn = makeAction(bar, tr("Zoom in"), QStringLiteral("+"), QIcon::fromTheme(QStringLiteral("zoom-in")));
    m_fit = makeAction(bar, tr("Fit width"), tr("Fit width"), QIcon::fromTheme(QStringLiteral("zoom-fit-width")));
    m_fit->setCheckable(true);
    m_fit->setChecked(true);

    // Window-wide: the window has only one zoomable view.
    m_zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    m_zoomOut->setShortcut(QKeySequence::ZoomOut);
    m_previous->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    m_next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    for (QAction* a : {m_zoomIn, m_zoomOut, m_previous, m_next})
        a->setToolTip(tr("%1 (%2)").arg(a->text(), a->shortcut().toString(QKeySequence::NativeText)));
    connect(m_previous, &QAction::triggered, this, &PdfPreviewWidget::previousPage);
    connect(m_next, &QAction::triggered, this, &PdfPreviewWidget::nextPage);
    connect(m_zoomIn, &QAction::triggered, this, &PdfPreviewWidget::zoomIn);
    connect(m_zoomOut, &QAction::triggered, this, &PdfPreviewWidget::zoomOut);
    connect(m_fit, &QAction::triggered, this, &PdfPreviewWidget::fitWidth);

    m_pageImage = new QLabel;
    m_pageImage->setObjectName(QStringLiteral("pageImage"));
    m_pageImage->setAlignment(Qt::AlignCenter);
    m_pageImage->setWordWrap(true);
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("previewScrollArea"));
    m_scroll->setWidget(m_pageImage);
    m_scroll->setWidgetResizable(true);
    m_scroll->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_scroll->setBackgroundRole(QPalette::Dark);
    m_scroll->setFrameShape(QFrame::NoFrame);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(bar);
    layout->addWidget(m_scroll, 1);

    m_resizeTimer = new QTimer(this);
    m_resizeTimer->setSingleShot(true);
    m_resizeTimer->setInterval(150);
    connect(m_resizeTimer, &QTimer::timeout, this, [this] {
        if (m_fitWidth && !m_path.isEmpty())
            render();
    });
    setFile({});
}

void PdfPreviewWidget::setFile(const QString& pdfPath, const QString& emptyMessage) {
    m_path = pdfPath;
    m_page = 0;
    m_pageCount = 0;
    ++m_generation; // whatever is still rendering belongs to the previous file
    if (m_path.isEmpty()) {
        m_rendering = false;
        showMessage(emptyMessage.isEmpty() ? tr("No document selected.") : emptyMessage);
        updateControls();
        emit pageShown();
        return;
    }
    showMessage(tr("Loading the preview…"));
    render();
}

void PdfPreviewWidget::showMessage(const QString& message) {
    m_pageImage->setPixmap({});
    m_pageImage->setText(message);
    m_pageImage->setForegroundRole(QPalette::BrightText);
}

void PdfPreviewWidget::render() {
    const quint64 generation = ++m_generation;
    m_rendering = true;
    updateControls();
    const QString path = m_path;
    const int page = m_page;
    const bool fit = m_fitWidth;
    const double zoom = m_zoom;
    const double width = qMax(100, m_scroll->viewport()->width() - 2 * kPageMargin);
    const double ratio = devicePixelRatioF();
    AsyncTask::run(
        this,
        [path, page, fit, zoom, width, ratio]() -> Rendered {
            Rendered out;
            auto doc = PdfDocument::open(path);
            if (!doc) {
                out.error = doc.error().message;
                return out;
            }
            out.pageCount = (*doc)->pageCount();
            out.page = qBound(0, page, qMax(0, out.pageCount - 1));
            const QSizeF points = (*doc)->pageSizePoints(out.page);
            out.points = points;
            out.zoom = fit && points.width() > 0 ? width / (points.width() / 72.0 * kScreenDpi) : zoom;
            out.zoom = qBound(kMinZoom, out.zoom, kMaxZoom);
            auto image = (*doc)->render(out.page, kScreenDpi * out.zoom * ratio);
            if (!image) {
                out.error = image.error().message;
                return out;
            }
            out.image = std::move(image).value();
            out.image.setDevicePixelRatio(ratio);
            return out;
        },
        [this, generation](Rendered result) {
            if (generation != m_generation)
                return; // the selection, page or zoom changed meanwhile
            showRendered(result);
        });
}

void PdfPreviewWidget::showRendered(const Rendered& result) {
    m_rendering = false;
    if (!result.error.isEmpty()) {
        m_pageCount = 0;
        showMessage(tr("The preview is not available: %1").arg(result.error));
    } else {
        m_pageCount = result.pageCount;
        m_page = result.page;
        m_zoom = result.zoom;
        m_pagePoints = result.points;
        m_pageImage->setText({});
        m_pageImage->setPixmap(QPixmap::fromImage(result.image));
    }
    updateBand();
    updateControls();
    emit pageShown();
}

void PdfPreviewWidget::updateControls() {
    const bool loaded = m_pageCount > 0;
    m_pageLabel->setText(loaded ? tr("Page %1/%2").arg(m_page + 1).arg(m_pageCount) : QString());
    m_zoomLabel->setText(loaded ? QStringLiteral("%1 %").arg(qRound(m_zoom * 100)) : QString());
    m_previous->setEnabled(loaded && m_page > 0);
    m_next->setEnabled(loaded && m_page + 1 < m_pageCount);
    m_zoomIn->setEnabled(loaded && m_zoom < kMaxZoom);
    m_zoomOut->setEnabled(loaded && m_zoom > kMinZoom);
    m_fit->setEnabled(loaded);
    m_fit->setChecked(m_fitWidth);
}

void PdfPreviewWidget::showPage(int page) {
    if (m_pageCount == 0 || page < 0 || page >= m_pageCount || page == m_page)
        return;
    m_page = page;
    render();
}

void PdfPreviewWidget::setSelectionEnabled(bool on) {
    m_selecting = on;
    m_pageImage->setCursor(on ? Qt::CrossCursor : Qt::ArrowCursor);
    if (on && !m_band) {
        m_band = new QRubberBand(QRubberBand::Rectangle, m_pageImage);
        m_band->setObjectName(QStringLiteral("selectionBand"));
        m_pageImage->installEventFilter(this);
    }
    updateBand();
}

void PdfPreviewWidget::setSelection(const std::optional<PageRect>& selection) {
    m_selection = selection;
    if (m_selection && m_selection->page != m_page)
        showPage(m_selection->page);
    updateBand();
}

namespace {
// The page picture's rectangle inside the label (centred), in logical pixels.
QRectF pixmapArea(const QLabel* label) {
    const QPixmap pixmap = label->pixmap();
    if (pixmap.isNull())
        return {};
    const QSizeF size = pixmap.deviceIndependentSize();
    return QRectF(QPointF((label->width() - size.width()) / 2.0, (label->height() - size.height()) / 2.0), size);
}
} // namespace

QPointF PdfPreviewWidget::toPagePoints(const QPoint& labelPos) const {
    const QRectF area = pixmapArea(m_pageImage);
    if (area.isEmpty() || m_pagePoints.isEmpty())
        return {};
    const double scale = m_pagePoints.width() / area.width();
    const double x = qBound(0.0, (labelPos.x() - area.left()) * scale, m_pagePoints.width());
    const double yDown = qBound(0.0, (labelPos.y() - area.top()) * scale, m_pagePoints.height());
    return {x, m_pagePoints.height() - yDown};
}

QRect PdfPreviewWidget::toLabelRect(const QRectF& points) const {
    const QRectF area = pixmapArea(m_pageImage);
    if (area.isEmpty() || m_pagePoints.isEmpty())
        return {};
    const double scale = area.width() / m_pagePoints.width();
    return QRectF(area.left() + points.left() * scale, area.top() + (m_pagePoints.height() - points.bottom()) * scale,
                  points.width() * scale, points.height() * scale)
        .toRect();
}

void PdfPreviewWidget::updateBand() {
    if (!m_band)
        return;
    if (!m_selecting || !m_selection || m_selection->page != m_page || m_pageCount == 0 || m_rendering) {
        if (!m_dragging)
            m_band->hide();
        return;
    }
    m_band->setGeometry(toLabelRect(m_selection->rect));
    m_band->show();
}

bool PdfPreviewWidget::eventFilter(QObject* watched, QEvent* event) {
    if (watched != m_pageImage || !m_selecting || m_pageCount == 0)
        return QWidget::eventFilter(watched, event);
    auto* mouse = dynamic_cast<QMouseEvent*>(event);
    if (!mouse)
        return QWidget::eventFilter(watched, event);
    const QPoint pos = mouse->position().toPoint();
    switch (event->type()) {
    case QEvent::MouseButtonPress:
        if (mouse->button() != Qt::LeftButton)
            break;
        m_dragging = true;
        m_dragStart = pos;
        m_band->setGeometry(QRect(pos, QSize()));
        m_band->show();
        return true;
    case QEvent::MouseMove:
        if (!m_dragging)
            break;
        m_band->setGeometry(QRect(m_dragStart, pos).normalized());
        return true;
    case QEvent::MouseButtonRelease: {
        if (!m_dragging || mouse->button() != Qt::LeftButton)
            break;
        m_dragging = false;
        const QPointF a = toPagePoints(m_dragStart);
        const QPointF b = toPagePoints(pos);
        const QRectF rect = QRectF(a, b).normalized();
        if (rect.width() >= 10 && rect.height() >= 10) { // a click is not a rectangle
            m_selection = PageRect{m_page, rect};
            emit selectionChanged();
        }
        updateBand();
        return true;
    }
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void PdfPreviewWidget::nextPage() {
    if (m_page + 1 >= m_pageCount)
        return;
    ++m_page;
    render();
    m_scroll->verticalScrollBar()->setValue(0);
}

void PdfPreviewWidget::previousPage() {
    if (m_page <= 0)
        return;
    --m_page;
    render();
    m_scroll->verticalScrollBar()->setValue(0);
}

void PdfPreviewWidget::setZoom(double zoom) {
    if (m_pageCount == 0)
        return;
    m_fitWidth = false;
    m_zoom = qBound(kMinZoom, zoom, kMaxZoom);
    render();
}

void PdfPreviewWidget::zoomIn() {
    setZoom(m_zoom * 1.25);
}

void PdfPreviewWidget::zoomOut() {
    setZoom(m_zoom / 1.25);
}

void PdfPreviewWidget::fitWidth() {
    m_fitWidth = true;
    if (m_pageCount > 0)
        render();
    updateControls();
}

void PdfPreviewWidget::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    if (m_fitWidth && !m_path.isEmpty())
        m_resizeTimer->start();
}

} // namespace vanban::ui
