// The list filter value: region and typed text, and the best match for --select.

#include "core/CatalogueLoader.h"
#include "core/PointFilter.h"
#include "support/TestPaths.h"

#include <gtest/gtest.h>

namespace {

const acu::Catalogue& minimal()
{
    static const acu::Catalogue catalogue = acu::loadCatalogueFile(acu::test::fixture("valid/minimal.json")).takeCatalogue();
    return catalogue;
}

const acu::Point& gv4() { return *minimal().findPoint("GV4"); }
const acu::Point& bl23() { return *minimal().findPoint("BL23"); }

} // namespace

// Setters report whether anything changed.
TEST(PointFilter, settersReportChange)
{
    acu::PointFilter filter;
    EXPECT_TRUE(filter.isEmpty());
    EXPECT_TRUE(filter.setRegion("lower-back"));
    EXPECT_FALSE(filter.setRegion("lower-back"));
    EXPECT_TRUE(filter.setText("bl"));
    EXPECT_FALSE(filter.setText("bl"));
    EXPECT_FALSE(filter.isEmpty());
}

// A region keeps only its points.
TEST(PointFilter, region_keepsOnlyItsPoints)
{
    acu::PointFilter filter;
    filter.setRegion("lower-back");
    EXPECT_TRUE(filter.accepts(gv4()));
    filter.setRegion("head-neck");
    EXPECT_FALSE(filter.accepts(gv4()));
}

// Text matches code and alias prefixes, ignoring case, spaces, hyphens and dots.
TEST(PointFilter, text_matchesCodeAndAliasPrefixes)
{
    acu::PointFilter filter;
    filter.setText("bl-2");
    EXPECT_TRUE(filter.accepts(bl23()));
    EXPECT_FALSE(filter.accepts(gv4()));
    filter.setText("du 4");
    EXPECT_TRUE(filter.accepts(gv4()));
    filter.setText("b23");
    EXPECT_TRUE(filter.accepts(bl23()));
}

// Text matches inside names, and Chinese characters.
TEST(PointFilter, text_matchesNames)
{
    acu::PointFilter filter;
    filter.setText("life g");
    EXPECT_TRUE(filter.accepts(gv4()));
    EXPECT_FALSE(filter.accepts(bl23()));
    filter.setText("肾");
    EXPECT_TRUE(filter.accepts(bl23()));
}

// Exact codes win over aliases and names; junk finds nothing.
TEST(PointFilter, findBestMatch_prefersExactCodeThenAliasThenName)
{
    const auto& points = minimal().points();
    EXPECT_EQ(acu::findBestMatch(points, "bl 23"), &bl23());
    EXPECT_EQ(acu::findBestMatch(points, "Du4"), &gv4());
    EXPECT_EQ(acu::findBestMatch(points, "life gate"), &gv4());
    EXPECT_EQ(acu::findBestMatch(points, "BL"), &bl23());
    EXPECT_EQ(acu::findBestMatch(points, "zzz"), nullptr);
    EXPECT_EQ(acu::findBestMatch(points, " - "), nullptr);
}
