#pragma once

#include <filesystem>
#include <iosfwd>

namespace acu {

/// `acu_compile_catalogue INPUT OUTPUT`, run by the build: loads the catalogue file INPUT
/// with every check of the loader and the validator and, when it has no error, writes its
/// compiled form (core/compiled) to OUTPUT and returns 0. The file is written beside OUTPUT
/// and renamed over it once whole, so a failed or interrupted run never leaves a part of
/// one. A catalogue with errors prints each ("INPUT: WHERE: WHAT") to err, leaves OUTPUT as
/// it was, and returns 1; a file that cannot be written says why and returns 1.
int runCompileCommand(const std::filesystem::path& input, const std::filesystem::path& output, std::ostream& err);

} // namespace acu
