#include "ui/map/SpatialNavigation.h"

#include <cmath>
#include <limits>

namespace acu {

namespace {

/// How far `to` lies from `from` along the direction and across it.
struct Offset {
    double along = 0;
    double across = 0;
};

Offset offsetOf(const QPointF& from, const QPointF& to, MapDirection direction)
{
    const QPointF d = to - from;
    switch (direction) {
    case MapDirection::Right:
        return {d.x(), d.y()};
    case MapDirection::Left:
        return {-d.x(), d.y()};
    case MapDirection::Down:
        return {d.y(), d.x()};
    case MapDirection::Up:
        return {-d.y(), d.x()};
    }
    return {};
}

bool forwards(MapDirection direction)
{
    return direction == MapDirection::Right || direction == MapDirection::Down;
}

/// A candidate's rank: lower is better.
struct Rank {
    bool outsideCone = true;
    double distance = std::numeric_limits<double>::infinity();
    double across = std::numeric_limits<double>::infinity();

    [[nodiscard]] bool betterThan(const Rank& other) const
    {
        if (outsideCone != other.outsideCone)
            return !outsideCone;
        if (distance != other.distance)
            return distance < other.distance;
        return across < other.across;
    }
};

} // namespace

int nearestInDirection(const QList<QPointF>& candidates, const QPointF& from, MapDirection direction, int fromIndex)
{
    int best = -1;
    Rank bestRank;
    for (int i = 0; i < candidates.size(); ++i) {
        if (i == fromIndex)
            continue;
        const Offset offset = offsetOf(from, candidates[i], direction);
        const bool stacked = offset.along == 0 && offset.across == 0;
        if (stacked) {
            // A stack is walked in index order: forwards to later markers, backwards to earlier.
            const bool ahead = fromIndex >= 0 && (forwards(direction) ? i > fromIndex : i < fromIndex);
            if (!ahead)
                continue;
        } else if (offset.along <= 0) {
            continue;
        }
        const Rank rank{std::abs(offset.across) > offset.along, std::hypot(offset.along, offset.across),
                        std::abs(offset.across)};
        // A stacked marker ahead is at distance 0: it wins, and of a stack the nearest index.
        const bool nearerInStack =
            stacked && best >= 0 && bestRank.distance == 0 && (forwards(direction) ? i < best : i > best);
        if (best < 0 || rank.betterThan(bestRank) || nearerInStack) {
            best = i;
            bestRank = rank;
        }
    }
    return best;
}

int nearestTo(const QList<QPointF>& candidates, const QPointF& point)
{
    int best = -1;
    double bestDistance = std::numeric_limits<double>::infinity();
    for (int i = 0; i < candidates.size(); ++i) {
        const QPointF d = candidates[i] - point;
        const double distance = QPointF::dotProduct(d, d);
        if (distance < bestDistance) {
            best = i;
            bestDistance = distance;
        }
    }
    return best;
}

int firstInReadingOrder(const QList<QPointF>& candidates)
{
    int best = -1;
    for (int i = 0; i < candidates.size(); ++i) {
        const QPointF& p = candidates[i];
        if (best < 0 || p.y() < candidates[best].y() || (p.y() == candidates[best].y() && p.x() < candidates[best].x()))
            best = i;
    }
    return best;
}

int lastInReadingOrder(const QList<QPointF>& candidates)
{
    int best = -1;
    for (int i = 0; i < candidates.size(); ++i) {
        const QPointF& p = candidates[i];
        if (best < 0 || p.y() > candidates[best].y() ||
            (p.y() == candidates[best].y() && p.x() >= candidates[best].x()))
            best = i;
    }
    return best;
}

} // namespace acu
