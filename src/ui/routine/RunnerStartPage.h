#pragma once

#include "core/catalogue/Catalogue.h"
#include "core/routine/RoutineTypes.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QPushButton;

namespace acu {

class PainRatingBox;

/// What the runner shows before the first step, safety first: the routine's pregnancy
/// cautions (each step on a point with a pregnancy caution, with its text), in pregnancy
/// mode the steps on points to avoid, which are skipped unless the person ticks "Run them
/// too", the steps that need a helper, an optional pain rating, and Start.
class RunnerStartPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunnerStartPage)

public:
    explicit RunnerStartPage(QWidget* parent = nullptr);

    /// Shows routine; the catalogue must outlive the page. Clears the pain rating and the
    /// "Run them too" tick.
    void showRoutine(const Catalogue& catalogue, const Routine& routine, bool pregnancyMode);
    /// Whether the person chose to run the steps to avoid in pregnancy too.
    [[nodiscard]] bool showAvoidedSteps() const;
    [[nodiscard]] std::optional<int> painBefore() const;
    [[nodiscard]] QPushButton* startButton() const { return m_start; }

signals:
    void startRequested();
    void closeRequested();

private:
    QLabel* m_title = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_pregnancy = nullptr;
    QLabel* m_avoided = nullptr;
    QCheckBox* m_showAvoided = nullptr;
    QLabel* m_helpers = nullptr;
    PainRatingBox* m_pain = nullptr;
    QPushButton* m_start = nullptr;
};

} // namespace acu
