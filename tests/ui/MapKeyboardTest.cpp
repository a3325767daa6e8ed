// The body map from the keyboard: Tab into it, the arrow keys move a keyboard focus between
// markers in a spatial order, Enter selects, Ctrl+arrows pan.

#include "ui/map/MapKeyboard.h"
#include "models/BodyMarkers.h"
#include "support/QtPrinters.h"
#include "support/TestCatalogues.h"
#include "ui/map/BodyMapView.h"
#include "ui/map/MarkerItem.h"
#include "ui/window/MainWindow.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

#include <gtest/gtest.h>

namespace {

/// The back view of the shipped catalogue in a shown, active window, with a field to take
/// the focus away.
struct BackMap {
    BackMap()
    {
        auto* layout = new QVBoxLayout(&window);
        field = new QLineEdit(&window);
        map = new acu::BodyMapView(&window);
        layout->addWidget(field);
        layout->addWidget(map, 1);
        map->setMarkers(acu::bodyMarkers(*acu::test::shipped()));
        map->setViews(acu::bodyViews(*acu::test::shipped()));
        map->showView(QStringLiteral("back"));
        window.resize(500, 900);
        window.show();
        QApplication::setActiveWindow(&window);
        EXPECT_TRUE(QTest::qWaitForWindowActive(&window));
        map->setFocus(Qt::TabFocusReason);
    }

    acu::MarkerItem* marker(const QString& code, acu::Side side) const
    {
        for (auto* item : map->currentMarkers()) {
            if (item->marker().code == code && item->marker().side == side)
                return item;
        }
        ADD_FAILURE() << "no marker " << code.toStdString();
        return nullptr;
    }

    /// "BL22/left" for the marker with the keyboard focus, "" for none.
    QString focused() const
    {
        const acu::MarkerItem* item = map->keyboard()->focusedMarker();
        if (!item)
            return {};
        const acu::Side side = item->marker().side;
        return item->marker().code + (side == acu::Side::Left    ? QStringLiteral("/left")
                                      : side == acu::Side::Right ? QStringLiteral("/right")
                                                                 : QStringLiteral("/midline"));
    }

    void key(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) { QTest::keyClick(map, key, modifiers); }

    QWidget window;
    QLineEdit* field = nullptr;
    acu::BodyMapView* map = nullptr;
};

} // namespace

// Tab from the view selector moves the focus into the map, which then takes the arrow keys.
TEST(MapKeyboard, tabFromTheViewSelector_givesTheMapFocus)
{
    acu::MainWindow window(acu::test::shipped(), QStringLiteral("test"));
    window.show();
    QApplication::setActiveWindow(&window);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    auto* selector = window.findChild<QComboBox*>(QStringLiteral("viewSelector"));
    auto* map = window.findChild<acu::BodyMapView*>(QStringLiteral("bodyMap"));
    selector->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(selector, Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), map);
    QTest::keyClick(map, Qt::Key_Right);
    EXPECT_NE(map->keyboard()->focusedMarker(), nullptr);
}

// With no marker focused, the first arrow puts the focus on the selected point's marker.
TEST(MapKeyboard, firstArrow_focusesTheSelectedPointsMarker)
{
    BackMap m;
    m.map->setSelectedCode(QStringLiteral("BL40"));
    m.key(Qt::Key_Up);
    ASSERT_NE(m.map->keyboard()->focusedMarker(), nullptr);
    EXPECT_EQ(m.map->keyboard()->focusedMarker()->marker().code, QStringLiteral("BL40"));
    EXPECT_EQ(m.map->selectedCode(), QStringLiteral("BL40")); // the selection stays
}

