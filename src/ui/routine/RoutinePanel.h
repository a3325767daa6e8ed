#pragma once

#include "core/catalogue/Catalogue.h"
#include "core/routine/RoutineTypes.h"
#include "models/history/RunRecord.h"
#include "models/routine/RoutineRunner.h"
#include "ui/routine/RunnerActions.h"

#include <QWidget>

#include <optional>
#include <set>

class QStackedLayout;

namespace acu {

class PromptSpeaker;
class RunnerEndPage;
class RunnerRunPage;
class RunnerSounds;
class RunnerStartPage;

/// The routine runner beside the map: a start page (cautions first, then Start), the run
/// (RunnerRunPage, driven by a RoutineRunner), and an end page ("Done: N of M steps").
/// It asks for each step's point to be shown (pointRequested) and reports each run once the
/// person leaves its end page (runEnded). Space, Right, Left and Esc (RunnerActions) work
/// while focus is in the panel during a run.
class RoutinePanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoutinePanel)

public:
    enum class Page { None, Start, Run, End };
    Q_ENUM(Page)

    /// catalogue, clock and speaker must outlive the panel.
    RoutinePanel(const Catalogue& catalogue, RunnerClock& clock, PromptSpeaker& speaker, QWidget* parent = nullptr);
    ~RoutinePanel() override;

    /// Shows routine's start page. A run under way is stopped and, like one on its end
    /// page, reported first.
    void openRoutine(const Routine& routine);
    /// Starts the open routine from its first step, as the start page's Start button does.
    void startRun();
    /// Stops the run (Esc): the end page shows what was done.
    void stopRun();
    /// Leaves the panel (its Close buttons): a run on its end page is reported; a run under
    /// way is stopped first.
    void closePanel();
    /// Pregnancy mode marks the steps on points to avoid and skips them, unless the person
    /// ticks "Run them too" on the start page. Applies from the next start.
    void setPregnancyMode(bool on);
    /// Silences the spoken prompts and the beeps.
    void setMuted(bool muted);
    [[nodiscard]] bool muted() const;

    [[nodiscard]] Page page() const { return m_page; }
    /// The routine open in the panel, or nullptr.
    [[nodiscard]] const Routine* routine() const { return m_routine ? &*m_routine : nullptr; }
    [[nodiscard]] const RoutineRunner& runner() const { return m_runner; }
    [[nodiscard]] const RunnerActions& actions() const { return m_actions; }
    [[nodiscard]] RunnerSounds& sounds() const { return *m_sounds; }

signals:
    /// The panel opened a routine (its start page is shown).
    void opened();
    /// The panel was left; the window shows the point details again.
    void closed();
    /// The current step presses this point: show it.
    void pointRequested(const QString& code);
    /// A run was left from its end page (or stopped by opening another routine).
    void runEnded(const acu::RunRecord& record);
    void mutedChanged(bool muted);

private:
    void showPage(Page page);
    void endRun(bool finished);
    void reportRun();
    void onCue(RoutineRunner::Cue cue);
    void updateActions();

    const Catalogue& m_catalogue;
    RoutineRunner m_runner;
    RunnerActions m_actions;
    RunnerSounds* m_sounds = nullptr;
    QStackedLayout* m_pages = nullptr;
    RunnerStartPage* m_startPage = nullptr;
    RunnerRunPage* m_runPage = nullptr;
    RunnerEndPage* m_endPage = nullptr;
    std::optional<Routine> m_routine;
    bool m_pregnancyMode = false;
    Page m_page = Page::None;
    /// The run being made, until it is reported.
    std::optional<RunRecord> m_record;
    /// Steps whose last hold ran to its end in this run.
    std::set<std::size_t> m_completed;
};

} // namespace acu
