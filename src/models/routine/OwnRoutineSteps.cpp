#include "models/routine/OwnRoutineSteps.h"

#include "core/routine/RoutineLimits.h"

#include <algorithm>
#include <unordered_set>

namespace acu {

namespace {

/// Whether a routine step can hold this range as its hold: some time, within an hour.
bool fitsHold(int min, const std::optional<int>& max)
{
    if (min < 0 || min > limits::kMaxStepSeconds)
        return false;
    if (!max)
        return min > 0;
    return *max >= min && *max > 0 && *max <= limits::kMaxStepSeconds;
}

bool fitsRepetitions(int min, const std::optional<int>& max)
{
    if (min < 1 || min > limits::kMaxRepetitions)
        return false;
    return !max || (*max >= min && *max <= limits::kMaxRepetitions);
}

void cite(std::vector<std::string>& sources, const SourceIds& more)
{
    for (const auto& id : more) {
        if (std::find(sources.begin(), sources.end(), id) == sources.end())
            sources.push_back(id);
    }
}

constexpr std::size_t kMaxIdBaseLength = 40;

} // namespace

RoutineStep stepForPoint(const Point& point)
{
    RoutineStep step;
    step.code = point.code;
    step.side = point.laterality == Laterality::Midline ? RoutineSide::Midline : RoutineSide::Both;
    step.holdSeconds = {kPlainHoldSeconds, kPlainHoldSeconds};
    const auto hold = std::find_if(point.duration.begin(), point.duration.end(),
                                   [](const Duration& d) { return fitsHold(d.min, d.max); });
    if (hold != point.duration.end()) {
        step.holdSeconds = {hold->min, hold->max};
        cite(step.sources, hold->sources);
    }
    const auto repetitions = std::find_if(point.repetitions.begin(), point.repetitions.end(),
                                          [](const Repetitions& r) { return fitsRepetitions(r.min, r.max); });
    if (repetitions != point.repetitions.end()) {
        step.repetitions = Range{repetitions->min, repetitions->max};
        cite(step.sources, repetitions->sources);
    }
    return step;
}

std::string freeRoutineId(std::string_view title, const std::vector<std::string>& taken)
{
    std::string base;
    for (const char c : title) {
        const bool letter = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        const bool upper = c >= 'A' && c <= 'Z';
        if (letter || upper)
            base += upper ? static_cast<char>(c - 'A' + 'a') : c;
        else if (!base.empty() && base.back() != '-')
            base += '-';
        if (base.size() >= kMaxIdBaseLength)
            break;
    }
    while (!base.empty() && base.back() == '-')
        base.pop_back();
    if (base.empty())
        base = "routine";
    const std::unordered_set<std::string> used(taken.begin(), taken.end());
    if (!used.contains(base))
        return base;
    for (std::size_t n = 2;; ++n) { // at most taken.size() + 1 tries
        std::string candidate = base + "-" + std::to_string(n);
        if (!used.contains(candidate))
            return candidate;
    }
}

} // namespace acu
