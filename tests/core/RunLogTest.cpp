// The run log file: times, the writer and reader round trip, and every rule with its pointer.

#include "core/history/RunLog.h"
#include "core/history/RunLogLimits.h"
#include "core/history/UtcTime.h"
#include "support/CorePrinters.h"

#include <gtest/gtest.h>

namespace {

using acu::CatalogueError;
using acu::CatalogueErrors;

const std::string kRun = R"({"started": "2026-11-02T07:30:00.000Z", "ended": "2026-11-02T07:41:05.250Z",
  "routineId": "three-points", "routineTitle": "Three points", "stepsCompleted": 5, "stepsTotal": 6,
  "painBefore": 7, "painAfter": 4})";

std::string file(const std::string& runs)
{
    return R"({"format": 1, "runs": [)" + runs + "]}";
}

/// kRun with one field's text replaced: field("painBefore", "11").
std::string withField(const std::string& key, const std::string& value)
{
    std::string run = kRun;
    const auto at = run.find("\"" + key + "\": ");
    const auto from = at + key.size() + 4;
    const auto to = run.find_first_of(",}", run[from] == '"' ? run.find('"', from + 1) : from);
    run.replace(from, to - from, value);
    return run;
}

CatalogueErrors errorsOf(const std::string& run)
{
    return acu::readRunLogJson(file(run)).errors;
}

acu::RunEntry entry()
{
    acu::RunEntry e;
    e.startedMs = 1793604600000; // 2026-11-02T07:30:00.000Z
    e.endedMs = 1793605265250;
    e.routineId = "three-points";
    e.routineTitle = "Three points";
    e.stepsCompleted = 5;
    e.stepsTotal = 6;
    e.painBefore = 7;
    e.painAfter = 4;
    return e;
}

} // namespace

TEST(UtcTime, formatsWithMilliseconds)
{
    EXPECT_EQ(acu::formatUtcTime(1793605265250), "2026-11-02T07:41:05.250Z");
    EXPECT_EQ(acu::formatUtcTime(0), "1970-01-01T00:00:00.000Z");
    EXPECT_EQ(acu::formatUtcTime(-1), "1969-12-31T23:59:59.999Z");
    EXPECT_EQ(acu::formatUtcTime(acu::kLatestUtcMs), "9999-12-31T23:59:59.999Z");
    EXPECT_EQ(acu::formatUtcTime(acu::kEarliestUtcMs), "0001-01-01T00:00:00.000Z");
}

TEST(UtcTime, parsesWithAndWithoutMilliseconds)
{
    EXPECT_EQ(acu::parseUtcTime("2026-11-02T07:41:05.250Z"), 1793605265250);
    EXPECT_EQ(acu::parseUtcTime("2026-11-02T07:41:05Z"), 1793605265000);
    EXPECT_EQ(acu::parseUtcTime("2024-02-29T00:00:00Z"), 1709164800000);
}

TEST(UtcTime, refusesWhatIsNotAUtcTime)
{
    for (const char* text :
         {"2026-11-02", "2026-11-02T07:41:05", "2026-11-02T07:41:05+01:00", "2026-02-30T00:00:00Z",
          "2026-13-01T00:00:00Z", "2026-11-02T24:00:00Z", "2026-11-02T07:60:00Z", "2026-11-02T07:41:60Z",
          "2026-11-02T07:41:05.25Z", "0000-01-01T00:00:00Z", "2026-11-02 07:41:05Z", "20x6-11-02T07:41:05Z", ""})
        EXPECT_FALSE(acu::parseUtcTime(text).has_value()) << text;
}

TEST(RunLog, writeThenRead_sameRuns)
{
    acu::RunEntry unrated = entry();
    unrated.painBefore.reset();
    unrated.painAfter.reset();
    const std::vector<acu::RunEntry> runs{entry(), unrated};
    const std::string text = acu::writeRunLogJson(runs);
    const auto load = acu::readRunLogJson(text);
    EXPECT_EQ(load.errors, CatalogueErrors{});
    EXPECT_EQ(load.runs, runs);
    EXPECT_EQ(text.substr(0, 40), "{\n  \"format\": 1,\n  \"runs\": [\n    {\n     ");
    EXPECT_EQ(text.find("painBefore", text.find("painAfter")), std::string::npos); // the second run has none
}

TEST(RunLog, validRun_readsEveryField)
{
    const auto load = acu::readRunLogJson(file(kRun));
    ASSERT_EQ(load.errors, CatalogueErrors{});
    ASSERT_EQ(load.runs.size(), 1u);
    EXPECT_EQ(load.runs[0], entry());
}

TEST(RunLog, ratingAboveTen_errorAtItsPointer)
{
    EXPECT_EQ(errorsOf(withField("painBefore", "11")),
              (CatalogueErrors{{"/runs/0/painBefore", "must be a rating from 0 to 10, found 11"}}));
}

TEST(RunLog, negativeRating_errorAtItsPointer)
{
    EXPECT_EQ(errorsOf(withField("painAfter", "-1")),
              (CatalogueErrors{{"/runs/0/painAfter", "must be a rating from 0 to 10, found -1"}}));
}

