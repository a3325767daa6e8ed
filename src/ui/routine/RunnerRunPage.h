#pragma once

#include "core/catalogue/Catalogue.h"
#include "core/routine/RoutinePlan.h"
#include "models/routine/RoutineRunner.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QFrame;
class QLabel;
class QListWidget;
class QTimer;

namespace acu {

struct RunnerActions;

/// The run under way: the routine's steps with the current one marked, how to find and
/// press the current point, what to do now (get ready, hold, rest) with a large countdown,
/// the side ("Now the left side" at a change) and repetition ("2 of 3"), the time left for
/// the whole routine, the words spoken, and the buttons. The countdown's frame flashes at
/// the start and end of each hold.
class RunnerRunPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunnerRunPage)

public:
    /// The catalogue and runner must outlive the page.
    RunnerRunPage(const Catalogue& catalogue, const RoutineRunner& runner, const RunnerActions& actions,
                  QWidget* parent = nullptr);

    /// Lists the runner's routine, its skipped steps marked. Call after the runner started.
    void showRun();
    /// What the page says about speech: "" for nothing (a voice speaks the prompts).
    void setSpeechStatus(const QString& text);
    [[nodiscard]] QCheckBox* muteBox() const { return m_mute; }
    /// Whether the countdown's frame is lit by a hold's start or end cue.
    [[nodiscard]] bool flashing() const { return m_flashing; }

private:
    void showPhase();
    void showRemaining();
    void showState();
    void flash();
    void setFlashing(bool on);

    const Catalogue& m_catalogue;
    const RoutineRunner& m_runner;
    std::optional<PlanPhase> m_shown; ///< the phase on screen, to tell a change of side
    QString m_phaseWord;              ///< "Get ready", "Hold", "Rest"; "Paused" shows instead while paused
    QLabel* m_stepTitle = nullptr;
    QLabel* m_finding = nullptr;
    QLabel* m_technique = nullptr;
    QFrame* m_countdownFrame = nullptr;
    QLabel* m_phase = nullptr;
    QLabel* m_side = nullptr;
    QLabel* m_repetition = nullptr;
    QLabel* m_countdown = nullptr;
    QLabel* m_routineLeft = nullptr;
    QLabel* m_prompt = nullptr;
    QLabel* m_speechStatus = nullptr;
    QCheckBox* m_mute = nullptr;
    QListWidget* m_steps = nullptr;
    QTimer* m_flashTimer = nullptr;
    bool m_flashing = false;
};

/// "0:05", "1:30", "12:00": a countdown's minutes and seconds.
[[nodiscard]] QString countdownText(int seconds);

} // namespace acu
