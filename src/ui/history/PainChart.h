#pragma once

#include "ui/history/PainSeries.h"

#include <QWidget>

namespace acu {

/// A small chart of the pain ratings over time, drawn with QPainter: pain before as a solid
/// line with round marks, pain after as a dashed line with square marks (told apart without
/// colour), the 0-10 scale on the left, dates along the bottom and a key. Colours come from
/// the palette. Its accessible description says what the lines show.
class PainChart final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PainChart)

public:
    explicit PainChart(QWidget* parent = nullptr);

    /// Shows the ratings of these runs (oldest first).
    void setRuns(const std::vector<RunRecord>& runs);
    [[nodiscard]] const PainSeries& series() const { return m_series; }
    /// The area the lines are drawn in, for the widget's current size.
    [[nodiscard]] QRectF plotArea() const;

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void drawAxes(QPainter& painter, const QRectF& plot) const;
    void drawDates(QPainter& painter, const QRectF& plot) const;
    void drawLine(QPainter& painter, const QRectF& plot, const std::vector<PainPoint>& points, bool after) const;
    void drawKey(QPainter& painter, const QRectF& plot) const;

    PainSeries m_series;
};

} // namespace acu
