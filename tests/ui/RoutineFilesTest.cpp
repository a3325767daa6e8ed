// Importing and exporting routine files from the window: errors listed where and what, a
// clashing id renamed, an export read back the same.

#include "core/routine/RoutineWriter.h"
#include "models/routine/RoutineLibrary.h"
#include "support/QtPrinters.h"
#include "support/TestCatalogues.h"
#include "ui/routine/RoutineActions.h"
#include "ui/routine/RoutineEdits.h"
#include "ui/window/MainWindow.h"

#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

struct Window {
    Window()
        : window(acu::test::shipped(), QStringLiteral("test catalogue"))
    {
        window.openOwnRoutines(dir.filePath(QStringLiteral("data")));
    }

    acu::RoutineActions* actions() const { return window.routineActions(); }
    const acu::RoutineLibrary& library() const { return *window.routineEdits()->library(); }

    QString write(const char* name, const std::string& text) const
    {
        const QString path = dir.filePath(QString::fromLatin1(name));
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray::fromStdString(text));
        return path;
    }

    QTemporaryDir dir;
    acu::MainWindow window;
};

acu::Routine routine(const std::string& id, const std::string& code)
{
    acu::Routine r;
    r.id = id;
    r.title = "Routine " + id;
    acu::RoutineStep step;
    step.code = code;
    step.side = acu::RoutineSide::Both;
    step.holdSeconds = {30, 60};
    r.steps = {step};
    return r;
}

} // namespace

// A file with errors imports nothing and lists each error, where and what, as for a catalogue.
TEST(RoutineFiles, importWithErrors_listsWhereAndWhat)
{
    Window w;
    const QString path = w.write(
        "bad.json", acu::writeRoutinesJson(std::vector<acu::Routine>{routine("a", "BL99"), routine("b", "GV4")}));
    EXPECT_TRUE(w.actions()->importFile(path).isEmpty());
    EXPECT_TRUE(w.library().routines().empty());
    auto* box = w.window.findChild<QMessageBox*>(QStringLiteral("routineImportErrorDialog"));
    ASSERT_NE(box, nullptr);
    EXPECT_EQ(box->text(), QStringLiteral("\u2068%1\u2069 could not be imported: 2 problems.").arg(path));
    EXPECT_EQ(box->detailedText(), QStringLiteral("/routines/0/steps/0/code: no point \"BL99\" in the catalogue\n"
                                                  "/routines/1/steps/0/side: GV4 lies on the midline: its side must "
                                                  "be midline, found both"));
}

// An imported routine whose id is taken gets a new id; the routine that had it stays as it was.
TEST(RoutineFiles, importClashingId_getsNewId)
{
    Window w;
    const QString mine = w.window.routineEdits()->createRoutine(QStringLiteral("Routine a"));
    w.window.routineEdits()->addStep(mine, QStringLiteral("BL23"));
    acu::Routine clash = routine(mine.toStdString(), "BL40");
    clash.title = "Routine a";
    const QString path = w.write("clash.json", acu::writeRoutinesJson(std::vector<acu::Routine>{clash}));
    const QStringList ids = w.actions()->importFile(path);
    EXPECT_EQ(ids, (QStringList{QStringLiteral("routine-a-2")}));
    ASSERT_EQ(w.library().routines().size(), 2u);
    EXPECT_EQ(w.library().routines()[0].steps[0].code, "BL23");
    acu::Routine expected = clash;
    expected.id = "routine-a-2";
    EXPECT_EQ(w.library().routines()[1], expected);
}

// An exported routine imports back as the same routine (under a new id, since its own is taken).
TEST(RoutineFiles, exportThenImport_roundTrip)
{
    Window w;
    ASSERT_TRUE(w.window.routineEdits()->duplicate(QStringLiteral("three-points")).size() > 0);
    const acu::Routine original = w.library().routines()[0];
    const QString path = w.dir.filePath(QStringLiteral("out.json"));
    ASSERT_TRUE(w.actions()->exportToFile(QString::fromStdString(original.id), path));
    const QStringList ids = w.actions()->importFile(path);
    ASSERT_EQ(ids.size(), 1);
    acu::Routine back = *w.library().find(ids.front().toStdString());
    back.id = original.id;
    EXPECT_EQ(back, original);
}

// A built-in routine can be exported as it is.
TEST(RoutineFiles, exportBuiltIn_writesIt)
{
    Window w;
    const QString path = w.dir.filePath(QStringLiteral("three.json"));
    ASSERT_TRUE(w.actions()->exportToFile(QStringLiteral("three-points"), path));
    const auto load = acu::importRoutines(path, *acu::test::shipped());
    ASSERT_TRUE(load.ok());
    EXPECT_EQ(load.routines.front(), *w.window.routineEdits()->findBuiltIn(QStringLiteral("three-points")));
}

// An export the disk refuses is shown with where and what.
TEST(RoutineFiles, exportRefused_showsError)
{
    Window w;
    const QString blocked = w.write("blocked", "a file");
    EXPECT_FALSE(w.actions()->exportToFile(QStringLiteral("three-points"), blocked + QStringLiteral("/out.json")));
    auto* box = w.window.findChild<QMessageBox*>(QStringLiteral("routineExportErrorDialog"));
    ASSERT_NE(box, nullptr);
    EXPECT_TRUE(box->text().startsWith(QStringLiteral("The routine could not be exported: \u2068%1/out.json: could "
                                                      "not be written")
                                           .arg(blocked)))
        << box->text().toStdString();
}
