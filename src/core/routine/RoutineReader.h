#pragma once

#include "core/routine/RoutineFile.h"

#include <string_view>

namespace acu {

/// Parses a routine file's JSON, checking syntax (with line and column), nesting depth,
/// the format version, types, required and unknown fields, side words, string lengths and
/// the number of routines and steps. Ranges and ids are checked by validateRoutines, points
/// and sources by checkRoutineAgainst. Never throws.
[[nodiscard]] RoutineFileData readRoutinesJson(std::string_view text);

} // namespace acu
