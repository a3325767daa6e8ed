#pragma once

#include <QList>
#include <QPointF>
#include <QString>

class QGraphicsView;

namespace acu {

/// The least distance between the centres of two targets a finger can tell apart, in
/// logical pixels: 26 px, about 7 mm at 96 pixels per inch, the width of a fingertip's
/// contact and a little over the 24 px spacing WCAG 2.2 asks for (success criterion 2.5.8).
/// Each marker's target is the circle of half this radius round its centre.
inline constexpr double kFingerDistance = 26.0;

/// A marker that a click can reach, in the view's viewport coordinates.
struct ClickTarget {
    QString code;
    QString label; ///< "BL23 Shènshū – Kidney Shu"
    QPointF centre;
};

/// The markers of the view's scene that take clicks (shown and not dimmed), in viewport
/// coordinates, including those scrolled out of sight.
[[nodiscard]] QList<ClickTarget> clickTargets(const QGraphicsView& view);

/// The targets whose circle (radius kFingerDistance / 2) holds `at`, nearest centre first,
/// one per point (a point's other side further off is left out).
[[nodiscard]] QList<ClickTarget> targetsAt(const QList<ClickTarget>& targets, const QPointF& at);

/// How far apart a view's targets are.
struct TargetSpacing {
    int targets = 0;
    /// The least distance between the centres of two targets of different points; infinite
    /// with fewer than two points.
    double nearest = 0;
    /// Targets nearer than kFingerDistance to another point's: a click on them may be held
    /// by two targets, and the map then offers a choice instead of guessing.
    int crowded = 0;
    /// The least distance between two targets that are not crowded, that is, shown as
    /// separately clickable (at least kFingerDistance, or infinite when fewer than two).
    double nearestSeparate = 0;
};

/// The spacing of targets, from a grid of cells kFingerDistance wide: near-linear in the
/// number of targets.
[[nodiscard]] TargetSpacing measureSpacing(const QList<ClickTarget>& targets);

} // namespace acu
