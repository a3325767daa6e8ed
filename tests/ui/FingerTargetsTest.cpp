// Clicks where markers crowd: every marker stays clickable, a click held by several
// targets offers their points in a menu, and targets shown as separately clickable are a
// finger's width apart on the shipped views.

#include "ui/map/FingerTargets.h"
#include "models/BodyMarkers.h"
#include "support/QtPrinters.h"
#include "support/TestCatalogues.h"
#include "ui/map/BodyMapView.h"
#include "ui/map/MapKeyboard.h"
#include "ui/map/MarkerChooser.h"
#include "ui/map/MarkerItem.h"

#include <QAccessible>
#include <QApplication>
#include <QContextMenuEvent>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

namespace {

void showShipped(acu::BodyMapView& map)
{
    map.resize(410, 690);
    map.setMarkers(acu::bodyMarkers(*acu::test::shipped()));
    map.setViews(acu::bodyViews(*acu::test::shipped()));
    map.show();
}

acu::BodyMarker marker(const QString& code, QPointF at)
{
    return {code, code + QStringLiteral(" Name – English"), QStringLiteral("front"), at, acu::PregnancyMark::None};
}

QStringList actionTexts(const QMenu& menu)
{
    QStringList texts;
    for (const QAction* action : menu.actions())
        texts.append(action->text());
    return texts;
}

/// The zooms the map steps through: 1, 1.25, 1.25², ... up to 8.
QList<double> zoomSteps()
{
    QList<double> zooms;
    for (double zoom = 1.0; zoom < acu::BodyMapView::kMaxZoom; zoom *= 1.25)
        zooms.append(zoom);
    zooms.append(acu::BodyMapView::kMaxZoom);
    return zooms;
}

/// GV4 and EX-B2 crowded together, BL23 on its own, on the front view of a shown, active map
/// with the keyboard focus.
struct CrowdedMap {
    CrowdedMap()
    {
        map.resize(410, 690);
        map.setMarkers({marker(QStringLiteral("GV4"), {200, 437}), marker(QStringLiteral("EX-B2"), {206, 437}),
                        marker(QStringLiteral("BL23"), {260, 437})});
        map.setViews(acu::bodyViews(*acu::test::shipped()));
        map.show();
        QApplication::setActiveWindow(&map);
        EXPECT_TRUE(QTest::qWaitForWindowActive(&map));
        map.setFocus(Qt::TabFocusReason);
    }

    acu::MarkerItem* item(const QString& code) const
    {
        for (auto* marker : map.currentMarkers()) {
            if (marker->marker().code == code)
                return marker;
        }
        ADD_FAILURE() << "no marker " << code.toStdString();
        return nullptr;
    }

    QPoint at(const QString& code) const { return map.mapFromScene(item(code)->scenePos()); }

    /// A right-click at a place of the viewport.
    void rightClick(const QPoint& pos)
    {
        QContextMenuEvent event(QContextMenuEvent::Mouse, pos, map.viewport()->mapToGlobal(pos));
        QApplication::sendEvent(map.viewport(), &event);
    }

    acu::BodyMapView map;
};

} // namespace

// A click on a marker gives it the keyboard focus: the arrow keys go on from it, its ring
// shows and accessibility names it as the map's focus child.
TEST(MarkerChooser, clickOnALoneTarget_movesTheKeyboardFocusToIt)
{
    CrowdedMap m;
    m.map.keyboard()->setFocusedMarker(m.item(QStringLiteral("GV4")));
    QTest::mouseClick(m.map.viewport(), Qt::LeftButton, {}, m.at(QStringLiteral("BL23")) + QPoint(0, 10));
    EXPECT_EQ(m.map.keyboard()->focusedMarker(), m.item(QStringLiteral("BL23")));
    EXPECT_TRUE(m.item(QStringLiteral("BL23"))->isKeyboardFocused());
    EXPECT_FALSE(m.item(QStringLiteral("GV4"))->isKeyboardFocused());
    QAccessibleInterface* focus = QAccessible::queryAccessibleInterface(&m.map)->focusChild();
    ASSERT_NE(focus, nullptr);
    EXPECT_TRUE(focus->text(QAccessible::Name).startsWith(QStringLiteral("BL23 ")));
    QTest::keyClick(&m.map, Qt::Key_Left);
    EXPECT_EQ(m.map.keyboard()->focusedMarker(), m.item(QStringLiteral("EX-B2")));
}

