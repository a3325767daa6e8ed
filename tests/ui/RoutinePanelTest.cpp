// The routine runner panel on a fake clock: start page, get ready, hold, side change, rest,
// the keys, pregnancy mode, sounds and the report of each run.

#include "ui/routine/RoutinePanel.h"
#include "FakePromptSpeaker.h"
#include "models/FakeRunnerClock.h"
#include "support/QtPrinters.h"
#include "support/RoutineSteps.h"
#include "support/TestCatalogues.h"
#include "ui/routine/PainRatingBox.h"
#include "ui/routine/QtPromptSpeaker.h"
#include "ui/routine/RunnerRunPage.h"
#include "ui/routine/RunnerSounds.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTest>
#include <QTextToSpeech>

#include <gtest/gtest.h>

namespace {

using acu::RoutineSide;
using Page = acu::RoutinePanel::Page;
using State = acu::RoutineRunner::State;

acu::RoutineStep step(std::string code, RoutineSide side, int hold, int repetitions = 1, int rest = 0)
{
    acu::RoutineStep s = acu::test::timedStep(std::move(code), side, hold, repetitions, rest);
    s.technique = "Press firmly.";
    return s;
}

/// GB30 both sides twice (hold 60, rest 10), LI4 on the right (a point to avoid in
/// pregnancy), GV4 on the midline with a helper.
acu::Routine threeSteps()
{
    acu::Routine routine;
    routine.id = "test-routine";
    routine.title = "Test routine";
    routine.steps = {step("GB30", RoutineSide::Both, 60, 2, 10), step("LI4", RoutineSide::Right, 30),
                     step("GV4", RoutineSide::Midline, 20)};
    routine.steps[2].needsHelper = true;
    return routine;
}

/// A shown panel on a fake clock, recording its beeps, the points it asks for and its runs.
struct Panel {
    explicit Panel(bool hasVoice = true)
        : speaker(hasVoice)
    {
        panel.sounds().setBeep([this] { ++beeps; });
        QObject::connect(&panel, &acu::RoutinePanel::runEnded,
                         [this](const acu::RunRecord& r) { records.push_back(r); });
        QObject::connect(&panel, &acu::RoutinePanel::pointRequested, [this](const QString& c) { points.append(c); });
        panel.resize(500, 700);
        panel.show();
        QApplication::setActiveWindow(&panel);
        EXPECT_TRUE(QTest::qWaitForWindowActive(&panel));
    }

    [[nodiscard]] QString label(const char* name) const
    {
        const auto* found = panel.findChild<QLabel*>(QString::fromLatin1(name));
        return found ? found->text() : QStringLiteral("<no label %1>").arg(QString::fromLatin1(name));
    }
    [[nodiscard]] bool shown(const char* name) const
    {
        const auto* found = panel.findChild<QWidget*>(QString::fromLatin1(name));
        return found && found->isVisible();
    }
    void start(const acu::Routine& routine = threeSteps())
    {
        panel.openRoutine(routine);
        panel.findChild<QPushButton*>(QStringLiteral("startRun"))->click();
    }
    void key(Qt::Key key) { QTest::keyClick(QApplication::focusWidget(), key); }
    [[nodiscard]] acu::RunnerRunPage* runPage() const
    {
        return panel.findChild<acu::RunnerRunPage*>(QStringLiteral("runnerRunPage"));
    }

    acu::test::FakeRunnerClock clock;
    acu::test::FakePromptSpeaker speaker;
    acu::RoutinePanel panel{*acu::test::shipped(), clock, speaker};
    int beeps = 0;
    std::vector<acu::RunRecord> records;
    QStringList points;
};

} // namespace

// Opening a routine shows its start page: pregnancy cautions first, the helper steps, Start.
TEST(RoutinePanel, open_showsStartPageWithCautionsAndHelpers)
{
    Panel p;
    p.panel.openRoutine(threeSteps());
    EXPECT_EQ(p.panel.page(), Page::Start);
    EXPECT_EQ(p.label("startTitle"), QStringLiteral("Test routine"));
    const QString pregnancy = p.label("startPregnancy");
    EXPECT_TRUE(pregnancy.startsWith(QStringLiteral("<p><b>Pregnancy: read before you start</b></p><p>Step 2, LI4: ")))
        << pregnancy.toStdString();
    EXPECT_TRUE(pregnancy.contains(QStringLiteral("<p>Step 3, GV4: "))) << pregnancy.toStdString();
    EXPECT_TRUE(p.shown("startPregnancy"));
    EXPECT_TRUE(p.label("startHelpers").contains(QStringLiteral("<li>Step 3, GV4</li>")))
        << p.label("startHelpers").toStdString();
    EXPECT_FALSE(p.shown("startAvoided")); // not in pregnancy mode
    EXPECT_FALSE(p.shown("showAvoidedSteps"));
    EXPECT_TRUE(p.shown("startRun"));
    EXPECT_EQ(p.panel.runner().state(), State::Idle); // nothing runs before Start
    EXPECT_EQ(p.panel.findChild<acu::PainRatingBox*>(QStringLiteral("painBefore"))->rating(), std::nullopt);
}

