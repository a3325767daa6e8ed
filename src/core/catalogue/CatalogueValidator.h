#pragma once

#include "core/catalogue/Catalogue.h"
#include "core/catalogue/CatalogueError.h"

namespace acu {

/// Checks what a schema cannot: the limits of every list (CatalogueLimits.h); ids spelt
/// [a-z0-9-]+, unique ids and codes; codes that exist and match their meridian; laterality
/// that fits the channel (GV and CV midline, the 12 paired channels bilateral); a
/// traditional form only where it differs; cited sources, regions and views that exist;
/// positions inside their view, on a side the view shows, on the right sides, and a point's
/// left and right markers apart; ranges with min <= max (an absent max is open); and alias
/// labels shared between points marked ambiguous, and only those (labels compare as the
/// search folds them: foldText; at most 10 errors per label); every channel point on at
/// least one whole-body view, where the catalogue marks views wholeBody; and channels declared
/// complete (completeChannels) that hold every point of the channel table (PointCode.h). Returns every problem found,
/// in document order, the shared labels last. Its cost grows linearly with the catalogue.
[[nodiscard]] CatalogueErrors validateCatalogue(const CatalogueData& data);

} // namespace acu
