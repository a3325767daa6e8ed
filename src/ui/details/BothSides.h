#pragma once

#include "core/catalogue/PointTypes.h"

#include <optional>
#include <string_view>
#include <vector>

namespace acu {

/// How a source presses a bilateral point's two sides.
enum class SidesOrder {
    Together, ///< both at once ("with the thumbs", "one hand for each side", "together")
    InTurn,   ///< one after the other ("change hands", "then do the other foot")
};

/// What a claim's text says about the two sides, read from its wording; nullopt when it
/// says neither. "…after the repeats, change hands." -> InTurn; "Press both points, one
/// hand for each side" -> Together; "Pinch the web with your other hand" -> nullopt (the
/// other hand presses; that says nothing about the order).
[[nodiscard]] std::optional<SidesOrder> sidesOrderInText(std::string_view text);

/// Each order a point's technique, finding and repetition texts state, with the sources
/// that state it, Together first.
struct SidesStatement {
    SidesOrder order = SidesOrder::Together;
    SourceIds sources;
};
[[nodiscard]] std::vector<SidesStatement> sidesStatements(const Point& point);

} // namespace acu
