#include "ui/routine/RunnerRunPage.h"

#include "models/BodyMarkers.h"
#include "ui/routine/RunnerActions.h"
#include "ui/routine/StepText.h"
#include "ui/theme/CautionColour.h"

#include <QAction>
#include <QCheckBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QScrollArea>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace acu {

namespace {

/// How long the countdown's frame stays lit after a hold's cue.
constexpr int kFlashMilliseconds = 800;

QLabel* textLabel(QWidget* parent, const QString& name, bool wrap = true)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(wrap);
    return label;
}

QFont scaled(QFont font, double factor, bool bold)
{
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

QToolButton* actionButton(QWidget* parent, QAction* action)
{
    auto* button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setFocusPolicy(Qt::NoFocus); // the keys work anywhere in the panel
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    return button;
}

/// The first way a source gives to find the point, else the first place it gives.
QString findingText(const Point& point)
{
    if (!point.finding.empty())
        return QString::fromStdString(point.finding.front().text);
    if (!point.location.empty())
        return QString::fromStdString(point.location.front().text);
    return {};
}

QString sideSentence(RoutineSide side)
{
    switch (side) {
    case RoutineSide::Right:
        return RunnerRunPage::tr("Right side");
    case RoutineSide::Left:
        return RunnerRunPage::tr("Left side");
    case RoutineSide::Both:
    case RoutineSide::Midline:
        break;
    }
    return RunnerRunPage::tr("On the midline");
}

} // namespace

QString countdownText(int seconds)
{
    seconds = std::max(0, seconds);
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

RunnerRunPage::RunnerRunPage(const Catalogue& catalogue, const RoutineRunner& runner, const RunnerActions& actions,
                             QWidget* parent)
    : QWidget(parent)
    , m_catalogue(catalogue)
    , m_runner(runner)
    , m_flashTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("runnerRunPage"));
    m_stepTitle = textLabel(this, QStringLiteral("runStepTitle"));
    m_stepTitle->setFont(scaled(font(), 1.2, true));

    m_countdownFrame = new QFrame(this);
    m_countdownFrame->setObjectName(QStringLiteral("countdownFrame"));
    m_countdownFrame->setFrameShape(QFrame::StyledPanel);
    m_countdownFrame->setAutoFillBackground(true);
    m_phase = textLabel(m_countdownFrame, QStringLiteral("runPhase"), false);
    m_phase->setFont(scaled(font(), 1.5, true));
    m_side = textLabel(m_countdownFrame, QStringLiteral("runSide"));
    m_side->setFont(scaled(font(), 1.2, true));
    m_repetition = textLabel(m_countdownFrame, QStringLiteral("runRepetition"), false);
    m_countdown = textLabel(m_countdownFrame, QStringLiteral("runCountdown"), false);
    m_countdown->setFont(scaled(font(), 4.0, true));
    m_countdown->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto* words = new QVBoxLayout;
    words->addWidget(m_phase);
    words->addWidget(m_side);
    words->addWidget(m_repetition);
    words->addStretch(1);
    auto* frameLayout = new QHBoxLayout(m_countdownFrame);
    frameLayout->addLayout(words, 1);
    frameLayout->addWidget(m_countdown);
    m_routineLeft = textLabel(this, QStringLiteral("runRoutineLeft"), false);

    auto* buttons = new QHBoxLayout;
    for (QAction* action : {actions.previous, actions.pause, actions.next, actions.stop})
        buttons->addWidget(actionButton(this, action));

    m_prompt = textLabel(this, QStringLiteral("runPrompt"));
    QFont italic = font();
    italic.setItalic(true);
    m_prompt->setFont(italic);
    m_mute = new QCheckBox(tr("&Mute sounds"), this);
    m_mute->setObjectName(QStringLiteral("muteSounds"));
    m_mute->setToolTip(tr("No spoken prompts and no beeps"));
    m_mute->setFocusPolicy(Qt::NoFocus);
    m_speechStatus = textLabel(this, QStringLiteral("speechStatus"));
    auto* soundRow = new QHBoxLayout;
    soundRow->addWidget(m_mute);
    soundRow->addWidget(m_speechStatus, 1);

    m_finding = textLabel(this, QStringLiteral("runFinding"));
    m_technique = textLabel(this, QStringLiteral("runTechnique"));
    m_steps = new QListWidget(this);
    m_steps->setObjectName(QStringLiteral("runSteps"));
    m_steps->setFocusPolicy(Qt::NoFocus);
    m_steps->setSelectionMode(QAbstractItemView::NoSelection);
    m_steps->setWordWrap(true);
    m_steps->setTextElideMode(Qt::ElideNone);

    // In a scroll area, so that a short pane scrolls instead of squeezing the text together.
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stepTitle);
    layout->addWidget(m_countdownFrame);
    layout->addWidget(m_routineLeft);
    layout->addLayout(buttons);
    layout->addWidget(m_prompt);
    layout->addLayout(soundRow);
    layout->addWidget(m_finding);
    layout->addWidget(m_technique);
    layout->addWidget(m_steps, 1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidget(content);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    m_flashTimer->setSingleShot(true);
    m_flashTimer->setInterval(kFlashMilliseconds);
    connect(m_flashTimer, &QTimer::timeout, this, [this] { setFlashing(false); });
    connect(&m_runner, &RoutineRunner::phaseChanged, this, &RunnerRunPage::showPhase);
    connect(&m_runner, &RoutineRunner::remainingChanged, this, &RunnerRunPage::showRemaining);
    connect(&m_runner, &RoutineRunner::stateChanged, this, &RunnerRunPage::showState);
    connect(&m_runner, &RoutineRunner::promptChanged, m_prompt, &QLabel::setText);
    connect(&m_runner, &RoutineRunner::cue, this, [this](RoutineRunner::Cue cue) {
        if (cue == RoutineRunner::Cue::HoldStarted || cue == RoutineRunner::Cue::HoldEnded)
            flash();
    });
}

