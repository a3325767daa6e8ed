// The step "Add to routine" makes for a point, and the ids of new routines.

#include "models/routine/OwnRoutineSteps.h"
#include "support/QtPrinters.h"
#include "support/TestCatalogues.h"

#include <gtest/gtest.h>

namespace {

const acu::Point& point(const char* code)
{
    const acu::Point* found = acu::test::shipped()->findPoint(code);
    EXPECT_NE(found, nullptr) << code;
    return *found;
}

} // namespace

// A bilateral point with duration and repetitions claims: both sides, the first claims'
// numbers, citing their source.
TEST(OwnRoutineSteps, stepForPoint_takesFirstClaimsAndCitesThem)
{
    const acu::RoutineStep step = acu::stepForPoint(point("BL60"));
    EXPECT_EQ(step.code, "BL60");
    EXPECT_EQ(step.side, acu::RoutineSide::Both);
    EXPECT_EQ(step.holdSeconds, (acu::Range{30, 30}));
    EXPECT_EQ(step.repetitions, (acu::Range{3, 4}));
    EXPECT_EQ(step.sources, (std::vector<std::string>{"back-pain-guide-2023"}));
}

// A midline point is pressed on the midline.
TEST(OwnRoutineSteps, stepForPoint_midlinePointIsMidline)
{
    const acu::RoutineStep step = acu::stepForPoint(point("GV4"));
    EXPECT_EQ(step.side, acu::RoutineSide::Midline);
    EXPECT_EQ(step.holdSeconds, (acu::Range{60, 60}));
    EXPECT_FALSE(step.repetitions.has_value());
}

// A point no source gives a time for gets the plain minute, once, citing nothing.
TEST(OwnRoutineSteps, stepForPoint_withoutClaimsIsAPlainMinuteOnce)
{
    const acu::RoutineStep step = acu::stepForPoint(point("ST36"));
    EXPECT_EQ(step.side, acu::RoutineSide::Both);
    EXPECT_EQ(step.holdSeconds, (acu::Range{acu::kPlainHoldSeconds, acu::kPlainHoldSeconds}));
    EXPECT_FALSE(step.repetitions.has_value());
    EXPECT_TRUE(step.sources.empty());
}

// "Up to two minutes" ({0, 120}) is a hold a routine can time, and is taken.
TEST(OwnRoutineSteps, stepForPoint_upToClaimIsTaken)
{
    EXPECT_EQ(acu::stepForPoint(point("GV1")).holdSeconds, (acu::Range{0, 120}));
}

// A claim no routine can hold (no time at all) is passed over for the next.
TEST(OwnRoutineSteps, stepForPoint_claimWithoutTimeIsPassedOver)
{
    acu::Point p = point("BL23");
    p.duration.insert(p.duration.begin(), acu::Duration{0, 0, "none", {"rastogi-2012"}});
    const acu::RoutineStep step = acu::stepForPoint(p);
    EXPECT_EQ(step.holdSeconds, (acu::Range{60, 60}));
    EXPECT_EQ(step.sources, (std::vector<std::string>{"back-pain-guide-2023"}));
}

// Ids come from the title and are never one already taken.
TEST(OwnRoutineSteps, freeRoutineId_fromTitleAndFree)
{
    EXPECT_EQ(acu::freeRoutineId("Morning back, Ähm!", {}), "morning-back-hm");
    EXPECT_EQ(acu::freeRoutineId("Morning back", {"morning-back"}), "morning-back-2");
    EXPECT_EQ(acu::freeRoutineId("Morning back", {"morning-back", "morning-back-2"}), "morning-back-3");
    EXPECT_EQ(acu::freeRoutineId("背痛", {}), "routine");
}
