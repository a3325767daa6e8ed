#pragma once

// Moving between markers with the arrow keys: from where the keyboard focus is, to the
// nearest marker in the key's direction. Pure functions over positions, linear in their count.

#include <QList>
#include <QPointF>

namespace acu {

enum class MapDirection { Left, Right, Up, Down };

/// The index of the candidate the keyboard moves to from `from` in `direction`, or -1 when
/// none lies that way. Positions are in the drawing's units, y growing downwards.
///
/// The rule: a candidate lies that way when it is further along the direction than `from`
/// ("along" > 0). Among those, the ones within 45 degrees of the direction (the cone:
/// |across| <= along) come first; only when the cone is empty does the rest of the half-plane
/// count. Within the chosen set the nearest (straight-line distance) wins; on equal
/// distances, the one nearer the direction's axis (smaller |across|); then the earlier index.
///
/// `fromIndex` is the candidate the focus is on (-1 for none): it is never chosen, and
/// candidates at exactly its position (stacked markers) count as lying Right and Down of it
/// when their index is higher, Left and Up when lower, so that each of a stack can be reached.
[[nodiscard]] int nearestInDirection(const QList<QPointF>& candidates, const QPointF& from, MapDirection direction,
                                     int fromIndex = -1);

/// The index of the candidate nearest `point` (on equal distances the earlier), or -1 when there is none.
[[nodiscard]] int nearestTo(const QList<QPointF>& candidates, const QPointF& point);

/// The first candidate in reading order (topmost, then leftmost; then the earlier index), or -1.
[[nodiscard]] int firstInReadingOrder(const QList<QPointF>& candidates);
/// The last candidate in reading order (bottommost, then rightmost; then the later index), or -1.
[[nodiscard]] int lastInReadingOrder(const QList<QPointF>& candidates);

} // namespace acu
