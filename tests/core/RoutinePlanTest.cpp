// The phases a run walks through.

#include "core/routine/RoutinePlan.h"
#include "support/TestCatalogues.h"

#include <gtest/gtest.h>

namespace {

using acu::PhaseKind;
using acu::PlanPhase;
using acu::RoutineSide;

acu::RoutineStep step(std::string code, RoutineSide side, acu::Range hold, std::optional<acu::Range> repetitions = {},
                      std::optional<acu::Range> rest = {})
{
    acu::RoutineStep s;
    s.code = std::move(code);
    s.side = side;
    s.holdSeconds = hold;
    s.repetitions = repetitions;
    s.restSeconds = rest;
    return s;
}

acu::Routine routineOf(std::vector<acu::RoutineStep> steps)
{
    acu::Routine routine;
    routine.id = "r";
    routine.title = "R";
    routine.steps = std::move(steps);
    return routine;
}

} // namespace

// Both sides: all repetitions on the right, rests between them, a get-ready, then the left.
TEST(RoutinePlan, bothSides_rightThenLeftWithRests)
{
    const auto routine = routineOf({step("GB30", RoutineSide::Both, {60, 60}, acu::Range{2, 2}, acu::Range{10, 10})});
    const std::vector<PlanPhase> expected{
        {PhaseKind::GetReady, 0, RoutineSide::Right, 1, 2, 5}, {PhaseKind::Hold, 0, RoutineSide::Right, 1, 2, 60},
        {PhaseKind::Rest, 0, RoutineSide::Right, 2, 2, 10},    {PhaseKind::Hold, 0, RoutineSide::Right, 2, 2, 60},
        {PhaseKind::GetReady, 0, RoutineSide::Left, 1, 2, 5},  {PhaseKind::Hold, 0, RoutineSide::Left, 1, 2, 60},
        {PhaseKind::Rest, 0, RoutineSide::Left, 2, 2, 10},     {PhaseKind::Hold, 0, RoutineSide::Left, 2, 2, 60}};
    EXPECT_EQ(acu::buildPlan(routine, 5), expected);
    EXPECT_EQ(acu::totalSeconds(expected), 5 + 60 + 10 + 60 + 5 + 60 + 10 + 60);
}

// Alternating sides: right, left, right, left, a get-ready at each change, no rests.
TEST(RoutinePlan, alternateSides_changesEveryHold)
{
    auto s = step("BL60", RoutineSide::Both, {30, 30}, acu::Range{2, 2}, acu::Range{10, 10});
    s.alternateSides = true;
    const std::vector<PlanPhase> expected{
        {PhaseKind::GetReady, 0, RoutineSide::Right, 1, 2, 3}, {PhaseKind::Hold, 0, RoutineSide::Right, 1, 2, 30},
        {PhaseKind::GetReady, 0, RoutineSide::Left, 1, 2, 3},  {PhaseKind::Hold, 0, RoutineSide::Left, 1, 2, 30},
        {PhaseKind::GetReady, 0, RoutineSide::Right, 2, 2, 3}, {PhaseKind::Hold, 0, RoutineSide::Right, 2, 2, 30},
        {PhaseKind::GetReady, 0, RoutineSide::Left, 2, 2, 3},  {PhaseKind::Hold, 0, RoutineSide::Left, 2, 2, 30}};
    EXPECT_EQ(acu::buildPlan(routineOf({s}), 3), expected);
}

// Ranges run to their upper end, open ones to their lower; no get-ready phase when it is 0 seconds.
TEST(RoutinePlan, rangesTakeUpperEnd_zeroGetReadyLeftOut)
{
    const auto routine = routineOf({step("GV4", RoutineSide::Midline, {60, 120}, acu::Range{2, 3}),
                                    step("GB29", RoutineSide::Left, {120, std::nullopt})});
    const std::vector<PlanPhase> expected{{PhaseKind::Hold, 0, RoutineSide::Midline, 1, 3, 120},
                                          {PhaseKind::Hold, 0, RoutineSide::Midline, 2, 3, 120},
                                          {PhaseKind::Hold, 0, RoutineSide::Midline, 3, 3, 120},
                                          {PhaseKind::Hold, 1, RoutineSide::Left, 1, 1, 120}};
    EXPECT_EQ(acu::buildPlan(routine, 0), expected);
}

// Steps not included have no phases.
TEST(RoutinePlan, excludedStep_hasNoPhases)
{
    const auto routine =
        routineOf({step("GV4", RoutineSide::Midline, {10, 10}), step("BL23", RoutineSide::Right, {20, 20})});
    const std::vector<PlanPhase> expected{{PhaseKind::Hold, 1, RoutineSide::Right, 1, 1, 20}};
    EXPECT_EQ(acu::buildPlan(routine, 0, {false, true}), expected);
}

// Points with a pregnancy contraindication are marked; cautions and unknown points are not.
TEST(RoutinePlan, stepsToAvoidInPregnancy_onlyContraindicated)
{
    const auto routine = routineOf({step("LI4", RoutineSide::Both, {5, 10}), step("BL23", RoutineSide::Both, {60, 60}),
                                    step("XX1", RoutineSide::Both, {60, 60})});
    EXPECT_EQ(acu::stepsToAvoidInPregnancy(routine, *acu::test::shipped()), (std::vector<bool>{true, false, false}));
}
