// The list filter value: a region and the search text, read by the resolver.

#include "core/catalogue/CatalogueLoader.h"
#include "core/search/PointFilter.h"
#include "support/TestCatalogues.h"

#include <gtest/gtest.h>

namespace {

const acu::Catalogue& minimal() { return *acu::test::minimal(); }

const acu::QueryResolver& resolver()
{
    static const acu::QueryResolver r(minimal());
    return r;
}

const acu::Point& gv4() { return *minimal().findPoint("GV4"); }
const acu::Point& bl23() { return *minimal().findPoint("BL23"); }

} // namespace

// Setters report whether anything changed.
TEST(PointFilter, settersReportChange)
{
    acu::PointFilter filter(&resolver());
    EXPECT_FALSE(filter.hasText());
    EXPECT_TRUE(filter.setRegion("lower-back"));
    EXPECT_FALSE(filter.setRegion("lower-back"));
    EXPECT_TRUE(filter.setText("bl"));
    EXPECT_FALSE(filter.setText("bl"));
    EXPECT_TRUE(filter.hasText());
}

// A region keeps only its points.
TEST(PointFilter, region_keepsOnlyItsPoints)
{
    acu::PointFilter filter(&resolver());
    filter.setRegion("lower-back");
    EXPECT_TRUE(filter.accepts(gv4()));
    filter.setRegion("head-neck");
    EXPECT_FALSE(filter.accepts(gv4()));
}

// Text keeps the points the resolver reads it as, with the reading's reason.
TEST(PointFilter, text_keepsResolvedPointsWithReason)
{
    acu::PointFilter filter(&resolver());
    filter.setText("Du 4");
    EXPECT_TRUE(filter.accepts(gv4()));
    EXPECT_FALSE(filter.accepts(bl23()));
    ASSERT_NE(filter.match(gv4()), nullptr);
    EXPECT_EQ(filter.match(gv4())->reason, "another prefix for the channel: Du 4 is GV4 Mìngmén");
    filter.setText("bl");
    EXPECT_TRUE(filter.accepts(bl23()));
    EXPECT_FALSE(filter.accepts(gv4()));
}

// Blank text filters nothing; text with no reading keeps nothing and says why.
TEST(PointFilter, blankAndUnmatchedText)
{
    acu::PointFilter filter(&resolver());
    filter.setText("   ");
    EXPECT_FALSE(filter.hasText());
    EXPECT_TRUE(filter.accepts(gv4()));
    filter.setText("BL99");
    EXPECT_FALSE(filter.accepts(bl23()));
    EXPECT_EQ(filter.resolution().problem, "BL99 cannot exist: the Bladder channel (BL) has 67 points");
}

// Without a resolver, text matches nothing.
TEST(PointFilter, noResolver_textMatchesNothing)
{
    acu::PointFilter filter;
    filter.setText("GV4");
    EXPECT_FALSE(filter.accepts(gv4()));
}

// Hiding contraindicated points removes them whatever else the filter says.
TEST(PointFilter, hideContraindicated_removesThem)
{
    acu::PointFilter filter(&resolver());
    EXPECT_TRUE(filter.setHideContraindicated(true));
    EXPECT_FALSE(filter.setHideContraindicated(true));
    EXPECT_TRUE(filter.accepts(bl23())); // caution only
    EXPECT_TRUE(filter.accepts(gv4()));
    acu::Point forbidden = bl23();
    forbidden.cautions.push_back({acu::CautionTopic::Pregnancy, acu::CautionLevel::Contraindicated, "x", {"art"}});
    EXPECT_FALSE(filter.accepts(forbidden));
    filter.setHideContraindicated(false);
    EXPECT_TRUE(filter.accepts(forbidden));
}

// Limited to points with pressing instructions, a point with none is left out, whatever
// else matches; the setter says whether anything changed.
TEST(PointFilter, onlyWithInstructions_leavesOutPointsWithout)
{
    acu::PointFilter filter(&resolver());
    EXPECT_TRUE(filter.accepts(bl23()));
    EXPECT_TRUE(filter.setOnlyWithInstructions(true));
    EXPECT_FALSE(filter.setOnlyWithInstructions(true));
    EXPECT_TRUE(filter.accepts(gv4()));   // a duration
    EXPECT_FALSE(filter.accepts(bl23())); // no technique, duration or repetitions
    filter.setText("BL23");
    EXPECT_FALSE(filter.accepts(bl23()));
    EXPECT_TRUE(filter.setOnlyWithInstructions(false));
    EXPECT_TRUE(filter.accepts(bl23()));
}
