#pragma once

#include "core/catalogue/PointTypes.h"
#include "core/routine/RoutineTypes.h"

#include <string>
#include <string_view>
#include <vector>

namespace acu {

/// The hold a step gets when no claim of the catalogue gives one for its point: one minute.
inline constexpr int kPlainHoldSeconds = 60;

/// The step "Add to routine" makes for a point. Side: midline for a midline point (GV, CV),
/// both for a bilateral one. Hold and repetitions: the point's first duration and first
/// repetitions claim that a routine can hold (a hold of some time, within the format's
/// limits), each citing that claim's sources; without such a claim, a plain hold of
/// kPlainHoldSeconds and no repetitions (once), citing nothing, for these numbers are the
/// person's own choice.
[[nodiscard]] RoutineStep stepForPoint(const Point& point);

/// An id of the form [a-z0-9-]+ made from a title and free among taken:
/// "Morning back" -> "morning-back", then "morning-back-2", ... ; "routine" when the title
/// has no letter or digit of a-z and 0-9.
[[nodiscard]] std::string freeRoutineId(std::string_view title, const std::vector<std::string>& taken);

} // namespace acu
