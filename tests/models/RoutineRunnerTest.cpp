// The routine runner on a fake clock: phases, sides, repetitions, rests, pause, skip, back, end.

#include "models/routine/RoutineRunner.h"
#include "FakeRunnerClock.h"
#include "models/routine/QtRunnerClock.h"
#include "support/QtPrinters.h"
#include "support/RoutineSteps.h"
#include "support/TestCatalogues.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSignalSpy>

#include <gtest/gtest.h>

namespace {

using acu::PhaseKind;
using acu::RoutineSide;
using Cue = acu::RoutineRunner::Cue;
using State = acu::RoutineRunner::State;

acu::RoutineStep step(std::string code, RoutineSide side, int hold, int repetitions = 1, int rest = 0)
{
    return acu::test::timedStep(std::move(code), side, hold, repetitions, rest);
}

acu::Routine routineOf(std::vector<acu::RoutineStep> steps)
{
    acu::Routine routine;
    routine.id = "r";
    routine.title = "R";
    routine.steps = std::move(steps);
    return routine;
}

/// A runner on a fake clock that records its cues.
struct TimedRun {
    acu::test::FakeRunnerClock clock;
    acu::RoutineRunner runner{clock};
    std::vector<Cue> cues;

    explicit TimedRun(const acu::Routine& routine, acu::RoutineRunner::Options options = {})
    {
        QObject::connect(&runner, &acu::RoutineRunner::cue, [this](Cue c) { cues.push_back(c); });
        runner.start(routine, *acu::test::shipped(), options);
    }
    std::vector<Cue> takeCues() { return std::exchange(cues, {}); }
    [[nodiscard]] PhaseKind kind() const { return runner.currentPhase()->kind; }
    [[nodiscard]] RoutineSide side() const { return runner.currentPhase()->side; }
    [[nodiscard]] std::size_t stepIndex() const { return runner.currentPhase()->step; }
};

} // namespace

// Starting shows the first step's get-ready, announced, with its time and the routine's.
TEST(RoutineRunner, start_getsReadyForFirstStep)
{
    TimedRun run(routineOf({step("GB30", RoutineSide::Both, 60)}));
    EXPECT_EQ(run.runner.state(), State::Running);
    EXPECT_EQ(run.kind(), PhaseKind::GetReady);
    EXPECT_EQ(run.side(), RoutineSide::Right);
    EXPECT_EQ(run.runner.phaseRemaining().count(), 5000);
    EXPECT_EQ(run.runner.routineRemaining().count(), (5 + 60 + 5 + 60) * 1000);
    EXPECT_EQ(run.runner.prompt(), QStringLiteral("Next point: GB30, right side first. Get ready."));
    EXPECT_EQ(run.takeCues(), std::vector<Cue>{Cue::StepChanged});
}

// A hold lasts exactly its time; then the left side is announced.
TEST(RoutineRunner, hold_endsOnTimeThenLeftSide)
{
    TimedRun run(routineOf({step("GB30", RoutineSide::Both, 60)}));
    run.clock.advance(5000);
    EXPECT_EQ(run.kind(), PhaseKind::Hold);
    EXPECT_EQ(run.runner.prompt(), QStringLiteral("Right side. Hold for one minute."));
    run.clock.advance(59999);
    EXPECT_EQ(run.kind(), PhaseKind::Hold);
    EXPECT_EQ(run.runner.phaseRemaining().count(), 1);
    EXPECT_EQ(run.runner.phaseRemainingSeconds(), 1);
    run.clock.advance(1);
    EXPECT_EQ(run.kind(), PhaseKind::GetReady);
    EXPECT_EQ(run.side(), RoutineSide::Left);
    EXPECT_EQ(run.runner.prompt(), QStringLiteral("Release. Now the left side."));
    EXPECT_EQ(run.takeCues(), (std::vector<Cue>{Cue::StepChanged, Cue::HoldStarted, Cue::HoldEnded, Cue::SideChanged}));
    run.clock.advance(5000);
    EXPECT_EQ(run.runner.prompt(), QStringLiteral("Left side. Hold for one minute."));
}

// Repetitions on one side are separated by the step's rest.
TEST(RoutineRunner, repetitions_restBetweenHolds)
{
    TimedRun run(routineOf({step("GV4", RoutineSide::Midline, 30, 2, 10)}), {0, false, false});
    EXPECT_EQ(run.kind(), PhaseKind::Hold);
    EXPECT_EQ(run.runner.currentPhase()->repetition, 1);
    EXPECT_EQ(run.runner.prompt(), QStringLiteral("Repetition 1 of 2. Hold for thirty seconds."));
    run.clock.advance(30000);
    EXPECT_EQ(run.kind(), PhaseKind::Rest);
    EXPECT_EQ(run.runner.phaseRemaining().count(), 10000);
    EXPECT_EQ(run.runner.prompt(), QStringLiteral("Release. Rest for ten seconds."));
    run.clock.advance(10000);
    EXPECT_EQ(run.kind(), PhaseKind::Hold);
    EXPECT_EQ(run.runner.currentPhase()->repetition, 2);
}

