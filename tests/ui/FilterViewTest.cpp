// A region or a search turns the map to the view that shows most of its points, and leaves
// a view the person turned to alone while the matches stay the same.

#include "support/QtPrinters.h"
#include "support/TestCatalogues.h"
#include "ui/list/PointListPanel.h"
#include "ui/map/BodyMapView.h"
#include "ui/window/MainWindow.h"

#include <gtest/gtest.h>

namespace {

struct FilterWindow {
    FilterWindow()
        : window(acu::test::shipped(), QStringLiteral("test"))
    {
        panel = window.findChild<acu::PointListPanel*>(QStringLiteral("pointListPanel"));
        map = window.findChild<acu::BodyMapView*>(QStringLiteral("bodyMap"));
    }

    acu::MainWindow window;
    acu::PointListPanel* panel = nullptr;
    acu::BodyMapView* map = nullptr;
};

const QString kFront = QStringLiteral("front");
const QString kBack = QStringLiteral("back");

} // namespace

// Choosing "Shoulders and upper back" on the front view turns to the back.
TEST(FilterView, choosingRegion_turnsToTheViewShowingMost)
{
    FilterWindow w;
    w.window.showView(kFront);
    ASSERT_TRUE(w.window.setRegion(QStringLiteral("upper-back")));
    EXPECT_EQ(w.map->currentView(), kBack);
}

// A region the current view shows as much of as any other keeps it.
TEST(FilterView, choosingRegion_keepsAViewThatShowsAsMany)
{
    FilterWindow w;
    w.window.showView(kFront);
    ASSERT_TRUE(w.window.setRegion(QStringLiteral("chest")));
    EXPECT_EQ(w.map->currentView(), kFront);
}

// Going back to all regions turns nowhere.
TEST(FilterView, allRegions_turnNowhere)
{
    FilterWindow w;
    ASSERT_TRUE(w.window.setRegion(QStringLiteral("upper-back")));
    w.window.showView(QStringLiteral("side"));
    ASSERT_TRUE(w.window.setRegion(QString()));
    EXPECT_EQ(w.map->currentView(), QStringLiteral("side"));
}

// A search whose matches the front view does not show turns to the view that shows most.
TEST(FilterView, search_turnsToTheViewShowingMost)
{
    FilterWindow w;
    w.window.showView(kFront);
    w.panel->setSearchText(QStringLiteral("Bladder"));
    ASSERT_FALSE(w.panel->visibleCodes().isEmpty());
    EXPECT_EQ(w.map->currentView(), kBack);
}

// Typing on with the same matches leaves a view the person turned to, as long as it shows some.
TEST(FilterView, typingOnWithTheSameMatches_leavesThePersonsView)
{
    FilterWindow w;
    w.window.showView(kFront);
    w.panel->setSearchText(QStringLiteral("Middle of the Cr"));
    const QStringList matches = w.panel->visibleCodes();
    ASSERT_EQ(matches, QStringList{QStringLiteral("BL40")});
    ASSERT_EQ(w.map->currentView(), kBack);         // the first of the views that show it
    w.window.showView(QStringLiteral("knee-back")); // the person turns to the knee close-up
    w.panel->setSearchText(QStringLiteral("Middle of the Cro"));
    ASSERT_EQ(w.panel->visibleCodes(), matches);
    EXPECT_EQ(w.map->currentView(), QStringLiteral("knee-back"));
}

// Typing on with the same matches turns away from a view that shows none of them.
TEST(FilterView, typingOnWithTheSameMatches_leavesAViewThatShowsNone)
{
    FilterWindow w;
    w.panel->setSearchText(QStringLiteral("Kidney Transp"));
    const QStringList matches = w.panel->visibleCodes();
    w.window.showView(QStringLiteral("sole"));
    w.panel->setSearchText(QStringLiteral("Kidney Transpo"));
    ASSERT_EQ(w.panel->visibleCodes(), matches);
    EXPECT_EQ(w.map->currentView(), kBack);
}

// Clearing the search turns nowhere.
TEST(FilterView, clearingTheSearch_turnsNowhere)
{
    FilterWindow w;
    w.panel->setSearchText(QStringLiteral("Bladder"));
    w.window.showView(QStringLiteral("side"));
    w.panel->setSearchText(QString());
    EXPECT_EQ(w.map->currentView(), QStringLiteral("side"));
}
