#pragma once

#include "core/catalogue/PointTypes.h"

#include <optional>
#include <string>
#include <vector>

namespace acu {

/// A hold as the summary reads it: seconds from min to max, max empty for an open upper
/// bound ("at least two minutes"), and the sources that give it.
struct HoldRange {
    int min = 0;
    std::optional<int> max;
    SourceIds sources;
};

/// The catalogue's durations as hold ranges. The one place that reads Duration's bounds.
[[nodiscard]] std::vector<HoldRange> holdRanges(const std::vector<Duration>& durations);

/// What the sources of a point's holds say together.
struct HoldSummary {
    enum class Kind {
        All,  ///< every source allows the range
        Most, ///< more than half of the sources allow it
        Span, ///< no majority: the range all figures span
    };
    Kind kind = Kind::Span;
    int agreeing = 0; ///< distinct sources that allow the range (Span: all of them)
    int sources = 0;  ///< distinct sources that give a hold
    int min = 0;
    std::optional<int> max; ///< empty: no upper bound
};

/// The range most sources allow: the smallest hold that the most distinct sources' ranges
/// contain, widened to where all of those ranges overlap. BL40's 30 s, 10-15 min (one
/// source), 1-2 min and at least 2 min give "most (2 of 3): 2 min"; BL23's 1 min, 1-2 min
/// and 30 s-1 min give "all 3: 1 min". Without a majority, the span of every figure.
/// nullopt when fewer than two sources give a hold (there is nothing to summarise).
/// Costs O(n log n) in the number of ranges.
[[nodiscard]] std::optional<HoldSummary> summariseHolds(const std::vector<HoldRange>& holds);

} // namespace acu
