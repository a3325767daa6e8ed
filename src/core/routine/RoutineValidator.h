#pragma once

#include "core/catalogue/Catalogue.h"
#include "core/catalogue/CatalogueError.h"
#include "core/routine/RoutineFile.h"

#include <string>

namespace acu {

/// Checks what the reader cannot: ids of the form [a-z0-9-]+ and unique within the file,
/// ranges with min <= max inside the limits (holds and rests 0 to an hour, repetitions 1 to
/// 100, a hold of more than 0 seconds), alternateSides only on steps on both sides. Adds each
/// problem to the routine's own errors in data.routineErrors; a routine that already has
/// reading errors is only checked for a duplicate id (its unread values would give false alarms).
void validateRoutines(RoutineFileData& data);

/// Checks one routine, found at pointer ("/routines/2"), against a catalogue: every step's
/// point exists and its side fits the point (a midline point: midline; a bilateral one:
/// right, left or both), and every cited source exists.
[[nodiscard]] CatalogueErrors checkRoutineAgainst(const Routine& routine, const std::string& pointer,
                                                  const Catalogue& catalogue);

} // namespace acu
