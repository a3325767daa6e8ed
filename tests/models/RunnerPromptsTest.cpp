// The words the routine runner shows and speaks, in English (no translation installed).

#include "models/routine/RunnerPrompts.h"
#include "support/RunnerPromptCases.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace {

using acu::RunnerPrompts;
using Texts = std::vector<std::string>;

// Numbers in words as a voice reads them; digits from 100 on.
TEST(RunnerPrompts, numberWords)
{
    EXPECT_EQ(RunnerPrompts::numberWords(0).toStdString(), "zero");
    EXPECT_EQ(RunnerPrompts::numberWords(1).toStdString(), "one");
    EXPECT_EQ(RunnerPrompts::numberWords(13).toStdString(), "thirteen");
    EXPECT_EQ(RunnerPrompts::numberWords(20).toStdString(), "twenty");
    EXPECT_EQ(RunnerPrompts::numberWords(21).toStdString(), "twenty-one");
    EXPECT_EQ(RunnerPrompts::numberWords(45).toStdString(), "forty-five");
    EXPECT_EQ(RunnerPrompts::numberWords(99).toStdString(), "ninety-nine");
    EXPECT_EQ(RunnerPrompts::numberWords(2, RunnerPrompts::NumberUse::Quantity).toStdString(), "two");
    EXPECT_EQ(RunnerPrompts::numberWords(100).toStdString(), "100");
    EXPECT_EQ(RunnerPrompts::numberWords(-1).toStdString(), "-1");
}

// Durations in words.
TEST(RunnerPrompts, durationWords)
{
    EXPECT_EQ(RunnerPrompts::durationWords(30).toStdString(), "thirty seconds");
    EXPECT_EQ(RunnerPrompts::durationWords(1).toStdString(), "one second");
    EXPECT_EQ(RunnerPrompts::durationWords(60).toStdString(), "one minute");
    EXPECT_EQ(RunnerPrompts::durationWords(90).toStdString(), "one minute and thirty seconds");
    EXPECT_EQ(RunnerPrompts::durationWords(45).toStdString(), "forty-five seconds");
    EXPECT_EQ(RunnerPrompts::durationWords(121).toStdString(), "two minutes and one second");
}

// A hold's range in words, for each shape a range takes.
TEST(RunnerPrompts, rangeWords)
{
    EXPECT_EQ(acu::test::rangeWordsOfCases(),
              (Texts{"one minute and thirty seconds", "one to two minutes", "four to five seconds",
                     "thirty seconds to one minute", "up to two minutes", "at least two minutes", "twenty-one seconds",
                     "one second"}));
}

// The prompt at each kind of phase, and at the end.
TEST(RunnerPrompts, phasePrompts)
{
    EXPECT_EQ(acu::test::promptsOfCases(),
              (Texts{"Next point: BL23, right side first. This point needs a helper. Get ready.",
                     "Release. Now the left side.", "Left side, 2 of 3. Hold for one minute.",
                     "Release. Rest for ten seconds.", "Release. Next point: GV4. Get ready.",
                     "Hold for thirty seconds to two minutes.", "Next point: GB30, right side. Get ready.",
                     "Release. The routine is finished."}));
    EXPECT_EQ(RunnerPrompts::finished(false).toStdString(), "The routine is finished.");
}

} // namespace
