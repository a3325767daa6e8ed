// Browsing by channel: the channel selector's rows and counts, the list of a channel in its
// point order, and stepping along a channel.

#include "models/ChannelListModel.h"
#include "models/ChannelNames.h"
#include "models/ChannelSteps.h"
#include "models/PointFilterProxy.h"
#include "models/PointListModel.h"
#include "models/ShownText.h"
#include "support/QtPrinters.h"
#include "support/TestCatalogues.h"

#include <QAbstractItemModelTester>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>

namespace {

/// "LU1,LU2" -> {LU1, LU2}.
QStringList codes(const char* list)
{
    return QString::fromLatin1(list).split(QLatin1Char(','));
}

const acu::Catalogue& shipped()
{
    return *acu::test::shipped();
}

/// data/catalogue.json with its points in reverse order (CV24 first, LU1 last).
std::shared_ptr<const acu::Catalogue> reversed()
{
    std::ifstream in(acu::test::shippedCatalogue());
    auto document = nlohmann::json::parse(in);
    auto& points = document["points"];
    std::reverse(points.begin(), points.end());
    auto result = acu::loadCatalogue(document.dump());
    if (!result.ok())
        throw std::runtime_error("reversed catalogue: " + result.errors().front().toString());
    return std::make_shared<const acu::Catalogue>(result.takeCatalogue());
}

} // namespace

// The selector offers all channels first, then the 14 channels in WHO order with their counts.
TEST(ChannelListModel, rowsAreAllChannelsThenEachChannelWithItsCount)
{
    acu::ChannelListModel model;
    QAbstractItemModelTester tester(&model);
    model.setCatalogue(&shipped());
    ASSERT_EQ(model.rowCount(), 15);
    EXPECT_EQ(model.index(0).data().toString(), QStringLiteral("All channels"));
    EXPECT_EQ(model.index(0).data(acu::ChannelListModel::ChannelRole).toString(), QString());
    EXPECT_EQ(model.index(1).data(acu::ChannelListModel::ChannelRole).toString(), QStringLiteral("LU"));
    EXPECT_EQ(model.index(1).data().toString(), acu::isolated(QStringLiteral("Lung (LU)")) + QStringLiteral(" (11)"));
    EXPECT_EQ(model.index(7).data(acu::ChannelListModel::CountRole).toInt(), 67); // Bladder
    EXPECT_EQ(model.index(14).data(acu::ChannelListModel::ChannelRole).toString(), QStringLiteral("CV"));
    EXPECT_EQ(model.rowOfChannel(QStringLiteral("ST")), 3);
    EXPECT_EQ(model.rowOfChannel(QStringLiteral("EX-HN")), -1);
}

// A channel's points are listed in its order, by number, not as text sorts: BL9, BL10.
TEST(PointFilterProxy, channel_listsItsPointsInPointOrder)
{
    acu::PointListModel points;
    points.setCatalogue(acu::test::shipped());
    acu::PointFilterProxy proxy;
    proxy.setPointModel(&points);
    proxy.setChannel(QStringLiteral("BL"));
    const QStringList codes = proxy.visibleCodes();
    ASSERT_EQ(codes.size(), 67);
    for (int i = 0; i < codes.size(); ++i)
        EXPECT_EQ(codes[i], QStringLiteral("BL%1").arg(i + 1));
}

// The channel's order holds where the catalogue lists its points in another order, and
// all channels again lists every point in the catalogue's order.
TEST(PointFilterProxy, channel_ordersByNumberWhateverTheCatalogueOrder)
{
    acu::PointListModel points;
    points.setCatalogue(reversed());
    acu::PointFilterProxy proxy;
    proxy.setPointModel(&points);
    proxy.setChannel(QStringLiteral("LU"));
    EXPECT_EQ(proxy.visibleCodes(), codes("LU1,LU2,LU3,LU4,LU5,LU6,LU7,LU8,LU9,LU10,LU11"));
    proxy.setChannel(QString());
    ASSERT_EQ(proxy.rowCount(), static_cast<int>(shipped().points().size()));
    EXPECT_EQ(proxy.visibleCodes().constLast(), QStringLiteral("LU1"));
}

// Stepping along a channel goes by number and stops at its ends.
TEST(ChannelSteps, neighbourIsTheNextNumberAndNothingPastTheEnds)
{
    EXPECT_EQ(acu::channelNeighbour(shipped(), QStringLiteral("ST36"), 1), QStringLiteral("ST37"));
    EXPECT_EQ(acu::channelNeighbour(shipped(), QStringLiteral("ST36"), -1), QStringLiteral("ST35"));
    EXPECT_EQ(acu::channelNeighbour(shipped(), QStringLiteral("BL40"), 1), QStringLiteral("BL41"));
    EXPECT_EQ(acu::channelNeighbour(shipped(), QStringLiteral("LU11"), 1), QString());
    EXPECT_EQ(acu::channelNeighbour(shipped(), QStringLiteral("LU1"), -1), QString());
    EXPECT_EQ(acu::channelNeighbour(shipped(), QStringLiteral("EX-HN3"), 1), QString());
    EXPECT_EQ(acu::channelNeighbour(shipped(), QStringLiteral("XX1"), 1), QString());
}

// The channel of a code, and the names shown for it.
TEST(ChannelNames, channelOfCodeAndTitle)
{
    EXPECT_EQ(acu::channelOfCode(QStringLiteral("BL23")), QStringLiteral("BL"));
    EXPECT_EQ(acu::channelOfCode(QStringLiteral("EX-HN3")), QString());
    EXPECT_EQ(acu::channelOfCode(QStringLiteral("bl23")), QString());
    EXPECT_EQ(acu::numberInChannel(QStringLiteral("GB44")), 44);
    EXPECT_EQ(acu::channelTitle(QStringLiteral("TE")), QStringLiteral("Triple Energizer (TE)"));
    EXPECT_EQ(acu::channelPrefixes().size(), 14);
}
