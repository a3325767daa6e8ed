#include "ui/map/ChannelCourse.h"

#include "core/search/PointCode.h"
#include "models/ChannelNames.h"

#include <QHash>

#include <array>
#include <cmath>

namespace acu {

namespace {

QList<int> numbers(int first, int last)
{
    QList<int> run;
    for (int n = first; n <= last; ++n)
        run.append(n);
    return run;
}

QList<int> joined(QList<int> first, const QList<int>& then)
{
    first.append(then);
    return first;
}

/// Where a channel's numbering does not follow its course (WHO 2008 channel courses, as
/// /work/shared/docs/DOMAIN.md describes the channels). Numbering that doubles back along
/// the course itself, as Gallbladder's zigzag over the side of the head (GB1-GB20), the
/// Small Intestine's over the shoulder blade (SI9-SI15) or the Bladder's through the sacral
/// foramina (BL31-BL34), is the course and stays one run.
CourseRuns exceptionalRuns(const QString& prefix)
{
    if (prefix == QLatin1String("BL")) {
        // The inner line of the back runs down to the knee hollow (BL40) and on down the
        // calf (BL55-BL67); the outer line, numbered after BL40, runs from the shoulder blade
        // (BL41) down to the buttock (BL54) and joins the inner one at BL40. No line from
        // BL40 up to BL41.
        return {joined(numbers(1, 40), numbers(55, 67)), joined(numbers(41, 54), {40})};
    }
    if (prefix == QLatin1String("ST")) {
        // From ST5 at the jaw the course branches: ST6-ST8 go up in front of the ear to the
        // corner of the forehead, and the main course goes down from ST5 to the neck (ST9).
        // No line from the forehead (ST8) down to the neck.
        return {numbers(1, 8), joined({5}, numbers(9, 45))};
    }
    return {};
}

double distance(const QPointF& a, const QPointF& b)
{
    return std::hypot(a.x() - b.x(), a.y() - b.y());
}

} // namespace

CourseRuns channelRuns(const QString& prefix)
{
    const Channel* channel = findChannel(prefix.toStdString());
    if (!channel || prefix.startsWith(QLatin1String("EX-")))
        return {};
    CourseRuns runs = exceptionalRuns(prefix);
    if (runs.isEmpty())
        runs.append(numbers(1, channel->pointCount));
    return runs;
}

QList<ChannelCourse> channelCourses(const QList<BodyMarker>& markers, const QString& viewId)
{
    // The view's channel markers by (code, side); a point has at most one marker per side
    // on a view, and the first is kept should a catalogue give more.
    QHash<QString, std::array<const BodyMarker*, 3>> byCode;
    QHash<QString, std::array<bool, 3>> sidesByChannel;
    for (const auto& marker : markers) {
        if (marker.viewId != viewId)
            continue;
        const QString channel = channelOfCode(marker.code);
        if (channel.isEmpty())
            continue;
        auto& bySide = byCode[marker.code];
        const auto side = static_cast<std::size_t>(marker.side);
        if (!bySide[side])
            bySide[side] = &marker;
        sidesByChannel[channel][side] = true;
    }

    QList<ChannelCourse> courses;
    for (const QString& prefix : channelPrefixes()) {
        const auto sides = sidesByChannel.constFind(prefix);
        if (sides == sidesByChannel.cend())
            continue;
        const CourseRuns runs = channelRuns(prefix);
        for (const Side side : {Side::Left, Side::Right, Side::Midline}) {
            const auto slot = static_cast<std::size_t>(side);
            if (!(*sides)[slot])
                continue;
            ChannelCourse course{prefix, side, {}};
            for (const auto& run : runs) {
                QList<CoursePoint> piece;
                const auto close = [&] {
                    if (piece.size() >= 2)
                        course.pieces.append(piece);
                    piece.clear();
                };
                for (const int number : run) {
                    const QString code = prefix + QString::number(number);
                    const auto found = byCode.constFind(code);
                    const BodyMarker* marker = found == byCode.cend() ? nullptr : (*found)[slot];
                    if (marker)
                        piece.append({code, marker->position});
                    else
                        close(); // the course leaves the view here
                }
                close();
            }
            if (!course.pieces.isEmpty())
                courses.append(course);
        }
    }
    return courses;
}

QPainterPath smoothLine(const QList<QPointF>& points)
{
    QPainterPath path;
    if (points.size() < 2)
        return path;
    path.moveTo(points.constFirst());
    constexpr double kTiny = 1e-9;
    const auto last = points.size() - 1;
    for (qsizetype i = 0; i < last; ++i) {
        // The piece from p1 to p2, shaped by their neighbours p0 and p3 (the ends are their
        // own neighbours, so the line starts and ends heading for the next point).
        const QPointF& p0 = points[std::max<qsizetype>(i - 1, 0)];
        const QPointF& p1 = points[i];
        const QPointF& p2 = points[i + 1];
        const QPointF& p3 = points[std::min(i + 2, last)];
        // Centripetal parameterisation: knot intervals are the square roots of the distances.
        const double d1 = distance(p0, p1);
        const double d2 = distance(p1, p2);
        const double d3 = distance(p2, p3);
        if (d2 < kTiny) {
            path.lineTo(p2);
            continue;
        }
        const double s1 = std::sqrt(d1);
        const double s2 = std::sqrt(d2);
        const double s3 = std::sqrt(d3);
        const QPointF c1 =
            d1 < kTiny ? p1 : (d1 * p2 - d2 * p0 + (2 * d1 + 3 * s1 * s2 + d2) * p1) / (3 * s1 * (s1 + s2));
        const QPointF c2 =
            d3 < kTiny ? p2 : (d3 * p1 - d2 * p3 + (2 * d3 + 3 * s3 * s2 + d2) * p2) / (3 * s3 * (s3 + s2));
        path.cubicTo(c1, c2, p2);
    }
    return path;
}

QPainterPath coursePath(const ChannelCourse& course)
{
    QPainterPath path;
    for (const auto& piece : course.pieces) {
        QList<QPointF> positions;
        positions.reserve(piece.size());
        for (const auto& point : piece)
            positions.append(point.position);
        path.addPath(smoothLine(positions));
    }
    return path;
}

} // namespace acu
