#pragma once

#include "core/catalogue/CatalogueLoader.h"

#include <filesystem>
#include <functional>
#include <iosfwd>

namespace acu {

/// `acupoint-atlas --validate FILE`: checks a catalogue or a routine file. A JSON object with
/// a "routines" field and no "points" field is a routine file (isRoutineDocument); it is
/// checked against the catalogue that catalogueForRoutines loads. Prints "OK: N points" or
/// "OK: N routines" ("OK: 1 routine") to out and returns 0, or prints each error on its own line
/// ("FILE: WHERE: WHAT") to err and returns 1 (2 when the catalogue itself does not load).
int runValidateCommand(const std::filesystem::path& path, const std::function<LoadResult()>& catalogueForRoutines,
                       std::ostream& out, std::ostream& err);

} // namespace acu
