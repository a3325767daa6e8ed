// "Add to routine" from the point list, the body map and the detail pane, in the window; the
// Routine menu; a damaged file and a refused save reported in the window.

#include "models/routine/RoutineLibrary.h"
#include "support/QtPrinters.h"
#include "support/TestCatalogues.h"
#include "ui/map/BodyMapView.h"
#include "ui/map/MarkerChooser.h"
#include "ui/map/MarkerItem.h"
#include "ui/routine/AddToRoutineMenu.h"
#include "ui/routine/RoutineActions.h"
#include "ui/routine/RoutineEditor.h"
#include "ui/routine/RoutineEdits.h"
#include "ui/window/MainWindow.h"
#include "ui/window/MessageBar.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QDir>
#include <QFile>
#include <QInputDialog>
#include <QListView>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

#include <gtest/gtest.h>

namespace {

/// A shown window whose own routines are kept in a folder of their own, holding "Mine".
struct Window {
    Window()
        : window(acu::test::shipped(), QStringLiteral("test catalogue"))
    {
        window.openOwnRoutines(dir.path());
        window.resize(1280, 800);
        window.show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(&window));
        mine = edits()->createRoutine(QStringLiteral("Mine"));
    }

    acu::RoutineEdits* edits() const { return window.routineEdits(); }
    std::vector<std::string> codes() const
    {
        std::vector<std::string> out;
        for (const auto& step : edits()->library()->find(mine.toStdString())->steps)
            out.push_back(step.code);
        return out;
    }

    QTemporaryDir dir;
    acu::MainWindow window;
    QString mine;
};

QAction* actionNamed(const QMenu* menu, const QString& text)
{
    for (QAction* action : menu->actions()) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

void sendContextMenu(QWidget* viewport, const QPoint& at)
{
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, viewport->mapToGlobal(at));
    QApplication::sendEvent(viewport, &event);
}

} // namespace

// A row's context menu in the list lists one's routines; choosing one adds the point to it.
TEST(AddToRoutine, fromList)
{
    Window w;
    auto* list = w.window.findChild<QListView*>(QStringLiteral("pointList"));
    const QModelIndex row = list->model()->index(2, 0);
    const QString code = row.data(Qt::UserRole + 1).toString();
    sendContextMenu(list->viewport(), list->visualRect(row).center());
    auto* menu = w.window.routineActions()->addToRoutineMenu();
    ASSERT_TRUE(menu->isVisible());
    EXPECT_EQ(menu->code(), code);
    QAction* mine = actionNamed(menu, QStringLiteral("\u2068Mine\u2069"));
    ASSERT_NE(mine, nullptr);
    mine->trigger();
    menu->close();
    EXPECT_EQ(w.codes(), (std::vector<std::string>{code.toStdString()}));
}

// A marker's context menu on the map does the same.
TEST(AddToRoutine, fromMap)
{
    Window w;
    auto* map = w.window.findChild<acu::BodyMapView*>(QStringLiteral("bodyMap"));
    map->showView(QStringLiteral("back"));
    acu::MarkerItem* marker = nullptr;
    for (auto* item : map->currentMarkers()) {
        if (item->marker().code == QStringLiteral("GV4"))
            marker = item;
    }
    ASSERT_NE(marker, nullptr);
    sendContextMenu(map->viewport(), map->mapFromScene(marker->scenePos()));
    // GV4 crowds with EX-B2 at fit: the right-click first asks which point was meant.
    auto* chooser = map->findChild<acu::MarkerChooser*>();
    ASSERT_NE(chooser, nullptr);
    for (QAction* action : chooser->actions()) {
        if (action->text().startsWith(QStringLiteral("GV4 ")))
            action->trigger();
    }
    chooser->close();
    auto* menu = w.window.routineActions()->addToRoutineMenu();
    ASSERT_TRUE(menu->isVisible());
    actionNamed(menu, QStringLiteral("\u2068Mine\u2069"))->trigger();
    menu->close();
    EXPECT_EQ(w.codes(), (std::vector<std::string>{"GV4"}));
}

// The context menu on the map away from any marker offers nothing.
TEST(AddToRoutine, mapBackground_opensNoMenu)
{
    Window w;
    auto* map = w.window.findChild<acu::BodyMapView*>(QStringLiteral("bodyMap"));
    sendContextMenu(map->viewport(), QPoint(2, 2));
    EXPECT_FALSE(w.window.routineActions()->addToRoutineMenu()->isVisible());
}

// The detail pane's button adds the point shown; it is disabled while none is.
TEST(AddToRoutine, fromDetailPane)
{
    Window w;
    auto* button = w.window.findChild<QToolButton*>(QStringLiteral("addToRoutineButton"));
    ASSERT_NE(button, nullptr);
    EXPECT_FALSE(button->isEnabled());
    ASSERT_TRUE(w.window.setCurrentCode(QStringLiteral("BL52")));
    EXPECT_TRUE(button->isEnabled());
    actionNamed(button->menu(), QStringLiteral("\u2068Mine\u2069"))->trigger();
    EXPECT_EQ(w.codes(), (std::vector<std::string>{"BL52"}));
    // Edit > Undo takes it back.
    w.window.routineActions()->undoAction()->trigger();
    EXPECT_TRUE(w.codes().empty());
}

