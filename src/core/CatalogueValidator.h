#pragma once

#include "Catalogue.h"
#include "CatalogueError.h"

namespace acu {

/// Checks what a schema cannot: unique ids and codes, codes that exist and match their
/// meridian, cited sources, regions and views that exist, positions inside their view and
/// on the right sides, ranges with min <= max, and alias labels shared between points
/// without being marked ambiguous. Returns every problem found, in document order.
[[nodiscard]] CatalogueErrors validateCatalogue(const CatalogueData& data);

/// The form in which alias labels and codes are compared: upper case, without spaces,
/// hyphens and dots. "ub 47" -> "UB47"; "LI-4" -> "LI4".
[[nodiscard]] std::string labelKey(std::string_view label);

} // namespace acu
