#include "models/routine/AvailableRoutines.h"

#include "models/routine/BuiltInRoutines.h"
#include "models/routine/RoutineStore.h"

#include <algorithm>

namespace acu {

const Routine* AvailableRoutines::find(const QString& id) const
{
    const std::string wanted = id.toStdString();
    for (const auto* list : {&builtIn, &own}) {
        const auto found = std::find_if(list->begin(), list->end(), [&](const Routine& r) { return r.id == wanted; });
        if (found != list->end())
            return &*found;
    }
    return nullptr;
}

AvailableRoutines availableRoutines(const Catalogue& catalogue, const RoutineStore& store)
{
    return {loadBuiltInRoutines(&catalogue).routines, store.load().routines};
}

} // namespace acu
