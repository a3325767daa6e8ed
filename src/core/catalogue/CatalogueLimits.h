#pragma once

#include <cstddef>

namespace acu::limits {

/// A catalogue file larger than this is refused before it is read.
inline constexpr std::size_t kMaxCatalogueBytes = 16 * 1024 * 1024;
/// Longest string value, in bytes of UTF-8.
inline constexpr std::size_t kMaxStringBytes = 64 * 1024;
/// Deepest nesting of objects and arrays; the format itself needs 6.
inline constexpr int kMaxNestingDepth = 64;
/// Most points in one catalogue.
inline constexpr std::size_t kMaxPoints = 100000;

} // namespace acu::limits
