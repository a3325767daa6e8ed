// The history of points viewed, behind Back and Forward.

#include "models/PointHistory.h"
#include "support/QtPrinters.h"

#include <gtest/gtest.h>

namespace {

QString s(const char* text)
{
    return QString::fromLatin1(text);
}

} // namespace

// A new history has nowhere to go; one point still has nowhere to go.
TEST(PointHistory, emptyAndSingle_haveNowhereToGo)
{
    acu::PointHistory history;
    EXPECT_FALSE(history.canGoBack());
    EXPECT_FALSE(history.canGoForward());
    EXPECT_EQ(history.back(), QString());
    history.visit(s("BL23"));
    EXPECT_FALSE(history.canGoBack());
    EXPECT_FALSE(history.canGoForward());
    EXPECT_EQ(history.current(), s("BL23"));
}

// Back and forward walk the visited points without adding entries.
TEST(PointHistory, backAndForward_walkWithoutAdding)
{
    acu::PointHistory history;
    for (const char* code : {"BL23", "BL52", "LI4"})
        history.visit(s(code));
    EXPECT_EQ(history.back(), s("BL52"));
    EXPECT_EQ(history.back(), s("BL23"));
    EXPECT_FALSE(history.canGoBack());
    EXPECT_EQ(history.forward(), s("BL52"));
    EXPECT_TRUE(history.canGoForward());
    EXPECT_EQ(history.entries(), (QStringList{s("BL23"), s("BL52"), s("LI4")}));
}

// Visiting after going back drops the points ahead.
TEST(PointHistory, visitAfterBack_dropsTheForwardEntries)
{
    acu::PointHistory history;
    for (const char* code : {"BL23", "BL52", "LI4"})
        history.visit(s(code));
    history.back();
    history.back();
    history.visit(s("GV4"));
    EXPECT_FALSE(history.canGoForward());
    EXPECT_EQ(history.entries(), (QStringList{s("BL23"), s("GV4")}));
}

// Visiting the current point again, or nothing, adds no entry.
TEST(PointHistory, revisitOfCurrent_addsNothing)
{
    acu::PointHistory history;
    history.visit(s("BL23"));
    history.visit(s("BL23"));
    history.visit(QString());
    EXPECT_EQ(history.entries(), QStringList{s("BL23")});
}

// The oldest entries go once the limit is reached.
TEST(PointHistory, limit_dropsTheOldest)
{
    acu::PointHistory history(3);
    for (const char* code : {"A1", "B2", "C3", "D4"})
        history.visit(s(code));
    EXPECT_EQ(history.entries(), (QStringList{s("B2"), s("C3"), s("D4")}));
    EXPECT_EQ(history.back(), s("C3"));
    EXPECT_EQ(history.back(), s("B2"));
    EXPECT_FALSE(history.canGoBack());
}
