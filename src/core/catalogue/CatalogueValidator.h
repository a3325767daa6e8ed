#pragma once

#include "core/catalogue/Catalogue.h"
#include "core/catalogue/CatalogueError.h"

namespace acu {

/// Checks what a schema cannot: unique ids and codes, codes that exist and match their
/// meridian, cited sources, regions and views that exist, positions inside their view and
/// on the right sides, ranges with min <= max, and alias labels shared between points
/// without being marked ambiguous (labels compare as the search folds them: foldText).
/// Returns every problem found, in document order.
[[nodiscard]] CatalogueErrors validateCatalogue(const CatalogueData& data);

} // namespace acu