// The point chosen in the chooser takes the keyboard focus, not the one focused before.
TEST(MarkerChooser, choiceInTheChooser_movesTheKeyboardFocusToIt)
{
    CrowdedMap m;
    m.map.keyboard()->setFocusedMarker(m.item(QStringLiteral("BL23")));
    QTest::mouseClick(m.map.viewport(), Qt::LeftButton, {}, m.at(QStringLiteral("EX-B2")));
    auto* chooser = m.map.findChild<acu::MarkerChooser*>();
    ASSERT_NE(chooser, nullptr);
    EXPECT_EQ(m.map.keyboard()->focusedMarker(), m.item(QStringLiteral("BL23"))); // nothing chosen yet
    chooser->actions().at(1)->trigger();                                          // GV4
    EXPECT_EQ(m.map.keyboard()->focusedMarker(), m.item(QStringLiteral("GV4")));
    EXPECT_FALSE(m.item(QStringLiteral("BL23"))->isKeyboardFocused());
    chooser->close();
}

// A right-click finds its point as a left click does: within the finger's circle of a lone
// marker, that marker; where targets crowd, the chooser, and the point chosen there.
TEST(MarkerChooser, rightClick_usesTheFingerTargetsAndTheChooser)
{
    CrowdedMap m;
    QSignalSpy asked(&m.map, &acu::BodyMapView::addToRoutineRequested);
    m.rightClick(m.at(QStringLiteral("BL23")) + QPoint(0, 10)); // outside the drawn disc
    ASSERT_EQ(asked.size(), 1);
    EXPECT_EQ(asked.at(0).at(0).toString(), QStringLiteral("BL23"));
    asked.clear();
    const QPoint crowded = m.at(QStringLiteral("EX-B2"));
    m.rightClick(crowded);
    EXPECT_EQ(asked.size(), 0);
    auto* chooser = m.map.findChild<acu::MarkerChooser*>();
    ASSERT_NE(chooser, nullptr);
    EXPECT_EQ(actionTexts(*chooser),
              (QStringList{QStringLiteral("EX-B2 Name – English"), QStringLiteral("GV4 Name – English")}));
    chooser->actions().at(1)->trigger();
    ASSERT_EQ(asked.size(), 1);
    EXPECT_EQ(asked.at(0).at(0).toString(), QStringLiteral("GV4"));
    EXPECT_EQ(asked.at(0).at(1).toPoint(), m.map.viewport()->mapToGlobal(crowded));
    chooser->close();
    asked.clear();
    m.rightClick(m.at(QStringLiteral("BL23")) + QPoint(0, 40)); // no target there
    EXPECT_EQ(asked.size(), 0);
}

// The menu key asks about the marker with the keyboard focus.
TEST(MarkerChooser, menuKey_asksAboutTheFocusedMarker)
{
    CrowdedMap m;
    QSignalSpy asked(&m.map, &acu::BodyMapView::addToRoutineRequested);
    m.map.keyboard()->setFocusedMarker(m.item(QStringLiteral("GV4")));
    QContextMenuEvent event(QContextMenuEvent::Keyboard, QPoint(1, 1), m.map.mapToGlobal(QPoint(1, 1)));
    QApplication::sendEvent(&m.map, &event);
    ASSERT_EQ(asked.size(), 1);
    EXPECT_EQ(asked.at(0).at(0).toString(), QStringLiteral("GV4"));
    EXPECT_EQ(asked.at(0).at(1).toPoint(), m.map.viewport()->mapToGlobal(m.at(QStringLiteral("GV4"))));
}

