#pragma once

#include <cstddef>

namespace acu::limits {

/// Most runs the log keeps: appending to a full log drops the oldest run.
inline constexpr std::size_t kMaxRuns = 10000;
/// Longest routine title in a run, in bytes (UTF-8).
inline constexpr std::size_t kMaxRunTitleBytes = 1000;
/// Longest routine id in a run, in bytes.
inline constexpr std::size_t kMaxRunIdBytes = 200;
/// A run log file larger than this is refused before it is read; kMaxRuns runs with the
/// longest titles and ids fit in it.
inline constexpr std::size_t kMaxRunLogFileBytes = 16 * 1024 * 1024;
/// The highest pain rating (the lowest is 0).
inline constexpr int kMaxPain = 10;

} // namespace acu::limits
