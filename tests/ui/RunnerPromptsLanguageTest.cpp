// The routine runner's prompts in the shipped translations: whole sentences in the language,
// numbers in its words (German compounds and "eine Minute", Chinese 两 for a quantity of two).

#include "models/routine/RunnerPrompts.h"
#include "support/RunnerPromptCases.h"
#include "ui/language/Translations.h"

#include <QApplication>

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace {

using acu::RunnerPrompts;
using Texts = std::vector<std::string>;

class TranslatedPrompts : public ::testing::Test {
protected:
    void TearDown() override { acu::installTranslations(*qApp, QStringLiteral("en")); }
};

// German numbers: compounds with the ones first, "eins" counted but "ein" before a unit.
TEST_F(TranslatedPrompts, GermanNumbers)
{
    ASSERT_TRUE(acu::installTranslations(*qApp, QStringLiteral("de")).program);
    EXPECT_EQ(RunnerPrompts::numberWords(1).toStdString(), "eins");
    EXPECT_EQ(RunnerPrompts::numberWords(12).toStdString(), "zwölf");
    EXPECT_EQ(RunnerPrompts::numberWords(21).toStdString(), "einundzwanzig");
    EXPECT_EQ(RunnerPrompts::numberWords(30).toStdString(), "dreißig");
    EXPECT_EQ(RunnerPrompts::numberWords(45).toStdString(), "fünfundvierzig");
    EXPECT_EQ(RunnerPrompts::numberWords(99).toStdString(), "neunundneunzig");
    EXPECT_EQ(RunnerPrompts::numberWords(1, RunnerPrompts::NumberUse::Quantity).toStdString(), "ein");
}

// German durations and ranges.
TEST_F(TranslatedPrompts, GermanRanges)
{
    ASSERT_TRUE(acu::installTranslations(*qApp, QStringLiteral("de")).program);
    EXPECT_EQ(acu::test::rangeWordsOfCases(),
              (Texts{"eine Minute und dreißig Sekunden", "ein bis zwei Minuten", "vier bis fünf Sekunden",
                     "dreißig Sekunden bis eine Minute", "bis zu zwei Minuten", "mindestens zwei Minuten",
                     "einundzwanzig Sekunden", "eine Sekunde"}));
}

// German prompts at each kind of phase and at the end.
TEST_F(TranslatedPrompts, GermanPrompts)
{
    ASSERT_TRUE(acu::installTranslations(*qApp, QStringLiteral("de")).program);
    EXPECT_EQ(
        acu::test::promptsOfCases(),
        (Texts{"Nächster Punkt: BL23, zuerst die rechte Seite. Dieser Punkt braucht eine Hilfsperson. "
               "Machen Sie sich bereit.",
               "Loslassen. Jetzt die linke Seite.", "Linke Seite, 2 von 3. Halten Sie eine Minute lang.",
               "Loslassen. Ruhen Sie sich zehn Sekunden lang aus.",
               "Loslassen. Nächster Punkt: GV4. Machen Sie sich bereit.",
               "Halten Sie dreißig Sekunden bis zwei Minuten lang.",
               "Nächster Punkt: GB30, rechte Seite. Machen Sie sich bereit.", "Loslassen. Die Routine ist beendet."}));
}

// Chinese numbers: 二十一 for a count, 两 for a quantity of two but 二 inside a compound.
TEST_F(TranslatedPrompts, ChineseNumbers)
{
    ASSERT_TRUE(acu::installTranslations(*qApp, QStringLiteral("zh_CN")).program);
    EXPECT_EQ(RunnerPrompts::numberWords(2).toStdString(), "二");
    EXPECT_EQ(RunnerPrompts::numberWords(12).toStdString(), "十二");
    EXPECT_EQ(RunnerPrompts::numberWords(21).toStdString(), "二十一");
    EXPECT_EQ(RunnerPrompts::numberWords(22, RunnerPrompts::NumberUse::Quantity).toStdString(), "二十二");
    EXPECT_EQ(RunnerPrompts::numberWords(2, RunnerPrompts::NumberUse::Quantity).toStdString(), "两");
    EXPECT_EQ(RunnerPrompts::durationWords(2).toStdString(), "两秒");
}

// Chinese durations and ranges.
TEST_F(TranslatedPrompts, ChineseRanges)
{
    ASSERT_TRUE(acu::installTranslations(*qApp, QStringLiteral("zh_CN")).program);
    EXPECT_EQ(acu::test::rangeWordsOfCases(), (Texts{"一分钟三十秒", "一到两分钟", "四到五秒", "三十秒到一分钟",
                                                     "最多两分钟", "至少两分钟", "二十一秒", "一秒"}));
}

// Chinese prompts: sentences follow each other without spaces.
TEST_F(TranslatedPrompts, ChinesePrompts)
{
    ASSERT_TRUE(acu::installTranslations(*qApp, QStringLiteral("zh_CN")).program);
    EXPECT_EQ(acu::test::promptsOfCases(),
              (Texts{"下一个穴位：BL23，先按右侧。此穴位需要他人协助。请准备。", "松开。现在换左侧。",
                     "左侧，第2次，共3次。按压一分钟。", "松开。休息十秒。", "松开。下一个穴位：GV4。请准备。",
                     "按压三十秒到两分钟。", "下一个穴位：GB30，右侧。请准备。", "松开。流程已结束。"}));
}

} // namespace
