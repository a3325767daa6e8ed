#pragma once

#include "core/catalogue/CatalogueError.h"
#include "core/history/RunEntry.h"

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace acu {

/// The run log format version this app reads and writes.
inline constexpr int kRunLogFormat = 1;

/// The runs of a run log file, oldest first, and every problem found in it. A run with a
/// problem of its own is left out; the others are kept (nothing after a syntax error or an
/// unknown format version).
struct RunLogLoad {
    std::vector<RunEntry> runs;
    CatalogueErrors errors;

    [[nodiscard]] bool ok() const { return errors.empty(); }
};

/// Reads run log JSON (docs/history-format.md): syntax with line and column, duplicate keys,
/// depth, the format version, types, required and unknown fields, times, and checkRunEntry
/// for each run. Of more than limits::kMaxRuns runs the newest are kept and the rest
/// reported. Linear in the text; never throws.
[[nodiscard]] RunLogLoad readRunLogJson(std::string_view text);

/// A run log file (format kRunLogFormat) holding these runs, as readRunLogJson reads it
/// back: ratings not given are left out. Pretty-printed with two spaces.
[[nodiscard]] std::string writeRunLogJson(std::span<const RunEntry> runs);

} // namespace acu
