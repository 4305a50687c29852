#pragma once
// Preview of a PDF file: one page at a time, rendered with vanban::PdfDocument off the UI thread; page
// navigation, zoom in/out and fit to width. A result that arrives after the file or page changed is dropped.
// With selection enabled (placing a signature), the user drags a rectangle on the page; it is kept in PDF points
// (origin bottom left, as PadesSignRequest wants) with its page.

#include <QRectF>
#include <QWidget>
#include <optional>

class QAction;
class QLabel;
class QRubberBand;
class QScrollArea;
class QTimer;

namespace vanban::ui {

class PdfPreviewWidget : public QWidget {
    Q_OBJECT

public:
    explicit PdfPreviewWidget(QWidget* parent = nullptr);

    // Shows the first page of a PDF; an empty path clears the preview and shows the message instead.
    void setFile(const QString& pdfPath, const QString& emptyMessage = {});
    const QString& file() const { return m_path; }
    int currentPage() const { return m_page; }
    int pageCount() const { return m_pageCount; }
    bool isRendering() const { return m_rendering; }
    double zoom() const { return m_zoom; }

    struct PageRect {
        int page = 0; // 0-based
        QRectF rect;  // PDF points, origin bottom left
    };
    void setSelectionEnabled(bool on);
    // Shows a rectangle (and goes to its page); std::nullopt clears it.
    void setSelection(const std::optional<PageRect>& selection);
    const std::optional<PageRect>& selection() const { return m_selection; }
    // The size of the page shown, in points (empty before the first page is rendered).
    QSizeF pageSizePoints() const { return m_pagePoints; }
    // Maps a point of the page image (widget pixels of the label showing it) to PDF points, and back.
    QPointF toPagePoints(const QPoint& labelPos) const;
    QRect toLabelRect(const QRectF& points) const;
    QLabel* pageImage() const { return m_pageImage; }

public slots:
    void showPage(int page);
    void nextPage();
    void previousPage();
    void zoomIn();
    void zoomOut();
    void fitWidth();

signals:
    // A page (or an error message) is now shown.
    void pageShown();
    // The user dragged a new rectangle (not emitted by setSelection()).
    void selectionChanged();

protected:
    void resizeEvent(QResizeEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Rendered {
        QImage image;
        int pageCount = 0;
        int page = 0;
        double zoom = 1.0;
        QSizeF points;
        QString error;
    };
    void render();
    void showRendered(const Rendered& result);
    void showMessage(const QString& message);
    void updateControls();
    void setZoom(double zoom);
    void updateBand();

    QString m_path;
    int m_page = 0;
    int m_pageCount = 0;
    double m_zoom = 1.0;
    bool m_fitWidth = true;
    bool m_rendering = false;
    quint64 m_generation = 0;

    QAction* m_previous;
    QAction* m_next;
    QAction* m_zoomIn;
    QAction* m_zoomOut;
    QAction* m_fit;
    QLabel* m_pageLabel;
    QLabel* m_zoomLabel;
    QScrollArea* m_scroll;
    QLabel* m_pageImage;
    QTimer* m_resizeTimer;
    QSizeF m_pagePoints;
    bool m_selecting = false;
    std::optional<PageRect> m_selection;
    QPoint m_dragStart;
    bool m_dragging = false;
    QRubberBand* m_band = nullptr;
};

} // namespace vanban::ui
