// The undoable edits of one's own routines: each edit, its undo and its redo, and what is refused.

#include "ui/routine/RoutineEdits.h"
#include "models/routine/BuiltInRoutines.h"
#include "models/routine/OwnRoutineSteps.h"
#include "models/routine/RoutineLibrary.h"
#include "support/QtPrinters.h"
#include "support/TestCatalogues.h"

#include <QTemporaryDir>
#include <QUndoStack>

#include <gtest/gtest.h>

namespace {

std::vector<std::string> codes(const acu::Routine& routine)
{
    std::vector<std::string> out;
    for (const auto& step : routine.steps)
        out.push_back(step.code);
    return out;
}

/// A library in a folder of its own, and the edits on it.
struct Edits {
    Edits()
        : edits(&library, acu::test::shipped(), acu::loadBuiltInRoutines(acu::test::shipped().get()).routines)
    {
        edits.open(dir.path());
    }

    /// The routine as stored: read back from the folder by a new library.
    acu::Routine stored(const QString& id) const
    {
        acu::RoutineLibrary fresh;
        fresh.open(dir.path());
        const acu::Routine* found = fresh.find(id.toStdString());
        return found ? *found : acu::Routine{};
    }

    const acu::Routine& routine(const QString& id) const { return *library.find(id.toStdString()); }

    /// A routine of one's own with steps on these points.
    QString withSteps(std::initializer_list<const char*> points)
    {
        const QString id = edits.createRoutine(QStringLiteral("Mine"));
        for (const char* code : points)
            edits.addStep(id, QString::fromLatin1(code));
        return id;
    }

    void undo() { edits.undoStack()->undo(); }
    void redo() { edits.undoStack()->redo(); }

    QTemporaryDir dir;
    acu::RoutineLibrary library;
    acu::RoutineEdits edits;
};

} // namespace

// A new routine gets an id from its title, is saved, and goes away on undo and back on redo.
TEST(RoutineEdits, createRoutine_undoRedo)
{
    Edits e;
    const QString id = e.edits.createRoutine(QStringLiteral("  Morning\nback  "));
    EXPECT_EQ(id, QStringLiteral("morning-back"));
    EXPECT_EQ(e.routine(id).title, "Morning back");
    EXPECT_TRUE(e.routine(id).steps.empty());
    EXPECT_EQ(e.stored(id).title, "Morning back");
    e.undo();
    EXPECT_TRUE(e.library.routines().empty());
    EXPECT_EQ(e.stored(id).id, "");
    e.redo();
    EXPECT_EQ(e.stored(id).title, "Morning back");
}

// A title with nothing to show makes no routine.
TEST(RoutineEdits, createRoutine_blankTitleRefused)
{
    Edits e;
    EXPECT_EQ(e.edits.createRoutine(QStringLiteral(" \n ")), QString());
    EXPECT_TRUE(e.library.routines().empty());
    EXPECT_EQ(e.edits.undoStack()->count(), 0);
}

// An own routine never takes a built-in routine's id.
TEST(RoutineEdits, createRoutine_avoidsBuiltInIds)
{
    Edits e;
    EXPECT_EQ(e.edits.createRoutine(QStringLiteral("Three points")), QStringLiteral("three-points-2"));
}

// Renaming, undone and redone.
TEST(RoutineEdits, rename_undoRedo)
{
    Edits e;
    const QString id = e.edits.createRoutine(QStringLiteral("Mine"));
    EXPECT_TRUE(e.edits.rename(id, QStringLiteral("Evening")));
    EXPECT_EQ(e.stored(id).title, "Evening");
    EXPECT_FALSE(e.edits.rename(id, QStringLiteral("   ")));
    e.undo();
    EXPECT_EQ(e.stored(id).title, "Mine");
    e.redo();
    EXPECT_EQ(e.stored(id).title, "Evening");
}

// A built-in routine is duplicated into an own copy with all its steps; the built-in stays.
TEST(RoutineEdits, duplicate_builtInBecomesOwnCopy)
{
    Edits e;
    const acu::Routine* builtIn = e.edits.findBuiltIn(QStringLiteral("three-points"));
    ASSERT_NE(builtIn, nullptr);
    const QString id = e.edits.duplicate(QStringLiteral("three-points"));
    EXPECT_EQ(id, QStringLiteral("three-points-2"));
    acu::Routine expected = *builtIn;
    expected.id = "three-points-2";
    expected.title = builtIn->title + " (copy)";
    EXPECT_EQ(e.stored(id), expected);
    e.undo();
    EXPECT_TRUE(e.library.routines().empty());
    e.redo();
    EXPECT_EQ(e.stored(id), expected);
}

// An own routine is duplicated too.
TEST(RoutineEdits, duplicate_ownRoutine)
{
    Edits e;
    const QString id = e.withSteps({"BL23"});
    const QString copy = e.edits.duplicate(id);
    EXPECT_EQ(copy, QStringLiteral("mine-2"));
    EXPECT_EQ(codes(e.routine(copy)), (std::vector<std::string>{"BL23"}));
    EXPECT_EQ(e.routine(copy).title, "Mine (copy)");
}

