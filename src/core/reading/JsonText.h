#pragma once

// Internal to acu_core: include only from .cpp files, since it names nlohmann::json.
// The first steps every JSON reader of the app shares: refusing empty, UTF-16 and absurdly
// deep text, and turning the parser's complaints into a line and column with plain words.

#include "core/catalogue/CatalogueError.h"

#include <nlohmann/json.hpp>

#include <functional>
#include <optional>
#include <string_view>

namespace acu::reading {

/// How messages name the document: {"catalogue", 6} gives "the catalogue is empty" and
/// "a catalogue needs at most 6".
struct DocumentWords {
    std::string_view noun;
    int depthNeeded = 0;
};

/// "line 3, column 14" for a byte offset (0-based) into text; columns count characters.
[[nodiscard]] std::string lineColumn(std::string_view text, std::size_t offset);

/// Parses text as JSON, or adds one error (with line and column) and returns nullopt. Never throws.
[[nodiscard]] std::optional<nlohmann::json> parseJsonText(std::string_view text, const DocumentWords& words,
                                                          CatalogueErrors& errors);

/// Runs read, turning an exception escaping it (memory exhausted, an unexpected JSON type
/// error) into an error naming the document.
void readGuarded(const DocumentWords& words, CatalogueErrors& errors, const std::function<void()>& read);

} // namespace acu::reading
