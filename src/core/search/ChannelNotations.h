#pragma once

// How charts write channel prefixes, and the older bladder numbering (see DOMAIN notes in
// docs/catalogue-format.md and the user guide).

#include <optional>
#include <string_view>
#include <vector>

namespace acu {

/// One way to read a typed prefix: the WHO channel it names, in which notation.
struct PrefixReading {
    std::string_view channel;  ///< WHO prefix: "PC"
    std::string_view notation; ///< "WHO code", "English charts", "French notation", "Chinese name"
};

/// Every channel a folded (lower-case) prefix can name: "bl" -> BL (WHO); "p" -> PC (English
/// charts) and LU (French notation); "liv" -> LR; "du" -> GV. Empty for unknown prefixes.
[[nodiscard]] std::vector<PrefixReading> prefixReadings(std::string_view foldedPrefix);

/// Whether charts that write this folded bladder prefix ("b", "ub") may use the older numbering.
[[nodiscard]] bool mayUseOlderBladderNumbering(std::string_view foldedPrefix);

/// The WHO number of an older-chart bladder number: B36-B49 -> BL41-BL54, B50-B54 ->
/// BL36-BL40; nullopt where both numberings agree.
[[nodiscard]] std::optional<int> olderBladderToWho(int olderNumber);

/// The pinyin name of WHO bladder point BL1..BL67 with tone marks ("Húnmén" for 47), or ""
/// out of range.
[[nodiscard]] std::string_view whoBladderName(int number);

} // namespace acu
