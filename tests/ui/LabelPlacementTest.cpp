// Label placement as a pure function: positions in order, collisions with labels and
// markers avoided, priorities, the required label, the bounds.

#include "ui/map/LabelPlacement.h"

#include "support/QtPrinters.h"

#include <gtest/gtest.h>

namespace {

const QRectF kBounds(0, 0, 400, 400);
const QSizeF kSize(30, 14);

acu::LabelRequest request(QPointF at, int priority = 1, bool required = false)
{
    return {at, 6.0, kSize, priority, required};
}

} // namespace

// A lone marker's label goes to its right, clear of its disc by the gap, centred in height.
TEST(LabelPlacement, loneMarker_labelGoesRight)
{
    const auto placed = acu::placeLabels({request({100, 100})}, {{{100, 100}, 6}}, kBounds);
    ASSERT_EQ(placed.size(), 1);
    EXPECT_EQ(placed[0].request, 0);
    EXPECT_EQ(placed[0].rect, QRectF(108, 93, 30, 14));
    EXPECT_FALSE(placed[0].forced);
}

// A marker on the right sends the label left; markers right and left, above.
TEST(LabelPlacement, markersInTheWay_labelTakesTheNextPosition)
{
    const acu::MarkerDisc self{{100, 100}, 6};
    const acu::MarkerDisc right{{125, 100}, 6};
    const acu::MarkerDisc left{{75, 100}, 6};
    EXPECT_EQ(acu::placeLabels({request({100, 100})}, {self, right}, kBounds).at(0).rect, QRectF(62, 93, 30, 14));
    EXPECT_EQ(acu::placeLabels({request({100, 100})}, {self, right, left}, kBounds).at(0).rect, QRectF(85, 78, 30, 14));
}

// A label near the edge stays inside the bounds: at the right edge it goes left.
TEST(LabelPlacement, atTheEdge_labelStaysInside)
{
    const auto placed = acu::placeLabels({request({390, 100})}, {{{390, 100}, 6}}, kBounds);
    ASSERT_EQ(placed.size(), 1);
    EXPECT_EQ(placed[0].rect, QRectF(352, 93, 30, 14));
}

// Two markers whose labels want the same place: the higher priority (lower number) gets its
// first choice whatever the order of the requests, the other its next free one.
TEST(LabelPlacement, competingLabels_higherPriorityChoosesFirst)
{
    // A at (100, 100) wants (108..138, 93..107); B at (150, 100) wants its left, (112..142).
    const QList<acu::MarkerDisc> discs{{{100, 100}, 6}, {{150, 100}, 6}};
    const auto placed = acu::placeLabels({request({100, 100}, 2), request({150, 100}, 1)}, discs, kBounds);
    ASSERT_EQ(placed.size(), 2);
    EXPECT_EQ(placed[0].request, 1);
    EXPECT_EQ(placed[0].rect, QRectF(158, 93, 30, 14)); // B: right is free
    EXPECT_EQ(placed[1].request, 0);
    EXPECT_EQ(placed[1].rect, QRectF(108, 93, 30, 14)); // A: right is still free
    // Crowd B's right so that it must take its left, which A wants.
    const QList<acu::MarkerDisc> crowded{{{100, 100}, 6}, {{150, 100}, 6}, {{170, 100}, 6}};
    const auto first = acu::placeLabels({request({100, 100}, 2), request({150, 100}, 1)}, crowded, kBounds);
    ASSERT_EQ(first.size(), 2);
    EXPECT_EQ(first[0].request, 1);
    EXPECT_EQ(first[0].rect, QRectF(112, 93, 30, 14));
    EXPECT_EQ(first[1].request, 0);
    EXPECT_EQ(first[1].rect, QRectF(62, 93, 30, 14)); // A yields and goes left
}

// With every position taken, a label is left out; a required one is placed anyway, on the
// position covering fewest markers, and says so.
TEST(LabelPlacement, noFreePosition_leftOutUnlessRequired)
{
    QList<acu::MarkerDisc> discs{{{100, 100}, 6}};
    for (const QPointF offset : {QPointF(25, 0), QPointF(-25, 0), QPointF(0, -16), QPointF(0, 16), QPointF(25, -16),
                                 QPointF(-25, -16), QPointF(25, 16), QPointF(-25, 16)})
        discs.append({QPointF(100, 100) + offset, 6});
    EXPECT_TRUE(acu::placeLabels({request({100, 100})}, discs, kBounds).isEmpty());
    const auto placed = acu::placeLabels({request({100, 100}, 0, true)}, discs, kBounds);
    ASSERT_EQ(placed.size(), 1);
    EXPECT_TRUE(placed[0].forced);
    EXPECT_EQ(placed[0].rect, QRectF(108, 93, 30, 14)); // each position covers one; the first wins
}

// The same input gives the same placement, label for label.
TEST(LabelPlacement, sameInput_samePlacement)
{
    QList<acu::LabelRequest> requests;
    QList<acu::MarkerDisc> discs;
    for (int i = 0; i < 200; ++i) {
        const QPointF at(20 + (i * 37) % 360, 20 + (i * 53) % 360);
        requests.append(request(at, i % 3));
        discs.append({at, 6});
    }
    const auto a = acu::placeLabels(requests, discs, kBounds);
    const auto b = acu::placeLabels(requests, discs, kBounds);
    ASSERT_EQ(a.size(), b.size());
    for (int i = 0; i < a.size(); ++i) {
        EXPECT_EQ(a[i].request, b[i].request);
        EXPECT_EQ(a[i].rect, b[i].rect);
    }
}