// With no selection on the view either, it starts at the marker nearest the view's centre.
TEST(MapKeyboard, firstArrow_withoutSelection_focusesTheMarkerNearestTheCentre)
{
    BackMap m;
    const QPointF centre = m.map->mapToScene(m.map->viewport()->rect().center());
    const acu::MarkerItem* nearest = nullptr;
    double best = 1e9;
    for (const auto* item : m.map->currentMarkers()) {
        const QPointF d = item->scenePos() - centre;
        if (QPointF::dotProduct(d, d) < best) {
            best = QPointF::dotProduct(d, d);
            nearest = item;
        }
    }
    m.key(Qt::Key_Down);
    EXPECT_EQ(m.map->keyboard()->focusedMarker(), nearest);
}

// From BL23 on the body's left, the arrows reach its neighbours on the drawing.
TEST(MapKeyboard, arrows_fromBl23_reachItsNeighbours)
{
    BackMap m;
    const auto start = [&] { m.map->keyboard()->setFocusedMarker(m.marker(QStringLiteral("BL23"), acu::Side::Left)); };
    start();
    m.key(Qt::Key_Right);
    EXPECT_EQ(m.focused(), QStringLiteral("EX-B2/left"));
    start();
    m.key(Qt::Key_Left);
    EXPECT_EQ(m.focused(), QStringLiteral("BL52/left"));
    start();
    m.key(Qt::Key_Up);
    EXPECT_EQ(m.focused(), QStringLiteral("BL22/left"));
    start();
    m.key(Qt::Key_Down);
    EXPECT_EQ(m.focused(), QStringLiteral("BL24/left"));
    m.key(Qt::Key_Up);
    EXPECT_EQ(m.focused(), QStringLiteral("BL23/left"));
}

// Enter, Return and Space select the focused marker's point, as a click does.
TEST(MapKeyboard, enterReturnAndSpace_selectTheFocusedMarker)
{
    BackMap m;
    QSignalSpy activated(m.map, &acu::BodyMapView::pointActivated);
    m.map->keyboard()->setFocusedMarker(m.marker(QStringLiteral("BL22"), acu::Side::Right));
    m.key(Qt::Key_Return);
    m.key(Qt::Key_Enter);
    m.key(Qt::Key_Space);
    ASSERT_EQ(activated.count(), 3);
    for (const auto& call : activated)
        EXPECT_EQ(call.at(0).toString(), QStringLiteral("BL22"));
}

// Without a focused marker, Return selects nothing.
TEST(MapKeyboard, returnWithoutFocusedMarker_selectsNothing)
{
    BackMap m;
    QSignalSpy activated(m.map, &acu::BodyMapView::pointActivated);
    m.key(Qt::Key_Return);
    EXPECT_EQ(activated.count(), 0);
}

// A focused marker that the list then filters out (dimmed) or that is then hidden cannot be
// selected from the keyboard, as it cannot be clicked.
TEST(MapKeyboard, returnOnAMarkerFilteredOutOrHiddenSinceItTookTheFocus_selectsNothing)
{
    BackMap m;
    QSignalSpy activated(m.map, &acu::BodyMapView::pointActivated);
    m.map->keyboard()->setFocusedMarker(m.marker(QStringLiteral("BL23"), acu::Side::Left));
    m.map->setVisibleCodes({QStringLiteral("GV4")});
    m.key(Qt::Key_Return);
    EXPECT_EQ(activated.count(), 0);
    m.map->setVisibleCodes({QStringLiteral("BL23")});
    m.marker(QStringLiteral("BL23"), acu::Side::Left)->setVisible(false);
    m.key(Qt::Key_Return);
    EXPECT_EQ(activated.count(), 0);
}

// Markers the list filters out (dimmed) are passed over.
TEST(MapKeyboard, arrows_skipDimmedMarkers)
{
    BackMap m;
    QStringList shown;
    for (const auto& marker : m.map->markers()) {
        if (marker.code != QLatin1String("EX-B2"))
            shown.append(marker.code);
    }
    m.map->setVisibleCodes(shown);
    m.map->keyboard()->setFocusedMarker(m.marker(QStringLiteral("BL23"), acu::Side::Left));
    m.key(Qt::Key_Right);
    EXPECT_EQ(m.focused(), QStringLiteral("GV4/midline"));
}

