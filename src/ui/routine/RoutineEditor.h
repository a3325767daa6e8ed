#pragma once

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableView;

namespace acu {

class RoutineEdits;
class RoutineStepsModel;
struct Routine;

/// The routine editor, a window of its own beside the main window: the routines on the left
/// (the person's own, then the built-in ones, read-only, with "Duplicate to Edit"), the chosen
/// routine's title and steps on the right. Steps are reordered by dragging or with
/// Ctrl+Up and Ctrl+Down; the chosen step's side, hold and repetitions are set below the
/// table. Every change is an undoable edit (RoutineEdits).
class RoutineEditor final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoutineEditor)

public:
    /// edits must outlive the editor.
    explicit RoutineEditor(RoutineEdits* edits, QWidget* parent = nullptr);

    /// Chooses a routine by id (own or built-in). False for an unknown id.
    bool selectRoutine(const QString& id);
    [[nodiscard]] QString selectedRoutine() const;
    /// Makes a step current (the row of the table).
    void selectStep(int index);
    [[nodiscard]] int selectedStep() const;
    [[nodiscard]] QTableView* stepsView() const { return m_steps; }
    [[nodiscard]] RoutineStepsModel* stepsModel() const { return m_model; }

signals:
    void newRoutineRequested();
    void importRequested();
    void exportRequested(const QString& id);

private:
    void buildLayout();
    void connectControls();
    void refreshRoutines();
    void showRoutine();
    void showStep();
    [[nodiscard]] const Routine* routine() const;
    [[nodiscard]] bool ownSelected() const;
    void moveSelectedStep(int delta);
    /// Sets the chosen step's hold or repetitions from the spin boxes.
    void applyHold(bool minChanged);
    void applyRepetitions(bool minChanged);

    RoutineEdits* m_edits;
    QListWidget* m_routines = nullptr;
    QLineEdit* m_title = nullptr;
    QLabel* m_builtInNote = nullptr;
    QTableView* m_steps = nullptr;
    RoutineStepsModel* m_model = nullptr;
    QComboBox* m_side = nullptr;
    QSpinBox* m_holdMin = nullptr;
    QSpinBox* m_holdMax = nullptr;
    QSpinBox* m_repetitionsMin = nullptr;
    QSpinBox* m_repetitionsMax = nullptr;
    QPushButton* m_newButton = nullptr;
    QPushButton* m_duplicateButton = nullptr;
    QPushButton* m_deleteButton = nullptr;
    QPushButton* m_importButton = nullptr;
    QPushButton* m_exportButton = nullptr;
    QPushButton* m_upButton = nullptr;
    QPushButton* m_downButton = nullptr;
    QPushButton* m_removeStepButton = nullptr;
    QAction* m_moveUp = nullptr;
    QAction* m_moveDown = nullptr;
    QString m_selectedId;
    bool m_refreshing = false;
};

} // namespace acu