// "New Routine…" asks a title and makes a routine holding the point.
TEST(AddToRoutine, newRoutineWithThePoint)
{
    Window w;
    ASSERT_TRUE(w.window.setCurrentCode(QStringLiteral("BL23")));
    auto* button = w.window.findChild<QToolButton*>(QStringLiteral("addToRoutineButton"));
    QAction* create = nullptr;
    for (QAction* action : button->menu()->actions()) {
        if (action->objectName() == QStringLiteral("newRoutineWithPoint"))
            create = action;
    }
    ASSERT_NE(create, nullptr);
    create->trigger();
    auto* dialog = w.window.findChild<QInputDialog*>(QStringLiteral("newRoutineDialog"));
    ASSERT_NE(dialog, nullptr);
    dialog->setTextValue(QStringLiteral("Lower back"));
    dialog->accept();
    const acu::Routine* made = w.edits()->library()->find("lower-back");
    ASSERT_NE(made, nullptr);
    ASSERT_EQ(made->steps.size(), 1u);
    EXPECT_EQ(made->steps[0].code, "BL23");
}

// The Routine menu holds New Routine…, Edit Routines…, Import Routine… and Export Routine…;
// the Edit menu begins with Undo and Redo.
TEST(AddToRoutine, routineAndEditMenus)
{
    Window w;
    QMenu* routine = nullptr;
    QMenu* edit = nullptr;
    for (QAction* action : w.window.menuBar()->actions()) {
        if (action->text() == QStringLiteral("&Routine"))
            routine = action->menu();
        if (action->text() == QStringLiteral("&Edit"))
            edit = action->menu();
    }
    ASSERT_NE(routine, nullptr);
    QStringList names;
    for (QAction* action : routine->actions()) {
        if (!action->isSeparator())
            names.append(action->objectName());
    }
    EXPECT_EQ(names, (QStringList{QStringLiteral("actionRunRoutine"), QStringLiteral("actionNewRoutine"),
                                  QStringLiteral("actionEditRoutines"), QStringLiteral("actionImportRoutine"),
                                  QStringLiteral("actionExportRoutine"), QStringLiteral("historyAction")}));
    ASSERT_NE(edit, nullptr);
    EXPECT_EQ(edit->actions().at(0)->objectName(), QStringLiteral("actionUndo"));
    EXPECT_EQ(edit->actions().at(1)->objectName(), QStringLiteral("actionRedo"));
    EXPECT_EQ(edit->actions().at(0)->shortcut(), QKeySequence(QKeySequence::Undo));
}

// A damaged routines file is reported in the window's message bar with where its copy is kept.
TEST(AddToRoutine, damagedFile_reportedInTheWindow)
{
    QTemporaryDir dir;
    QFile file(QDir(dir.path()).filePath(QStringLiteral("routines.json")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("{\"format\": 1, \"routines\": [");
    file.close();
    acu::MainWindow window(acu::test::shipped(), QStringLiteral("test catalogue"));
    window.openOwnRoutines(dir.path());
    const QStringList backups = QDir(dir.path()).entryList({QStringLiteral("routines.damaged-*.json")});
    ASSERT_EQ(backups.size(), 1);
    auto* bar = window.findChild<acu::MessageBar*>(QStringLiteral("messageBar"));
    EXPECT_TRUE(bar->text().contains(QDir(dir.path()).filePath(backups.front()))) << bar->text().toStdString();
    EXPECT_TRUE(bar->text().contains(QStringLiteral("routines.json: line 1, column 28"))) << bar->text().toStdString();
}

// A save the disk refuses is reported in the message bar; the routine is kept.
TEST(AddToRoutine, refusedSave_reportedInTheWindow)
{
    QTemporaryDir dir;
    const QString blocked = dir.filePath(QStringLiteral("blocked"));
    QFile file(blocked);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.close();
    acu::MainWindow window(acu::test::shipped(), QStringLiteral("test catalogue"));
    window.openOwnRoutines(blocked);
    const QString id = window.routineEdits()->createRoutine(QStringLiteral("Mine"));
    EXPECT_NE(window.routineEdits()->library()->find(id.toStdString()), nullptr);
    auto* bar = window.findChild<acu::MessageBar*>(QStringLiteral("messageBar"));
    EXPECT_TRUE(bar->text().contains(blocked + QStringLiteral(": the folder for your routines could not be created")))
        << bar->text().toStdString();
}

// "New Routine…" in the Routine menu opens the editor on the routine it made.
TEST(AddToRoutine, newRoutineFromMenu_opensEditorOnIt)
{
    Window w;
    w.window.findChild<QAction*>(QStringLiteral("actionNewRoutine"))->trigger();
    auto* dialog = w.window.findChild<QInputDialog*>(QStringLiteral("newRoutineDialog"));
    ASSERT_NE(dialog, nullptr);
    dialog->setTextValue(QStringLiteral("Evening"));
    dialog->accept();
    acu::RoutineEditor* editor = w.window.routineActions()->editor();
    EXPECT_TRUE(editor->isVisible());
    EXPECT_EQ(editor->selectedRoutine(), QStringLiteral("evening"));
}
