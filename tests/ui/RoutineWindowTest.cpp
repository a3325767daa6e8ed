// The runner in the window: it takes the details' place beside the map, the map shows each
// step's point, the Routine menu lists the routines, and File > Print Routine prints one.

#include "models/routine/BuiltInRoutines.h"
#include "models/routine/RoutineStore.h"
#include "support/QtPrinters.h"
#include "support/TestCatalogues.h"
#include "ui/details/DetailView.h"
#include "ui/details/MedicalNotice.h"
#include "ui/map/BodyMapView.h"
#include "ui/routine/RoutineEdits.h"
#include "ui/routine/RoutineMenu.h"
#include "ui/routine/RoutinePanel.h"
#include "ui/window/MainWindow.h"
#include "ui/window/WindowSettings.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QCheckBox>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

namespace {

acu::Routine builtIn(const std::string& id)
{
    for (auto& routine : acu::loadBuiltInRoutines(acu::test::shipped().get()).routines) {
        if (routine.id == id)
            return routine;
    }
    ADD_FAILURE() << "no built-in routine " << id;
    return {};
}

/// A shown window at 1280x800, the runner muted so that no test speaks aloud.
struct Window {
    Window()
    {
        window.resize(1280, 800);
        window.show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(&window));
        panel = window.routinePanel();
        panel->setMuted(true);
        map = window.findChild<acu::BodyMapView*>(QStringLiteral("bodyMap"));
        details = window.findChild<acu::DetailView*>(QStringLiteral("detailView"));
    }

    acu::MainWindow window{acu::test::shipped(), QStringLiteral("test")};
    acu::RoutinePanel* panel = nullptr;
    acu::BodyMapView* map = nullptr;
    acu::DetailView* details = nullptr;
};

} // namespace

// A routine opens in the details' place: the map and the medical notice stay in view.
TEST(RoutineWindow, openRoutine_replacesDetailsBesideMap)
{
    Window w;
    EXPECT_FALSE(w.panel->isVisible());
    EXPECT_FALSE(w.window.actions().printRoutine->isEnabled());
    w.window.openRoutine(builtIn("three-points"));
    EXPECT_TRUE(w.panel->isVisible());
    EXPECT_FALSE(w.details->isVisible());
    EXPECT_TRUE(w.map->isVisible());
    EXPECT_TRUE(w.window.findChild<acu::MedicalNotice*>()->isVisible());
    EXPECT_TRUE(w.window.actions().printRoutine->isEnabled());
    w.panel->closePanel();
    EXPECT_TRUE(w.details->isVisible());
    EXPECT_FALSE(w.panel->isVisible());
}

// The map selects each step's point, switching to a view that shows it.
TEST(RoutineWindow, run_mapFollowsTheStep)
{
    Window w;
    ASSERT_TRUE(w.window.showView(QStringLiteral("front")));
    w.window.openRoutine(builtIn("three-points"));
    w.panel->startRun();
    EXPECT_EQ(w.window.currentCode(), QStringLiteral("GB29"));
    EXPECT_EQ(w.map->selectedCode(), QStringLiteral("GB29"));
    w.panel->actions().next->trigger();
    w.panel->actions().next->trigger();
    EXPECT_EQ(w.window.currentCode(), QStringLiteral("BL40"));
    EXPECT_EQ(w.map->selectedCode(), QStringLiteral("BL40"));
    EXPECT_TRUE(w.map->viewsShowing(QStringLiteral("BL40")).contains(w.map->currentView()))
        << w.map->currentView().toStdString();
}

// Routine > Run lists every built-in routine by title; choosing one opens its start page.
TEST(RoutineWindow, routineMenu_listsBuiltInsAndOpensOne)
{
    Window w;
    QMenu* run = w.window.routineMenu()->runMenu();
    w.window.routineMenu()->refresh();
    QStringList titles;
    for (const QAction* action : run->actions()) {
        if (!action->isSeparator() && action->isEnabled())
            titles.append(action->data().toString());
    }
    EXPECT_EQ(titles, (QStringList{QStringLiteral("back-pain-guide-2023"), QStringLiteral("mainhoonaari"),
                                   QStringLiteral("rastogi-2012"), QStringLiteral("six-self-points"),
                                   QStringLiteral("three-points")}));
    EXPECT_EQ(run->actions().constFirst()->text(),
              QStringLiteral("\u2068%1\u2069").arg(QString::fromStdString(builtIn("back-pain-guide-2023").title)));
    run->actions().constLast()->trigger(); // "None of your own yet" is disabled: nothing happens
    EXPECT_EQ(w.panel->page(), acu::RoutinePanel::Page::None);
    run->actions().at(4)->trigger();
    EXPECT_EQ(w.panel->page(), acu::RoutinePanel::Page::Start);
    ASSERT_NE(w.panel->routine(), nullptr);
    EXPECT_EQ(w.panel->routine()->id, "three-points");
}

// The Routine menu sits in the menu bar before Help, and File has Print Routine.
TEST(RoutineWindow, menus_haveRoutineMenuAndPrintRoutine)
{
    Window w;
    QStringList menus;
    for (const QAction* action : w.window.menuBar()->actions())
        menus.append(action->text());
    EXPECT_EQ(menus, (QStringList{QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&View"),
                                  QStringLiteral("&Go"), QStringLiteral("&Routine"), QStringLiteral("&Help")}));
    const QMenu* file = w.window.menuBar()->actions().constFirst()->menu();
    EXPECT_TRUE(file->actions().contains(w.window.actions().printRoutine));
}