// A deleted routine comes back, in its place, on undo.
TEST(RoutineEdits, delete_undoPutsItBack)
{
    Edits e;
    const QString first = e.edits.createRoutine(QStringLiteral("First"));
    const QString second = e.withSteps({"GV4"});
    e.edits.createRoutine(QStringLiteral("Third"));
    EXPECT_TRUE(e.edits.deleteRoutine(second));
    EXPECT_EQ(e.library.find(second.toStdString()), nullptr);
    EXPECT_EQ(e.stored(second).id, "");
    e.undo();
    EXPECT_EQ(e.library.indexOf(second.toStdString()), 1);
    EXPECT_EQ(codes(e.stored(second)), (std::vector<std::string>{"GV4"}));
    e.redo();
    EXPECT_EQ(e.library.routines().size(), 2u);
    EXPECT_EQ(e.library.routines()[0].id, first.toStdString());
}

// A step added on a bilateral point: both sides, its claim's numbers; undone and redone.
TEST(RoutineEdits, addStep_undoRedo)
{
    Edits e;
    const QString id = e.edits.createRoutine(QStringLiteral("Mine"));
    EXPECT_TRUE(e.edits.addStep(id, QStringLiteral("BL60")));
    const acu::RoutineStep expected = acu::stepForPoint(*acu::test::shipped()->findPoint("BL60"));
    ASSERT_EQ(e.stored(id).steps.size(), 1u);
    EXPECT_EQ(e.stored(id).steps[0], expected);
    e.undo();
    EXPECT_TRUE(e.stored(id).steps.empty());
    e.redo();
    EXPECT_EQ(e.stored(id).steps.size(), 1u);
    EXPECT_FALSE(e.edits.addStep(id, QStringLiteral("XX99")));
}

// Making a routine with a first step is one undo.
TEST(RoutineEdits, createRoutineWith_isOneUndo)
{
    Edits e;
    const QString id = e.edits.createRoutineWith(QStringLiteral("Neck"), QStringLiteral("GB21"));
    EXPECT_EQ(codes(e.routine(id)), (std::vector<std::string>{"GB21"}));
    e.undo();
    EXPECT_TRUE(e.library.routines().empty());
}

// A removed step comes back in its place.
TEST(RoutineEdits, removeStep_undoRedo)
{
    Edits e;
    const QString id = e.withSteps({"BL23", "GV4", "BL40"});
    EXPECT_TRUE(e.edits.removeStep(id, 1));
    EXPECT_EQ(codes(e.stored(id)), (std::vector<std::string>{"BL23", "BL40"}));
    EXPECT_FALSE(e.edits.removeStep(id, 2));
    e.undo();
    EXPECT_EQ(codes(e.stored(id)), (std::vector<std::string>{"BL23", "GV4", "BL40"}));
    e.redo();
    EXPECT_EQ(codes(e.stored(id)), (std::vector<std::string>{"BL23", "BL40"}));
}

// Moving a step down, up and to an index; each undone.
TEST(RoutineEdits, moveStep_undoRedo)
{
    Edits e;
    const QString id = e.withSteps({"BL23", "GV4", "BL40"});
    EXPECT_TRUE(e.edits.moveStep(id, 0, 2));
    EXPECT_EQ(codes(e.stored(id)), (std::vector<std::string>{"GV4", "BL40", "BL23"}));
    EXPECT_TRUE(e.edits.moveStep(id, 2, 1));
    EXPECT_EQ(codes(e.stored(id)), (std::vector<std::string>{"GV4", "BL23", "BL40"}));
    EXPECT_FALSE(e.edits.moveStep(id, 0, 3));
    EXPECT_FALSE(e.edits.moveStep(id, 1, 1));
    e.undo();
    EXPECT_EQ(codes(e.stored(id)), (std::vector<std::string>{"GV4", "BL40", "BL23"}));
    e.undo();
    EXPECT_EQ(codes(e.stored(id)), (std::vector<std::string>{"BL23", "GV4", "BL40"}));
    e.redo();
    EXPECT_EQ(codes(e.stored(id)), (std::vector<std::string>{"GV4", "BL40", "BL23"}));
}

// A side is changed to one the point can have; a midline side on a bilateral point is refused.
TEST(RoutineEdits, setSide_undoRedoAndFits)
{
    Edits e;
    const QString id = e.withSteps({"BL23", "GV4"});
    EXPECT_TRUE(e.edits.setSide(id, 0, acu::RoutineSide::Left));
    EXPECT_EQ(e.stored(id).steps[0].side, acu::RoutineSide::Left);
    EXPECT_FALSE(e.edits.setSide(id, 0, acu::RoutineSide::Midline));
    EXPECT_FALSE(e.edits.setSide(id, 1, acu::RoutineSide::Right));
    e.undo();
    EXPECT_EQ(e.stored(id).steps[0].side, acu::RoutineSide::Both);
    e.redo();
    EXPECT_EQ(e.stored(id).steps[0].side, acu::RoutineSide::Left);
}