// A click held by two markers' targets opens a menu of both, nearest first; choosing one
// activates it, and nothing is activated before.
TEST(MarkerChooser, clickOnOverlappingTargets_offersBothAndActivatesTheChosen)
{
    acu::BodyMapView map;
    map.resize(410, 690);
    map.setMarkers({marker(QStringLiteral("GV4"), {200, 437}), marker(QStringLiteral("EX-B2"), {206, 437}),
                    marker(QStringLiteral("BL23"), {260, 437})});
    map.setViews(acu::bodyViews(*acu::test::shipped()));
    map.show();
    QSignalSpy activated(&map, &acu::BodyMapView::pointActivated);
    QTest::mouseClick(map.viewport(), Qt::LeftButton, {}, map.mapFromScene(QPointF(206, 437)));
    EXPECT_EQ(activated.size(), 0);
    auto* chooser = map.findChild<acu::MarkerChooser*>();
    ASSERT_NE(chooser, nullptr);
    EXPECT_TRUE(chooser->isVisible());
    EXPECT_EQ(actionTexts(*chooser),
              (QStringList{QStringLiteral("EX-B2 Name – English"), QStringLiteral("GV4 Name – English")}));
    chooser->actions().at(1)->trigger();
    ASSERT_EQ(activated.size(), 1);
    EXPECT_EQ(activated.at(0).at(0).toString(), QStringLiteral("GV4"));
}

// A click held by one target activates its point at once, without a menu.
TEST(MarkerChooser, clickOnALoneTarget_activatesIt)
{
    acu::BodyMapView map;
    map.resize(410, 690);
    map.setMarkers({marker(QStringLiteral("GV4"), {200, 437}), marker(QStringLiteral("BL23"), {260, 437})});
    map.setViews(acu::bodyViews(*acu::test::shipped()));
    map.show();
    QSignalSpy activated(&map, &acu::BodyMapView::pointActivated);
    // 10 pixels off its centre: within the finger's circle, outside the drawn disc.
    QTest::mouseClick(map.viewport(), Qt::LeftButton, {}, map.mapFromScene(QPointF(260, 437)) + QPoint(0, 10));
    ASSERT_EQ(activated.size(), 1);
    EXPECT_EQ(activated.at(0).at(0).toString(), QStringLiteral("BL23"));
    EXPECT_EQ(map.findChild<acu::MarkerChooser*>(), nullptr);
}

// targetsAt gives exactly the points whose circle holds the click, nearest first, each once.
TEST(FingerTargets, targetsAt_exactlyThoseHoldingTheClick)
{
    const QList<acu::ClickTarget> targets{{QStringLiteral("A"), {}, {0, 0}},
                                          {QStringLiteral("B"), {}, {12, 0}},
                                          {QStringLiteral("C"), {}, {14, 0}},
                                          {QStringLiteral("B"), {}, {3, 0}}, // B's other side
                                          {QStringLiteral("D"), {}, {0, 13.5}}};
    QStringList codes;
    for (const auto& target : acu::targetsAt(targets, {1, 0}))
        codes.append(target.code);
    EXPECT_EQ(codes, (QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}));
}

// The spacing of four points' targets: A and B, 10 px apart, are crowded; C (both sides)
// and D are separate, 48 px apart at the nearest.
TEST(FingerTargets, measureSpacing_nearestCrowdedAndSeparate)
{
    const QList<acu::ClickTarget> targets{{QStringLiteral("A"), {}, {0, 0}},
                                          {QStringLiteral("B"), {}, {10, 0}},
                                          {QStringLiteral("C"), {}, {40, 0}},
                                          {QStringLiteral("D"), {}, {40, 50}},
                                          {QStringLiteral("C"), {}, {40, 2}}}; // C's other side does not crowd it
    const acu::TargetSpacing spacing = acu::measureSpacing(targets);
    EXPECT_EQ(spacing.targets, 5);
    EXPECT_DOUBLE_EQ(spacing.nearest, 10.0);
    EXPECT_EQ(spacing.crowded, 2);
    EXPECT_DOUBLE_EQ(spacing.nearestSeparate, 48.0);
}

