// The run history on disk: round trip, restart, a damaged file, a refused write, the limit.

#include "models/history/RunHistory.h"
#include "core/history/RunLogLimits.h"
#include "support/QtPrinters.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <csignal>
#include <sys/resource.h>

namespace {

acu::RunRecord run(const QString& title, std::optional<int> before = 6, std::optional<int> after = 3)
{
    acu::RunRecord r;
    r.started = QDateTime(QDate(2026, 11, 2), QTime(7, 30, 0, 125), Qt::UTC);
    r.ended = r.started.addSecs(660);
    r.routineId = QStringLiteral("three-points");
    r.routineTitle = title;
    r.stepsCompleted = 5;
    r.stepsTotal = 6;
    r.painBefore = before;
    r.painAfter = after;
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

TEST(RunHistory, noFile_isEmptyAndFine)
{
    QTemporaryDir dir;
    acu::RunHistory history(dir.path());
    EXPECT_TRUE(history.load().ok());
    EXPECT_TRUE(history.runs().empty());
}

// What is appended loads back the same in a new history on the same folder, in a format-1 file.
TEST(RunHistory, appendSurvivesRestart)
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("sub/folder"));
    acu::RunHistory history(folder);
    ASSERT_FALSE(history.append(run(QStringLiteral("First"))).has_value());
    ASSERT_FALSE(history.append(run(QStringLiteral("Second"), std::nullopt, 2)).has_value());

    acu::RunHistory restarted(folder);
    EXPECT_TRUE(restarted.load().ok());
    EXPECT_EQ(restarted.runs(), history.runs());
    ASSERT_EQ(restarted.runs().size(), 2u);
    EXPECT_EQ(restarted.runs()[1].routineTitle, QStringLiteral("Second"));
    EXPECT_FALSE(restarted.runs()[1].painBefore.has_value());
    EXPECT_TRUE(readAll(history.filePath()).startsWith("{\n  \"format\": 1,"));
    EXPECT_EQ(history.filePath(), QDir(folder).filePath(QStringLiteral("history.json")));
}

// A local time is kept as the same moment, written in UTC.
TEST(RunHistory, localTime_storedAsTheSameMomentInUtc)
{
    QTemporaryDir dir;
    acu::RunHistory history(dir.path());
    acu::RunRecord local = run(QStringLiteral("Local"));
    local.started = local.started.toOffsetFromUtc(3600);
    ASSERT_FALSE(history.append(local).has_value());
    EXPECT_TRUE(readAll(history.filePath()).contains("\"started\": \"2026-11-02T07:30:00.125Z\""));
    acu::RunHistory restarted(dir.path());
    ASSERT_TRUE(restarted.load().ok());
    EXPECT_EQ(restarted.runs()[0].started.toMSecsSinceEpoch(), local.started.toMSecsSinceEpoch());
}

TEST(RunHistory, removeAndClear_written)
{
    QTemporaryDir dir;
    acu::RunHistory history(dir.path());
    ASSERT_FALSE(history.append(run(QStringLiteral("A"))).has_value());
    ASSERT_FALSE(history.append(run(QStringLiteral("B"))).has_value());
    ASSERT_FALSE(history.remove(0).has_value());
    acu::RunHistory afterRemove(dir.path());
    ASSERT_TRUE(afterRemove.load().ok());
    ASSERT_EQ(afterRemove.runs().size(), 1u);
    EXPECT_EQ(afterRemove.runs()[0].routineTitle, QStringLiteral("B"));

    ASSERT_FALSE(history.clear().has_value());
    acu::RunHistory afterClear(dir.path());
    ASSERT_TRUE(afterClear.load().ok());
    EXPECT_TRUE(afterClear.runs().empty());
}

// A damaged file is reported with the file and pointer, copied aside once, and its good runs kept.
TEST(RunHistory, damagedFile_reportedKeptAsideAndRecovered)
{
    QTemporaryDir dir;
    acu::RunHistory history(dir.path());
    ASSERT_FALSE(history.append(run(QStringLiteral("Good"))).has_value());
    ASSERT_FALSE(history.append(run(QStringLiteral("Bad"))).has_value());
    QByteArray damaged = readAll(history.filePath());
    damaged.replace(damaged.lastIndexOf("\"painAfter\": 3"), 14, "\"painAfter\": 30");
    write(history.filePath(), damaged);

    acu::RunHistory reopened(dir.path());
    const auto load = reopened.load();
    ASSERT_EQ(load.errors.size(), 2u);
    EXPECT_EQ(load.errors[0].toString(),
              history.filePath().toStdString() + ": /runs/1/painAfter: must be a rating from 0 to 10, found 30");
    EXPECT_EQ(load.errors[1].toString(), load.backupPath.toStdString() + ": a copy of the damaged file is kept here");
    EXPECT_EQ(readAll(load.backupPath), damaged);
    ASSERT_EQ(reopened.runs().size(), 1u);
    EXPECT_EQ(reopened.runs()[0].routineTitle, QStringLiteral("Good"));

    // Loading again keeps the one copy; the next write replaces the file but not the copy.
    EXPECT_EQ(reopened.load().backupPath, load.backupPath);
    ASSERT_FALSE(reopened.append(run(QStringLiteral("Next"))).has_value());
    EXPECT_EQ(readAll(load.backupPath), damaged);
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files).size(), 2);
    acu::RunHistory again(dir.path());
    EXPECT_TRUE(again.load().ok());
    EXPECT_EQ(again.runs().size(), 2u);
}