// A hold is the person's: set, its claim's sources dropped, undone with them back; a hold of
// no time is refused.
TEST(RoutineEdits, setHold_undoRedoDropsSources)
{
    Edits e;
    const QString id = e.withSteps({"BL60"});
    ASSERT_EQ(e.routine(id).steps[0].sources, (std::vector<std::string>{"back-pain-guide-2023"}));
    EXPECT_TRUE(e.edits.setHold(id, 0, acu::Range{45, 90}));
    EXPECT_EQ(e.stored(id).steps[0].holdSeconds, (acu::Range{45, 90}));
    EXPECT_TRUE(e.stored(id).steps[0].sources.empty());
    EXPECT_FALSE(e.edits.setHold(id, 0, acu::Range{0, std::nullopt}));
    EXPECT_FALSE(e.edits.setHold(id, 0, acu::Range{90, 45}));
    EXPECT_FALSE(e.edits.setHold(id, 0, acu::Range{10, 4000}));
    e.undo();
    EXPECT_EQ(e.stored(id).steps[0].holdSeconds, (acu::Range{30, 30}));
    EXPECT_EQ(e.stored(id).steps[0].sources, (std::vector<std::string>{"back-pain-guide-2023"}));
    e.redo();
    EXPECT_EQ(e.stored(id).steps[0].holdSeconds, (acu::Range{45, 90}));
}

// Several changes of the same step's hold in a row are one undo.
TEST(RoutineEdits, setHold_repeatedChangesMergeIntoOneUndo)
{
    Edits e;
    const QString id = e.withSteps({"BL60"});
    e.edits.setHold(id, 0, acu::Range{31, 31});
    e.edits.setHold(id, 0, acu::Range{32, 32});
    e.edits.setHold(id, 0, acu::Range{33, 33});
    e.undo();
    EXPECT_EQ(e.routine(id).steps[0].holdSeconds, (acu::Range{30, 30}));
}

// Repetitions set, cleared back to once, and refused outside 1 to 100.
TEST(RoutineEdits, setRepetitions_undoRedo)
{
    Edits e;
    const QString id = e.withSteps({"BL23"});
    EXPECT_TRUE(e.edits.setRepetitions(id, 0, acu::Range{3, 5}));
    EXPECT_EQ(e.stored(id).steps[0].repetitions, (acu::Range{3, 5}));
    EXPECT_FALSE(e.edits.setRepetitions(id, 0, acu::Range{0, 2}));
    EXPECT_FALSE(e.edits.setRepetitions(id, 0, acu::Range{1, 101}));
    e.undo();
    EXPECT_FALSE(e.stored(id).steps[0].repetitions.has_value());
    e.redo();
    EXPECT_EQ(e.stored(id).steps[0].repetitions, (acu::Range{3, 5}));
    EXPECT_TRUE(e.edits.setRepetitions(id, 0, std::nullopt));
    EXPECT_FALSE(e.stored(id).steps[0].repetitions.has_value());
}

// A built-in routine cannot be changed in place: only duplicated.
TEST(RoutineEdits, builtInRoutine_isNotChanged)
{
    Edits e;
    EXPECT_FALSE(e.edits.addStep(QStringLiteral("three-points"), QStringLiteral("BL23")));
    EXPECT_FALSE(e.edits.rename(QStringLiteral("three-points"), QStringLiteral("Mine")));
    EXPECT_FALSE(e.edits.deleteRoutine(QStringLiteral("three-points")));
    EXPECT_EQ(e.edits.undoStack()->count(), 0);
}

// An imported routine whose id is taken gets a new one from its title; nothing is replaced.
TEST(RoutineEdits, importRoutines_clashingIdGetsNewId)
{
    Edits e;
    const QString mine = e.withSteps({"BL23"});
    acu::Routine imported = e.routine(mine);
    imported.title = "Imported";
    imported.steps[0].code = "GV4";
    imported.steps[0].side = acu::RoutineSide::Midline;
    acu::Routine builtInId = imported;
    builtInId.id = "three-points";
    builtInId.title = "Three points";
    const QStringList ids = e.edits.importRoutines({imported, builtInId});
    EXPECT_EQ(ids, (QStringList{QStringLiteral("imported"), QStringLiteral("three-points-2")}));
    EXPECT_EQ(codes(e.stored(mine)), (std::vector<std::string>{"BL23"}));
    EXPECT_EQ(codes(e.stored(QStringLiteral("imported"))), (std::vector<std::string>{"GV4"}));
    e.undo();
    EXPECT_EQ(e.library.routines().size(), 1u);
}
