// `--routines [--json]`: its lines, its JSON, its problems and its exit status.

#include "core/commands/RoutinesCommand.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <sstream>

namespace {

acu::Routine routine(const std::string& id, const std::string& title)
{
    acu::Routine r;
    r.id = id;
    r.title = title;
    r.sources = {"art"};
    acu::RoutineStep both;
    both.code = "BL23";
    both.side = acu::RoutineSide::Both;
    both.holdSeconds = {60, 120};
    both.repetitions = acu::Range{2, 3};
    both.restSeconds = acu::Range{10, 10};
    both.sources = {"art"};
    acu::RoutineStep open;
    open.code = "GV4";
    open.side = acu::RoutineSide::Midline;
    open.holdSeconds = {120, std::nullopt};
    r.steps = {both, open};
    return r;
}

struct Result {
    int status;
    std::string out;
    std::string err;
};

Result run(const acu::RoutineLoad& builtIn, const acu::RoutineLoad& own, acu::RoutinesFormat format)
{
    std::ostringstream out;
    std::ostringstream err;
    const int status = acu::runRoutinesCommand(builtIn, own, format, out, err);
    return {status, out.str(), err.str()};
}

} // namespace

// One line per routine, built-in first: id, title (tabs made spaces), steps, minutes rounded up.
TEST(RoutinesCommand, text_oneLinePerRoutine)
{
    // BL23: 3 x 120 s + 2 x 10 s rest on each side = 760 s; GV4: 120 s. 880 s -> 15 minutes.
    const auto result =
        run({{routine("built", "Built in")}, {}}, {{routine("mine", "My\troutine")}, {}}, acu::RoutinesFormat::Text);
    EXPECT_EQ(result.status, 0);
    EXPECT_EQ(result.out, "built\tBuilt in\t2\t15\nmine\tMy routine\t2\t15\n");
    EXPECT_EQ(result.err, "");
}

// JSON: every routine with builtIn, sources and steps; open max is null, no repetitions is once.
TEST(RoutinesCommand, json_stepsWithRanges)
{
    const auto result =
        run({{routine("built", "Built in")}, {}}, {{routine("mine", "Mine")}, {}}, acu::RoutinesFormat::Json);
    ASSERT_EQ(result.status, 0);
    const auto array = nlohmann::json::parse(result.out);
    ASSERT_EQ(array.size(), 2u);
    EXPECT_EQ(array[0]["id"], "built");
    EXPECT_EQ(array[0]["builtIn"], true);
    EXPECT_EQ(array[1]["builtIn"], false);
    EXPECT_EQ(array[0]["sources"], nlohmann::json::array({"art"}));
    EXPECT_EQ(array[0]["steps"][0], nlohmann::json::parse(R"({"code": "BL23", "side": "both",
        "holdSeconds": {"min": 60, "max": 120}, "repetitions": {"min": 2, "max": 3}, "sources": ["art"]})"));
    EXPECT_EQ(array[0]["steps"][1], nlohmann::json::parse(R"({"code": "GV4", "side": "midline",
        "holdSeconds": {"min": 120, "max": null}, "repetitions": {"min": 1, "max": 1}, "sources": []})"));
}

// Problems loading a list go to stderr and make the status 1; what was read is still listed.
TEST(RoutinesCommand, problems_onStderrStatus1)
{
    const auto result =
        run({{routine("built", "Built in")}, {}},
            {{}, {{"/home/x/routines.json", "could not be read: Permission denied"}}}, acu::RoutinesFormat::Text);
    EXPECT_EQ(result.status, 1);
    EXPECT_EQ(result.out, "built\tBuilt in\t2\t15\n");
    EXPECT_EQ(result.err, "/home/x/routines.json: could not be read: Permission denied\n");
}
