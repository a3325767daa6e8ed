// The person's own routines held and saved after every change: restart, damage, a refusing disk.

#include "models/routine/RoutineLibrary.h"
#include "core/routine/RoutineWriter.h"
#include "support/QtPrinters.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

acu::Routine routine(const std::string& id, const std::string& code = "BL23")
{
    acu::Routine r;
    r.id = id;
    r.title = "Mine " + id;
    acu::RoutineStep s;
    s.code = code;
    s.side = acu::RoutineSide::Both;
    s.holdSeconds = {60, 120};
    r.steps = {s};
    return r;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void write(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

std::vector<acu::Routine> reopened(const QString& folder)
{
    acu::RoutineLibrary library;
    library.open(folder);
    return library.routines();
}

} // namespace

// Each change is saved at once: a new library on the same folder holds the same routines.
TEST(RoutineLibrary, changes_surviveARestart)
{
    QTemporaryDir dir;
    acu::RoutineLibrary library;
    EXPECT_TRUE(library.open(dir.path()).errors.empty());
    library.insertRoutine(0, routine("a"));
    library.insertRoutine(1, routine("b"));
    library.insertRoutine(0, routine("c"));
    EXPECT_EQ(reopened(dir.path()), (std::vector<acu::Routine>{routine("c"), routine("a"), routine("b")}));
}

// A replaced routine keeps its id and is saved.
TEST(RoutineLibrary, replace_keepsIdAndSaves)
{
    QTemporaryDir dir;
    acu::RoutineLibrary library;
    library.open(dir.path());
    library.insertRoutine(0, routine("a"));
    QSignalSpy changed(&library, &acu::RoutineLibrary::routineChanged);
    EXPECT_TRUE(library.replaceRoutine("a", routine("other", "GV4")));
    EXPECT_EQ(changed.count(), 1);
    acu::Routine expected = routine("other", "GV4");
    expected.id = "a";
    EXPECT_EQ(reopened(dir.path()), (std::vector<acu::Routine>{expected}));
    EXPECT_FALSE(library.replaceRoutine("missing", routine("x")));
}

// A removed routine is gone after a restart.
TEST(RoutineLibrary, remove_isSaved)
{
    QTemporaryDir dir;
    acu::RoutineLibrary library;
    library.open(dir.path());
    library.insertRoutine(0, routine("a"));
    library.insertRoutine(1, routine("b"));
    EXPECT_TRUE(library.removeRoutine("a"));
    EXPECT_FALSE(library.removeRoutine("a"));
    EXPECT_EQ(reopened(dir.path()), (std::vector<acu::Routine>{routine("b")}));
}

// Taken ids are the own routines' and the reserved (built-in) ones.
TEST(RoutineLibrary, takenIds_includeReserved)
{
    QTemporaryDir dir;
    acu::RoutineLibrary library;
    library.open(dir.path());
    library.setReservedIds({"three-points"});
    library.insertRoutine(0, routine("a"));
    EXPECT_EQ(library.takenIds(), (std::vector<std::string>{"three-points", "a"}));
}

// A damaged file is reported with its backup; the good routines are kept, and the edits after
// it are saved without touching the backup.
TEST(RoutineLibrary, damagedFile_reportedWithBackupAndNeverOverwritten)
{
    QTemporaryDir dir;
    std::string text = acu::writeRoutinesJson(std::vector<acu::Routine>{routine("good"), routine("bad")});
    text.replace(text.rfind("\"BL23\""), 6, "42");
    const QByteArray damaged = QByteArray::fromStdString(text);
    write(QDir(dir.path()).filePath(QStringLiteral("routines.json")), damaged);

    acu::RoutineLibrary library;
    const acu::StoreLoad load = library.open(dir.path());
    ASSERT_FALSE(load.backupPath.isEmpty());
    EXPECT_TRUE(load.backupPath.startsWith(dir.filePath(QStringLiteral("routines.damaged-"))));
    EXPECT_EQ(load.errors.back().where, load.backupPath.toStdString());
    EXPECT_EQ(library.routines(), (std::vector<acu::Routine>{routine("good")}));
    EXPECT_EQ(readAll(load.backupPath), damaged);

    library.insertRoutine(1, routine("new"));
    library.removeRoutine("good");
    EXPECT_FALSE(library.saveError().has_value());
    EXPECT_EQ(readAll(load.backupPath), damaged);
    EXPECT_EQ(reopened(dir.path()), (std::vector<acu::Routine>{routine("new")}));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files).size(), 2);
}

// A disk that refuses the write (the folder's place is taken by a file) reports the error,
// keeps the change in memory and saves everything at the next change once it can.
TEST(RoutineLibrary, refusedWrite_reportedAndKeptAndRetried)
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("blocked"));
    write(folder, "a file where the folder should be");
    acu::RoutineLibrary library;
    library.open(folder);
    QSignalSpy failed(&library, &acu::RoutineLibrary::saveFailed);
    QSignalSpy recovered(&library, &acu::RoutineLibrary::saveRecovered);

    library.insertRoutine(0, routine("a"));
    ASSERT_EQ(failed.count(), 1);
    EXPECT_EQ(failed.at(0).at(0).toString(),
              folder + QStringLiteral(": the folder for your routines could not be created"));
    ASSERT_TRUE(library.saveError().has_value());
    EXPECT_EQ(library.routines(), (std::vector<acu::Routine>{routine("a")}));

    ASSERT_TRUE(QFile::remove(folder));
    library.insertRoutine(1, routine("b"));
    EXPECT_EQ(recovered.count(), 1);
    EXPECT_FALSE(library.saveError().has_value());
    EXPECT_EQ(reopened(folder), (std::vector<acu::Routine>{routine("a"), routine("b")}));
}
