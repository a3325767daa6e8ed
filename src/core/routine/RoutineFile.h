#pragma once

#include "core/catalogue/CatalogueError.h"
#include "core/routine/RoutineTypes.h"

#include <vector>

namespace acu {

/// The format version this app reads and writes.
inline constexpr int kRoutineFormat = 1;

/// Everything a routine file holds, with the problems found in it kept apart per routine, so
/// that the routines without problems of their own can be recovered from a damaged file.
struct RoutineFileData {
    int format = 0;
    std::vector<Routine> routines;
    /// Parallel to routines: the problems inside each one.
    std::vector<CatalogueErrors> routineErrors;
    /// Problems of the file as a whole (syntax, format version, unknown fields, limits). After
    /// a syntax error or a format it cannot read, routines is empty.
    CatalogueErrors fileErrors;

    /// Every problem, the file's first and then each routine's, in document order.
    [[nodiscard]] CatalogueErrors allErrors() const
    {
        CatalogueErrors out = fileErrors;
        for (const auto& errors : routineErrors)
            out.insert(out.end(), errors.begin(), errors.end());
        return out;
    }
};

} // namespace acu
