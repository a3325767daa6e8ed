// The run history window and the main window's part in it: deleting, clearing, logging a run.

#include "ui/history/HistoryWindow.h"
#include "models/history/RunHistoryModel.h"
#include "models/routine/BuiltInRoutines.h"
#include "models/storage/DataFile.h"
#include "support/QtPrinters.h"
#include "support/TestCatalogues.h"
#include "ui/history/HistoryActions.h"
#include "ui/history/PainChart.h"
#include "ui/routine/RoutinePanel.h"
#include "ui/window/MainWindow.h"
#include "ui/window/MessageBar.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

namespace {

acu::RunRecord run(const QString& title, int day, std::optional<int> before = 6, std::optional<int> after = 3)
{
    acu::RunRecord r;
    r.started = QDateTime(QDate(2026, 11, day), QTime(8, 0), Qt::UTC);
    r.ended = r.started.addSecs(600);
    r.routineId = QStringLiteral("three-points");
    r.routineTitle = title;
    r.stepsCompleted = 3;
    r.stepsTotal = 3;
    r.painBefore = before;
    r.painAfter = after;
    return r;
}

/// A history window on a model of a temporary folder, answering every question with `answer`.
struct Fixture {
    explicit Fixture(bool answer = true)
    {
        window.setConfirmation([this, answer](QWidget*, const QString&, const QString& text) {
            asked.append(text);
            return answer;
        });
    }

    QTemporaryDir dir;
    acu::RunHistoryModel model{acu::RunHistory(dir.path())};
    acu::HistoryWindow window{&model};
    QStringList asked;
};

/// The test data folder's history, emptied.
QString freshDataFolderHistory()
{
    const QString path = acu::RunHistory(acu::defaultDataFolder()).filePath();
    QFile::remove(path);
    return path;
}

} // namespace

TEST(HistoryWindow, deleteSelected_afterConfirmation)
{
    Fixture f;
    ASSERT_FALSE(f.model.append(run(QStringLiteral("Older"), 1)).has_value());
    ASSERT_FALSE(f.model.append(run(QStringLiteral("Newer"), 2)).has_value());
    f.window.table()->selectRow(1);
    f.window.deleteSelected();
    ASSERT_EQ(f.asked.size(), 1);
    EXPECT_TRUE(f.asked[0].startsWith(QStringLiteral("Delete the run of \u201COlder\u201D on ")));
    ASSERT_EQ(f.model.rowCount(), 1);
    EXPECT_EQ(f.model.runAt(0).routineTitle, QStringLiteral("Newer"));
    EXPECT_EQ(f.window.chart()->series().before.size(), 1u);
}

TEST(HistoryWindow, deleteSelected_declinedKeepsTheRun)
{
    Fixture f(false);
    ASSERT_FALSE(f.model.append(run(QStringLiteral("Kept"), 1)).has_value());
    f.window.table()->selectRow(0);
    f.window.deleteSelected();
    EXPECT_EQ(f.asked.size(), 1);
    EXPECT_EQ(f.model.rowCount(), 1);
}

TEST(HistoryWindow, clearAll_afterConfirmationEmptiesTheChart)
{
    Fixture f;
    ASSERT_FALSE(f.model.append(run(QStringLiteral("A"), 1)).has_value());
    ASSERT_FALSE(f.model.append(run(QStringLiteral("B"), 2)).has_value());
    EXPECT_FALSE(f.window.chart()->series().empty());
    f.window.clearAll();
    ASSERT_EQ(f.asked, QStringList{QStringLiteral("Delete all 2 runs in your history? This cannot be undone.")});
    EXPECT_EQ(f.model.rowCount(), 0);
    EXPECT_TRUE(f.window.chart()->series().empty());
    EXPECT_EQ(f.window.chart()->accessibleDescription(), acu::emptyChartText());
}

// Delete in the table asks about the selected run; Escape closes the window.
TEST(HistoryWindow, deleteKeyAsksAndEscapeCloses)
{
    Fixture f(false);
    ASSERT_FALSE(f.model.append(run(QStringLiteral("Kept"), 1)).has_value());
    f.window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&f.window));
    f.window.table()->selectRow(0);
    f.window.table()->setFocus();
    QTest::keyClick(f.window.table(), Qt::Key_Delete);
    EXPECT_EQ(f.asked.size(), 1);
    QTest::keyClick(f.window.table(), Qt::Key_Escape);
    EXPECT_FALSE(f.window.isVisible());
}

// A run appended while the window is open shows in the table and the chart.
TEST(HistoryWindow, followsAppends)
{
    Fixture f;
    ASSERT_FALSE(f.model.append(run(QStringLiteral("A"), 1, 7, 4)).has_value());
    EXPECT_EQ(f.window.chart()->series().before.size(), 1u);
    ASSERT_FALSE(f.model.append(run(QStringLiteral("B"), 2, 5, 2)).has_value());
    EXPECT_EQ(f.window.chart()->series().before.size(), 2u);
    EXPECT_EQ(f.window.table()->model()->rowCount(), 2);
}