// Start begins with the first step's get-ready, its point asked for, and the whole time left.
TEST(RoutinePanel, start_showsGetReadyForFirstStep)
{
    Panel p;
    p.start();
    EXPECT_EQ(p.panel.page(), Page::Run);
    EXPECT_TRUE(p.label("runStepTitle").startsWith(QStringLiteral("Step 1 of 3: GB30 ")))
        << p.label("runStepTitle").toStdString();
    EXPECT_EQ(p.label("runPhase"), QStringLiteral("Get ready"));
    EXPECT_EQ(p.label("runSide"), QStringLiteral("Right side first"));
    EXPECT_EQ(p.label("runRepetition"), QStringLiteral("Repetition 1 of 2"));
    EXPECT_EQ(p.label("runCountdown"), QStringLiteral("0:05"));
    // 5 + 60 + 10 + 60 + 5 + 60 + 10 + 60, then 5 + 30, then 5 + 20 seconds: 330.
    EXPECT_EQ(p.label("runRoutineLeft"), QStringLiteral("Whole routine: 5:30 left"));
    EXPECT_EQ(p.label("runTechnique"), QStringLiteral("How to press: Press firmly."));
    EXPECT_TRUE(p.label("runFinding").startsWith(QStringLiteral("How to find it: ")))
        << p.label("runFinding").toStdString();
    EXPECT_EQ(p.points, QStringList{QStringLiteral("GB30")});
    const auto* steps = p.panel.findChild<QListWidget*>(QStringLiteral("runSteps"));
    ASSERT_EQ(steps->count(), 3);
    EXPECT_TRUE(steps->item(0)->font().bold());
    EXPECT_FALSE(steps->item(1)->font().bold());
    EXPECT_TRUE(steps->item(2)->text().endsWith(QStringLiteral("(needs a helper)")))
        << steps->item(2)->text().toStdString();
}

// After the get-ready the hold counts down, with its repetition, and the frame flashes.
TEST(RoutinePanel, hold_countsDownWithRepetitionAndFlashes)
{
    Panel p;
    p.start();
    EXPECT_FALSE(p.runPage()->flashing());
    p.clock.advance(5000);
    EXPECT_EQ(p.label("runPhase"), QStringLiteral("Hold"));
    EXPECT_EQ(p.label("runSide"), QStringLiteral("Right side"));
    EXPECT_EQ(p.label("runRepetition"), QStringLiteral("Repetition 1 of 2"));
    EXPECT_EQ(p.label("runCountdown"), QStringLiteral("1:00"));
    EXPECT_TRUE(p.runPage()->flashing());
    EXPECT_EQ(p.beeps, 1);
    p.clock.advance(1000);
    EXPECT_EQ(p.label("runCountdown"), QStringLiteral("0:59"));
    EXPECT_EQ(p.label("runRoutineLeft"), QStringLiteral("Whole routine: 5:24 left"));
}

// Between repetitions the rest counts down, saying which repetition comes next.
TEST(RoutinePanel, rest_countsDownBeforeNextRepetition)
{
    Panel p;
    p.start();
    p.clock.advance(5000 + 60000);
    EXPECT_EQ(p.label("runPhase"), QStringLiteral("Rest"));
    EXPECT_EQ(p.label("runCountdown"), QStringLiteral("0:10"));
    EXPECT_EQ(p.label("runRepetition"), QStringLiteral("Next: repetition 2 of 2"));
    EXPECT_EQ(p.beeps, 2); // the hold's start and end
    p.clock.advance(10000);
    EXPECT_EQ(p.label("runPhase"), QStringLiteral("Hold"));
    EXPECT_EQ(p.label("runRepetition"), QStringLiteral("Repetition 2 of 2"));
}