// The whole routine's remaining time counts down with the clock.
TEST(RoutineRunner, routineRemaining_countsDown)
{
    TimedRun run(routineOf({step("GV4", RoutineSide::Midline, 30), step("BL23", RoutineSide::Right, 20)}));
    run.clock.advance(3000);
    EXPECT_EQ(run.runner.routineRemaining().count(), (5 + 30 + 5 + 20 - 3) * 1000);
    run.clock.advance(40000);
    EXPECT_EQ(run.stepIndex(), 1u);
    EXPECT_EQ(run.runner.routineRemaining().count(), (5 + 30 + 5 + 20 - 43) * 1000);
}

// Pausing freezes both countdowns; resuming goes on from there.
TEST(RoutineRunner, pause_freezesTime)
{
    TimedRun run(routineOf({step("GV4", RoutineSide::Midline, 30)}), {0, false, false});
    run.clock.advance(12000);
    run.runner.pause();
    EXPECT_EQ(run.runner.state(), State::Paused);
    EXPECT_FALSE(run.clock.timerPending());
    run.clock.advance(100000);
    EXPECT_EQ(run.runner.phaseRemaining().count(), 18000);
    EXPECT_EQ(run.runner.routineRemaining().count(), 18000);
    run.runner.togglePause();
    EXPECT_EQ(run.runner.state(), State::Running);
    run.clock.advance(17999);
    EXPECT_EQ(run.runner.state(), State::Running);
    run.clock.advance(1);
    EXPECT_EQ(run.runner.state(), State::Finished);
}

// Next step leaves a hold (with its end cue) for the next step's start.
TEST(RoutineRunner, nextStep_skipsToNextStep)
{
    TimedRun run(routineOf({step("GB30", RoutineSide::Both, 60), step("GV4", RoutineSide::Midline, 30)}));
    run.clock.advance(6000);
    run.takeCues();
    run.runner.nextStep();
    EXPECT_EQ(run.stepIndex(), 1u);
    EXPECT_EQ(run.kind(), PhaseKind::GetReady);
    EXPECT_EQ(run.runner.phaseRemaining().count(), 5000);
    EXPECT_EQ(run.runner.prompt(), QStringLiteral("Release. Next point: GV4. Get ready."));
    EXPECT_EQ(run.takeCues(), (std::vector<Cue>{Cue::HoldEnded, Cue::StepChanged}));
}

// Next step on the last step ends the routine.
TEST(RoutineRunner, nextStep_onLastStepFinishes)
{
    TimedRun run(routineOf({step("GV4", RoutineSide::Midline, 30)}));
    run.runner.nextStep();
    EXPECT_EQ(run.runner.state(), State::Finished);
    EXPECT_EQ(run.runner.prompt(), QStringLiteral("The routine is finished."));
    EXPECT_EQ(run.takeCues().back(), Cue::Finished);
}

// Previous step goes to the start of the step before; on the first step, to its start again.
TEST(RoutineRunner, previousStep_toStartOfStepBefore)
{
    TimedRun run(routineOf({step("GB30", RoutineSide::Both, 60), step("GV4", RoutineSide::Midline, 30)}));
    run.clock.advance(5000 + 60000 + 5000 + 60000 + 7000); // into GV4's hold
    EXPECT_EQ(run.stepIndex(), 1u);
    run.runner.previousStep();
    EXPECT_EQ(run.stepIndex(), 0u);
    EXPECT_EQ(run.kind(), PhaseKind::GetReady);
    EXPECT_EQ(run.side(), RoutineSide::Right);
    run.clock.advance(5000 + 60000 + 2000); // into GB30's left get-ready
    run.runner.previousStep();
    EXPECT_EQ(run.stepIndex(), 0u);
    EXPECT_EQ(run.side(), RoutineSide::Right);
    EXPECT_EQ(run.runner.routineRemaining().count(), (5 + 60 + 5 + 60 + 5 + 30) * 1000);
}

// A step changed while paused stays paused, with its full time.
TEST(RoutineRunner, nextStepWhilePaused_staysPaused)
{
    TimedRun run(routineOf({step("GB30", RoutineSide::Right, 60), step("GV4", RoutineSide::Midline, 30)}));
    run.runner.pause();
    run.runner.nextStep();
    EXPECT_EQ(run.runner.state(), State::Paused);
    EXPECT_EQ(run.stepIndex(), 1u);
    EXPECT_EQ(run.runner.phaseRemaining().count(), 5000);
    run.clock.advance(60000);
    EXPECT_EQ(run.kind(), PhaseKind::GetReady);
}