// Writing over a damaged file nobody loaded first still keeps it aside.
TEST(RunHistory, appendOverDamagedFile_keepsItAside)
{
    QTemporaryDir dir;
    acu::RunHistory history(dir.path());
    write(history.filePath(), "not json");
    ASSERT_FALSE(history.append(run(QStringLiteral("A"))).has_value());
    const QStringList copies = QDir(dir.path()).entryList({QStringLiteral("history.damaged-*.json")});
    ASSERT_EQ(copies.size(), 1);
    EXPECT_EQ(readAll(QDir(dir.path()).filePath(copies[0])), QByteArray("not json"));
}

// A path through a regular file cannot hold the folder (this binds root too): the write is
// refused with an error, and the run stays in memory for the next write.
TEST(RunHistory, folderThroughAFile_refusedAndKeptInMemory)
{
    QTemporaryDir dir;
    write(dir.filePath(QStringLiteral("plain")), "x");
    acu::RunHistory history(dir.filePath(QStringLiteral("plain/below")));
    const auto error = history.append(run(QStringLiteral("Kept")));
    ASSERT_TRUE(error.has_value());
    EXPECT_EQ(error->where, history.folder().toStdString());
    EXPECT_EQ(error->what, "the folder for your run history could not be created");
    ASSERT_EQ(history.runs().size(), 1u);
    EXPECT_EQ(history.runs()[0].routineTitle, QStringLiteral("Kept"));
}

// A disk that refuses the bytes (a file-size limit, which binds root too) keeps the previous
// file as it was and the new run in memory.
TEST(RunHistory, refusedWrite_keepsPreviousFileAndTheRun)
{
    QTemporaryDir dir;
    acu::RunHistory history(dir.path());
    ASSERT_FALSE(history.append(run(QStringLiteral("First"))).has_value());
    const QByteArray before = readAll(history.filePath());

    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit previous{};
    ASSERT_EQ(getrlimit(RLIMIT_FSIZE, &previous), 0);
    rlimit small = previous;
    small.rlim_cur = static_cast<rlim_t>(before.size());
    ASSERT_EQ(setrlimit(RLIMIT_FSIZE, &small), 0);
    const auto refused = history.append(run(QStringLiteral("Second")));
    setrlimit(RLIMIT_FSIZE, &previous);
    std::signal(SIGXFSZ, previousHandler);

    ASSERT_TRUE(refused.has_value());
    EXPECT_EQ(refused->where, history.filePath().toStdString());
    EXPECT_EQ(refused->what.substr(0, 22), "could not be written: ");
    EXPECT_EQ(readAll(history.filePath()), before);
    EXPECT_EQ(history.runs().size(), 2u);
}

// A run that breaks a rule is refused at its field and not added.
TEST(RunHistory, invalidRun_refusedAtItsField)
{
    QTemporaryDir dir;
    acu::RunHistory history(dir.path());
    acu::RunRecord bad = run(QStringLiteral("Bad"), 11);
    const auto error = history.append(bad);
    ASSERT_TRUE(error.has_value());
    EXPECT_EQ(error->toString(), "/painBefore: must be a rating from 0 to 10, found 11");
    EXPECT_TRUE(history.runs().empty());
    EXPECT_FALSE(QFile::exists(history.filePath()));
}

TEST(RunHistory, invalidTime_refused)
{
    QTemporaryDir dir;
    acu::RunHistory history(dir.path());
    acu::RunRecord bad = run(QStringLiteral("Bad"));
    bad.ended = QDateTime();
    const auto error = history.append(bad);
    ASSERT_TRUE(error.has_value());
    EXPECT_EQ(error->where, "/ended");
    EXPECT_TRUE(history.runs().empty());
}

// A full history drops its oldest run when a new one comes.
TEST(RunHistory, fullHistory_dropsTheOldest)
{
    QTemporaryDir dir;
    acu::RunHistory history(dir.path());
    // Fill through the file: one write instead of ten thousand.
    QByteArray text = "{\"format\": 1, \"runs\": [";
    for (std::size_t i = 0; i < acu::limits::kMaxRuns; ++i) {
        text += i == 0 ? "" : ",";
        text += QByteArray(R"({"started": "2026-11-02T07:30:00Z", "ended": "2026-11-02T07:40:00Z", )"
                           R"("routineId": "r", "routineTitle": ")") +
                (i == 0 ? "Oldest" : "Run") + R"(", "stepsCompleted": 1, "stepsTotal": 1})";
    }
    write(history.filePath(), text + "]}");
    ASSERT_TRUE(history.load().ok());
    ASSERT_EQ(history.runs().size(), acu::limits::kMaxRuns);
    ASSERT_FALSE(history.append(run(QStringLiteral("Newest"))).has_value());
    ASSERT_EQ(history.runs().size(), acu::limits::kMaxRuns);
    EXPECT_EQ(history.runs().front().routineTitle, QStringLiteral("Run"));
    EXPECT_EQ(history.runs().back().routineTitle, QStringLiteral("Newest"));
}