// After the right side's holds the get-ready says "Now the left side".
TEST(RoutinePanel, sideChange_saysNowTheLeftSide)
{
    Panel p;
    p.start();
    p.clock.advance(5000 + 60000 + 10000 + 60000);
    EXPECT_EQ(p.label("runPhase"), QStringLiteral("Get ready"));
    EXPECT_EQ(p.label("runSide"), QStringLiteral("Now the left side"));
    EXPECT_EQ(p.label("runRepetition"), QStringLiteral("Repetition 1 of 2"));
    EXPECT_EQ(p.label("runPrompt"), QStringLiteral("Release. Now the left side."));
    p.clock.advance(5000);
    EXPECT_EQ(p.label("runSide"), QStringLiteral("Left side"));
}

// Space pauses (the countdown stands still) and resumes.
TEST(RoutinePanel, spaceKey_pausesAndResumes)
{
    Panel p;
    p.start();
    p.clock.advance(2000);
    p.key(Qt::Key_Space);
    EXPECT_EQ(p.panel.runner().state(), State::Paused);
    EXPECT_EQ(p.label("runPhase"), QStringLiteral("Paused"));
    EXPECT_EQ(p.panel.actions().pause->text(), QStringLiteral("Resume"));
    p.clock.advance(60000);
    EXPECT_EQ(p.label("runCountdown"), QStringLiteral("0:03"));
    p.key(Qt::Key_Space);
    EXPECT_EQ(p.panel.runner().state(), State::Running);
    EXPECT_EQ(p.label("runPhase"), QStringLiteral("Get ready"));
    p.clock.advance(3000);
    EXPECT_EQ(p.label("runPhase"), QStringLiteral("Hold"));
}

// Right goes to the next step, whose point is asked for; Left back to the one before.
TEST(RoutinePanel, rightAndLeftKeys_changeStep)
{
    Panel p;
    p.start();
    p.key(Qt::Key_Right);
    EXPECT_TRUE(p.label("runStepTitle").startsWith(QStringLiteral("Step 2 of 3: LI4 ")))
        << p.label("runStepTitle").toStdString();
    EXPECT_EQ(p.label("runSide"), QStringLiteral("Right side"));
    p.key(Qt::Key_Right);
    EXPECT_TRUE(p.label("runStepTitle").startsWith(QStringLiteral("Step 3 of 3: GV4 ")));
    EXPECT_EQ(p.label("runSide"), QStringLiteral("On the midline"));
    EXPECT_TRUE(
        p.label("runTechnique").endsWith(QStringLiteral("This step needs a helper: someone else presses the point.")));
    p.key(Qt::Key_Left);
    EXPECT_TRUE(p.label("runStepTitle").startsWith(QStringLiteral("Step 2 of 3: LI4 ")));
    EXPECT_EQ(p.points, (QStringList{QStringLiteral("GB30"), QStringLiteral("LI4"), QStringLiteral("GV4"),
                                     QStringLiteral("LI4")}));
    const auto* steps = p.panel.findChild<QListWidget*>(QStringLiteral("runSteps"));
    EXPECT_FALSE(steps->item(0)->font().bold());
    EXPECT_TRUE(steps->item(1)->font().bold());
}

// Esc stops the run: the end page says how many steps were done, none when each was skipped.
TEST(RoutinePanel, escKey_stopsToEndPage)
{
    Panel p;
    p.start();
    p.key(Qt::Key_Right);
    p.key(Qt::Key_Escape);
    EXPECT_EQ(p.panel.page(), Page::End);
    EXPECT_EQ(p.panel.runner().state(), State::Idle);
    EXPECT_EQ(p.label("endDone"), QStringLiteral("Done: 0 of 3 steps"));
    EXPECT_EQ(p.label("endDetail"), QStringLiteral("Test routine: stopped."));
    EXPECT_FALSE(p.panel.actions().pause->isEnabled());
    EXPECT_TRUE(p.records.empty()); // reported when the end page is left
}

// The keys do nothing before Start: they belong to the run.
TEST(RoutinePanel, keys_inactiveOnStartPage)
{
    Panel p;
    p.panel.openRoutine(threeSteps());
    for (const QAction* action :
         {p.panel.actions().pause, p.panel.actions().next, p.panel.actions().previous, p.panel.actions().stop})
        EXPECT_FALSE(action->isEnabled()) << action->objectName().toStdString();
    p.key(Qt::Key_Escape);
    EXPECT_EQ(p.panel.page(), Page::Start);
}

