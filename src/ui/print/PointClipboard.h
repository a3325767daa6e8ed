#pragma once

#include "core/catalogue/Catalogue.h"

#include <memory>

class QMimeData;

namespace acu {

/// What Edit > Copy puts on the clipboard for a point: plain text with its sources written
/// out, and the same as HTML for rich editors. Every piece of catalogue text is escaped in
/// the HTML.
[[nodiscard]] std::unique_ptr<QMimeData> pointMimeData(const Catalogue& catalogue, const Point& point);

} // namespace acu
