#include "ui/routine/RoutineActions.h"

#include "models/routine/RoutineLibrary.h"
#include "models/routine/RoutineStore.h"
#include "ui/routine/AddToRoutineMenu.h"
#include "ui/routine/RoutineEditor.h"
#include "ui/routine/RoutineEdits.h"
#include "ui/routine/RoutineFileDialogs.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>
#include <QUndoStack>

namespace acu {

namespace {

QAction* makeAction(QObject* parent, const QString& name, const QString& text, const QString& tip)
{
    auto* action = new QAction(text, parent);
    action->setObjectName(name);
    action->setToolTip(tip);
    action->setStatusTip(tip);
    return action;
}

} // namespace

RoutineActions::RoutineActions(RoutineEdits* edits, QWidget* window)
    : QObject(window)
    , m_edits(edits)
    , m_window(window)
    , m_addMenu(new AddToRoutineMenu(edits->library(), window))
    , m_newRoutine(makeAction(this, QStringLiteral("actionNewRoutine"), tr("&New Routine\u2026"),
                              tr("Make a routine of your own")))
    , m_editRoutines(makeAction(this, QStringLiteral("actionEditRoutines"), tr("&Edit Routines\u2026"),
                                tr("Open the routine editor: your routines and the built-in ones")))
    , m_import(makeAction(this, QStringLiteral("actionImportRoutine"), tr("&Import Routine\u2026"),
                          tr("Add the routines of a routine file to yours")))
    , m_export(makeAction(this, QStringLiteral("actionExportRoutine"), tr("E&xport Routine\u2026"),
                          tr("Save a routine as a file")))
    , m_undo(edits->undoStack()->createUndoAction(this, tr("&Undo")))
    , m_redo(edits->undoStack()->createRedoAction(this, tr("&Redo")))
{
    m_undo->setObjectName(QStringLiteral("actionUndo"));
    m_undo->setShortcuts(QKeySequence::keyBindings(QKeySequence::Undo));
    m_redo->setObjectName(QStringLiteral("actionRedo"));
    m_redo->setShortcuts(QKeySequence::keyBindings(QKeySequence::Redo));
    connectMenu(m_addMenu);
    connect(m_newRoutine, &QAction::triggered, this, [this] { askNewRoutine(); });
    connect(m_editRoutines, &QAction::triggered, this, &RoutineActions::showEditor);
    connect(m_import, &QAction::triggered, this, &RoutineActions::askImport);
    connect(m_export, &QAction::triggered, this, [this] { askExport(); });
}

AddToRoutineMenu* RoutineActions::createAddToRoutineMenu(QWidget* parent)
{
    auto* menu = new AddToRoutineMenu(m_edits->library(), parent);
    connectMenu(menu);
    return menu;
}

void RoutineActions::connectMenu(AddToRoutineMenu* menu)
{
    connect(menu, &AddToRoutineMenu::addRequested, this, [this](const QString& id, const QString& code) {
        if (m_edits->addStep(id, code))
            emit message(tr("%1 added to \u201C%2\u201D")
                             .arg(code, QString::fromStdString(m_edits->library()->find(id.toStdString())->title)));
    });
    connect(menu, &AddToRoutineMenu::newRoutineRequested, this, &RoutineActions::askNewRoutine);
}

QList<QAction*> RoutineActions::menuActions() const
{
    return {m_newRoutine, m_editRoutines, m_import, m_export};
}

RoutineEditor* RoutineActions::editor()
{
    if (!m_editor) {
        m_editor = new RoutineEditor(m_edits, m_window);
        m_editor->addActions({m_undo, m_redo});
        connect(m_editor, &RoutineEditor::newRoutineRequested, this, [this] { askNewRoutine(); });
        connect(m_editor, &RoutineEditor::importRequested, this, &RoutineActions::askImport);
        connect(m_editor, &RoutineEditor::exportRequested, this, &RoutineActions::askExport);
    }
    return m_editor;
}

void RoutineActions::showEditor()
{
    RoutineEditor* shown = editor();
    shown->show();
    shown->raise();
    shown->activateWindow();
}

void RoutineActions::showAddToRoutineMenu(const QString& code, const QPoint& globalPos)
{
    m_addMenu->setCode(code);
    m_addMenu->popup(globalPos);
}

void RoutineActions::askNewRoutine(const QString& code)
{
    auto* dialog = new QInputDialog(m_window);
    dialog->setObjectName(QStringLiteral("newRoutineDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("New Routine"));
    dialog->setLabelText(code.isEmpty() ? tr("Title of the new routine:")
                                        : tr("Title of the new routine, starting with %1:").arg(code));
    dialog->setTextValue(tr("My routine"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this, code](const QString& title) {
        const QString id = code.isEmpty() ? m_edits->createRoutine(title) : m_edits->createRoutineWith(title, code);
        if (!id.isEmpty()) {
            showEditor();
            m_editor->selectRoutine(id); // the editor may be new, made after the routine
        }
    });
    dialog->open();
}

void RoutineActions::askImport()
{
    auto* dialog = new QFileDialog(m_window, tr("Import Routine"), {}, tr("Routine files (*.json)"));
    dialog->setObjectName(QStringLiteral("importRoutineDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &RoutineActions::importFile);
    dialog->open();
}

QStringList RoutineActions::importFile(const QString& path)
{
    RoutineLoad load = importRoutines(path, m_edits->catalogue());
    if (!load.ok()) {
        QMessageBox* box = createRoutineImportErrorDialog(m_window, path, load.errors);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return {};
    }
    const QStringList ids = m_edits->importRoutines(std::move(load.routines));
    if (!ids.isEmpty()) {
        showEditor();
        m_editor->selectRoutine(ids.constFirst());
        emit message(ids.size() == 1 ? tr("1 routine imported from %1").arg(path)
                                     : tr("%1 routines imported from %2").arg(ids.size()).arg(path));
    }
    return ids;
}

void RoutineActions::askExport(const QString& id)
{
    QString chosen = id;
    if (chosen.isEmpty() && m_editor && m_editor->isVisible())
        chosen = m_editor->selectedRoutine();
    if (chosen.isEmpty()) {
        // Which routine: the person's own first, then the built-in ones.
        QStringList titles;
        QStringList ids;
        for (const auto* list : {&m_edits->library()->routines(), &m_edits->builtIns()}) {
            for (const auto& routine : *list) {
                ids.append(QString::fromStdString(routine.id));
                titles.append(QStringLiteral("%1 (%2)").arg(QString::fromStdString(routine.title), ids.constLast()));
            }
        }
        auto* dialog = new QInputDialog(m_window);
        dialog->setObjectName(QStringLiteral("exportChoiceDialog"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(tr("Export Routine"));
        dialog->setLabelText(tr("Routine to export:"));
        dialog->setComboBoxItems(titles);
        dialog->setComboBoxEditable(false);
        connect(dialog, &QInputDialog::accepted, this, [this, dialog, ids, titles] {
            const qsizetype at = titles.indexOf(dialog->textValue());
            if (at >= 0)
                askExport(ids.at(at));
        });
        dialog->open();
        return;
    }
    auto* dialog =
        new QFileDialog(m_window, tr("Export Routine"), chosen + QStringLiteral(".json"), tr("Routine files (*.json)"));
    dialog->setObjectName(QStringLiteral("exportRoutineDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("json"));
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, chosen](const QString& path) { exportToFile(chosen, path); });
    dialog->open();
}

bool RoutineActions::exportToFile(const QString& id, const QString& path)
{
    const Routine* routine = m_edits->library()->find(id.toStdString());
    if (!routine)
        routine = m_edits->findBuiltIn(id);
    if (!routine)
        return false;
    if (const auto problem = exportRoutine(*routine, path)) {
        QMessageBox* box = createRoutineExportErrorDialog(m_window, *problem);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return false;
    }
    emit message(tr("\u201C%1\u201D exported to %2").arg(QString::fromStdString(routine->title), path));
    return true;
}

} // namespace acu
