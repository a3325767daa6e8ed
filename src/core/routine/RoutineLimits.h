#pragma once

#include <cstddef>

namespace acu::limits {

/// A routine file larger than this is refused before it is read.
inline constexpr std::size_t kMaxRoutineFileBytes = 4 * 1024 * 1024;
/// Most routines in one file.
inline constexpr std::size_t kMaxRoutines = 1000;
/// Most steps in one routine.
inline constexpr std::size_t kMaxRoutineSteps = 500;
/// Longest hold and longest rest, in seconds (an hour).
inline constexpr int kMaxStepSeconds = 3600;
/// Most repetitions of one step.
inline constexpr int kMaxRepetitions = 100;

} // namespace acu::limits
