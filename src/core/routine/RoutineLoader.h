#pragma once

#include "core/catalogue/Catalogue.h"
#include "core/catalogue/CatalogueError.h"
#include "core/routine/RoutineTypes.h"

#include <filesystem>
#include <string_view>
#include <vector>

namespace acu {

/// The routines of a file and every problem found in it. A routine with a problem of its
/// own is left out of routines; the others are kept, so that a damaged file still yields
/// what is good in it (nothing after a syntax error or an unknown format version).
struct RoutineLoad {
    std::vector<Routine> routines;
    CatalogueErrors errors;

    [[nodiscard]] bool ok() const { return errors.empty(); }
};

/// Reads and validates routine JSON held in memory; with a catalogue, also checks points,
/// sides and sources against it. Never throws.
[[nodiscard]] RoutineLoad loadRoutines(std::string_view json, const Catalogue* catalogue);

/// Reads and validates a routine file. A missing file, a folder, a device, an unreadable file
/// or one larger than limits::kMaxRoutineFileBytes is one error naming the path. Never throws.
[[nodiscard]] RoutineLoad loadRoutineFile(const std::filesystem::path& path, const Catalogue* catalogue);

/// Whether JSON text is meant as a routine file rather than a catalogue: an object with a
/// "routines" field and no "points" field. False for text that does not parse.
[[nodiscard]] bool isRoutineDocument(std::string_view json);

} // namespace acu
