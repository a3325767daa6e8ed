#pragma once

#include "core/catalogue/Catalogue.h"

#include <QString>

namespace acu {

/// The point delta steps away along its channel, by number: (ST36, +1) -> ST37,
/// (ST36, -1) -> ST35. Points the catalogue lacks are stepped over. "" past the channel's
/// ends, for an extra point and for a code the catalogue does not have.
[[nodiscard]] QString channelNeighbour(const Catalogue& catalogue, const QString& code, int delta);

} // namespace acu
