#pragma once

#include <filesystem>
#include <iosfwd>

namespace acu {

/// `acupoint-atlas --validate FILE`: prints "OK: N points" to out and returns 0, or prints
/// each error on its own line ("FILE: WHERE: WHAT") to err and returns 1.
int runValidateCommand(const std::filesystem::path& path, std::ostream& out, std::ostream& err);

} // namespace acu
