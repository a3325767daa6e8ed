#include "ui/map/FingerTargets.h"

#include "ui/map/MarkerItem.h"

#include <QGraphicsScene>
#include <QGraphicsView>

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>
#include <unordered_map>
#include <vector>

namespace acu {

namespace {

constexpr double kInfinite = std::numeric_limits<double>::infinity();

double distance(const QPointF& a, const QPointF& b)
{
    return std::hypot(a.x() - b.x(), a.y() - b.y());
}

/// Target indices by grid cell, the cells `cell` pixels wide.
class CellIndex final {
public:
    CellIndex(const QList<ClickTarget>& targets, double cell)
        : m_cell(cell)
    {
        for (int i = 0; i < targets.size(); ++i)
            m_cells[key(column(targets[i].centre.x()), column(targets[i].centre.y()))].push_back(i);
    }
    [[nodiscard]] long long column(double v) const { return static_cast<long long>(std::floor(v / m_cell)); }
    /// The targets in the ring of cells `ring` steps from (x, y) (the cell itself for 0).
    template <typename F> void forRing(long long x, long long y, long long ring, F&& visit) const
    {
        for (long long dy = -ring; dy <= ring; ++dy) {
            for (long long dx = -ring; dx <= ring; ++dx) {
                if (std::max(std::llabs(dx), std::llabs(dy)) != ring)
                    continue;
                const auto found = m_cells.find(key(x + dx, y + dy));
                if (found != m_cells.end())
                    for (int index : found->second)
                        visit(index);
            }
        }
    }

private:
    static long long key(long long x, long long y) { return (y << 32) ^ (x & 0xffffffffLL); }
    double m_cell;
    std::unordered_map<long long, std::vector<int>> m_cells;
};

/// The least distance between the centres of two targets of different points (infinite
/// for fewer than two): a sweep from left to right keeping the targets within the best
/// distance found, ordered by height, so O(n log n).
double nearestPair(QList<ClickTarget> targets)
{
    std::sort(targets.begin(), targets.end(),
              [](const ClickTarget& a, const ClickTarget& b) { return a.centre.x() < b.centre.x(); });
    double best = kInfinite;
    std::set<std::pair<double, int>> strip; // (y, index) of the targets within best of the sweep in x
    int oldest = 0;
    for (int i = 0; i < targets.size(); ++i) {
        const QPointF& p = targets[i].centre;
        while (oldest < i && p.x() - targets[oldest].centre.x() > best) {
            strip.erase({targets[oldest].centre.y(), oldest});
            ++oldest;
        }
        for (auto it = strip.lower_bound({p.y() - best, -1}); it != strip.end() && it->first <= p.y() + best; ++it) {
            if (targets[it->second].code != targets[i].code)
                best = std::min(best, distance(p, targets[it->second].centre));
        }
        strip.insert({p.y(), i});
    }
    return best;
}

} // namespace

QList<ClickTarget> clickTargets(const QGraphicsView& view)
{
    QList<ClickTarget> targets;
    if (!view.scene())
        return targets;
    for (QGraphicsItem* item : view.scene()->items(Qt::AscendingOrder)) {
        if (item->type() != MarkerItem::Type || !item->isVisible())
            continue;
        const auto* marker = static_cast<const MarkerItem*>(item);
        if (marker->isDimmed())
            continue;
        targets.append(
            {marker->marker().code, marker->marker().label, view.viewportTransform().map(marker->scenePos())});
    }
    return targets;
}

QList<ClickTarget> targetsAt(const QList<ClickTarget>& targets, const QPointF& at)
{
    QList<std::pair<double, int>> held;
    for (int i = 0; i < targets.size(); ++i) {
        const double d = distance(targets[i].centre, at);
        if (d <= kFingerDistance / 2)
            held.append({d, i});
    }
    std::stable_sort(held.begin(), held.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    QList<ClickTarget> found;
    for (const auto& [d, index] : held) {
        const bool seen = std::any_of(found.begin(), found.end(),
                                      [&](const ClickTarget& target) { return target.code == targets[index].code; });
        if (!seen)
            found.append(targets[index]);
    }
    return found;
}

TargetSpacing measureSpacing(const QList<ClickTarget>& targets)
{
    TargetSpacing spacing;
    spacing.targets = static_cast<int>(targets.size());
    // Crowded: another point's target within kFingerDistance, so in this cell or the next.
    const CellIndex cells(targets, kFingerDistance);
    QList<ClickTarget> separate;
    for (int i = 0; i < targets.size(); ++i) {
        const long long x = cells.column(targets[i].centre.x());
        const long long y = cells.column(targets[i].centre.y());
        bool crowded = false;
        for (long long ring = 0; ring <= 1; ++ring) {
            cells.forRing(x, y, ring, [&](int j) {
                crowded = crowded || (targets[j].code != targets[i].code &&
                                      distance(targets[i].centre, targets[j].centre) < kFingerDistance);
            });
        }
        if (crowded)
            ++spacing.crowded;
        else
            separate.append(targets[i]);
    }
    spacing.nearest = nearestPair(targets);
    spacing.nearestSeparate = nearestPair(separate);
    return spacing;
}

} // namespace acu
