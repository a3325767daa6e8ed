#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>

namespace acu {

/// A marker's disc on screen: labels keep out of it.
struct MarkerDisc {
    QPointF centre;
    double radius = 0;
};

/// A label wanted next to a marker, in screen coordinates.
struct LabelRequest {
    QPointF anchor;       ///< the marker's centre
    double clearance = 0; ///< the marker's radius: the label starts beyond it
    QSizeF size;          ///< the label's size
    int priority = 0;     ///< lower is placed first
    /// Placed even when every position collides (the selected point): then at the position
    /// inside the bounds that covers fewest markers, clear of the labels placed before it.
    bool required = false;
};

struct PlacedLabel {
    int request = 0; ///< index into the requests
    QRectF rect;     ///< where the label goes, in the requests' coordinates
    /// A required label with no free position: it covers a marker's disc (or, where the
    /// bounds leave no room at all, a label).
    bool forced = false;
};

/// Where labels go so that none overlaps another or any marker's disc, each inside bounds.
/// Each label tries, in order, right of its marker, left, above, below, then the four
/// diagonals, and takes the first free position; labels are placed greedily by priority
/// (then in request order), so the result depends only on the input. A label with no free
/// position is left out unless required. Discs and placed labels are kept in a uniform
/// grid, so the cost grows with the number of labels and markers times the markers near
/// each, not with their square.
[[nodiscard]] QList<PlacedLabel> placeLabels(const QList<LabelRequest>& requests, const QList<MarkerDisc>& discs,
                                             const QRectF& bounds);

/// The gap between a marker's disc and its label, in pixels.
inline constexpr double kLabelGap = 2.0;

} // namespace acu
