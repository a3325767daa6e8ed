// The person's own routines on disk: round trip, a damaged file, a refused write, import and export.

#include "models/routine/RoutineStore.h"
#include "core/routine/RoutineWriter.h"
#include "models/routine/BuiltInRoutines.h"
#include "support/QtPrinters.h"
#include "support/TestCatalogues.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <csignal>
#include <sys/resource.h>

namespace {

acu::Routine routine(const std::string& id)
{
    acu::Routine r;
    r.id = id;
    r.title = "Mine " + id;
    acu::RoutineStep s;
    s.code = "BL23";
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

} // namespace

// No file yet: no routines, no error.
TEST(RoutineStore, noFile_isEmptyAndFine)
{
    QTemporaryDir dir;
    const auto load = acu::RoutineStore(dir.path()).load();
    EXPECT_TRUE(load.routines.empty());
    EXPECT_TRUE(load.errors.empty());
}

// What is saved loads back the same, in a format-1 file.
TEST(RoutineStore, roundTrip_savesAndLoads)
{
    QTemporaryDir dir;
    const acu::RoutineStore store(dir.filePath(QStringLiteral("sub/folder")));
    const std::vector<acu::Routine> routines{routine("a"), routine("b")};
    ASSERT_FALSE(store.save(routines).has_value());
    const auto load = store.load();
    EXPECT_TRUE(load.errors.empty());
    EXPECT_EQ(load.routines, routines);
    EXPECT_TRUE(readAll(store.filePath()).startsWith("{\n  \"format\": 1,"));
}

// A damaged file is reported, copied aside, and its good routines recovered.
TEST(RoutineStore, damagedFile_reportedBackedUpAndRecovered)
{
    QTemporaryDir dir;
    const acu::RoutineStore store(dir.path());
    std::string text = acu::writeRoutinesJson(std::vector<acu::Routine>{routine("good"), routine("bad")});
    text.replace(text.rfind("\"BL23\""), 6, "42");
    const QByteArray damaged = QByteArray::fromStdString(text);
    write(store.filePath(), damaged);

    const auto load = store.load();
    ASSERT_EQ(load.errors.size(), 2u);
    EXPECT_EQ(load.errors[1].toString(), load.backupPath.toStdString() + ": a copy of the damaged file is kept here");
    EXPECT_EQ(load.errors[0].toString(),
              store.filePath().toStdString() + ": /routines/1/steps/0/code: must be a string, found a whole number");
    ASSERT_EQ(load.routines.size(), 1u);
    EXPECT_EQ(load.routines[0].id, "good");
    ASSERT_FALSE(load.backupPath.isEmpty());
    EXPECT_EQ(readAll(load.backupPath), damaged);

    // Loading again keeps the one backup; saving replaces the file but not the backup.
    EXPECT_EQ(store.load().backupPath, load.backupPath);
    ASSERT_FALSE(store.save(load.routines).has_value());
    EXPECT_EQ(readAll(load.backupPath), damaged);
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files).size(), 2);
    EXPECT_TRUE(store.load().errors.empty());
}

// A file that is not JSON at all yields no routines, an error with line and column, and a backup.
TEST(RoutineStore, truncatedFile_reportedWithLineAndBackedUp)
{
    QTemporaryDir dir;
    const acu::RoutineStore store(dir.path());
    write(store.filePath(), "{\"format\": 1, \"routines\": [");
    const auto load = store.load();
    ASSERT_EQ(load.errors.size(), 2u);
    EXPECT_EQ(load.errors[0].where, store.filePath().toStdString() + ": line 1, column 28");
    EXPECT_TRUE(load.routines.empty());
    EXPECT_EQ(readAll(load.backupPath), QByteArray("{\"format\": 1, \"routines\": ["));
}

// Saving over a damaged file nobody loaded first still keeps it aside.
TEST(RoutineStore, saveOverDamagedFile_keepsItAside)
{
    QTemporaryDir dir;
    const acu::RoutineStore store(dir.path());
    write(store.filePath(), "not json");
    ASSERT_FALSE(store.save({routine("a")}).has_value());
    const QStringList backups = QDir(dir.path()).entryList({QStringLiteral("routines.damaged-*.json")});
    ASSERT_EQ(backups.size(), 1);
    EXPECT_EQ(readAll(QDir(dir.path()).filePath(backups[0])), QByteArray("not json"));
}

// A file too large to be routines is reported, and the next save moves it aside unread.
TEST(RoutineStore, tooLargeFile_reportedThenMovedAside)
{
    QTemporaryDir dir;
    const acu::RoutineStore store(dir.path());
    const QByteArray huge(4 * 1024 * 1024 + 1, ' ');
    write(store.filePath(), huge);
    const auto load = store.load();
    ASSERT_EQ(load.errors.size(), 1u);
    EXPECT_EQ(load.errors[0].what, "is 4194305 bytes, more than a routine file may be");
    ASSERT_FALSE(store.save({routine("a")}).has_value());
    EXPECT_EQ(readAll(dir.filePath(QStringLiteral("routines.too-large-1.json"))), huge);
    EXPECT_EQ(store.load().routines, std::vector<acu::Routine>{routine("a")});
}

