// The spatial order of the map's arrow keys: from a position, the nearest marker that way,
// on a tiny synthetic set with ties and on the shipped catalogue's back view.

#include "ui/map/SpatialNavigation.h"
#include "models/BodyMarkers.h"
#include "support/QtPrinters.h"
#include "support/TestCatalogues.h"

#include <gtest/gtest.h>

namespace {

using acu::MapDirection;

struct Case {
    const char* name;
    QList<QPointF> candidates;
    QPointF from;
    MapDirection direction;
    int fromIndex;
    int expected;
};

} // namespace

// Each case: where the keyboard goes from `from` among a few candidates.
TEST(SpatialNavigation, syntheticCases_reachTheExpectedCandidate)
{
    const QPointF o(0, 0);
    const QList<Case> cases = {
        {"the nearest straight ahead", {{10, 0}, {20, 0}}, o, MapDirection::Right, -1, 0},
        {"nothing behind counts", {{-10, 0}, {0, -10}}, o, MapDirection::Right, -1, -1},
        {"no candidates", {}, o, MapDirection::Left, -1, -1},
        {"left", {{10, 0}, {-10, 0}, {-30, 0}}, o, MapDirection::Left, -1, 1},
        {"up is towards smaller y", {{0, 10}, {0, -10}}, o, MapDirection::Up, -1, 1},
        {"down is towards larger y", {{0, 10}, {0, -10}}, o, MapDirection::Down, -1, 0},
        {"the cone before a nearer point outside it", {{20, 0}, {5, 10}}, o, MapDirection::Right, -1, 0},
        {"the half-plane when the cone is empty", {{5, 10}, {2, 30}}, o, MapDirection::Right, -1, 0},
        {"45 degrees is inside the cone", {{10, 10}, {3, 8}}, o, MapDirection::Right, -1, 0},
        {"tie on distance: the nearer the axis", {{8, 6}, {10, 0}}, o, MapDirection::Right, -1, 1},
        {"full tie: the earlier index", {{10, 5}, {10, -5}}, o, MapDirection::Right, -1, 0},
        {"full tie, listed the other way", {{10, -5}, {10, 5}}, o, MapDirection::Right, -1, 0},
        {"the current candidate is never chosen", {{0, 0}, {10, 0}}, o, MapDirection::Right, 0, 1},
        {"a stack: right goes to the next index", {{0, 0}, {0, 0}, {0, 0}, {10, 0}}, o, MapDirection::Right, 1, 2},
        {"a stack: down goes to the next index", {{0, 0}, {0, 0}, {0, 0}}, o, MapDirection::Down, 0, 1},
        {"a stack: left goes to the previous index", {{0, 0}, {0, 0}, {0, 0}, {-10, 0}}, o, MapDirection::Left, 2, 1},
        {"a stack: up from its first leaves it", {{0, 0}, {0, 0}, {0, -10}}, o, MapDirection::Up, 0, 2},
        {"a stacked point without a current one is not ahead", {{0, 0}, {10, 0}}, o, MapDirection::Right, -1, 1},
    };
    for (const auto& c : cases)
        EXPECT_EQ(acu::nearestInDirection(c.candidates, c.from, c.direction, c.fromIndex), c.expected) << c.name;
}

TEST(SpatialNavigation, nearestTo_isTheClosestAndTheEarlierOnATie)
{
    EXPECT_EQ(acu::nearestTo({{10, 0}, {3, 4}, {0, 5}}, QPointF(0, 0)), 1);
    EXPECT_EQ(acu::nearestTo({}, QPointF(0, 0)), -1);
}

TEST(SpatialNavigation, readingOrder_firstIsTopLeftAndLastIsBottomRight)
{
    const QList<QPointF> points = {{50, 20}, {10, 20}, {90, 80}, {30, 80}, {60, 5}};
    EXPECT_EQ(acu::firstInReadingOrder(points), 4);
    EXPECT_EQ(acu::lastInReadingOrder(points), 2);
    EXPECT_EQ(acu::firstInReadingOrder({{10, 20}, {50, 20}}), 0);
    EXPECT_EQ(acu::lastInReadingOrder({}), -1);
}

// From BL23's left marker on the back view (the body's left is on the drawing's left there),
// each arrow reaches the neighbour a reader of the drawing expects.
TEST(SpatialNavigation, backView_fromLeftBl23_eachArrowReachesItsNeighbour)
{
    QList<acu::BodyMarker> back;
    for (const auto& marker : acu::bodyMarkers(*acu::test::shipped())) {
        if (marker.viewId == QLatin1String("back"))
            back.append(marker);
    }
    QList<QPointF> positions;
    int from = -1;
    for (const auto& marker : back) {
        if (marker.code == QLatin1String("BL23") && marker.side == acu::Side::Left)
            from = static_cast<int>(positions.size());
        positions.append(marker.position);
    }
    ASSERT_GE(from, 0);
    const auto reached = [&](MapDirection direction) {
        const int index = acu::nearestInDirection(positions, positions[from], direction, from);
        return index < 0 ? QString() : back[index].code + QLatin1Char('/') + QString::number(int(back[index].side));
    };
    const auto left = QStringLiteral("/%1").arg(int(acu::Side::Left));
    EXPECT_EQ(reached(MapDirection::Right), QStringLiteral("EX-B2") + left); // Jiaji, beside the spine
    EXPECT_EQ(reached(MapDirection::Left), QStringLiteral("BL52") + left);   // the outer bladder line
    EXPECT_EQ(reached(MapDirection::Up), QStringLiteral("BL22") + left);
    EXPECT_EQ(reached(MapDirection::Down), QStringLiteral("BL24") + left);
}
