#pragma once
// Preview of a PDF file: one page at a time, rendered with vanban::PdfDocument off the UI thread; page
// navigation, zoom in/out and fit to width. A result that arrives after the file or page changed is dropped.

#include <QWidget>

class QAction;
class QLabel;
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

public slots:
    void nextPage();
    void previousPage();
    void zoomIn();
    void zoomOut();
    void fitWidth();

signals:
    // A page (or an error message) is now shown.
    void pageShown();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    struct Rendered {
        QImage image;
        int pageCount = 0;
        int page = 0;
        double zoom = 1.0;
        QString error;
    };
    void render();
    void showRendered(const Rendered& result);
    void showMessage(const QString& message);
    void updateControls();
    void setZoom(double zoom);

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
};

} // namespace vanban::ui
