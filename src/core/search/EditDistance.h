#pragma once

#include <string_view>

namespace acu {

/// Optimal-string-alignment distance (insertions, deletions, substitutions and swaps of two
/// neighbours, each 1) between two byte strings, or limit + 1 as soon as it must exceed
/// limit. "zhisi" -> "zhishi" is 1; "zhihsi" -> "zhishi" is 1 (a swap).
[[nodiscard]] int editDistance(std::string_view a, std::string_view b, int limit);

} // namespace acu