// A folder where the file should be: the write is refused with an error naming it.
TEST(RoutineStore, folderInTheWay_saveRefused)
{
    QTemporaryDir dir;
    const acu::RoutineStore store(dir.path());
    ASSERT_TRUE(QDir(dir.path()).mkdir(QStringLiteral("routines.json")));
    const auto error = store.save({routine("a")});
    ASSERT_TRUE(error.has_value());
    EXPECT_EQ(error->where, store.filePath().toStdString());
    EXPECT_EQ(error->what, "is not a file, so your routines cannot be saved there");
}

// A path below a regular file cannot hold the folder: the save is refused with an error.
TEST(RoutineStore, folderBelowAFile_saveRefused)
{
    QTemporaryDir dir;
    write(dir.filePath(QStringLiteral("plain")), "x");
    const acu::RoutineStore store(dir.filePath(QStringLiteral("plain/below")));
    const auto error = store.save({routine("a")});
    ASSERT_TRUE(error.has_value());
    EXPECT_EQ(error->where, store.folder().toStdString());
    EXPECT_EQ(error->what, "the folder for your routines could not be created");
}

// A disk that refuses the bytes (here a file-size limit, which binds root too) returns an error
// and keeps the previous file as it was.
TEST(RoutineStore, refusedWrite_keepsPreviousFile)
{
    QTemporaryDir dir;
    const acu::RoutineStore store(dir.path());
    ASSERT_FALSE(store.save({routine("first")}).has_value());
    const QByteArray before = readAll(store.filePath());

    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit previous{};
    ASSERT_EQ(getrlimit(RLIMIT_FSIZE, &previous), 0);
    rlimit small = previous;
    small.rlim_cur = 64;
    ASSERT_EQ(setrlimit(RLIMIT_FSIZE, &small), 0);
    const auto refused = store.save({routine("second"), routine("third")});
    setrlimit(RLIMIT_FSIZE, &previous);
    std::signal(SIGXFSZ, previousHandler);

    ASSERT_TRUE(refused.has_value());
    EXPECT_EQ(refused->where, store.filePath().toStdString());
    EXPECT_EQ(refused->what.substr(0, 22), "could not be written: ");
    EXPECT_EQ(readAll(store.filePath()), before);
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("routines.json")});
}

// Export writes one routine that import reads back; import checks it against the catalogue.
TEST(RoutineStore, exportThenImport_roundTrip)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mine.json"));
    ASSERT_FALSE(acu::exportRoutine(routine("mine"), path).has_value());
    const auto imported = acu::importRoutines(path, *acu::test::shipped());
    ASSERT_TRUE(imported.ok());
    ASSERT_EQ(imported.routines.size(), 1u);
    EXPECT_EQ(imported.routines[0], routine("mine"));
}

// An imported routine on a point the catalogue lacks is refused with the validator's error.
TEST(RoutineStore, importUnknownPoint_refusedWithPointer)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mine.json"));
    auto r = routine("mine");
    r.steps[0].code = "BL99";
    ASSERT_FALSE(acu::exportRoutine(r, path).has_value());
    const auto imported = acu::importRoutines(path, *acu::test::shipped());
    EXPECT_TRUE(imported.routines.empty());
    ASSERT_EQ(imported.errors.size(), 1u);
    EXPECT_EQ(imported.errors[0].toString(), "/routines/0/steps/0/code: no point \"BL99\" in the catalogue");
}

// A file with no routine in it is not something to import.
TEST(RoutineStore, importEmptyFile_refused)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("none.json"));
    write(path, "{\"format\": 1, \"routines\": []}");
    const auto imported = acu::importRoutines(path, *acu::test::shipped());
    ASSERT_EQ(imported.errors.size(), 1u);
    EXPECT_EQ(imported.errors[0].what, "holds no routine");
}

// Every routine file in data/routines is compiled in, loads, and fits the shipped catalogue.
TEST(BuiltInRoutines, resourceHoldsEveryShippedFile)
{
    const auto load = acu::loadBuiltInRoutines(acu::test::shipped().get());
    EXPECT_TRUE(load.ok()) << (load.errors.empty() ? "" : load.errors.front().toString());
    const QStringList shipped = QDir(QStringLiteral(ACU_SHIPPED_ROUTINES_DIR)).entryList({QStringLiteral("*.json")});
    EXPECT_EQ(load.routines.size(), static_cast<std::size_t>(shipped.size()));
    ASSERT_FALSE(load.routines.empty());
    EXPECT_EQ(load.routines.front().id, "back-pain-guide-2023");
}
