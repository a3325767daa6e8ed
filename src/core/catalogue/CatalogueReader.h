#pragma once

#include "core/catalogue/Catalogue.h"
#include "core/catalogue/CatalogueError.h"

#include <string_view>

namespace acu {

struct ReadResult {
    CatalogueData data;
    CatalogueErrors errors;
};

/// Parses catalogue JSON into its data, checking syntax (with line and column), nesting
/// depth, types, required and unknown fields, enumerated words and string lengths. It does
/// not check cross references; see validateCatalogue. Never throws.
[[nodiscard]] ReadResult readCatalogueJson(std::string_view text);

} // namespace acu
