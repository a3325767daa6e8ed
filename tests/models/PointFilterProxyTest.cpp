// The filter proxy and the region selector model.

#include "models/PointFilterProxy.h"
#include "core/catalogue/CatalogueLoader.h"
#include "models/PointListModel.h"
#include "models/RegionListModel.h"
#include "support/QtPrinters.h"
#include "support/TestCatalogues.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <gtest/gtest.h>

namespace {

std::shared_ptr<const acu::Catalogue> shipped()
{
    return acu::test::shipped();
}

int pointsInRegion(const acu::Catalogue& catalogue, const std::string& region)
{
    int count = 0;
    for (const auto& point : catalogue.points())
        count += std::find(point.regions.begin(), point.regions.end(), region) != point.regions.end();
    return count;
}

} // namespace

// The proxy passes Qt's model checks while its filter changes.
TEST(PointFilterProxy, passesModelTesterWhileFiltering)
{
    acu::PointListModel points;
    acu::PointFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setPointModel(&points);
    const auto catalogue = shipped();
    points.setCatalogue(catalogue);
    proxy.setRegion(QStringLiteral("lower-back"));
    proxy.setText(QStringLiteral("bl"));
    proxy.setRegion(QString());
    proxy.setText(QString());
    EXPECT_EQ(proxy.rowCount(), static_cast<int>(catalogue->points().size()));
}

// A region shows exactly its points, and the codes it shows are listed in order.
TEST(PointFilterProxy, region_showsExactlyItsPoints)
{
    acu::PointListModel points;
    acu::PointFilterProxy proxy;
    proxy.setPointModel(&points);
    const auto catalogue = shipped();
    points.setCatalogue(catalogue);
    proxy.setRegion(QStringLiteral("lower-back"));
    EXPECT_EQ(proxy.rowCount(), pointsInRegion(*catalogue, "lower-back"));
    EXPECT_TRUE(proxy.visibleCodes().contains(QStringLiteral("BL23")));
    EXPECT_FALSE(proxy.visibleCodes().contains(QStringLiteral("LI4")));
    EXPECT_FALSE(proxy.indexOfCode(QStringLiteral("LI4")).isValid());
}

// Setting the same filter again does not re-filter.
TEST(PointFilterProxy, unchangedFilter_emitsNothing)
{
    acu::PointListModel points;
    acu::PointFilterProxy proxy;
    proxy.setPointModel(&points);
    QSignalSpy spy(&proxy, &acu::PointFilterProxy::filterChanged);
    proxy.setRegion(QStringLiteral("lower-back"));
    proxy.setRegion(QStringLiteral("lower-back"));
    proxy.setText(QStringLiteral("x"));
    proxy.setText(QStringLiteral("x"));
    EXPECT_EQ(spy.count(), 2);
}

// What hides a search's matches is counted: the region, the pregnancy hide, or both.
TEST(PointFilterProxy, hiddenMatches_countsEachCause)
{
    acu::PointListModel points;
    acu::PointFilterProxy proxy;
    proxy.setPointModel(&points);
    points.setCatalogue(shipped());
    proxy.setText(QStringLiteral("hegu")); // LI4, on the hand, contraindicated
    EXPECT_EQ(proxy.hiddenMatches().outsideRegion, 0);
    EXPECT_EQ(proxy.hiddenMatches().pregnancy, 0);
    proxy.setHideContraindicated(true);
    EXPECT_EQ(proxy.rowCount(), 0);
    EXPECT_EQ(proxy.hiddenMatches().outsideRegion, 0);
    EXPECT_EQ(proxy.hiddenMatches().pregnancy, 1);
    proxy.setRegion(QStringLiteral("lower-back"));
    EXPECT_EQ(proxy.hiddenMatches().outsideRegion, 1);
    EXPECT_EQ(proxy.hiddenMatches().pregnancy, 1);
    proxy.setHideContraindicated(false);
    EXPECT_EQ(proxy.hiddenMatches().outsideRegion, 1);
    EXPECT_EQ(proxy.hiddenMatches().pregnancy, 0);
    proxy.setText(QString());
    EXPECT_EQ(proxy.hiddenMatches().outsideRegion, 0);
}

// "All regions" comes first, then each region with its point count.
TEST(RegionListModel, allFirstThenRegionsWithCounts)
{
    acu::RegionListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const auto catalogue = shipped();
    model.setCatalogue(catalogue.get());
    ASSERT_EQ(model.rowCount(), static_cast<int>(catalogue->regions().size()) + 1);
    EXPECT_EQ(model.index(0).data(acu::RegionListModel::RegionIdRole).toString(), QString());
    EXPECT_EQ(model.index(0).data().toString(), QStringLiteral("All regions (%1)").arg(catalogue->points().size()));
    const int row = model.rowOfRegion(QStringLiteral("lower-back"));
    ASSERT_GT(row, 0);
    EXPECT_EQ(model.index(row).data(acu::RegionListModel::CountRole).toInt(), pointsInRegion(*catalogue, "lower-back"));
    EXPECT_EQ(model.index(row).data().toString(),
              QStringLiteral("\u2068Lower back\u2069 (%1)").arg(pointsInRegion(*catalogue, "lower-back")));
    EXPECT_EQ(model.rowOfRegion(QStringLiteral("nowhere")), -1);
}

// Limited to points with pressing instructions, the list shows exactly the points a source
// gives a technique, a duration or repetitions for; clearing the limit shows every point.
TEST(PointFilterProxy, onlyWithInstructions_showsExactlyThePointsWithInstructions)
{
    acu::PointListModel points;
    acu::PointFilterProxy proxy;
    proxy.setPointModel(&points);
    const auto catalogue = shipped();
    points.setCatalogue(catalogue);
    QSignalSpy changed(&proxy, &acu::PointFilterProxy::filterChanged);
    proxy.setOnlyWithInstructions(true);
    EXPECT_EQ(changed.count(), 1);
    QStringList expected;
    for (const auto& point : catalogue->points()) {
        if (!point.technique.empty() || !point.duration.empty() || !point.repetitions.empty())
            expected.append(QString::fromStdString(point.code));
    }
    EXPECT_EQ(proxy.visibleCodes(), expected);
    EXPECT_TRUE(proxy.visibleCodes().contains(QStringLiteral("LI4")));
    EXPECT_FALSE(proxy.visibleCodes().contains(QStringLiteral("ST36"))); // no source says how to press it
    EXPECT_LT(proxy.rowCount(), static_cast<int>(catalogue->points().size()));
    proxy.setOnlyWithInstructions(false);
    EXPECT_EQ(proxy.rowCount(), static_cast<int>(catalogue->points().size()));
}

// A search match hidden for want of instructions is counted as such.
TEST(PointFilterProxy, onlyWithInstructions_countsTheMatchesItHides)
{
    acu::PointListModel points;
    acu::PointFilterProxy proxy;
    proxy.setPointModel(&points);
    points.setCatalogue(shipped());
    proxy.setOnlyWithInstructions(true);
    proxy.setText(QStringLiteral("ST36"));
    EXPECT_EQ(proxy.rowCount(), 0);
    EXPECT_EQ(proxy.hiddenMatches().withoutInstructions, 1);
    proxy.setText(QStringLiteral("LI4"));
    EXPECT_EQ(proxy.visibleCodes(), QStringList{QStringLiteral("LI4")});
    EXPECT_EQ(proxy.hiddenMatches().withoutInstructions, 0);
}
