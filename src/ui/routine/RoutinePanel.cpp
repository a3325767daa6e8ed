#include "ui/routine/RoutinePanel.h"

#include "ui/routine/RunnerEndPage.h"
#include "ui/routine/RunnerRunPage.h"
#include "ui/routine/RunnerSounds.h"
#include "ui/routine/RunnerStartPage.h"

#include <QAction>
#include <QCheckBox>
#include <QPushButton>
#include <QStackedLayout>

namespace acu {

RoutinePanel::RoutinePanel(const Catalogue& catalogue, RunnerClock& clock, PromptSpeaker& speaker, QWidget* parent)
    : QWidget(parent)
    , m_catalogue(catalogue)
    , m_runner(clock)
    , m_actions(createRunnerActions(this))
    , m_sounds(new RunnerSounds(m_runner, speaker, this))
{
    setObjectName(QStringLiteral("routinePanel"));
    m_startPage = new RunnerStartPage(this);
    m_runPage = new RunnerRunPage(m_catalogue, m_runner, m_actions, this);
    m_runPage->setFocusPolicy(Qt::StrongFocus); // the run's keys need focus inside the panel
    m_endPage = new RunnerEndPage(this);
    m_pages = new QStackedLayout(this);
    m_pages->setContentsMargins(0, 0, 0, 0);
    m_pages->addWidget(m_startPage);
    m_pages->addWidget(m_runPage);
    m_pages->addWidget(m_endPage);

    connect(m_startPage, &RunnerStartPage::startRequested, this, &RoutinePanel::startRun);
    connect(m_startPage, &RunnerStartPage::closeRequested, this, &RoutinePanel::closePanel);
    connect(m_endPage, &RunnerEndPage::closeRequested, this, &RoutinePanel::closePanel);
    connect(m_actions.pause, &QAction::triggered, &m_runner, &RoutineRunner::togglePause);
    connect(m_actions.next, &QAction::triggered, &m_runner, &RoutineRunner::nextStep);
    connect(m_actions.previous, &QAction::triggered, &m_runner, &RoutineRunner::previousStep);
    connect(m_actions.stop, &QAction::triggered, this, &RoutinePanel::stopRun);
    connect(m_runPage->muteBox(), &QCheckBox::toggled, this, &RoutinePanel::setMuted);
    connect(&m_runner, &RoutineRunner::cue, this, &RoutinePanel::onCue);
    connect(&m_runner, &RoutineRunner::stateChanged, this, [this](RoutineRunner::State state) {
        if (state == RoutineRunner::State::Finished && m_page == Page::Run)
            endRun(true);
        updateActions();
    });
}

RoutinePanel::~RoutinePanel() = default;

void RoutinePanel::openRoutine(const Routine& routine)
{
    if (m_page == Page::Run)
        stopRun();
    if (m_page == Page::End)
        reportRun();
    m_routine = routine;
    m_startPage->showRoutine(m_catalogue, *m_routine, m_pregnancyMode);
    showPage(Page::Start);
    m_startPage->startButton()->setFocus();
    emit opened();
}

void RoutinePanel::startRun()
{
    if (!m_routine || m_page == Page::Run)
        return;
    if (m_page == Page::End)
        reportRun();
    RunRecord record;
    record.started = QDateTime::currentDateTimeUtc();
    record.routineId = QString::fromStdString(m_routine->id);
    record.routineTitle = QString::fromStdString(m_routine->title);
    record.painBefore = m_startPage->painBefore();
    m_record = record;
    m_completed.clear();
    RoutineRunner::Options options;
    options.pregnancyMode = m_pregnancyMode;
    options.showAvoidedSteps = m_startPage->showAvoidedSteps();
    m_runPage->setSpeechStatus(m_sounds->speechStatus());
    showPage(Page::Run);
    m_runner.start(*m_routine, m_catalogue, options); // may finish at once: nothing to run
    if (m_page == Page::Run) {
        m_runPage->showRun();
        m_runPage->setFocus();
    }
    updateActions();
}

void RoutinePanel::stopRun()
{
    if (m_page != Page::Run)
        return;
    m_runner.stop();
    endRun(false);
}

void RoutinePanel::closePanel()
{
    if (m_page == Page::None)
        return;
    if (m_page == Page::Run)
        stopRun();
    if (m_page == Page::End)
        reportRun();
    showPage(Page::None);
    emit closed();
}

void RoutinePanel::setPregnancyMode(bool on)
{
    m_pregnancyMode = on;
    if (m_page == Page::Start && m_routine)
        m_startPage->showRoutine(m_catalogue, *m_routine, m_pregnancyMode);
}

void RoutinePanel::setMuted(bool muted)
{
    if (muted == m_sounds->muted())
        return;
    m_sounds->setMuted(muted);
    m_runPage->muteBox()->setChecked(muted);
    m_runPage->setSpeechStatus(m_sounds->speechStatus());
    emit mutedChanged(muted);
}

bool RoutinePanel::muted() const
{
    return m_sounds->muted();
}

void RoutinePanel::showPage(Page page)
{
    m_page = page;
    switch (page) {
    case Page::None:
    case Page::Start:
        m_pages->setCurrentWidget(m_startPage);
        break;
    case Page::Run:
        m_pages->setCurrentWidget(m_runPage);
        break;
    case Page::End:
        m_pages->setCurrentWidget(m_endPage);
        break;
    }
    updateActions();
}

void RoutinePanel::endRun(bool finished)
{
    if (!m_record)
        return;
    const std::size_t total = m_runner.routine().steps.size() - m_runner.skippedSteps().size();
    m_record->ended = QDateTime::currentDateTimeUtc();
    m_record->stepsCompleted = static_cast<int>(m_completed.size());
    m_record->stepsTotal = static_cast<int>(total);
    m_endPage->showResult(m_record->routineTitle, m_record->stepsCompleted, m_record->stepsTotal, finished,
                          total == 0 ? m_runner.prompt() : QString());
    showPage(Page::End);
    m_endPage->closeButton()->setFocus();
}

void RoutinePanel::reportRun()
{
    if (!m_record)
        return;
    RunRecord record = *std::exchange(m_record, std::nullopt);
    record.painAfter = m_endPage->painAfter();
    emit runEnded(record);
}

void RoutinePanel::onCue(RoutineRunner::Cue cue)
{
    // Each step, also one gone back to, shows its point (StepChanged comes once the runner
    // is on the step).
    if (cue == RoutineRunner::Cue::StepChanged) {
        if (const auto phase = m_runner.currentPhase())
            emit pointRequested(QString::fromStdString(m_runner.routine().steps[phase->step].code));
        return;
    }
    // A hold's end cue comes before the runner moves on: a hold that ran out has no time
    // left, one cut short by Next or Previous still has some.
    if (cue != RoutineRunner::Cue::HoldEnded || m_runner.phaseRemaining().count() > 0)
        return;
    const auto phase = m_runner.currentPhase();
    if (!phase)
        return;
    const RoutineStep& step = m_runner.routine().steps[phase->step];
    const bool lastSide = step.side != RoutineSide::Both || phase->side == RoutineSide::Left;
    if (lastSide && phase->repetition == phase->repetitions)
        m_completed.insert(phase->step);
}

void RoutinePanel::updateActions()
{
    const auto state = m_runner.state();
    const bool running =
        m_page == Page::Run && (state == RoutineRunner::State::Running || state == RoutineRunner::State::Paused);
    for (QAction* action : {m_actions.pause, m_actions.previous, m_actions.next, m_actions.stop})
        action->setEnabled(running);
    m_actions.pause->setText(state == RoutineRunner::State::Paused ? tr("Resume") : tr("Pause"));
}

} // namespace acu
