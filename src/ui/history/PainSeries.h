#pragma once

#include "models/history/RunRecord.h"

#include <QPointF>
#include <QRectF>
#include <QString>

#include <vector>

namespace acu {

/// One rating on the chart: when the run started (ms since the epoch, UTC) and the rating.
struct PainPoint {
    qint64 ms = 0;
    int pain = 0;

    friend bool operator==(const PainPoint&, const PainPoint&) = default;
};

/// The ratings the chart draws, each line in time order: runs without a rating of a line are
/// left out of it, so a line joins only real ratings.
struct PainSeries {
    std::vector<PainPoint> before;
    std::vector<PainPoint> after;
    qint64 firstMs = 0; ///< the earliest point of either line
    qint64 lastMs = 0;  ///< the latest

    [[nodiscard]] bool empty() const { return before.empty() && after.empty(); }
};

/// The most runs the chart shows: the newest with at least one rating.
inline constexpr std::size_t kChartRuns = 60;

/// The lines of the newest `most` rated runs of runs (oldest first, as RunHistory keeps them).
[[nodiscard]] PainSeries painSeries(const std::vector<RunRecord>& runs, std::size_t most = kChartRuns);

/// Where a rating goes in the plot area: time from firstMs (left edge) to lastMs (right edge;
/// the middle when they are equal), pain from 0 (bottom edge) to 10 (top edge).
[[nodiscard]] QPointF chartPosition(const QRectF& plot, qint64 firstMs, qint64 lastMs, qint64 ms, int pain);

/// What the chart shows, in a sentence for screen readers: "Pain before fell from 7 to 3 over
/// 5 runs; pain after fell from 4 to 1 over 5 runs."; emptyChartText() when there is nothing.
[[nodiscard]] QString painChartSummary(const PainSeries& series);

/// What the chart says when no run has a rating.
[[nodiscard]] QString emptyChartText();

} // namespace acu
