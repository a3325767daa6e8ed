#pragma once

// How much of each WHO channel a catalogue holds, counted from the channel table
// (core/search/PointCode.h): for the validator's check of channels declared complete and for
// the summary `--validate` prints.

#include "core/catalogue/PointTypes.h"
#include "core/search/PointCode.h"

#include <string>
#include <vector>

namespace acu {

/// One channel's points in a catalogue.
struct ChannelHolding {
    const Channel* channel = nullptr;
    /// held[n - 1]: whether point n of the channel is in the catalogue.
    std::vector<bool> held;
    int count = 0; ///< how many of the channel's points are held, each counted once

    /// The codes of the channel's points the catalogue lacks, lowest first: "LU5", "LU6".
    [[nodiscard]] std::vector<std::string> missing() const;
};

struct ChannelCoverage {
    std::vector<ChannelHolding> channels; ///< the 14 channels, in WHO order
    int meridianPoints = 0;               ///< distinct channel points held
    int meridianTotal = 0;                ///< points in all 14 channels: 361
    int extraPoints = 0;                  ///< distinct extra points held (EX-...)

    /// The holding of a channel prefix ("LU"), or nullptr for a prefix that is no channel.
    [[nodiscard]] const ChannelHolding* find(std::string_view prefix) const;
};

/// Counts the points by channel. Codes that are not valid WHO codes are not counted (the
/// validator reports them), and a code listed twice counts once. Linear in the points.
[[nodiscard]] ChannelCoverage channelCoverage(const std::vector<Point>& points);

/// "LU 11 of 11, LI 20 of 20, ..., CV 24 of 24; 361 meridian points of 361, plus 6 extra points".
[[nodiscard]] std::string coverageSummary(const ChannelCoverage& coverage);

} // namespace acu
