#pragma once

#include "core/catalogue/Catalogue.h"
#include "core/routine/RoutinePlan.h"
#include "core/routine/RoutineTypes.h"
#include "models/routine/RunnerClock.h"

#include <QObject>
#include <QString>

#include <chrono>
#include <optional>
#include <vector>

namespace acu {

/// Walks a routine's phases in time (see buildPlan): get ready, hold each side, rest between
/// repetitions, next step, finished. It reports where it is and how long is left, emits a cue
/// at each turn and the words to speak there. Time comes from a RunnerClock, so that tests
/// drive it by hand.
class RoutineRunner final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoutineRunner)

public:
    enum class State { Idle, Running, Paused, Finished };
    Q_ENUM(State)
    enum class Cue { StepChanged, SideChanged, HoldStarted, HoldEnded, Finished };
    Q_ENUM(Cue)

    struct Options {
        /// Before each step and each change of side; 0 for none.
        int getReadySeconds = 5;
        /// Skip the steps on points to avoid in pregnancy...
        bool pregnancyMode = false;
        /// ...unless the person chose to see them.
        bool showAvoidedSteps = false;
    };

    /// clock must outlive the runner.
    explicit RoutineRunner(RunnerClock& clock, QObject* parent = nullptr);
    ~RoutineRunner() override;

    /// Runs routine from its first step, replacing any run; catalogue tells which points are
    /// to avoid in pregnancy. A routine with nothing left to run finishes at once.
    void start(const Routine& routine, const Catalogue& catalogue, const Options& options);
    void pause();
    void resume();
    void togglePause();
    /// To the start of the next step; from the last one, to the end.
    void nextStep();
    /// To the start of the previous step; on the first step, to its start again.
    void previousStep();
    /// Ends the run; the runner is idle again.
    void stop();

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] const Routine& routine() const { return m_routine; }
    /// The phase under way (also while paused); nullopt when idle or finished.
    [[nodiscard]] std::optional<PlanPhase> currentPhase() const;
    [[nodiscard]] std::chrono::milliseconds phaseRemaining() const;
    /// Whole seconds left in the phase, rounded up, as a countdown shows them.
    [[nodiscard]] int phaseRemainingSeconds() const;
    /// The phase's remaining time and every later phase's.
    [[nodiscard]] std::chrono::milliseconds routineRemaining() const;
    /// Steps left out of this run (pregnancy mode), by index.
    [[nodiscard]] const std::vector<std::size_t>& skippedSteps() const { return m_skipped; }
    /// The words for the last turn.
    [[nodiscard]] const QString& prompt() const { return m_prompt; }

signals:
    void stateChanged(acu::RoutineRunner::State state);
    /// A phase began, or the run ended.
    void phaseChanged();
    /// The countdown's whole seconds changed.
    void remainingChanged();
    void cue(acu::RoutineRunner::Cue cue);
    /// Words to speak: "Left side. Hold for one minute."
    void promptChanged(const QString& text);

private:
    [[nodiscard]] bool active() const { return m_state == State::Running || m_state == State::Paused; }
    [[nodiscard]] bool inHold() const;
    void setState(State state);
    void setPrompt(QString text);
    /// Begins phase index at the clock time start, with its cues and prompt. afterHold: the
    /// phase left was a hold; newStep: announce the step even if it is the same one.
    void enterPhase(std::size_t index, std::chrono::milliseconds start, bool afterHold, bool newStep);
    void jumpTo(std::size_t index);
    void finish(bool afterHold);
    void onTimer();
    void schedule();

    RunnerClock& m_clock;
    Routine m_routine;
    std::vector<PlanPhase> m_plan;
    /// Per phase: the seconds of all phases after it.
    std::vector<long long> m_secondsAfter;
    std::vector<std::size_t> m_skipped;
    std::size_t m_index = 0;
    std::chrono::milliseconds m_phaseStart{0};
    /// The phase's time left when it began or was resumed at m_phaseStart.
    std::chrono::milliseconds m_phaseLength{0};
    std::chrono::milliseconds m_pausedRemaining{0};
    State m_state = State::Idle;
    QString m_prompt;
};

} // namespace acu
