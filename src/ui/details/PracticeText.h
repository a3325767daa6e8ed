#pragma once

// How long and how often to press, as a reader says it; shared by the detail pane, the
// printouts and the clipboard so that they never word a duration differently.

#include "core/catalogue/PointTypes.h"

#include <QString>

namespace acu {

/// "45 s", "2 min", "90 s".
[[nodiscard]] QString secondsText(int seconds);
/// The span of a hold: "1 min", "30 s to 1 min", "up to 2 min", "at least 2 min".
[[nodiscard]] QString holdSpanText(const Duration& duration);
/// How many times: "3", "3 to 4", "at least 3".
[[nodiscard]] QString repeatCountText(const Repetitions& repetitions);

} // namespace acu
