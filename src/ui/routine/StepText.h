#pragma once

// A routine step's side and numbers as a reader says them; shared by the runner panel and
// the routine sheet so that they never word a step differently.

#include "core/routine/RoutineTypes.h"

#include <QString>

namespace acu {

/// "right side", "both sides, right then left", "both sides, alternating", "on the midline".
[[nodiscard]] QString stepSideText(const RoutineStep& step);

/// "hold 1 to 2 min, 3 times, rest 10 s between": a step's numbers in a line.
[[nodiscard]] QString stepNumbersText(const RoutineStep& step);

/// "right", "left", "midline": the side of one phase of a run (never both).
[[nodiscard]] QString phaseSideWord(RoutineSide side);

} // namespace acu