// On the shipped whole-body views at every zoom step, every shown marker remains
// clickable: a click on its centre activates it when no other point's target is within a
// finger's distance, and otherwise offers it in the menu; targets shown as separately
// clickable are at least kFingerDistance apart.
TEST(FingerTargets, shippedViews_everyMarkerReachableAndSeparateTargetsFingerApart)
{
    acu::BodyMapView map;
    showShipped(map);
    for (const QString& view : {QStringLiteral("front"), QStringLiteral("back"), QStringLiteral("side")}) {
        map.showView(view);
        for (const double zoom : zoomSteps()) {
            map.setZoom(zoom);
            const QList<acu::ClickTarget> targets = acu::clickTargets(map);
            ASSERT_GT(targets.size(), 50) << view.toStdString();
            const acu::TargetSpacing spacing = acu::measureSpacing(targets);
            EXPECT_GE(spacing.nearestSeparate, acu::kFingerDistance) << view.toStdString() << " at " << zoom;
            int crowded = 0;
            for (const acu::ClickTarget& target : targets) {
                const QList<acu::ClickTarget> held = acu::targetsAt(targets, target.centre);
                ASSERT_FALSE(held.isEmpty());
                EXPECT_TRUE(std::any_of(held.begin(), held.end(), [&](const auto& h) { return h.code == target.code; }))
                    << target.code.toStdString() << " in " << view.toStdString() << " at " << zoom;
                crowded += held.size() > 1;
            }
            // The menu is offered where two targets are nearer than a finger's width; a click
            // on a centre finds the other only within half of it, so no more than crowded.
            EXPECT_LE(crowded, spacing.crowded) << view.toStdString() << " at " << zoom;
        }
    }
}

// At fit almost every marker of the whole-body views is crowded (reached through the
// menu); at the closest zoom few are.
TEST(FingerTargets, shippedViews_crowdedAtFitFewAtTheClosestZoom)
{
    acu::BodyMapView map;
    showShipped(map);
    for (const QString& view : {QStringLiteral("front"), QStringLiteral("back"), QStringLiteral("side")}) {
        map.showView(view);
        map.setZoom(1.0);
        const acu::TargetSpacing fit = acu::measureSpacing(acu::clickTargets(map));
        EXPECT_GT(fit.crowded, fit.targets * 9 / 10) << view.toStdString();
        map.setZoom(acu::BodyMapView::kMaxZoom);
        const acu::TargetSpacing closest = acu::measureSpacing(acu::clickTargets(map));
        EXPECT_EQ(closest.targets, fit.targets) << view.toStdString();
        EXPECT_LT(closest.crowded, fit.targets / 5) << view.toStdString();
    }
}

// A click at fit on the crowded lower abdomen of the shipped front view offers exactly the
// points whose targets hold it.
TEST(MarkerChooser, shippedFrontAtFit_offersExactlyThePointsUnderTheClick)
{
    acu::BodyMapView map;
    showShipped(map);
    QPointF at;
    for (const acu::MarkerItem* item : map.currentMarkers()) {
        if (item->marker().code == QStringLiteral("CV4"))
            at = map.viewportTransform().map(item->scenePos());
    }
    QStringList expected;
    QList<std::pair<double, QString>> near;
    for (const acu::MarkerItem* item : map.currentMarkers()) {
        const QPointF centre = map.viewportTransform().map(item->scenePos());
        const double d = std::hypot(centre.x() - at.toPoint().x(), centre.y() - at.toPoint().y());
        if (d <= acu::kFingerDistance / 2)
            near.append({d, item->marker().label});
    }
    std::sort(near.begin(), near.end());
    for (const auto& [d, label] : near) {
        if (!expected.contains(label))
            expected.append(label);
    }
    ASSERT_GT(expected.size(), 2);
    QTest::mouseClick(map.viewport(), Qt::LeftButton, {}, at.toPoint());
    auto* chooser = map.findChild<acu::MarkerChooser*>();
    ASSERT_NE(chooser, nullptr);
    EXPECT_EQ(actionTexts(*chooser), expected);
}
