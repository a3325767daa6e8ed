#include "core/catalogue/ChannelCoverage.h"

#include <set>

namespace acu {

std::vector<std::string> ChannelHolding::missing() const
{
    std::vector<std::string> codes;
    for (std::size_t i = 0; i < held.size(); ++i) {
        if (!held[i])
            codes.push_back(std::string(channel->prefix) + std::to_string(i + 1));
    }
    return codes;
}

const ChannelHolding* ChannelCoverage::find(std::string_view prefix) const
{
    for (const auto& holding : channels) {
        if (holding.channel->prefix == prefix)
            return &holding;
    }
    return nullptr;
}

ChannelCoverage channelCoverage(const std::vector<Point>& points)
{
    ChannelCoverage coverage;
    for (const auto& channel : channels()) {
        coverage.channels.push_back({&channel, std::vector<bool>(static_cast<std::size_t>(channel.pointCount)), 0});
        coverage.meridianTotal += channel.pointCount;
    }
    std::set<std::string> extras;
    for (const auto& point : points) {
        if (codeProblem(point.code))
            continue;
        const auto code = splitCode(point.code);
        if (code->prefix.starts_with("EX-")) {
            extras.insert(point.code);
            continue;
        }
        for (auto& holding : coverage.channels) {
            if (holding.channel->prefix != code->prefix)
                continue;
            const auto number = static_cast<std::size_t>(code->number - 1);
            if (!holding.held[number]) {
                holding.held[number] = true;
                ++holding.count;
                ++coverage.meridianPoints;
            }
            break;
        }
    }
    coverage.extraPoints = static_cast<int>(extras.size());
    return coverage;
}

std::string coverageSummary(const ChannelCoverage& coverage)
{
    std::string out;
    for (const auto& holding : coverage.channels) {
        if (!out.empty())
            out += ", ";
        out += std::string(holding.channel->prefix) + " " + std::to_string(holding.count) + " of " +
               std::to_string(holding.channel->pointCount);
    }
    out += "; " + std::to_string(coverage.meridianPoints) + " meridian points of " +
           std::to_string(coverage.meridianTotal) + ", plus " + std::to_string(coverage.extraPoints) +
           (coverage.extraPoints == 1 ? " extra point" : " extra points");
    return out;
}

} // namespace acu