// A run that reaches its end shows every step done.
TEST(RoutinePanel, finish_showsEveryStepDone)
{
    Panel p;
    p.start();
    p.clock.advance(330 * 1000);
    EXPECT_EQ(p.panel.page(), Page::End);
    EXPECT_EQ(p.label("endDone"), QStringLiteral("Done: 3 of 3 steps"));
    EXPECT_EQ(p.label("endDetail"), QStringLiteral("Test routine: finished."));
}

// Leaving the end page reports the run with its counts and both pain ratings.
TEST(RoutinePanel, closeEndPage_emitsRunEndedWithCountsAndPain)
{
    Panel p;
    p.panel.openRoutine(threeSteps());
    p.panel.findChild<acu::PainRatingBox*>(QStringLiteral("painBefore"))->setRating(6);
    p.panel.findChild<QPushButton*>(QStringLiteral("startRun"))->click();
    p.clock.advance(5000 + 60000 + 10000 + 60000 + 5000 + 60000 + 10000 + 60000); // step 1 done
    p.key(Qt::Key_Right);                                                         // step 2 skipped
    p.clock.advance(5000 + 20000);                                                // step 3 done: the end
    ASSERT_EQ(p.panel.page(), Page::End);
    p.panel.findChild<acu::PainRatingBox*>(QStringLiteral("painAfter"))->setRating(3);
    p.panel.findChild<QPushButton*>(QStringLiteral("closeEnd"))->click();
    EXPECT_EQ(p.panel.page(), Page::None);
    ASSERT_EQ(p.records.size(), 1U);
    const acu::RunRecord& record = p.records.front();
    EXPECT_EQ(record.routineId, QStringLiteral("test-routine"));
    EXPECT_EQ(record.routineTitle, QStringLiteral("Test routine"));
    EXPECT_EQ(record.stepsCompleted, 2);
    EXPECT_EQ(record.stepsTotal, 3);
    EXPECT_EQ(record.painBefore, 6);
    EXPECT_EQ(record.painAfter, 3);
    EXPECT_EQ(record.started.timeSpec(), Qt::UTC);
    EXPECT_LE(record.started, record.ended);
}

// A run stopped and left without ratings is reported unrated; closing a start page reports nothing.
TEST(RoutinePanel, stoppedRun_reportedUnrated)
{
    Panel p;
    p.panel.openRoutine(threeSteps());
    p.panel.closePanel();
    EXPECT_TRUE(p.records.empty());
    p.start();
    p.key(Qt::Key_Escape);
    p.panel.closePanel();
    ASSERT_EQ(p.records.size(), 1U);
    EXPECT_EQ(p.records.front().stepsCompleted, 0);
    EXPECT_EQ(p.records.front().painBefore, std::nullopt);
    EXPECT_EQ(p.records.front().painAfter, std::nullopt);
}

// Opening another routine during a run reports the run that was stopped.
TEST(RoutinePanel, openDuringRun_reportsStoppedRun)
{
    Panel p;
    p.start();
    p.panel.openRoutine(threeSteps());
    EXPECT_EQ(p.panel.page(), Page::Start);
    ASSERT_EQ(p.records.size(), 1U);
    EXPECT_EQ(p.records.front().stepsTotal, 3);
}

// In pregnancy mode the steps on points to avoid are marked on the start page and skipped.
TEST(RoutinePanel, pregnancyMode_marksAndSkipsStepsToAvoid)
{
    Panel p;
    p.panel.setPregnancyMode(true);
    p.panel.openRoutine(threeSteps());
    EXPECT_TRUE(p.shown("startAvoided"));
    EXPECT_TRUE(p.label("startAvoided").contains(QStringLiteral("<li>\u25C6 Step 2, LI4</li>")))
        << p.label("startAvoided").toStdString();
    EXPECT_TRUE(p.shown("showAvoidedSteps"));
    p.panel.findChild<QPushButton*>(QStringLiteral("startRun"))->click();
    EXPECT_TRUE(p.label("runStepTitle").startsWith(QStringLiteral("Step 1 of 2: GB30 ")));
    const auto* steps = p.panel.findChild<QListWidget*>(QStringLiteral("runSteps"));
    EXPECT_TRUE(steps->item(1)->text().endsWith(QStringLiteral("\u25C6 Skipped: a point to avoid in pregnancy")))
        << steps->item(1)->text().toStdString();
    p.key(Qt::Key_Right);
    EXPECT_TRUE(p.label("runStepTitle").startsWith(QStringLiteral("Step 2 of 2: GV4 ")))
        << p.label("runStepTitle").toStdString();
    EXPECT_FALSE(p.points.contains(QStringLiteral("LI4")));
}

