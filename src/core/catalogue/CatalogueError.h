#pragma once

#include <string>
#include <vector>

namespace acu {

/// One problem found in a catalogue: where (a JSON pointer such as /points/12/duration/0/min,
/// "line 3, column 14" for a syntax error, or the file name for a file error) and what.
struct CatalogueError {
    std::string where;
    std::string what;

    [[nodiscard]] std::string toString() const { return where.empty() ? what : where + ": " + what; }
    friend bool operator==(const CatalogueError&, const CatalogueError&) = default;
};

using CatalogueErrors = std::vector<CatalogueError>;

} // namespace acu
