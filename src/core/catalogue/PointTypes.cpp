#include "core/catalogue/PointTypes.h"

namespace acu {

std::optional<CautionLevel> pregnancyLevel(const Point& point)
{
    std::optional<CautionLevel> level;
    for (const auto& caution : point.cautions) {
        if (caution.topic != CautionTopic::Pregnancy)
            continue;
        if (caution.level == CautionLevel::Contraindicated)
            return caution.level;
        level = caution.level;
    }
    return level;
}

bool hasPressingInstructions(const Point& point)
{
    return !point.technique.empty() || !point.duration.empty() || !point.repetitions.empty();
}

} // namespace acu
