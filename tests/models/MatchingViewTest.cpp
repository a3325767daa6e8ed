// The view the body map turns to as a region's or a search's matches change.

#include "models/MatchingView.h"
#include "support/QtPrinters.h"

#include <gtest/gtest.h>

namespace {

/// Three views: "front" shows A and B, "back" shows C, D and E, "side" shows A and C.
struct Atlas {
    QList<acu::BodyViewInfo> views{{QStringLiteral("front"), QStringLiteral("Front"), {100, 100}},
                                   {QStringLiteral("back"), QStringLiteral("Back"), {100, 100}},
                                   {QStringLiteral("side"), QStringLiteral("Side"), {100, 100}}};
    QList<acu::BodyMarker> markers{marker("A", "front"), marker("B", "front"), marker("C", "back"), marker("D", "back"),
                                   marker("E", "back"),  marker("A", "side"),  marker("C", "side")};

    static acu::BodyMarker marker(const char* code, const char* view)
    {
        acu::BodyMarker m;
        m.code = QString::fromLatin1(code);
        m.viewId = QString::fromLatin1(view);
        return m;
    }
};

QStringList codes(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* code : list)
        out.append(QString::fromLatin1(code));
    return out;
}

const QString kFront = QStringLiteral("front");
const QString kBack = QStringLiteral("back");
const QString kSide = QStringLiteral("side");

} // namespace

// New matches turn to the view that shows most of them.
TEST(MatchingView, newMatches_turnToTheViewShowingMost)
{
    const Atlas a;
    acu::MatchingView matching;
    EXPECT_EQ(matching.follow(a.views, a.markers, codes({"C", "D"}), kFront), kBack);
}

// New matches the current view shows as many of as any other keep it.
TEST(MatchingView, newMatches_keepAViewThatShowsAsMany)
{
    const Atlas a;
    acu::MatchingView matching;
    EXPECT_EQ(matching.follow(a.views, a.markers, codes({"A", "C"}), kSide), QString());
}

// The same matches again leave a view the person turned to alone while it shows any of them.
TEST(MatchingView, sameMatches_keepAViewThatShowsSome)
{
    const Atlas a;
    acu::MatchingView matching;
    ASSERT_EQ(matching.follow(a.views, a.markers, codes({"C", "D", "E"}), kFront), kBack);
    // The person turns to the side view, which shows C; a keystroke keeps the same matches.
    EXPECT_EQ(matching.follow(a.views, a.markers, codes({"E", "D", "C"}), kSide), QString());
}

// The same matches again turn away from a view that shows none of them.
TEST(MatchingView, sameMatches_leaveAViewThatShowsNone)
{
    const Atlas a;
    acu::MatchingView matching;
    ASSERT_EQ(matching.follow(a.views, a.markers, codes({"C", "D"}), kFront), kBack);
    EXPECT_EQ(matching.follow(a.views, a.markers, codes({"C", "D"}), kFront), kBack);
}

// Matches that change turn again, even from a view the person chose.
TEST(MatchingView, changedMatches_turnAgain)
{
    const Atlas a;
    acu::MatchingView matching;
    ASSERT_EQ(matching.follow(a.views, a.markers, codes({"C", "D"}), kFront), kBack);
    EXPECT_EQ(matching.follow(a.views, a.markers, codes({"A", "B"}), kSide), kFront);
}

// No matches turn nowhere, and make the next matches new even when they are the earlier ones.
TEST(MatchingView, noMatches_turnNowhereAndAreForgotten)
{
    const Atlas a;
    acu::MatchingView matching;
    ASSERT_EQ(matching.follow(a.views, a.markers, codes({"C", "D"}), kFront), kBack);
    EXPECT_EQ(matching.follow(a.views, a.markers, {}, kSide), QString());
    EXPECT_EQ(matching.follow(a.views, a.markers, codes({"C", "D"}), kSide), kBack);
}

// Matches no view shows turn nowhere.
TEST(MatchingView, matchesNoViewShows_turnNowhere)
{
    const Atlas a;
    acu::MatchingView matching;
    EXPECT_EQ(matching.follow(a.views, a.markers, codes({"Z"}), kFront), QString());
}
