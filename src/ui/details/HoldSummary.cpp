#include "ui/details/HoldSummary.h"

#include <algorithm>
#include <limits>
#include <map>
#include <set>

namespace acu {

namespace {

constexpr long long kOpen = std::numeric_limits<long long>::max();

long long upper(const HoldRange& hold)
{
    return hold.max ? *hold.max : kOpen;
}

} // namespace

std::vector<HoldRange> holdRanges(const std::vector<Duration>& durations)
{
    std::vector<HoldRange> holds;
    holds.reserve(durations.size());
    for (const auto& d : durations)
        holds.push_back({d.min, d.max, d.sources});
    return holds;
}

std::optional<HoldSummary> summariseHolds(const std::vector<HoldRange>& holds)
{
    std::set<std::string> all;
    for (const auto& hold : holds)
        all.insert(hold.sources.begin(), hold.sources.end());
    if (all.size() < 2)
        return std::nullopt;

    // Sweep over the ranges' ends: a range opens at its min and closes just after its max
    // (closed ranges: at equal values openings come first). Counting per source keeps a
    // source with two overlapping ranges from counting twice.
    struct Event {
        long long at;
        bool opens;
        std::size_t hold;
    };
    std::vector<Event> events;
    events.reserve(holds.size() * 2);
    for (std::size_t i = 0; i < holds.size(); ++i) {
        events.push_back({holds[i].min, true, i});
        if (holds[i].max)
            events.push_back({*holds[i].max, false, i});
    }
    std::sort(events.begin(), events.end(),
              [](const Event& a, const Event& b) { return a.at != b.at ? a.at < b.at : (a.opens && !b.opens); });
    std::map<std::string, int> open;
    int covering = 0;
    int best = 0;
    long long bestAt = 0;
    for (const auto& event : events) {
        for (const auto& source : holds[event.hold].sources) {
            int& count = open[source];
            if (event.opens && count++ == 0)
                ++covering;
            else if (!event.opens && --count == 0)
                --covering;
        }
        if (event.opens && covering > best) {
            best = covering;
            bestAt = event.at;
        }
    }

    HoldSummary summary;
    summary.sources = static_cast<int>(all.size());
    if (best == summary.sources || 2 * best > summary.sources) {
        summary.kind = best == summary.sources ? HoldSummary::Kind::All : HoldSummary::Kind::Most;
        summary.agreeing = best;
        summary.min = static_cast<int>(bestAt);
        long long hi = kOpen;
        for (const auto& hold : holds) {
            if (hold.min <= bestAt && bestAt <= upper(hold))
                hi = std::min(hi, upper(hold));
        }
        if (hi != kOpen)
            summary.max = static_cast<int>(hi);
        return summary;
    }
    summary.kind = HoldSummary::Kind::Span;
    summary.agreeing = summary.sources;
    long long lo = kOpen;
    long long hi = 0;
    for (const auto& hold : holds) {
        lo = std::min<long long>(lo, hold.min);
        hi = std::max(hi, upper(hold));
    }
    summary.min = static_cast<int>(lo);
    if (hi != kOpen)
        summary.max = static_cast<int>(hi);
    return summary;
}

} // namespace acu
