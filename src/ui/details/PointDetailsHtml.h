#pragma once

#include "core/catalogue/Catalogue.h"

#include <QString>

namespace acu {

/// The detail pane's document for one point, as HTML in which every piece of catalogue
/// text is escaped. Pregnancy cautions come first; in pregnancy mode a point without one
/// says so first too.
[[nodiscard]] QString pointDetailsHtml(const Catalogue& catalogue, const Point& point, bool pregnancyMode = false);

} // namespace acu
