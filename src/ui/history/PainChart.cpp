#include "ui/history/PainChart.h"

#include <QDateTime>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace acu {

namespace {

constexpr double kMarkRadius = 3.5;

QColor beforeColour(const QPalette& palette)
{
    return palette.color(QPalette::Text);
}

QColor afterColour(const QPalette& palette)
{
    return palette.color(QPalette::Highlight);
}

QString dateText(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toLocalTime().date(), QLocale::ShortFormat);
}

void drawMark(QPainter& painter, QPointF at, bool after)
{
    if (after)
        painter.drawRect(QRectF(at.x() - kMarkRadius, at.y() - kMarkRadius, 2 * kMarkRadius, 2 * kMarkRadius));
    else
        painter.drawEllipse(at, kMarkRadius + 0.5, kMarkRadius + 0.5);
}

QPen linePen(const QPalette& palette, bool after)
{
    QPen pen(after ? afterColour(palette) : beforeColour(palette), 2);
    pen.setStyle(after ? Qt::DashLine : Qt::SolidLine);
    return pen;
}

} // namespace

PainChart::PainChart(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("painChart"));
    setAccessibleName(tr("Pain ratings over time"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setRuns({});
}

void PainChart::setRuns(const std::vector<RunRecord>& runs)
{
    m_series = painSeries(runs);
    const QString summary = painChartSummary(m_series);
    setAccessibleDescription(summary);
    setToolTip(summary);
    update();
}

QSize PainChart::sizeHint() const
{
    return {600, 240};
}

QSize PainChart::minimumSizeHint() const
{
    return {320, 180};
}

QRectF PainChart::plotArea() const
{
    const QFontMetrics metrics(font());
    // Room for the scale's labels on the left, and for half a date label at either end.
    const double halfDate = (m_series.empty() ? 0
                                              : std::max(metrics.horizontalAdvance(dateText(m_series.firstMs)),
                                                         metrics.horizontalAdvance(dateText(m_series.lastMs)))) /
                                2.0 +
                            6;
    const double left = std::max(metrics.horizontalAdvance(QStringLiteral("10")) + 12.0 + kMarkRadius, halfDate);
    const double top = metrics.height() * 2 + 8; // the key above
    const double bottom = metrics.height() + 12; // the dates below
    return QRectF(rect()).adjusted(left, top, -halfDate, -bottom);
}

void PainChart::paintEvent(QPaintEvent* /*event*/)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    if (m_series.empty()) {
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(QRectF(rect()).adjusted(16, 16, -16, -16), Qt::AlignCenter | Qt::TextWordWrap,
                         emptyChartText());
        return;
    }
    const QRectF plot = plotArea();
    drawAxes(painter, plot);
    drawDates(painter, plot);
    drawLine(painter, plot, m_series.before, false);
    drawLine(painter, plot, m_series.after, true);
    drawKey(painter, plot);
}

void PainChart::drawAxes(QPainter& painter, const QRectF& plot) const
{
    const QFontMetrics metrics(font());
    for (int pain = 0; pain <= 10; pain += 2) {
        const double y = chartPosition(plot, 0, 1, 0, pain).y();
        painter.setPen(QPen(palette().color(QPalette::Mid), pain == 0 ? 1.5 : 0.75));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(palette().color(QPalette::Text));
        const QRectF label(0, y - metrics.height() / 2.0, plot.left() - 8 - kMarkRadius, metrics.height());
        painter.drawText(label, Qt::AlignRight | Qt::AlignVCenter, QString::number(pain));
    }
}

void PainChart::drawDates(QPainter& painter, const QRectF& plot) const
{
    const QFontMetrics metrics(font());
    const double labelWidth = metrics.horizontalAdvance(dateText(m_series.lastMs)) + 16;
    const int gaps =
        m_series.lastMs > m_series.firstMs ? std::clamp(static_cast<int>(plot.width() / labelWidth) - 1, 1, 4) : 0;
    painter.setPen(palette().color(QPalette::Text));
    for (int i = 0; i <= gaps; ++i) {
        const qint64 ms =
            gaps == 0 ? m_series.firstMs : m_series.firstMs + (m_series.lastMs - m_series.firstMs) * i / gaps;
        const double x = chartPosition(plot, m_series.firstMs, m_series.lastMs, ms, 0).x();
        painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 4));
        const QRectF label(x - labelWidth / 2, plot.bottom() + 6, labelWidth, metrics.height());
        painter.drawText(label, Qt::AlignHCenter | Qt::AlignTop, dateText(ms));
    }
}

void PainChart::drawLine(QPainter& painter, const QRectF& plot, const std::vector<PainPoint>& points, bool after) const
{
    if (points.empty())
        return;
    QPainterPath path;
    for (std::size_t i = 0; i < points.size(); ++i) {
        const QPointF at = chartPosition(plot, m_series.firstMs, m_series.lastMs, points[i].ms, points[i].pain);
        if (i == 0)
            path.moveTo(at);
        else
            path.lineTo(at);
    }
    painter.setPen(linePen(palette(), after));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);
    const QColor colour = after ? afterColour(palette()) : beforeColour(palette());
    painter.setPen(QPen(colour, 1.5));
    painter.setBrush(after ? palette().color(QPalette::Base) : colour); // hollow squares, filled circles
    for (const PainPoint& point : points)
        drawMark(painter, chartPosition(plot, m_series.firstMs, m_series.lastMs, point.ms, point.pain), after);
}

void PainChart::drawKey(QPainter& painter, const QRectF& plot) const
{
    const QFontMetrics metrics(font());
    const double y = metrics.height() * 0.75 + 4;
    double x = plot.left();
    for (const bool after : {false, true}) {
        const QString label = after ? tr("Pain after") : tr("Pain before");
        painter.setPen(linePen(palette(), after));
        painter.drawLine(QPointF(x, y), QPointF(x + 28, y));
        const QColor colour = after ? afterColour(palette()) : beforeColour(palette());
        painter.setPen(QPen(colour, 1.5));
        painter.setBrush(after ? palette().color(QPalette::Base) : colour);
        drawMark(painter, QPointF(x + 14, y), after);
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(QPointF(x + 34, y + metrics.ascent() / 2.0 - 1), label);
        x += 34 + metrics.horizontalAdvance(label) + 24;
    }
    painter.setPen(palette().color(QPalette::Text));
    const QString scale = tr("0 = no pain, 10 = worst");
    painter.drawText(QRectF(x, y - metrics.height() / 2.0, std::max(0.0, plot.right() - x), metrics.height()),
                     Qt::AlignRight | Qt::AlignVCenter, scale);
}

} // namespace acu
