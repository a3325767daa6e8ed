#pragma once

#include "core/catalogue/Catalogue.h"
#include "core/routine/RoutineTypes.h"

#include <QString>

#include <vector>

namespace acu {

class RoutineStore;

/// The routines a person can run, as --routines lists them: the built-in ones (checked
/// against catalogue), then their own from store. Problems with the files are left to the
/// commands that report them (--routines, the routine editor); what could be read is here.
struct AvailableRoutines {
    std::vector<Routine> builtIn;
    std::vector<Routine> own;

    /// The routine with id, built-in first; nullptr when there is none.
    [[nodiscard]] const Routine* find(const QString& id) const;
};

[[nodiscard]] AvailableRoutines availableRoutines(const Catalogue& catalogue, const RoutineStore& store);

} // namespace acu
