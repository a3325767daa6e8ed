#pragma once

#include "core/catalogue/Catalogue.h"
#include "core/routine/RoutineTypes.h"

#include <cstddef>
#include <vector>

namespace acu {

enum class PhaseKind { GetReady, Hold, Rest };

/// One timed stretch of a run: getting ready for a step or a side, holding a point, or
/// resting between repetitions.
struct PlanPhase {
    PhaseKind kind = PhaseKind::Hold;
    std::size_t step = 0;                    ///< index into the routine's steps
    RoutineSide side = RoutineSide::Midline; ///< right, left or midline: never both
    int repetition = 1;                      ///< 1-based, of repetitions, on this side
    int repetitions = 1;
    int seconds = 0; ///< always > 0

    friend bool operator==(const PlanPhase&, const PlanPhase&) = default;
};

/// The phases of a run, in order. Each included step (included[i]; every step when included
/// is empty) starts with getReadySeconds to find the point, then holds it on each side:
/// for both, every repetition on the right, then getReadySeconds with "now the left side",
/// then every repetition on the left (with alternateSides: right, left, right, left, a
/// get-ready before each change). Repetitions on one side are separated by the step's rest.
/// Holds, rests and repetitions take the upper end of their ranges (Range::planned);
/// phases of 0 seconds are left out.
/// Example: {GB30, both, hold 60, 2 repetitions, rest 10}, get ready 5 ->
/// GetReady R 5, Hold R1 60, Rest R 10, Hold R2 60, GetReady L 5, Hold L1 60, Rest L 10, Hold L2 60.
[[nodiscard]] std::vector<PlanPhase> buildPlan(const Routine& routine, int getReadySeconds,
                                               const std::vector<bool>& included = {});

/// The sum of the phases' seconds.
[[nodiscard]] long long totalSeconds(const std::vector<PlanPhase>& plan);

/// Per step: whether its point is one to avoid in pregnancy (a pregnancy caution of level
/// contraindicated in the catalogue). A point missing from the catalogue is not marked.
[[nodiscard]] std::vector<bool> stepsToAvoidInPregnancy(const Routine& routine, const Catalogue& catalogue);

} // namespace acu
