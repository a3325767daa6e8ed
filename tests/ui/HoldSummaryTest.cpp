// The "How long" summary and the reading of "both sides" from a claim's wording.

#include "ui/details/HoldSummary.h"
#include "ui/details/BothSides.h"

#include <gtest/gtest.h>

namespace {

acu::HoldRange hold(int min, std::optional<int> max, acu::SourceIds sources)
{
    return {min, max, std::move(sources)};
}

} // namespace

// BL40: 30 s and 10-15 min (one source), 1-2 min, at least 2 min: two of three allow 2 min.
TEST(HoldSummary, majorityOverlap_isTheSummary)
{
    const auto summary = acu::summariseHolds({hold(30, 30, {"guide"}), hold(600, 900, {"guide"}),
                                              hold(60, 120, {"six"}), hold(120, std::nullopt, {"three"})});
    ASSERT_TRUE(summary);
    EXPECT_EQ(summary->kind, acu::HoldSummary::Kind::Most);
    EXPECT_EQ(summary->agreeing, 2);
    EXPECT_EQ(summary->sources, 3);
    EXPECT_EQ(summary->min, 120);
    EXPECT_EQ(summary->max, 120);
}

// Ranges that all overlap give the overlap, said by all.
TEST(HoldSummary, allOverlap_isSaidByAll)
{
    const auto summary = acu::summariseHolds({hold(60, 60, {"guide"}), hold(60, 120, {"six"}), hold(30, 60, {"main"})});
    ASSERT_TRUE(summary);
    EXPECT_EQ(summary->kind, acu::HoldSummary::Kind::All);
    EXPECT_EQ(summary->agreeing, 3);
    EXPECT_EQ(summary->min, 60);
    EXPECT_EQ(summary->max, 60);
}

// Open ranges that overlap keep the open upper bound.
TEST(HoldSummary, openRangesOverlap_stayOpen)
{
    const auto summary = acu::summariseHolds({hold(120, std::nullopt, {"a"}), hold(60, std::nullopt, {"b"})});
    ASSERT_TRUE(summary);
    EXPECT_EQ(summary->kind, acu::HoldSummary::Kind::All);
    EXPECT_EQ(summary->min, 120);
    EXPECT_FALSE(summary->max);
}

// Without a majority the summary is the span of every figure.
TEST(HoldSummary, noMajority_isTheSpan)
{
    const auto summary = acu::summariseHolds({hold(5, 10, {"a"}), hold(30, 60, {"b"}), hold(120, 120, {"c"})});
    ASSERT_TRUE(summary);
    EXPECT_EQ(summary->kind, acu::HoldSummary::Kind::Span);
    EXPECT_EQ(summary->min, 5);
    EXPECT_EQ(summary->max, 120);
}

// One source, however many figures, has nothing to summarise; a source citing two
// overlapping ranges counts once.
TEST(HoldSummary, oneSource_noSummary_andNoDoubleCounting)
{
    EXPECT_FALSE(acu::summariseHolds({hold(30, 30, {"a"}), hold(600, 900, {"a"})}));
    const auto summary = acu::summariseHolds({hold(30, 60, {"a"}), hold(40, 50, {"a"}), hold(300, 300, {"b"})});
    ASSERT_TRUE(summary);
    EXPECT_EQ(summary->kind, acu::HoldSummary::Kind::Span);
}

// The wording of a claim says whether the two sides are pressed at once or in turn.
TEST(BothSides, readFromTheClaimsWording)
{
    EXPECT_EQ(acu::sidesOrderInText("Pinch firmly, hold a few seconds; after the repeats, change hands."),
              acu::SidesOrder::InTurn);
    EXPECT_EQ(acu::sidesOrderInText("Then do the other foot."), acu::SidesOrder::InTurn);
    EXPECT_EQ(acu::sidesOrderInText("Press both points strongly, one hand for each side."), acu::SidesOrder::Together);
    EXPECT_EQ(acu::sidesOrderInText("Firm pressure with the thumbs, hands resting on the waist."),
              acu::SidesOrder::Together);
    EXPECT_EQ(acu::sidesOrderInText("Pinch the web with the thumb and forefinger of your other hand."), std::nullopt);
}

// A point's statements gather the sources of each order, at once first.
TEST(BothSides, statementsGatherTheirSources)
{
    acu::Point point;
    point.technique = {{"Change hands after the repeats.", {"a"}}, {"With the thumbs.", {"b"}}};
    point.finding = {{"With both hands on the waist.", {"b", "c"}}};
    const auto statements = acu::sidesStatements(point);
    ASSERT_EQ(statements.size(), 2u);
    EXPECT_EQ(statements[0].order, acu::SidesOrder::Together);
    EXPECT_EQ(statements[0].sources, (acu::SourceIds{"b", "c"}));
    EXPECT_EQ(statements[1].order, acu::SidesOrder::InTurn);
    EXPECT_EQ(statements[1].sources, (acu::SourceIds{"a"}));
}