// Ticking "Run them too" runs the steps to avoid as well.
TEST(RoutinePanel, pregnancyMode_showThemRunsEveryStep)
{
    Panel p;
    p.panel.setPregnancyMode(true);
    p.panel.openRoutine(threeSteps());
    p.panel.findChild<QCheckBox*>(QStringLiteral("showAvoidedSteps"))->setChecked(true);
    p.panel.findChild<QPushButton*>(QStringLiteral("startRun"))->click();
    p.key(Qt::Key_Right);
    EXPECT_TRUE(p.label("runStepTitle").startsWith(QStringLiteral("Step 2 of 3: LI4 ")));
}

// Each prompt is spoken where there is a voice; muted, nothing is said or beeped.
TEST(RoutinePanel, mute_stopsSpeechAndBeeps)
{
    Panel p;
    p.start();
    EXPECT_EQ(p.speaker.said, QStringList{QStringLiteral("Next point: GB30, right side first. Get ready.")});
    EXPECT_FALSE(p.shown("speechStatus"));
    p.panel.findChild<QCheckBox*>(QStringLiteral("muteSounds"))->click();
    EXPECT_TRUE(p.panel.muted());
    EXPECT_EQ(p.speaker.stops, 1);
    EXPECT_EQ(p.label("speechStatus"), QStringLiteral("Muted: prompts are shown only."));
    p.clock.advance(5000 + 60000);
    EXPECT_EQ(p.speaker.said.size(), 1);
    EXPECT_EQ(p.beeps, 0);
    EXPECT_EQ(p.label("runPrompt"), QStringLiteral("Release. Rest for ten seconds.")); // still shown
    p.panel.setMuted(false);
    p.clock.advance(10000);
    EXPECT_EQ(p.speaker.said.last(), QStringLiteral("Right side, 2 of 2. Hold for one minute."));
    EXPECT_EQ(p.beeps, 1);
}

// Without a voice the prompts are shown only, and the panel says so.
TEST(RoutinePanel, noVoice_promptsShownOnly)
{
    Panel p(false);
    p.start();
    EXPECT_TRUE(p.shown("speechStatus"));
    EXPECT_EQ(p.label("speechStatus"),
              QStringLiteral("Prompts are shown only: this system has no voice to speak them."));
    EXPECT_EQ(p.label("runPrompt"), QStringLiteral("Next point: GB30, right side first. Get ready."));
    p.clock.advance(5000);
    EXPECT_TRUE(p.speaker.said.isEmpty());
    EXPECT_EQ(p.label("runPhase"), QStringLiteral("Hold"));
}

// Qt's speaker with an engine Qt has no plug-in for cannot speak, and saying is harmless.
TEST(QtPromptSpeaker, unknownEngine_cannotSpeak)
{
    acu::QtPromptSpeaker speaker(QStringLiteral("no-such-engine"));
    EXPECT_FALSE(speaker.canSpeak());
    speaker.say(QStringLiteral("Hold for one minute."));
    speaker.stop();
    EXPECT_FALSE(speaker.canSpeak());
}

// Where Qt has no speech plug-in at all (as on CI), the default speaker cannot speak and
// saying is harmless. (QTextToSpeech itself would warn and sit in its Error state.)
TEST(QtPromptSpeaker, noSpeechPlugin_defaultEngineCannotSpeak)
{
    if (!QTextToSpeech::availableEngines().isEmpty())
        GTEST_SKIP() << "this system has a speech engine";
    acu::QtPromptSpeaker speaker;
    EXPECT_FALSE(speaker.canSpeak());
    speaker.say(QStringLiteral("Hold for one minute."));
    speaker.stop();
    EXPECT_FALSE(speaker.canSpeak());
}

// A routine's title and notes are shown as written, never read as markup.
TEST(RoutinePanel, startPage_showsMarkupInTitleAsText)
{
    Panel p;
    acu::Routine routine = threeSteps();
    routine.title = "<b>Bold</b> & <img src=x>";
    routine.notes = "<script>no</script>";
    p.panel.openRoutine(routine);
    EXPECT_EQ(p.label("startTitle"), QStringLiteral("&lt;b&gt;Bold&lt;/b&gt; &amp; &lt;img src=x&gt;"));
    EXPECT_TRUE(p.label("startSummary").endsWith(QStringLiteral("<p>&lt;script&gt;no&lt;/script&gt;</p>")))
        << p.label("startSummary").toStdString();
}