TEST(RunLog, endedBeforeStarted_errorAtEnded)
{
    EXPECT_EQ(
        errorsOf(withField("ended", "\"2026-11-02T07:29:59.000Z\"")),
        (CatalogueErrors{{"/runs/0/ended",
                          "is before the run started (2026-11-02T07:30:00.000Z), found 2026-11-02T07:29:59.000Z"}}));
}

TEST(RunLog, moreStepsCompletedThanTotal_errorAtStepsCompleted)
{
    EXPECT_EQ(errorsOf(withField("stepsCompleted", "7")),
              (CatalogueErrors{{"/runs/0/stepsCompleted", "is more than the routine's 6 steps, found 7"}}));
}

TEST(RunLog, malformedTime_errorAtItsPointer)
{
    EXPECT_EQ(errorsOf(withField("started", "\"yesterday\"")),
              (CatalogueErrors{
                  {"/runs/0/started", "must be a UTC time such as 2026-11-02T07:30:00.000Z, found \"yesterday\""}}));
}

TEST(RunLog, fractionalRating_errorAtItsPointer)
{
    EXPECT_EQ(errorsOf(withField("painBefore", "6.5")),
              (CatalogueErrors{{"/runs/0/painBefore", "must be a whole number, found a number with a fraction"}}));
}

TEST(RunLog, missingAndUnknownFields_errorsAtTheirPointers)
{
    std::string run = kRun;
    run.replace(run.find("\"stepsTotal\": 6"), 15, "\"total\": 6");
    const auto errors = errorsOf(run);
    ASSERT_EQ(errors.size(), 2u);
    EXPECT_EQ(errors[0], (CatalogueError{"/runs/0", "missing required field \"stepsTotal\""}));
    EXPECT_EQ(errors[1].where, "/runs/0/total");
}

TEST(RunLog, titleWithALineBreak_errorAtItsPointer)
{
    const auto errors = errorsOf(withField("routineTitle", "\"Three\\npoints\""));
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0].where, "/runs/0/routineTitle");
}

TEST(RunLog, badRun_leftOutAndGoodOnesKept)
{
    const auto load = acu::readRunLogJson(file(withField("painBefore", "12") + "," + kRun));
    ASSERT_EQ(load.errors.size(), 1u);
    EXPECT_EQ(load.runs, std::vector<acu::RunEntry>{entry()});
}

TEST(RunLog, duplicateKey_refused)
{
    const auto load = acu::readRunLogJson(R"({"format": 1, "format": 1, "runs": []})");
    ASSERT_EQ(load.errors.size(), 1u);
    EXPECT_NE(load.errors[0].what.find("format"), std::string::npos) << load.errors[0].what;
}

TEST(RunLog, syntaxError_lineAndColumn)
{
    const auto load = acu::readRunLogJson("{\"format\": 1,\n \"runs\": [");
    ASSERT_EQ(load.errors.size(), 1u);
    EXPECT_EQ(load.errors[0].where.substr(0, 7), "line 2,");
    EXPECT_TRUE(load.runs.empty());
}

TEST(RunLog, newerFormat_refusedWithoutReadingRuns)
{
    const auto load = acu::readRunLogJson(R"({"format": 2, "runs": [)" + kRun + "]}");
    EXPECT_EQ(load.errors, (CatalogueErrors{{"/format", "this app reads run history format 1, found 2 (written by a "
                                                        "newer version of the app?)"}}));
    EXPECT_TRUE(load.runs.empty());
}

TEST(RunLog, moreRunsThanTheLimit_newestKeptAndReported)
{
    std::vector<acu::RunEntry> runs(acu::limits::kMaxRuns + 2, entry());
    runs.front().routineTitle = "Oldest";
    runs.back().routineTitle = "Newest";
    const auto load = acu::readRunLogJson(acu::writeRunLogJson(runs));
    EXPECT_EQ(load.errors, (CatalogueErrors{{"/runs", "holds 10002 runs; the limit is 10000, so only the newest are "
                                                      "kept"}}));
    ASSERT_EQ(load.runs.size(), acu::limits::kMaxRuns);
    EXPECT_EQ(load.runs.front().routineTitle, "Three points");
    EXPECT_EQ(load.runs.back().routineTitle, "Newest");
}

TEST(RunEntryCheck, goodEntry_noErrors)
{
    EXPECT_EQ(acu::checkRunEntry(entry(), "/runs/3"), CatalogueErrors{});
}

TEST(RunEntryCheck, emptyId_errorAtItsPointer)
{
    acu::RunEntry e = entry();
    e.routineId.clear();
    EXPECT_EQ(acu::checkRunEntry(e, "/runs/3"), (CatalogueErrors{{"/runs/3/routineId", "must not be empty"}}));
}

TEST(RunEntryCheck, timeOutsideTheYears_errorAtItsPointer)
{
    acu::RunEntry e = entry();
    e.startedMs = acu::kEarliestUtcMs - 1;
    EXPECT_EQ(acu::checkRunEntry(e, ""), (CatalogueErrors{{"/started", "must be a time in the years 0001 to 9999"}}));
}