void RunnerRunPage::showRun()
{
    const Routine& routine = m_runner.routine();
    const auto& skipped = m_runner.skippedSteps();
    m_steps->clear();
    for (std::size_t i = 0; i < routine.steps.size(); ++i) {
        const RoutineStep& step = routine.steps[i];
        QString text = tr("%1. %2, %3, %4")
                           .arg(i + 1)
                           .arg(QString::fromStdString(step.code), stepSideText(step), stepNumbersText(step));
        if (step.needsHelper)
            text += tr(" (needs a helper)");
        const bool skip = std::find(skipped.begin(), skipped.end(), i) != skipped.end();
        if (skip)
            text += tr("\n\u25C6 Skipped: a point to avoid in pregnancy");
        auto* item = new QListWidgetItem(text, m_steps);
        item->setFlags(Qt::ItemIsEnabled);
        item->setData(Qt::UserRole, skip);
    }
    m_shown.reset();
    m_prompt->setText(m_runner.prompt());
    showPhase();
    showState();
}

void RunnerRunPage::setSpeechStatus(const QString& text)
{
    m_speechStatus->setText(text);
    m_speechStatus->setVisible(!text.isEmpty());
}

void RunnerRunPage::showPhase()
{
    const auto phase = m_runner.currentPhase();
    if (!phase) {
        m_shown.reset();
        showRemaining();
        return;
    }
    const Routine& routine = m_runner.routine();
    const RoutineStep& step = routine.steps[phase->step];
    const Point* point = m_catalogue.findPoint(step.code);
    const std::size_t included = routine.steps.size() - m_runner.skippedSteps().size();
    std::size_t number = 1; // of the steps this run includes
    for (std::size_t i = 0; i < phase->step; ++i) {
        const auto& skipped = m_runner.skippedSteps();
        if (std::find(skipped.begin(), skipped.end(), i) == skipped.end())
            ++number;
    }
    m_stepTitle->setText(tr("Step %1 of %2: %3")
                             .arg(number)
                             .arg(included)
                             .arg(point ? pointLabel(*point) : QString::fromStdString(step.code)));
    const QString finding = point ? findingText(*point) : QString();
    m_finding->setText(finding.isEmpty() ? QString() : tr("How to find it: %1").arg(finding));
    m_finding->setVisible(!finding.isEmpty());
    QString technique =
        step.technique.empty() ? QString() : tr("How to press: %1").arg(QString::fromStdString(step.technique));
    if (step.needsHelper)
        technique += (technique.isEmpty() ? QString() : QStringLiteral(" ")) +
                     tr("This step needs a helper: someone else presses the point.");
    m_technique->setText(technique);
    m_technique->setVisible(!technique.isEmpty());

    const bool sideChanged = m_shown && m_shown->step == phase->step && m_shown->side != phase->side;
    switch (phase->kind) {
    case PhaseKind::GetReady:
        m_phaseWord = tr("Get ready");
        if (sideChanged)
            m_side->setText(tr("Now the %1 side").arg(phaseSideWord(phase->side)));
        else if (step.side == RoutineSide::Both)
            m_side->setText(tr("%1 first").arg(sideSentence(phase->side)));
        else
            m_side->setText(sideSentence(phase->side));
        break;
    case PhaseKind::Hold:
        m_phaseWord = tr("Hold");
        m_side->setText(sideSentence(phase->side));
        break;
    case PhaseKind::Rest:
        m_phaseWord = tr("Rest");
        m_side->setText(sideSentence(phase->side));
        break;
    }
    m_repetition->setText(phase->kind == PhaseKind::Rest
                              ? tr("Next: repetition %1 of %2").arg(phase->repetition).arg(phase->repetitions)
                              : tr("Repetition %1 of %2").arg(phase->repetition).arg(phase->repetitions));
    for (int row = 0; row < m_steps->count(); ++row) {
        QListWidgetItem* item = m_steps->item(row);
        const bool current = static_cast<std::size_t>(row) == phase->step;
        QFont itemFont = m_steps->font();
        itemFont.setBold(current);
        item->setFont(itemFont);
        item->setBackground(current ? palette().brush(QPalette::Highlight) : QBrush());
        if (current) {
            item->setForeground(palette().brush(QPalette::HighlightedText));
            m_steps->scrollToItem(item);
        } else {
            item->setForeground(palette().brush(
                item->data(Qt::UserRole).toBool() ? QPalette::Disabled : QPalette::Active, QPalette::Text));
        }
    }
    m_shown = phase;
    showRemaining();
    showState();
}

void RunnerRunPage::showRemaining()
{
    m_countdown->setText(countdownText(m_runner.phaseRemainingSeconds()));
    const auto left = m_runner.routineRemaining().count();
    m_routineLeft->setText(tr("Whole routine: %1 left").arg(countdownText(static_cast<int>((left + 999) / 1000))));
}

void RunnerRunPage::showState()
{
    m_phase->setText(m_runner.state() == RoutineRunner::State::Paused ? tr("Paused") : m_phaseWord);
}

void RunnerRunPage::flash()
{
    setFlashing(true);
    m_flashTimer->start();
}

void RunnerRunPage::setFlashing(bool on)
{
    m_flashing = on;
    QPalette colours = palette();
    if (on) {
        colours.setColor(QPalette::Window, kCautionColour);
        colours.setColor(QPalette::WindowText, Qt::white);
    }
    m_countdownFrame->setPalette(colours);
}

} // namespace acu
