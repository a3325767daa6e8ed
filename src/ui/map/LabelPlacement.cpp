#include "ui/map/LabelPlacement.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <numbers>
#include <numeric>
#include <optional>
#include <unordered_map>
#include <vector>

namespace acu {

namespace {

/// The side of a grid cell, in pixels: about a label's width, so a label touches a few cells.
constexpr double kCell = 32.0;

/// Whether a disc and a rectangle share any area (touching edges do not count).
bool overlaps(const MarkerDisc& disc, const QRectF& rect)
{
    const double x = std::clamp(disc.centre.x(), rect.left(), rect.right());
    const double y = std::clamp(disc.centre.y(), rect.top(), rect.bottom());
    const double dx = disc.centre.x() - x;
    const double dy = disc.centre.y() - y;
    return dx * dx + dy * dy < disc.radius * disc.radius;
}

bool overlaps(const QRectF& a, const QRectF& b)
{
    return a.left() < b.right() && b.left() < a.right() && a.top() < b.bottom() && b.top() < a.bottom();
}

/// Discs and placed labels by the grid cells their bounding boxes touch.
class Grid final {
public:
    void addDisc(int index, const MarkerDisc& disc)
    {
        const double r = disc.radius;
        forEachCell(
            QRectF(disc.centre - QPointF(r, r), QSizeF(2 * r, 2 * r)), [&](Cell& cell) { cell.discs.push_back(index); },
            true);
    }
    void addLabel(const QRectF& rect)
    {
        const int index = static_cast<int>(m_labels.size());
        m_labels.push_back(rect);
        forEachCell(
            rect, [&](Cell& cell) { cell.labels.push_back(index); }, true);
    }
    [[nodiscard]] bool hitsLabel(const QRectF& rect)
    {
        bool hit = false;
        forEachCell(rect, [&](Cell& cell) {
            hit = hit || std::any_of(cell.labels.begin(), cell.labels.end(),
                                     [&](int label) { return overlaps(m_labels[label], rect); });
        });
        return hit;
    }
    /// How many discs the rectangle overlaps, each counted once (or 0 or 1 with stopAtFirst).
    [[nodiscard]] int discsHit(const QRectF& rect, const QList<MarkerDisc>& discs, bool stopAtFirst)
    {
        m_seen.resize(static_cast<size_t>(discs.size()), 0);
        ++m_query;
        int hits = 0;
        forEachCell(rect, [&](Cell& cell) {
            for (int disc : cell.discs) {
                if ((stopAtFirst && hits > 0) || m_seen[static_cast<size_t>(disc)] == m_query)
                    continue;
                m_seen[static_cast<size_t>(disc)] = m_query;
                hits += overlaps(discs[disc], rect);
            }
        });
        return hits;
    }

private:
    struct Cell {
        std::vector<int> discs;
        std::vector<int> labels;
    };
    /// Visits the cells the rectangle touches; those holding nothing yet only when adding.
    template <typename F> void forEachCell(const QRectF& rect, F&& visit, bool adding = false)
    {
        const auto first = [](double v) { return static_cast<long long>(std::floor(v / kCell)); };
        for (long long y = first(rect.top()); y <= first(rect.bottom()); ++y) {
            for (long long x = first(rect.left()); x <= first(rect.right()); ++x) {
                const long long key = (y << 32) ^ (x & 0xffffffffLL);
                if (adding) {
                    visit(m_cells[key]);
                } else if (const auto found = m_cells.find(key); found != m_cells.end()) {
                    visit(found->second);
                }
            }
        }
    }
    std::unordered_map<long long, Cell> m_cells;
    std::vector<QRectF> m_labels;
    std::vector<long long> m_seen; ///< per disc, the last query that looked at it
    long long m_query = 0;
};

/// The candidate positions of a label, in the order they are tried.
std::array<QRectF, 8> candidates(const LabelRequest& request)
{
    const QPointF c = request.anchor;
    const double w = request.size.width();
    const double h = request.size.height();
    const double d = request.clearance + kLabelGap;
    const double diagonal = d / std::numbers::sqrt2;
    return {
        QRectF(c.x() + d, c.y() - h / 2, w, h),                   // right
        QRectF(c.x() - d - w, c.y() - h / 2, w, h),               // left
        QRectF(c.x() - w / 2, c.y() - d - h, w, h),               // above
        QRectF(c.x() - w / 2, c.y() + d, w, h),                   // below
        QRectF(c.x() + diagonal, c.y() - diagonal - h, w, h),     // above right
        QRectF(c.x() - diagonal - w, c.y() - diagonal - h, w, h), // above left
        QRectF(c.x() + diagonal, c.y() + diagonal, w, h),         // below right
        QRectF(c.x() - diagonal - w, c.y() + diagonal, w, h),     // below left
    };
}

/// How far a rectangle must move to lie inside bounds (as far as it fits).
QPointF overhang(const QRectF& rect, const QRectF& bounds)
{
    const double dx = rect.left() < bounds.left()     ? bounds.left() - rect.left()
                      : rect.right() > bounds.right() ? bounds.right() - rect.right()
                                                      : 0.0;
    const double dy = rect.top() < bounds.top()         ? bounds.top() - rect.top()
                      : rect.bottom() > bounds.bottom() ? bounds.bottom() - rect.bottom()
                                                        : 0.0;
    return {dx, dy};
}

} // namespace

QList<PlacedLabel> placeLabels(const QList<LabelRequest>& requests, const QList<MarkerDisc>& discs,
                               const QRectF& bounds)
{
    Grid grid;
    for (int i = 0; i < discs.size(); ++i)
        grid.addDisc(i, discs[i]);

    std::vector<int> order(static_cast<size_t>(requests.size()));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return requests[a].priority < requests[b].priority; });

    QList<PlacedLabel> placed;
    for (const int index : order) {
        const LabelRequest& request = requests[index];
        std::optional<QRectF> best;
        int bestHits = std::numeric_limits<int>::max();
        for (const QRectF& rect : candidates(request)) {
            if (!bounds.contains(rect) || grid.hitsLabel(rect))
                continue;
            const int hits = grid.discsHit(rect, discs, !request.required);
            if (hits == 0) {
                best = rect;
                bestHits = 0;
                break;
            }
            if (request.required && hits < bestHits) {
                best = rect;
                bestHits = hits;
            }
        }
        if (!best && request.required) // every position leaves the bounds or meets a label
            best = candidates(request).front().translated(overhang(candidates(request).front(), bounds));
        if (!best)
            continue;
        const bool forced = grid.discsHit(*best, discs, true) > 0 || grid.hitsLabel(*best);
        grid.addLabel(*best);
        placed.append({index, *best, forced});
    }
    return placed;
}

} // namespace acu
