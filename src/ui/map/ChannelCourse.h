#pragma once

// The geometry of the channels' courses on a body view: which markers a course passes, in
// which order, and the smooth line through them. No widgets.

#include "models/BodyMarkers.h"

#include <QList>
#include <QPainterPath>
#include <QPointF>
#include <QString>

namespace acu {

/// The order a channel's course passes its points, as runs of point numbers: the line is
/// drawn through each run in order and never from the end of one run to the start of the
/// next. Most channels are one run, 1 to their last point; channelRuns documents the others.
using CourseRuns = QList<QList<int>>;

/// The runs of the channel with this prefix; empty for an unknown prefix.
[[nodiscard]] CourseRuns channelRuns(const QString& prefix);

/// A point the course passes on a view.
struct CoursePoint {
    QString code;
    QPointF position;
};

/// One channel's course on one view, on one side of the body (a bilateral channel has a
/// course on the left and one on the right; GV and CV lie on the midline).
struct ChannelCourse {
    QString prefix;
    Side side = Side::Midline;
    /// The pieces the line is drawn in, each with two points or more. The line breaks
    /// between pieces: where a run ends, and where the next point of a run is not on the view.
    QList<QList<CoursePoint>> pieces;
};

/// The courses of every channel on the view viewId, in WHO order and, per channel, left,
/// right, midline. Channels and sides with no piece on the view are left out.
[[nodiscard]] QList<ChannelCourse> channelCourses(const QList<BodyMarker>& markers, const QString& viewId);

/// A smooth line through the points in order (a centripetal Catmull–Rom spline, which
/// neither overshoots between close points nor loops): a cubic piece from each point to the
/// next. Two points give a straight line; fewer give an empty path.
[[nodiscard]] QPainterPath smoothLine(const QList<QPointF>& points);

/// The course's line: each of its pieces smoothed, the pieces unjoined.
[[nodiscard]] QPainterPath coursePath(const ChannelCourse& course);

} // namespace acu
