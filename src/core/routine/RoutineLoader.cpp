#include "core/routine/RoutineLoader.h"

#include "core/reading/JsonText.h"
#include "core/reading/TextFile.h"
#include "core/routine/RoutineLimits.h"
#include "core/routine/RoutineReader.h"
#include "core/routine/RoutineValidator.h"

namespace acu {

RoutineLoad loadRoutines(std::string_view json, const Catalogue* catalogue)
{
    RoutineLoad load;
    try {
        RoutineFileData data = readRoutinesJson(json);
        // Values the reader could not read would give false alarms in the later checks.
        std::vector<bool> readCleanly;
        for (const auto& errors : data.routineErrors)
            readCleanly.push_back(errors.empty());
        validateRoutines(data);
        if (catalogue) {
            for (std::size_t i = 0; i < data.routines.size(); ++i) {
                if (!readCleanly[i])
                    continue;
                const auto errors = checkRoutineAgainst(data.routines[i], "/routines/" + std::to_string(i), *catalogue);
                data.routineErrors[i].insert(data.routineErrors[i].end(), errors.begin(), errors.end());
            }
        }
        load.errors = data.allErrors();
        for (std::size_t i = 0; i < data.routines.size(); ++i) {
            if (data.routineErrors[i].empty())
                load.routines.push_back(std::move(data.routines[i]));
        }
    } catch (const std::exception& e) {
        load.routines.clear();
        load.errors.push_back({"", std::string("could not load the routines: ") + e.what()});
    }
    return load;
}

RoutineLoad loadRoutineFile(const std::filesystem::path& path, const Catalogue* catalogue)
{
    auto bytes = reading::readTextFile(path, limits::kMaxRoutineFileBytes, {"routine file", "a routine file"});
    if (auto* error = std::get_if<CatalogueError>(&bytes))
        return RoutineLoad{{}, {std::move(*error)}};
    return loadRoutines(std::get<std::string>(bytes), catalogue);
}

bool isRoutineDocument(std::string_view json)
{
    try {
        CatalogueErrors ignored; // the loader chosen next reports them
        const auto root = reading::parseJsonText(json, {"document", 6}, ignored);
        return root && root->is_object() && root->contains("routines") && !root->contains("points");
    } catch (const std::exception&) {
        return false;
    }
}

} // namespace acu
