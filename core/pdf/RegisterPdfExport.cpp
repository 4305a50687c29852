#include "pdf/RegisterPdfExport.h"

#include "reports/RegisterExport.h"

#include <QFont>
#include <QFontMetrics>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace vanban {

namespace {
// Relative widths of the ten columns of Phụ lục IV (sổ đăng ký văn bản đến, văn bản đi); each sums to 108.
constexpr int kIncomingWeights[10] = {8, 6, 16, 11, 8, 27, 10, 7, 6, 9};
constexpr int kOutgoingWeights[10] = {12, 8, 27, 13, 14, 9, 5, 7, 6, 7};
constexpr int kWeightSum = 108;
constexpr int kDpi = 150;
constexpr int kPad = 6;

class PageWriter {
public:
    PageWriter(QPdfWriter& writer, QPainter& painter, Direction direction, QString agency, QString title, QString year)
        : m_writer(writer)
        , m_p(painter)
        , m_header(RegisterExport::header(direction))
        , m_agency(std::move(agency))
        , m_title(std::move(title))
        , m_year(std::move(year)) {
        const int* weights = direction == Direction::Incoming ? kIncomingWeights : kOutgoingWeights;
        const QRect page = m_p.viewport();
        m_width = page.width();
        m_height = page.height();
        int x = 0;
        for (int i = 0; i < 10; ++i) {
            const int w = m_width * weights[i] / kWeightSum;
            m_columns[i] = {x, i == 9 ? m_width - x : w};
            x += w;
        }
        m_body = QFont(QStringLiteral("Liberation Serif"));
        m_body.setPointSizeF(10);
        m_bold = m_body;
        m_bold.setBold(true);
    }

    void start() { beginPage(true); }

    void row(const QStringList& cells) {
        m_p.setFont(m_body);
        const int h = rowHeight(cells, m_body);
        if (m_y + h > m_height - footerHeight()) {
            finishPage();
            m_writer.newPage();
            beginPage(false);
            m_p.setFont(m_body);
        }
        drawRow(cells, h, Qt::AlignLeft | Qt::AlignTop);
    }

    void finish() { finishPage(); }

private:
    struct Column {
        int x, w;
    };

    int footerHeight() const { return QFontMetrics(m_body, &m_writer).height() * 2; }

    int rowHeight(const QStringList& cells, const QFont& font) const {
        const QFontMetrics fm(font, &m_writer);
        int h = fm.height();
        for (int i = 0; i < cells.size() && i < 10; ++i)
            h = qMax(
                h,
                fm.boundingRect(QRect(0, 0, m_columns[i].w - 2 * kPad, 100000), Qt::TextWordWrap, cells[i]).height());
        return h + 2 * kPad;
    }

    void drawRow(const QStringList& cells, int h, int alignment) {
        for (int i = 0; i < 10; ++i) {
            const QRect cell(m_columns[i].x, m_y, m_columns[i].w, h);
            m_p.drawRect(cell);
            if (i < cells.size())
                m_p.drawText(cell.adjusted(kPad, kPad, -kPad, -kPad), alignment | Qt::TextWordWrap, cells[i]);
        }
        m_y += h;
    }

    void beginPage(bool first) {
        ++m_page;
        m_y = 0;
        m_p.setPen(QPen(Qt::black, 1));
        if (first) {
            QFont big = m_bold;
            big.setPointSizeF(16);
            const QFontMetrics small(m_bold, &m_writer);
            const QFontMetrics large(big, &m_writer);
            m_p.setFont(m_bold);
            m_p.drawText(QRect(0, 0, m_width, small.height()), Qt::AlignLeft, m_agency.toUpper());
            m_y += small.height() * 3;
            m_p.setFont(big);
            m_p.drawText(QRect(0, m_y, m_width, large.height()), Qt::AlignHCenter, m_title);
            m_y += large.height();
            m_p.setFont(m_bold);
            m_p.drawText(QRect(0, m_y, m_width, small.height()), Qt::AlignHCenter, m_year);
            m_y += small.height() * 2;
        }
        m_p.setFont(m_bold);
        drawRow(m_header, rowHeight(m_header, m_bold), Qt::AlignHCenter | Qt::AlignVCenter);
        QStringList numbers;
        for (int i = 1; i <= 10; ++i)
            numbers << QString::number(i);
        drawRow(numbers, rowHeight(numbers, m_bold), Qt::AlignHCenter | Qt::AlignVCenter);
    }

    void finishPage() {
        m_p.setFont(m_body);
        const int h = QFontMetrics(m_body, &m_writer).height();
        m_p.drawText(QRect(0, m_height - h, m_width, h), Qt::AlignHCenter, QString::number(m_page));
    }

    QPdfWriter& m_writer;
    QPainter& m_p;
    QStringList m_header;
    QString m_agency, m_title, m_year;
    Column m_columns[10];
    QFont m_body, m_bold;
    int m_width = 0, m_height = 0, m_y = 0, m_page = 0;
};
} // namespace

Result<qint64> RegisterPdfExport::write(Database& db, const AgencyProfile& agency, Direction direction, int year,
                                        const QString& outPath) {
    QSaveFile out(outPath);
    if (!out.open(QIODevice::WriteOnly))
        return Error{ErrorCode::External, tr("Cannot write %1: %2").arg(outPath, out.errorString())};
    qint64 rows = 0;
    {
        QPdfWriter writer(&out);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(15, 15, 15, 12),
                                         QPageLayout::Millimeter));
        writer.setResolution(kDpi);
        const bool incoming = direction == Direction::Incoming;
        writer.setTitle((incoming ? QStringLiteral("Sổ đăng ký văn bản đến năm %1 — %2")
                                  : QStringLiteral("Sổ đăng ký văn bản đi năm %1 — %2"))
                            .arg(year)
                            .arg(agency.organName));
        writer.setCreator(QStringLiteral("VanBan"));
        QPainter painter;
        if (!painter.begin(&writer))
            return Error{ErrorCode::External, tr("Cannot write %1: %2").arg(outPath, out.errorString())};
        // The form's title and column names are the legal form's own and stay in Vietnamese.
        PageWriter pages(writer, painter, direction, agency.organName,
                         incoming ? QStringLiteral("SỔ ĐĂNG KÝ VĂN BẢN ĐẾN") : QStringLiteral("SỔ ĐĂNG KÝ VĂN BẢN ĐI"),
                         QStringLiteral("Năm %1").arg(year));
        pages.start();
        auto written = RegisterExport::forEachRow(db, direction, year, [&](const Document& d) -> Status {
            pages.row(RegisterExport::row(d));
            return {};
        });
        if (!written) {
            painter.end();
            out.cancelWriting();
            return written.error();
        }
        rows = *written;
        pages.finish();
        painter.end();
    }
    if (!out.commit())
        return Error{ErrorCode::External, tr("Cannot write %1: %2").arg(outPath, out.errorString())};
    return rows;
}

} // namespace vanban
