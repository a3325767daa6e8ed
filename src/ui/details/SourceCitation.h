#pragma once

#include "core/catalogue/PointTypes.h"

#include <QString>

namespace acu {

/// A source as the detail pane and the About box cite it, as escaped HTML:
/// "<i>Title</i>, Author, Site, Date" with the fields the source has, each field
/// bidi-isolated (U+2068 ... U+2069).
[[nodiscard]] QString sourceCitationHtml(const Source& source);

} // namespace acu