// The end: a finished cue after the last hold, nothing left, no timer.
TEST(RoutineRunner, end_finishesAfterLastHold)
{
    TimedRun run(routineOf({step("GV4", RoutineSide::Midline, 30), step("BL23", RoutineSide::Left, 20)}));
    run.clock.advance(1000000); // far past the end in one go
    EXPECT_EQ(run.runner.state(), State::Finished);
    EXPECT_EQ(run.runner.routineRemaining().count(), 0);
    EXPECT_FALSE(run.runner.currentPhase().has_value());
    EXPECT_FALSE(run.clock.timerPending());
    EXPECT_EQ(run.runner.prompt(), QStringLiteral("Release. The routine is finished."));
    EXPECT_EQ(run.takeCues(), (std::vector<Cue>{Cue::StepChanged, Cue::HoldStarted, Cue::HoldEnded, Cue::StepChanged,
                                                Cue::HoldStarted, Cue::HoldEnded, Cue::Finished}));
}

// Stopping makes the runner idle and silent.
TEST(RoutineRunner, stop_becomesIdle)
{
    TimedRun run(routineOf({step("GV4", RoutineSide::Midline, 30)}));
    run.takeCues();
    run.runner.stop();
    EXPECT_EQ(run.runner.state(), State::Idle);
    EXPECT_FALSE(run.clock.timerPending());
    run.clock.advance(100000);
    EXPECT_TRUE(run.takeCues().empty());
    EXPECT_EQ(run.runner.routineRemaining().count(), 0);
}

// In pregnancy mode, steps on points to avoid (LI4) are skipped...
TEST(RoutineRunner, pregnancyMode_skipsPointsToAvoid)
{
    TimedRun run(routineOf({step("LI4", RoutineSide::Both, 10), step("BL23", RoutineSide::Both, 60)}),
                 {5, true, false});
    EXPECT_EQ(run.runner.skippedSteps(), std::vector<std::size_t>{0});
    EXPECT_EQ(run.stepIndex(), 1u);
    EXPECT_EQ(run.runner.routineRemaining().count(), (5 + 60 + 5 + 60) * 1000);
}

// ...unless the person chose to see them.
TEST(RoutineRunner, pregnancyModeShowingAvoided_keepsThem)
{
    TimedRun run(routineOf({step("LI4", RoutineSide::Both, 10), step("BL23", RoutineSide::Both, 60)}), {5, true, true});
    EXPECT_TRUE(run.runner.skippedSteps().empty());
    EXPECT_EQ(run.stepIndex(), 0u);
}

// A routine whose every step is to avoid finishes at once and says why.
TEST(RoutineRunner, pregnancyMode_allAvoided_finishesAtOnce)
{
    TimedRun run(routineOf({step("LI4", RoutineSide::Both, 10)}), {5, true, false});
    EXPECT_EQ(run.runner.state(), State::Finished);
    EXPECT_EQ(run.runner.prompt(),
              QStringLiteral("Every step of this routine is on a point to avoid in pregnancy; nothing to run."));
}

// The countdown signal comes once per whole second.
TEST(RoutineRunner, remainingChanged_oncePerSecond)
{
    TimedRun run(routineOf({step("GV4", RoutineSide::Midline, 30)}), {0, false, false});
    QSignalSpy spy(&run.runner, &acu::RoutineRunner::remainingChanged);
    run.clock.advance(2999);
    EXPECT_EQ(spy.count(), 2);
    EXPECT_EQ(run.runner.phaseRemainingSeconds(), 28);
}

// The real clock's timer calls back once on the event loop.
TEST(QtRunnerClock, timer_callsBackOnce)
{
    acu::QtRunnerClock clock;
    int calls = 0;
    const auto before = clock.now();
    clock.startTimer(std::chrono::milliseconds(1), [&] { ++calls; });
    QElapsedTimer waited;
    waited.start();
    while (calls == 0 && waited.elapsed() < 5000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    EXPECT_EQ(calls, 1);
    EXPECT_GE(clock.now() - before, std::chrono::milliseconds(1));
}

// A routine without steps finishes at once and says so.
TEST(RoutineRunner, noSteps_finishesAtOnce)
{
    TimedRun run(routineOf({}));
    EXPECT_EQ(run.runner.state(), State::Finished);
    EXPECT_EQ(run.runner.prompt(), QStringLiteral("This routine has no steps."));
    EXPECT_EQ(run.takeCues(), std::vector<Cue>{Cue::Finished});
}
