#pragma once

#include <QList>
#include <QObject>

class QAction;
class QWidget;

namespace acu {

class AddToRoutineMenu;
class RoutineEdits;
class RoutineEditor;

/// The window's part for the person's own routines: the Routine menu's actions (New
/// Routine…, Edit Routines…, Import Routine…, Export Routine…), Undo and Redo of the
/// routine edits, the "Add to routine" menu the list, the map and the details open, and the
/// routine editor, made when first needed. The dialogs it opens are window-modal but do not
/// block (open(), not exec()).
class RoutineActions final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoutineActions)

public:
    /// edits must outlive this; window is the dialogs' parent and owns this.
    RoutineActions(RoutineEdits* edits, QWidget* window);

    /// For the Routine menu, in order.
    [[nodiscard]] QList<QAction*> menuActions() const;
    /// Edit > Undo and Redo of the routine edits (standard shortcuts).
    [[nodiscard]] QAction* undoAction() const { return m_undo; }
    [[nodiscard]] QAction* redoAction() const { return m_redo; }
    /// The menu "Add to routine" shows; one instance, its point set each time.
    [[nodiscard]] AddToRoutineMenu* addToRoutineMenu() const { return m_addMenu; }
    /// Another "Add to routine" menu doing the same, owned by parent (for a button).
    [[nodiscard]] AddToRoutineMenu* createAddToRoutineMenu(QWidget* parent);
    /// The editor, made on first use.
    [[nodiscard]] RoutineEditor* editor();

    /// Reads a routine file and adds its routines, or shows the import error dialog and adds
    /// nothing. Returns the ids of the routines added.
    QStringList importFile(const QString& path);
    /// Writes a routine (own or built-in) to path; shows an error dialog when it fails.
    bool exportToFile(const QString& id, const QString& path);

public slots:
    /// Opens the "Add to routine" menu for a point at a place on the screen.
    void showAddToRoutineMenu(const QString& code, const QPoint& globalPos);
    /// Asks for a title and makes a routine; with a code, holding that point's step.
    void askNewRoutine(const QString& code = {});
    void showEditor();
    void askImport();
    /// Asks where to export the routine (the editor's, when id is "").
    void askExport(const QString& id = {});

signals:
    /// Something the window should tell the person once (a routine exported, imported).
    void message(const QString& text);

private:
    void connectMenu(AddToRoutineMenu* menu);

    RoutineEdits* m_edits;
    QWidget* m_window;
    AddToRoutineMenu* m_addMenu;
    RoutineEditor* m_editor = nullptr;
    QAction* m_newRoutine;
    QAction* m_editRoutines;
    QAction* m_import;
    QAction* m_export;
    QAction* m_undo;
    QAction* m_redo;
};

} // namespace acu
