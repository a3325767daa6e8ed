// Writing routines: what is written reads back as the same routines.

#include "core/routine/RoutineWriter.h"
#include "core/routine/RoutineLoader.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace {

acu::Routine sample()
{
    acu::Routine routine;
    routine.id = "mine-1";
    routine.title = "Évening routine";
    routine.sources = {"art"};
    routine.notes = "After work.";
    routine.defaults = acu::RoutineDefaults{acu::Range{60, 120}, std::nullopt, acu::Range{5, 5}, "Advice.", {"art"}};
    acu::RoutineStep both;
    both.code = "BL23";
    both.side = acu::RoutineSide::Both;
    both.holdSeconds = {120, std::nullopt};
    both.repetitions = acu::Range{3, 4};
    both.restSeconds = acu::Range{10, 10};
    both.alternateSides = true;
    both.technique = "Thumbs.";
    both.needsHelper = true;
    both.note = "Others differ.";
    both.sources = {"art"};
    acu::RoutineStep midline;
    midline.code = "GV4";
    midline.side = acu::RoutineSide::Midline;
    midline.holdSeconds = {30, 30};
    routine.steps = {both, midline};
    return routine;
}

} // namespace

// Every field survives a write and a read.
TEST(RoutineWriter, roundTrip_keepsEveryField)
{
    const std::vector<acu::Routine> routines{sample()};
    const auto result = acu::loadRoutines(acu::writeRoutinesJson(routines), nullptr);
    ASSERT_TRUE(result.ok()) << result.errors.front().toString();
    EXPECT_EQ(result.routines, routines);
}

// An open range is written without max; fields at their defaults are left out.
TEST(RoutineWriter, openRangeAndDefaults_areLeftOut)
{
    const std::vector<acu::Routine> routines{sample()};
    const auto json = nlohmann::json::parse(acu::writeRoutinesJson(routines));
    EXPECT_EQ(json["format"], 1);
    EXPECT_EQ(json["routines"][0]["steps"][0]["holdSeconds"], nlohmann::json({{"min", 120}}));
    EXPECT_EQ(json["routines"][0]["steps"][1],
              nlohmann::json({{"code", "GV4"}, {"side", "midline"}, {"holdSeconds", {{"min", 30}, {"max", 30}}}}));
}

// No routines at all is a valid file too (a person who deleted all of theirs).
TEST(RoutineWriter, emptyList_readsBackEmpty)
{
    const auto result = acu::loadRoutines(acu::writeRoutinesJson({}), nullptr);
    EXPECT_TRUE(result.ok());
    EXPECT_TRUE(result.routines.empty());
}
