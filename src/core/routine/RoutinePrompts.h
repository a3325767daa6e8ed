#pragma once

// The words a runner speaks, so that a routine can be followed with the eyes closed.
// English, numbers in words as a voice reads them best.

#include "core/routine/RoutinePlan.h"
#include "core/routine/RoutineTypes.h"

#include <string>

namespace acu {

/// 0 -> "zero", 21 -> "twenty-one", 100 -> "100" (digits from 100 on).
[[nodiscard]] std::string numberWords(int number);

/// 30 -> "thirty seconds", 60 -> "one minute", 90 -> "one minute and thirty seconds".
[[nodiscard]] std::string durationWords(int seconds);

/// A hold as the routine gives it: {60, 60} -> "one minute", {60, 120} -> "one to two
/// minutes", {30, 60} -> "thirty seconds to one minute", {0, 120} -> "up to two minutes",
/// {120, open} -> "at least two minutes".
[[nodiscard]] std::string rangeWords(const Range& seconds);

/// What is said when a phase begins. afterHold: the phase before it was a hold, so it
/// starts with "Release.". Examples:
///   get ready, new step:  "Next point: GB30, right side first. Get ready."
///   get ready, left side: "Now the left side."
///   hold:                 "Left side. Hold for one minute." / "Right side, 2 of 3. Hold for thirty seconds."
///                         / "Repetition 2 of 3. Hold for thirty seconds." (midline)
///   rest:                 "Release. Rest for ten seconds."
[[nodiscard]] std::string phasePrompt(const Routine& routine, const PlanPhase& phase, bool newStep, bool afterHold);

/// Said when the routine is over: "Release. The routine is finished."
[[nodiscard]] std::string finishedPrompt(bool afterHold);

} // namespace acu
