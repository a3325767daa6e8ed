#pragma once

class QAction;
class QWidget;

namespace acu {

/// The runner's keys: Space pauses and resumes, Right and Left go to the next and previous
/// step, Esc stops. They belong to the runner panel and work only while focus is inside it
/// (Qt::WidgetWithChildrenShortcut), so that they take no key from the rest of the window.
struct RunnerActions {
    QAction* pause = nullptr;
    QAction* previous = nullptr;
    QAction* next = nullptr;
    QAction* stop = nullptr;
};

/// Creates the actions on panel, disabled until a run starts.
[[nodiscard]] RunnerActions createRunnerActions(QWidget* panel);

} // namespace acu
