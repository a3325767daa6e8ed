#pragma once

#include "core/routine/RoutineLoader.h"

#include <iosfwd>

namespace acu {

enum class RoutinesFormat { Text, Json };

/// `acupoint-atlas --routines [--json]`: lists the built-in routines, then the person's own,
/// one line each as ID<TAB>TITLE<TAB>STEPS<TAB>MINUTES (MINUTES: the time of the holds and
/// rests, ranges at their upper end, without get-ready pauses, rounded up to a whole minute),
/// or with Json a JSON array of {id, title, builtIn, sources, steps: [{code, side,
/// holdSeconds: {min, max}, repetitions: {min, max}, sources}]} (max null when open; a step
/// without repetitions is {1, 1}). The problems met loading either list go to err, each on
/// its own line, and make the status 1; the routines that could be read are listed anyway.
int runRoutinesCommand(const RoutineLoad& builtIn, const RoutineLoad& own, RoutinesFormat format, std::ostream& out,
                       std::ostream& err);

} // namespace acu
