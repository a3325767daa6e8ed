#pragma once

// A routine step with fixed numbers, for the runner's and the runner panel's tests.

#include "core/routine/RoutineTypes.h"

#include <string>
#include <utility>

namespace acu::test {

/// A step on code holding hold seconds, repetitions times on each side with rest seconds
/// between (no repetitions or rest fields when 1 and 0).
inline RoutineStep timedStep(std::string code, RoutineSide side, int hold, int repetitions = 1, int rest = 0)
{
    RoutineStep s;
    s.code = std::move(code);
    s.side = side;
    s.holdSeconds = {hold, hold};
    if (repetitions > 1)
        s.repetitions = Range{repetitions, repetitions};
    if (rest > 0)
        s.restSeconds = Range{rest, rest};
    return s;
}

} // namespace acu::test
