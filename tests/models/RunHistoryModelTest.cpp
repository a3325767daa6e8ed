// The run history as a table: columns, newest first, and changes that views can follow.

#include "models/history/RunHistoryModel.h"
#include "support/QtPrinters.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

acu::RunRecord run(const QString& title, int day, std::optional<int> before, std::optional<int> after)
{
    acu::RunRecord r;
    r.started = QDateTime(QDate(2026, 11, day), QTime(7, 30), Qt::UTC);
    r.ended = r.started.addSecs(600);
    r.routineId = QStringLiteral("three-points");
    r.routineTitle = title;
    r.stepsCompleted = 5;
    r.stepsTotal = 6;
    r.painBefore = before;
    r.painAfter = after;
    return r;
}

QString cell(const QAbstractItemModel& model, int row, int column)
{
    return model.index(row, column).data().toString();
}

/// A model on an empty temporary folder, watched by QAbstractItemModelTester.
struct Fixture {
    QTemporaryDir dir;
    acu::RunHistoryModel model{acu::RunHistory(dir.path())};
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
};

} // namespace

TEST(RunHistoryModel, rowsNewestFirstWithEveryColumn)
{
    Fixture f;
    ASSERT_FALSE(f.model.append(run(QStringLiteral("Older"), 1, 7, 4)).has_value());
    ASSERT_FALSE(f.model.append(run(QStringLiteral("Newer"), 2, 3, std::nullopt)).has_value());
    ASSERT_EQ(f.model.rowCount(), 2);
    ASSERT_EQ(f.model.columnCount(), 6);

    EXPECT_EQ(cell(f.model, 0, acu::RunHistoryModel::RoutineColumn), QStringLiteral("Newer"));
    EXPECT_EQ(cell(f.model, 1, acu::RunHistoryModel::RoutineColumn), QStringLiteral("Older"));
    EXPECT_EQ(cell(f.model, 1, acu::RunHistoryModel::StepsColumn), QStringLiteral("5 of 6"));
    EXPECT_EQ(cell(f.model, 1, acu::RunHistoryModel::PainBeforeColumn), QStringLiteral("7"));
    EXPECT_EQ(cell(f.model, 1, acu::RunHistoryModel::PainAfterColumn), QStringLiteral("4"));
    EXPECT_EQ(cell(f.model, 1, acu::RunHistoryModel::ChangeColumn), QStringLiteral("\u22123"));
    EXPECT_EQ(cell(f.model, 0, acu::RunHistoryModel::PainAfterColumn), QStringLiteral("not rated"));
    EXPECT_EQ(cell(f.model, 0, acu::RunHistoryModel::ChangeColumn), QString());
    EXPECT_EQ(f.model.index(1, 0).data(acu::RunHistoryModel::StartedRole).toDateTime(),
              QDateTime(QDate(2026, 11, 1), QTime(7, 30), Qt::UTC));
    EXPECT_EQ(
        cell(f.model, 1, acu::RunHistoryModel::DateColumn),
        QLocale().toString(QDateTime(QDate(2026, 11, 1), QTime(7, 30), Qt::UTC).toLocalTime(), QLocale::ShortFormat));
    EXPECT_EQ(f.model.headerData(acu::RunHistoryModel::PainBeforeColumn, Qt::Horizontal).toString(),
              QStringLiteral("Pain before"));
}

TEST(RunHistoryModel, changeText_signedWithAMinus)
{
    EXPECT_EQ(acu::painChangeText(3, 5), QStringLiteral("+2"));
    EXPECT_EQ(acu::painChangeText(5, 5), QStringLiteral("0"));
    EXPECT_EQ(acu::painChangeText(8, 1), QStringLiteral("\u22127"));
    EXPECT_EQ(acu::painChangeText(std::nullopt, 1), QString());
}

TEST(RunHistoryModel, appendInsertsAtTheTop)
{
    Fixture f;
    ASSERT_FALSE(f.model.append(run(QStringLiteral("A"), 1, 5, 4)).has_value());
    QSignalSpy inserted(&f.model, &QAbstractItemModel::rowsInserted);
    ASSERT_FALSE(f.model.append(run(QStringLiteral("B"), 2, 5, 4)).has_value());
    ASSERT_EQ(inserted.size(), 1);
    EXPECT_EQ(inserted[0][1].toInt(), 0);
    EXPECT_EQ(inserted[0][2].toInt(), 0);
}

TEST(RunHistoryModel, refusedRun_noRowAdded)
{
    Fixture f;
    const auto error = f.model.append(run(QStringLiteral("A"), 1, 12, 4));
    ASSERT_TRUE(error.has_value());
    EXPECT_EQ(error->where, "/painBefore");
    EXPECT_EQ(f.model.rowCount(), 0);
}

TEST(RunHistoryModel, removeRun_removesThatRow)
{
    Fixture f;
    ASSERT_FALSE(f.model.append(run(QStringLiteral("A"), 1, 5, 4)).has_value());
    ASSERT_FALSE(f.model.append(run(QStringLiteral("B"), 2, 5, 4)).has_value());
    ASSERT_FALSE(f.model.append(run(QStringLiteral("C"), 3, 5, 4)).has_value());
    ASSERT_FALSE(f.model.removeRun(1).has_value()); // B
    ASSERT_EQ(f.model.rowCount(), 2);
    EXPECT_EQ(cell(f.model, 0, acu::RunHistoryModel::RoutineColumn), QStringLiteral("C"));
    EXPECT_EQ(cell(f.model, 1, acu::RunHistoryModel::RoutineColumn), QStringLiteral("A"));
    acu::RunHistory reread(f.dir.path());
    ASSERT_TRUE(reread.load().ok());
    EXPECT_EQ(reread.runs().size(), 2u);
}

TEST(RunHistoryModel, clearAll_emptiesModelAndFile)
{
    Fixture f;
    ASSERT_FALSE(f.model.append(run(QStringLiteral("A"), 1, 5, 4)).has_value());
    ASSERT_FALSE(f.model.append(run(QStringLiteral("B"), 2, 5, 4)).has_value());
    ASSERT_FALSE(f.model.clearAll().has_value());
    EXPECT_EQ(f.model.rowCount(), 0);
    acu::RunHistory reread(f.dir.path());
    ASSERT_TRUE(reread.load().ok());
    EXPECT_TRUE(reread.runs().empty());
}

TEST(RunHistoryModel, reload_readsTheFile)
{
    Fixture f;
    {
        acu::RunHistory other(f.dir.path());
        ASSERT_FALSE(other.append(run(QStringLiteral("Elsewhere"), 1, 5, 4)).has_value());
    }
    EXPECT_TRUE(f.model.reload().ok());
    ASSERT_EQ(f.model.rowCount(), 1);
    EXPECT_EQ(cell(f.model, 0, acu::RunHistoryModel::RoutineColumn), QStringLiteral("Elsewhere"));
}
