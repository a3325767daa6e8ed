// The list filter's complaint value: only the complaint's points, in its order.

#include "core/search/PointFilter.h"
#include "support/TestCatalogues.h"

#include <gtest/gtest.h>

namespace {

/// The minimal catalogue's points (GV4, BL23) with one complaint that uses BL23 only.
const acu::Catalogue& catalogue()
{
    static const acu::Catalogue c = [] {
        const acu::Catalogue& minimal = *acu::test::minimal();
        acu::CatalogueData data;
        data.sources = minimal.sources();
        data.regions = minimal.regions();
        data.views = minimal.views();
        data.points = minimal.points();
        data.complaints.push_back({"backache", "Backache", {}, {{"BL23", {"art"}}}});
        data.complaints.push_back({"both", "Both", {}, {{"BL23", {"art", "std"}}, {"GV4", {"art"}}}});
        return acu::Catalogue(std::move(data));
    }();
    return c;
}

const acu::QueryResolver& resolver()
{
    static const acu::QueryResolver r(catalogue());
    return r;
}

const acu::Point& gv4()
{
    return *catalogue().findPoint("GV4");
}
const acu::Point& bl23()
{
    return *catalogue().findPoint("BL23");
}

} // namespace

// Setting a complaint reports a change once.
TEST(ComplaintFilter, setComplaint_reportsChange)
{
    acu::PointFilter filter(&resolver());
    EXPECT_TRUE(filter.setComplaint("backache"));
    EXPECT_FALSE(filter.setComplaint("backache"));
    EXPECT_EQ(filter.complaint(), "backache");
}

// A complaint keeps only its points.
TEST(ComplaintFilter, complaint_keepsOnlyItsPoints)
{
    acu::PointFilter filter(&resolver());
    filter.setComplaint("backache");
    EXPECT_TRUE(filter.accepts(bl23()));
    EXPECT_FALSE(filter.accepts(gv4()));
    filter.setComplaint("");
    EXPECT_TRUE(filter.accepts(gv4()));
}

// Each point knows its place in the complaint and the link that put it there.
TEST(ComplaintFilter, complaint_givesOrderAndLink)
{
    acu::PointFilter filter(&resolver());
    filter.setComplaint("both");
    ASSERT_NE(filter.chosenComplaint(), nullptr);
    EXPECT_EQ(filter.chosenComplaint()->name, "Both");
    EXPECT_EQ(filter.complaintOrder(bl23()), 0);
    EXPECT_EQ(filter.complaintOrder(gv4()), 1);
    ASSERT_NE(filter.complaintLink(gv4()), nullptr);
    EXPECT_EQ(filter.complaintLink(gv4())->sources, (acu::SourceIds{"art"}));
}

// An id the catalogue does not have shows nothing.
TEST(ComplaintFilter, unknownComplaint_showsNothing)
{
    acu::PointFilter filter(&resolver());
    filter.setComplaint("gout");
    EXPECT_EQ(filter.chosenComplaint(), nullptr);
    EXPECT_FALSE(filter.accepts(bl23()));
    EXPECT_FALSE(filter.accepts(gv4()));
    EXPECT_EQ(filter.complaintLink(bl23()), nullptr);
}

// Complaint, region and text all apply at once.
TEST(ComplaintFilter, complaintAndText_bothApply)
{
    acu::PointFilter filter(&resolver());
    filter.setComplaint("backache");
    filter.setText("GV4");
    EXPECT_FALSE(filter.accepts(gv4()));
    filter.setText("BL23");
    EXPECT_TRUE(filter.accepts(bl23()));
}

// A point of another catalogue is not judged to be in a complaint.
TEST(ComplaintFilter, foreignPoint_isNotInTheComplaint)
{
    acu::PointFilter filter(&resolver());
    filter.setComplaint("backache");
    const acu::Point copy = bl23();
    EXPECT_FALSE(filter.accepts(copy));
}
