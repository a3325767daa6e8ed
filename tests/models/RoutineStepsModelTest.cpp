// A routine's steps as a table: texts, a point the catalogue lacks, and drops asking for moves.

#include "models/routine/RoutineStepsModel.h"
#include "support/QtPrinters.h"
#include "support/TestCatalogues.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>

#include <gtest/gtest.h>

#include <memory>

namespace {

acu::RoutineStep step(const char* code, acu::RoutineSide side, acu::Range hold, std::optional<acu::Range> reps = {})
{
    acu::RoutineStep s;
    s.code = code;
    s.side = side;
    s.holdSeconds = hold;
    s.repetitions = reps;
    return s;
}

std::vector<acu::RoutineStep> threeSteps()
{
    return {step("BL23", acu::RoutineSide::Both, {60, 120}),
            step("GV4", acu::RoutineSide::Midline, {120, {}}, {{3, 5}}),
            step("BL99", acu::RoutineSide::Left, {30, 30}, {{2, 2}})};
}

QString cell(const acu::RoutineStepsModel& model, int row, int column)
{
    return model.index(row, column).data().toString();
}

/// Drops the step at from at (row, parent) and returns the move asked for, or {-1, -1}.
std::pair<int, int> drop(acu::RoutineStepsModel& model, int from, int row, const QModelIndex& parent = {})
{
    QSignalSpy moves(&model, &acu::RoutineStepsModel::moveRequested);
    std::unique_ptr<QMimeData> data(model.mimeData({model.index(from, 0)}));
    model.dropMimeData(data.get(), Qt::MoveAction, row, 0, parent);
    if (moves.isEmpty())
        return {-1, -1};
    return {moves.at(0).at(0).toInt(), moves.at(0).at(1).toInt()};
}

} // namespace

// Each step is a row: the point's label, side, hold and repetitions in words.
TEST(RoutineStepsModel, rows_showPointSideHoldAndRepetitions)
{
    acu::RoutineStepsModel model(acu::test::shipped().get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSteps(threeSteps(), true);
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(cell(model, 0, acu::RoutineStepsModel::PointColumn),
              QStringLiteral("BL23 \u2068Shènshū\u2069 \u2013 \u2068Kidney Transport\u2069"));
    EXPECT_EQ(cell(model, 0, acu::RoutineStepsModel::SideColumn), QStringLiteral("Both"));
    EXPECT_EQ(cell(model, 0, acu::RoutineStepsModel::HoldColumn), QStringLiteral("60\u2013120 s"));
    EXPECT_EQ(cell(model, 0, acu::RoutineStepsModel::RepetitionsColumn), QStringLiteral("once"));
    EXPECT_EQ(cell(model, 1, acu::RoutineStepsModel::HoldColumn), QStringLiteral("at least 120 s"));
    EXPECT_EQ(cell(model, 1, acu::RoutineStepsModel::RepetitionsColumn), QStringLiteral("3\u20135 times"));
    EXPECT_EQ(cell(model, 2, acu::RoutineStepsModel::RepetitionsColumn), QStringLiteral("2 times"));
}

// A step on a point the catalogue lacks keeps its row and says so.
TEST(RoutineStepsModel, unknownPoint_isShownAsSuch)
{
    acu::RoutineStepsModel model(acu::test::shipped().get());
    model.setSteps(threeSteps(), true);
    EXPECT_EQ(cell(model, 2, acu::RoutineStepsModel::PointColumn), QStringLiteral("BL99 (not in this catalogue)"));
    EXPECT_EQ(cell(model, 2, acu::RoutineStepsModel::SideColumn), QStringLiteral("Left"));
}

// Dropping a step asks for the move that puts it where it was let go.
TEST(RoutineStepsModel, drop_asksForTheMove)
{
    acu::RoutineStepsModel model(acu::test::shipped().get());
    model.setSteps(threeSteps(), true);
    EXPECT_EQ(drop(model, 0, -1, model.index(2, 0)), (std::pair{0, 2})); // onto the last step
    EXPECT_EQ(drop(model, 2, -1, model.index(0, 0)), (std::pair{2, 0})); // onto the first
    EXPECT_EQ(drop(model, 0, 2), (std::pair{0, 1}));                     // between the 2nd and 3rd
    EXPECT_EQ(drop(model, 0, -1), (std::pair{0, 2}));                    // below the last
    EXPECT_EQ(drop(model, 1, 1), (std::pair{-1, -1}));                   // where it is
    EXPECT_EQ(drop(model, 1, 2), (std::pair{-1, -1}));                   // just after itself
}

// A built-in routine's steps are shown but neither dragged nor dropped.
TEST(RoutineStepsModel, readOnly_takesNoDrop)
{
    acu::RoutineStepsModel model(acu::test::shipped().get());
    model.setSteps(threeSteps(), false);
    EXPECT_FALSE(model.flags(model.index(0, 0)).testFlag(Qt::ItemIsDragEnabled));
    EXPECT_EQ(drop(model, 0, -1), (std::pair{-1, -1}));
}
