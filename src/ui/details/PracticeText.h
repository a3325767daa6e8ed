#pragma once

// How long and how often to press, as a reader says it; shared by the detail pane, the
// printouts and the clipboard so that they never word a duration differently.

#include "core/catalogue/PointTypes.h"

#include <QString>

namespace acu {

/// "45 s", "2 min", "90 s".
[[nodiscard]] QString secondsText(int seconds);
/// A span of seconds as a reader says it: "2 min", "10 to 15 min", "30 to 45 s",
/// "30 s to 1 min", "up to 1 min", "at least 2 min" (no max).
[[nodiscard]] QString holdSpanText(int min, std::optional<int> max);
/// The span of a hold: holdSpanText of its min and max.
[[nodiscard]] QString holdSpanText(const Duration& duration);
/// How many times: "3", "3 to 4", "at least 3" (no max).
[[nodiscard]] QString repeatCountText(int min, std::optional<int> max);
/// repeatCountText of the repetitions' min and max.
[[nodiscard]] QString repeatCountText(const Repetitions& repetitions);

} // namespace acu
