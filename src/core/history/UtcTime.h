#pragma once

// Times as the run log writes them: ISO 8601 in UTC with milliseconds,
// "2026-11-02T07:30:00.000Z".

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace acu {

/// The earliest and latest times the log can hold: 0001-01-01T00:00:00.000Z and
/// 9999-12-31T23:59:59.999Z, in milliseconds since 1970-01-01T00:00:00Z.
inline constexpr std::int64_t kEarliestUtcMs = -62135596800000;
inline constexpr std::int64_t kLatestUtcMs = 253402300799999;

/// "2026-11-02T07:30:00.000Z" for a time from kEarliestUtcMs to kLatestUtcMs.
[[nodiscard]] std::string formatUtcTime(std::int64_t ms);

/// The time of "YYYY-MM-DDTHH:MM:SSZ" or "YYYY-MM-DDTHH:MM:SS.mmmZ" (a real date, hours
/// 00-23, no leap second), or nullopt for anything else.
[[nodiscard]] std::optional<std::int64_t> parseUtcTime(std::string_view text);

} // namespace acu