// A run the disk refuses is told through problem(), and kept in the history in memory.
TEST(HistoryActions, refusedWrite_toldAndKept)
{
    QTemporaryDir dir;
    QFile plain(dir.filePath(QStringLiteral("plain")));
    ASSERT_TRUE(plain.open(QIODevice::WriteOnly));
    plain.close();
    QWidget window;
    acu::HistoryActions actions(&window, dir.filePath(QStringLiteral("plain/below")));
    QSignalSpy problems(&actions, &acu::HistoryActions::problem);
    actions.recordRun(run(QStringLiteral("Evening"), 1));
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems[0][0].toString().startsWith(
        QStringLiteral("The run of \u201CEvening\u201D could not be saved in your history (")));
    EXPECT_TRUE(
        problems[0][0].toString().contains(QStringLiteral("the folder for your run history could not be created")));
    EXPECT_EQ(actions.model()->rowCount(), 1);
}

// A damaged history file is told the first time the history is needed.
TEST(HistoryActions, damagedFile_told)
{
    QTemporaryDir dir;
    QFile file(QDir(dir.path()).filePath(QStringLiteral("history.json")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("{\"format\": 1, \"runs\": 3}");
    file.close();
    QWidget window;
    acu::HistoryActions actions(&window, dir.path());
    QSignalSpy problems(&actions, &acu::HistoryActions::problem);
    (void)actions.model();
    ASSERT_EQ(problems.size(), 1);
    const QString text = problems[0][0].toString();
    EXPECT_TRUE(text.startsWith(QStringLiteral("Your run history could not be read cleanly:\n")));
    EXPECT_TRUE(text.contains(QStringLiteral("/runs: must be an array, found a whole number")));
    EXPECT_TRUE(text.contains(QStringLiteral("a copy of the damaged file is kept here")));
}

// The window's recordRun logs the run in the history file of the data folder.
TEST(MainWindowHistory, recordRun_appendsToTheHistory)
{
    const QString path = freshDataFolderHistory();
    {
        acu::MainWindow window(acu::test::shipped(), QStringLiteral("test catalogue"));
        window.recordRun(run(QStringLiteral("Morning"), 3, 8, 5));
        auto* bar = window.findChild<acu::MessageBar*>();
        ASSERT_NE(bar, nullptr);
        EXPECT_EQ(bar->text(), QString());
    }
    acu::RunHistory history(acu::defaultDataFolder());
    ASSERT_TRUE(history.load().ok());
    ASSERT_EQ(history.runs().size(), 1u);
    EXPECT_EQ(history.runs()[0], run(QStringLiteral("Morning"), 3, 8, 5));
    QFile::remove(path);
}

// A run the history refuses is told in the window's message bar.
TEST(MainWindowHistory, refusedRun_toldInTheMessageBar)
{
    const QString path = freshDataFolderHistory();
    acu::MainWindow window(acu::test::shipped(), QStringLiteral("test catalogue"));
    window.recordRun(run(QStringLiteral("Morning"), 3, 11, 5));
    auto* bar = window.findChild<acu::MessageBar*>();
    ASSERT_NE(bar, nullptr);
    EXPECT_EQ(bar->text(), QStringLiteral("The run of \u201CMorning\u201D was not added to your history: /painBefore: "
                                          "must be a rating from 0 to 10, found 11"));
    EXPECT_FALSE(QFile::exists(path));
}

// Routine > History… opens the history window.
TEST(MainWindowHistory, routineMenu_opensTheHistory)
{
    freshDataFolderHistory();
    acu::MainWindow window(acu::test::shipped(), QStringLiteral("test catalogue"));
    QAction* open = nullptr;
    for (QAction* menu : window.menuBar()->actions()) {
        if (menu->text() == QStringLiteral("&Routine") && menu->menu()) {
            for (QAction* action : menu->menu()->actions()) {
                if (action->objectName() == QStringLiteral("historyAction"))
                    open = action;
            }
        }
    }
    ASSERT_NE(open, nullptr);
    EXPECT_EQ(open->text(), QStringLiteral("&History\u2026"));
    open->trigger();
    auto* view = window.findChild<acu::HistoryWindow*>(QStringLiteral("historyWindow"));
    ASSERT_NE(view, nullptr);
    EXPECT_TRUE(view->isVisible());
    EXPECT_EQ(window.showRunHistory(), view);
}

// A run left from the runner's end page is logged in the history, with the routine and the
// steps done.
TEST(MainWindowHistory, runFromTheRunner_isLogged)
{
    const QString path = freshDataFolderHistory();
    const acu::RoutineLoad builtIns = acu::loadBuiltInRoutines(acu::test::shipped().get());
    ASSERT_FALSE(builtIns.routines.empty());
    const acu::Routine& routine = builtIns.routines.front();
    {
        acu::MainWindow window(acu::test::shipped(), QStringLiteral("test catalogue"));
        acu::RoutinePanel* panel = window.routinePanel();
        panel->setMuted(true);
        panel->openRoutine(routine);
        panel->findChild<QPushButton*>(QStringLiteral("startRun"))->click();
        panel->stopRun();
        panel->findChild<QPushButton*>(QStringLiteral("closeEnd"))->click();
    }
    acu::RunHistory history(acu::defaultDataFolder());
    ASSERT_TRUE(history.load().ok());
    ASSERT_EQ(history.runs().size(), 1u);
    EXPECT_EQ(history.runs()[0].routineId, QString::fromStdString(routine.id));
    EXPECT_EQ(history.runs()[0].stepsCompleted, 0);
    EXPECT_EQ(history.runs()[0].stepsTotal, static_cast<int>(routine.steps.size()));
    QFile::remove(path);
}