// Markers hidden in pregnancy mode are passed over.
TEST(MapKeyboard, arrows_skipHiddenMarkers)
{
    BackMap m;
    m.map->keyboard()->setFocusedMarker(m.marker(QStringLiteral("BL26"), acu::Side::Left));
    m.key(Qt::Key_Down);
    EXPECT_EQ(m.focused(), QStringLiteral("BL27/left"));
    m.map->setHideContraindicated(true);
    m.map->keyboard()->setFocusedMarker(m.marker(QStringLiteral("BL26"), acu::Side::Left));
    m.key(Qt::Key_Down);
    EXPECT_EQ(m.focused(), QStringLiteral("BL54/left"));
}

// Home and End go to the first and last marker in reading order.
TEST(MapKeyboard, homeAndEnd_goToTheTopAndBottomMarkers)
{
    BackMap m;
    double top = 1e9;
    double bottom = -1e9;
    for (const auto* item : m.map->currentMarkers()) {
        top = std::min(top, item->scenePos().y());
        bottom = std::max(bottom, item->scenePos().y());
    }
    m.key(Qt::Key_Home);
    ASSERT_NE(m.map->keyboard()->focusedMarker(), nullptr);
    EXPECT_EQ(m.map->keyboard()->focusedMarker()->scenePos().y(), top);
    m.key(Qt::Key_End);
    EXPECT_EQ(m.map->keyboard()->focusedMarker()->scenePos().y(), bottom);
}

// Zoomed in, the focused marker is scrolled into sight.
TEST(MapKeyboard, zoomedIn_theFocusedMarkerIsScrolledIntoSight)
{
    BackMap m;
    m.map->setZoom(acu::BodyMapView::kMaxZoom);
    m.key(Qt::Key_Home);
    const acu::MarkerItem* top = m.map->keyboard()->focusedMarker();
    ASSERT_NE(top, nullptr);
    EXPECT_TRUE(m.map->viewport()->rect().contains(m.map->mapFromScene(top->scenePos())));
    m.key(Qt::Key_End);
    const acu::MarkerItem* bottom = m.map->keyboard()->focusedMarker();
    EXPECT_TRUE(m.map->viewport()->rect().contains(m.map->mapFromScene(bottom->scenePos())));
}

// Ctrl+arrows pan a zoomed drawing and leave the keyboard focus where it is.
TEST(MapKeyboard, ctrlArrows_panAndKeepTheFocusedMarker)
{
    BackMap m;
    m.map->setZoom(4.0);
    acu::MarkerItem* start = m.marker(QStringLiteral("BL23"), acu::Side::Left);
    m.map->keyboard()->setFocusedMarker(start);
    const int before = m.map->horizontalScrollBar()->value();
    m.key(Qt::Key_Right, Qt::ControlModifier);
    EXPECT_GT(m.map->horizontalScrollBar()->value(), before);
    EXPECT_EQ(m.map->keyboard()->focusedMarker(), start);
}

// The focused marker wears its ring only while the map has focus; another view forgets it.
TEST(MapKeyboard, focusRing_showsWhileTheMapHasFocus_andAnotherViewForgetsIt)
{
    BackMap m;
    acu::MarkerItem* item = m.marker(QStringLiteral("BL23"), acu::Side::Left);
    m.map->keyboard()->setFocusedMarker(item);
    EXPECT_TRUE(item->isKeyboardFocused());
    m.field->setFocus(Qt::TabFocusReason);
    EXPECT_FALSE(item->isKeyboardFocused());
    m.map->setFocus(Qt::TabFocusReason);
    EXPECT_TRUE(item->isKeyboardFocused());
    m.map->showView(QStringLiteral("front"));
    EXPECT_FALSE(item->isKeyboardFocused());
    EXPECT_EQ(m.map->keyboard()->focusedMarker(), nullptr);
}
