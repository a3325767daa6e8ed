#include "models/routine/RoutineRunner.h"

#include "models/routine/RunnerPrompts.h"

#include <algorithm>

namespace acu {

using std::chrono::milliseconds;

namespace {

constexpr int kMaxGetReadySeconds = 600;

} // namespace

RoutineRunner::RoutineRunner(RunnerClock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
{
}

RoutineRunner::~RoutineRunner()
{
    m_clock.stopTimer();
}

void RoutineRunner::start(const Routine& routine, const Catalogue& catalogue, const Options& options)
{
    m_clock.stopTimer();
    m_routine = routine;
    m_skipped.clear();
    std::vector<bool> included(routine.steps.size(), true);
    if (options.pregnancyMode && !options.showAvoidedSteps) {
        const auto avoid = stepsToAvoidInPregnancy(routine, catalogue);
        for (std::size_t i = 0; i < avoid.size(); ++i) {
            if (avoid[i]) {
                included[i] = false;
                m_skipped.push_back(i);
            }
        }
    }
    m_plan = buildPlan(routine, std::clamp(options.getReadySeconds, 0, kMaxGetReadySeconds), included);
    m_secondsAfter.assign(m_plan.size(), 0);
    for (std::size_t i = m_plan.size(); i-- > 1;)
        m_secondsAfter[i - 1] = m_secondsAfter[i] + m_plan[i].seconds;
    m_index = 0;
    if (m_plan.empty()) {
        setPrompt(m_skipped.empty()
                      ? tr("This routine has no steps.")
                      : tr("Every step of this routine is on a point to avoid in pregnancy; nothing to run."));
        finish(false);
        return;
    }
    setState(State::Running);
    enterPhase(0, m_clock.now(), false, true);
    schedule();
}

void RoutineRunner::pause()
{
    if (m_state != State::Running)
        return;
    m_pausedRemaining = phaseRemaining();
    m_clock.stopTimer();
    setState(State::Paused);
}

void RoutineRunner::resume()
{
    if (m_state != State::Paused)
        return;
    m_phaseStart = m_clock.now();
    m_phaseLength = m_pausedRemaining;
    setState(State::Running);
    schedule();
}

void RoutineRunner::togglePause()
{
    if (m_state == State::Running)
        pause();
    else
        resume();
}

void RoutineRunner::nextStep()
{
    if (!active())
        return;
    const std::size_t step = m_plan[m_index].step;
    for (std::size_t i = m_index + 1; i < m_plan.size(); ++i) {
        if (m_plan[i].step != step) {
            jumpTo(i);
            return;
        }
    }
    const bool wasHold = inHold();
    if (wasHold)
        emit cue(Cue::HoldEnded);
    finish(wasHold);
}

void RoutineRunner::previousStep()
{
    if (!active())
        return;
    std::size_t start = m_index;
    while (start > 0 && m_plan[start - 1].step == m_plan[m_index].step)
        --start;
    if (start > 0) {
        const std::size_t previous = m_plan[start - 1].step;
        while (start > 0 && m_plan[start - 1].step == previous)
            --start;
    }
    jumpTo(start);
}

void RoutineRunner::stop()
{
    if (m_state == State::Idle)
        return;
    m_clock.stopTimer();
    setState(State::Idle);
    emit phaseChanged();
}

std::optional<PlanPhase> RoutineRunner::currentPhase() const
{
    if (!active())
        return std::nullopt;
    return m_plan[m_index];
}

milliseconds RoutineRunner::phaseRemaining() const
{
    if (m_state == State::Paused)
        return m_pausedRemaining;
    if (m_state != State::Running)
        return milliseconds(0);
    return std::max(milliseconds(0), m_phaseLength - (m_clock.now() - m_phaseStart));
}

int RoutineRunner::phaseRemainingSeconds() const
{
    return static_cast<int>((phaseRemaining().count() + 999) / 1000);
}

milliseconds RoutineRunner::routineRemaining() const
{
    if (!active())
        return milliseconds(0);
    return phaseRemaining() + milliseconds(m_secondsAfter[m_index] * 1000);
}

bool RoutineRunner::inHold() const
{
    return active() && m_plan[m_index].kind == PhaseKind::Hold;
}

void RoutineRunner::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void RoutineRunner::setPrompt(QString text)
{
    m_prompt = std::move(text);
    emit promptChanged(m_prompt);
}

void RoutineRunner::enterPhase(std::size_t index, milliseconds start, bool afterHold, bool newStep)
{
    const PlanPhase& phase = m_plan[index];
    const PlanPhase& previous = m_plan[m_index];
    newStep = newStep || previous.step != phase.step;
    m_index = index;
    m_phaseStart = start;
    m_phaseLength = milliseconds(static_cast<long long>(phase.seconds) * 1000);
    m_pausedRemaining = m_phaseLength;
    if (newStep)
        emit cue(Cue::StepChanged);
    else if (previous.side != phase.side)
        emit cue(Cue::SideChanged);
    if (phase.kind == PhaseKind::Hold)
        emit cue(Cue::HoldStarted);
    setPrompt(RunnerPrompts::phase(m_routine, phase, newStep, afterHold));
    emit phaseChanged();
}

void RoutineRunner::jumpTo(std::size_t index)
{
    const bool wasHold = inHold();
    if (wasHold)
        emit cue(Cue::HoldEnded);
    enterPhase(index, m_clock.now(), wasHold, true);
    schedule();
}

void RoutineRunner::finish(bool afterHold)
{
    m_clock.stopTimer();
    if (!m_plan.empty())
        setPrompt(RunnerPrompts::finished(afterHold));
    setState(State::Finished);
    emit cue(Cue::Finished);
    emit phaseChanged();
}

void RoutineRunner::onTimer()
{
    // A late timer (a busy or suspended machine) may find several phases over: walk through
    // each in turn, each starting where the one before ended.
    while (m_state == State::Running && phaseRemaining() <= milliseconds(0)) {
        const milliseconds end = m_phaseStart + m_phaseLength;
        const bool wasHold = inHold();
        if (wasHold)
            emit cue(Cue::HoldEnded);
        if (m_index + 1 < m_plan.size())
            enterPhase(m_index + 1, end, wasHold, false);
        else
            finish(wasHold);
    }
    if (m_state == State::Running) {
        emit remainingChanged();
        schedule();
    }
}

void RoutineRunner::schedule()
{
    if (m_state != State::Running)
        return;
    // Wake when the countdown's whole seconds change, and at the phase's end.
    const milliseconds remaining = phaseRemaining();
    const long long shown = (remaining.count() + 999) / 1000;
    const milliseconds delay = remaining - milliseconds((shown - 1) * 1000);
    m_clock.startTimer(delay, [this] { onTimer(); });
}

} // namespace acu
