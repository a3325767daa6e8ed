#include "core/routine/RoutinePlan.h"

namespace acu {

namespace {

std::vector<RoutineSide> sidesOf(RoutineSide side)
{
    if (side == RoutineSide::Both)
        return {RoutineSide::Right, RoutineSide::Left};
    return {side};
}

void add(std::vector<PlanPhase>& plan, PlanPhase phase)
{
    if (phase.seconds > 0)
        plan.push_back(phase);
}

void addStep(std::vector<PlanPhase>& plan, const RoutineStep& step, std::size_t index, int getReadySeconds)
{
    const int repetitions = plannedRepetitions(step);
    const int hold = step.holdSeconds.planned();
    const int rest = step.restSeconds ? step.restSeconds->planned() : 0;
    const auto sides = sidesOf(step.side);

    // The holds in order, as (side, repetition).
    std::vector<std::pair<RoutineSide, int>> holds;
    if (step.alternateSides) {
        for (int r = 1; r <= repetitions; ++r) {
            for (const auto side : sides)
                holds.emplace_back(side, r);
        }
    } else {
        for (const auto side : sides) {
            for (int r = 1; r <= repetitions; ++r)
                holds.emplace_back(side, r);
        }
    }
    for (std::size_t i = 0; i < holds.size(); ++i) {
        const auto [side, repetition] = holds[i];
        if (i == 0 || holds[i - 1].first != side)
            add(plan, {PhaseKind::GetReady, index, side, repetition, repetitions, getReadySeconds});
        else
            add(plan, {PhaseKind::Rest, index, side, repetition, repetitions, rest});
        add(plan, {PhaseKind::Hold, index, side, repetition, repetitions, hold});
    }
}

} // namespace

std::vector<PlanPhase> buildPlan(const Routine& routine, int getReadySeconds, const std::vector<bool>& included)
{
    std::vector<PlanPhase> plan;
    for (std::size_t i = 0; i < routine.steps.size(); ++i) {
        if (included.empty() || (i < included.size() && included[i]))
            addStep(plan, routine.steps[i], i, getReadySeconds);
    }
    return plan;
}

long long totalSeconds(const std::vector<PlanPhase>& plan)
{
    long long total = 0;
    for (const auto& phase : plan)
        total += phase.seconds;
    return total;
}

std::vector<bool> stepsToAvoidInPregnancy(const Routine& routine, const Catalogue& catalogue)
{
    std::vector<bool> avoid;
    avoid.reserve(routine.steps.size());
    for (const auto& step : routine.steps) {
        const Point* point = catalogue.findPoint(step.code);
        avoid.push_back(point && pregnancyLevel(*point) == CautionLevel::Contraindicated);
    }
    return avoid;
}

} // namespace acu
