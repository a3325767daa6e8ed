#pragma once

#include "core/routine/RoutineTypes.h"

#include <span>
#include <string>

namespace acu {

/// A routine file (format kRoutineFormat) holding these routines, as readRoutinesJson reads
/// it back: fields left at their defaults are left out. Pretty-printed with two spaces.
[[nodiscard]] std::string writeRoutinesJson(std::span<const Routine> routines);

} // namespace acu