// Pregnancy mode reaches the runner: its start page marks the steps to avoid.
TEST(RoutineWindow, pregnancyMode_reachesTheRunner)
{
    Window w;
    w.window.setPregnancyMode(true);
    w.window.openRoutine(builtIn("mainhoonaari")); // LI4, forbidden in pregnancy, is its first step
    const auto* avoided = w.panel->findChild<QWidget*>(QStringLiteral("startAvoided"));
    EXPECT_TRUE(avoided->isVisible());
    w.panel->startRun();
    EXPECT_EQ(w.window.currentCode(), QStringLiteral("BL23"));
}

// The mute switch is remembered with the window's other settings.
TEST(RoutineWindow, mute_rememberedInSettings)
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    {
        Window w;
        EXPECT_TRUE(w.window.persistentState().promptsMuted);
        w.panel->setMuted(false);
        EXPECT_FALSE(w.window.persistentState().promptsMuted);
        acu::WindowState state = w.window.persistentState();
        state.promptsMuted = true;
        acu::saveWindowState(settings, state);
    }
    Window again;
    again.panel->setMuted(false);
    again.window.restorePersistentState(acu::loadWindowState(settings));
    EXPECT_TRUE(again.panel->muted());
}

// The person's own routines follow the built-in ones under their own heading, their titles
// shown as written (an & is no shortcut), and choosing one asks to run it.
TEST(RoutineMenu, listsOwnRoutinesAfterBuiltIns)
{
    QTemporaryDir dir;
    const acu::RoutineStore store(dir.path());
    acu::Routine own = builtIn("three-points");
    own.id = "my-own";
    own.title = "Hips & knees";
    ASSERT_FALSE(store.save({own}).has_value());
    QMenuBar bar;
    acu::RoutineMenu menu([&] { return acu::availableRoutines(*acu::test::shipped(), store); }, &bar);
    std::string chosen;
    QObject::connect(&menu, &acu::RoutineMenu::runRequested, [&](const acu::Routine& r) { chosen = r.id; });
    menu.refresh();
    const auto actions = menu.runMenu()->actions();
    ASSERT_EQ(actions.size(), 7);
    EXPECT_TRUE(actions[5]->isSeparator());
    EXPECT_EQ(actions[5]->text(), QStringLiteral("Your routines"));
    EXPECT_EQ(actions[6]->text(), QStringLiteral("\u2068Hips && knees\u2069"));
    actions[6]->trigger();
    EXPECT_EQ(chosen, "my-own");
    actions[0]->trigger();
    EXPECT_EQ(chosen, "back-pain-guide-2023");
}

// A step the person chose to run on a point hidden in pregnancy mode shows that point again.
TEST(RoutineWindow, avoidedStepChosen_showsHiddenPointAgain)
{
    Window w;
    w.window.setPregnancyMode(true);
    w.window.setHideContraindicated(true);
    w.window.openRoutine(builtIn("mainhoonaari")); // its first step is LI4
    w.panel->findChild<QCheckBox*>(QStringLiteral("showAvoidedSteps"))->setChecked(true);
    w.panel->startRun();
    EXPECT_EQ(w.window.currentCode(), QStringLiteral("LI4"));
    EXPECT_FALSE(w.window.actions().hideContraindicated->isChecked());
}

// A mute switch restored before the runner is first opened applies once it is.
TEST(RoutineWindow, muteRestoredBeforeRunnerIsMade_appliesToIt)
{
    acu::MainWindow window(acu::test::shipped(), QStringLiteral("test"));
    acu::WindowState state = window.persistentState();
    EXPECT_FALSE(state.promptsMuted);
    state.promptsMuted = true;
    window.restorePersistentState(state);
    window.setPregnancyMode(true);
    EXPECT_TRUE(window.routinePanel()->muted());
    window.openRoutine(builtIn("mainhoonaari"));
    EXPECT_TRUE(
        window.routinePanel()->findChild<QWidget*>(QStringLiteral("startAvoided"))->isVisibleTo(window.routinePanel()));
}

// Run lists the person's routines as the window holds them: one whose save the disk refused
// (its folder path runs through a regular file) can still be run.
TEST(RoutineWindow, routineMenu_listsAnOwnRoutineNotSavedYet)
{
    QTemporaryDir dir;
    QFile blocker(dir.filePath(QStringLiteral("file")));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    Window w;
    w.window.openOwnRoutines(dir.filePath(QStringLiteral("file/data")));
    const QString id = w.window.routineEdits()->createRoutineWith(QStringLiteral("Unsaved"), QStringLiteral("BL23"));
    ASSERT_FALSE(id.isEmpty());
    ASSERT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("file/data/routines.json"))));
    w.window.routineMenu()->refresh();
    QAction* last = w.window.routineMenu()->runMenu()->actions().constLast();
    EXPECT_EQ(last->data().toString(), id);
    last->trigger();
    ASSERT_NE(w.panel->routine(), nullptr);
    EXPECT_EQ(QString::fromStdString(w.panel->routine()->id), id);
}
