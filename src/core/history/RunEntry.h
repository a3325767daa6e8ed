#pragma once

#include "core/catalogue/CatalogueError.h"

#include <cstdint>
#include <optional>
#include <string>

namespace acu {

/// One run of a routine as the run log file holds it (docs/history-format.md): times in
/// milliseconds since 1970-01-01T00:00:00Z.
struct RunEntry {
    std::int64_t startedMs = 0;
    std::int64_t endedMs = 0;
    std::string routineId;
    std::string routineTitle;
    int stepsCompleted = 0;
    int stepsTotal = 0;
    std::optional<int> painBefore; ///< 0-10; absent: not rated
    std::optional<int> painAfter;  ///< 0-10; absent: not rated

    friend bool operator==(const RunEntry&, const RunEntry&) = default;
};

/// What may be wrong with an entry whatever file it is in, each error at pointer plus the
/// field: a rating outside 0-10, an end before the start, more steps completed than the
/// routine has, steps outside 0 to the routine step limit, a time outside the years
/// 0001-9999, an id or title that is empty, too long or holds characters its kind may not.
[[nodiscard]] CatalogueErrors checkRunEntry(const RunEntry& entry, const std::string& pointer);

} // namespace acu
