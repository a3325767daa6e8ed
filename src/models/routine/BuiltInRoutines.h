#pragma once

#include "core/routine/RoutineLoader.h"

namespace acu {

/// The resource folder of the routines compiled into the program (data/routines).
inline constexpr const char* kBuiltInRoutinesFolder = ":/acupoint-atlas/routines";

/// Loads every routine compiled into the program, file by file in the order of their names.
/// Errors name the file: ":/acupoint-atlas/routines/x.json: /routines/0/steps/2/code".
/// With a catalogue, steps are checked against it too.
[[nodiscard]] RoutineLoad loadBuiltInRoutines(const Catalogue* catalogue = nullptr);

} // namespace acu
