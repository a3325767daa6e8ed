#pragma once

#include "core/catalogue/CatalogueLoader.h"

namespace acu {

/// The resource path of the catalogue compiled into the program.
inline constexpr const char* kBuiltInCataloguePath = ":/acupoint-atlas/catalogue.json";

/// Loads the catalogue compiled into the program (data/catalogue.json).
[[nodiscard]] LoadResult loadBuiltInCatalogue();

} // namespace acu
