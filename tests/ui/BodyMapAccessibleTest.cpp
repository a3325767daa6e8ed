// The body map as a screen reader sees it: one child per marker of the current view, with
// the point's name, side and pregnancy status, and a focus event as the keyboard moves.

#include "ui/map/BodyMapAccessible.h"
#include "models/BodyMarkers.h"
#include "support/QtPrinters.h"
#include "support/TestCatalogues.h"
#include "ui/map/BodyMapView.h"
#include "ui/map/MapKeyboard.h"
#include "ui/map/MarkerChooser.h"
#include "ui/map/MarkerItem.h"

#include <QAccessible>
#include <QApplication>
#include <QSignalSpy>
#include <QTest>
#include <QTestAccessibility>

#include <gtest/gtest.h>

#include <algorithm>

namespace {

/// The focus events sent to accessibility since the last clearEvents, as (object, child index).
QList<QPair<QObject*, int>> focusEvents()
{
    QList<QPair<QObject*, int>> events;
    for (const QAccessibleEvent* event : QTestAccessibility::events()) {
        if (event->type() == QAccessible::Focus)
            events.append({event->object(), event->child()});
    }
    return events;
}

struct AccessibleMap {
    AccessibleMap()
    {
        QTestAccessibility::initialize(); // takes the events instead of a screen reader
        QAccessible::setActive(true);
        map.setMarkers(acu::bodyMarkers(*acu::test::shipped()));
        map.setViews(acu::bodyViews(*acu::test::shipped()));
        map.showView(QStringLiteral("back"));
        map.resize(500, 900);
        map.show();
        QApplication::setActiveWindow(&map);
        EXPECT_TRUE(QTest::qWaitForWindowActive(&map));
        map.setFocus(Qt::TabFocusReason);
        iface = QAccessible::queryAccessibleInterface(&map);
    }
    ~AccessibleMap()
    {
        QAccessible::setActive(false);
        QTestAccessibility::clearEvents();
    }
    AccessibleMap(const AccessibleMap&) = delete;
    AccessibleMap& operator=(const AccessibleMap&) = delete;

    /// The child interface of a marker, by code and side.
    QAccessibleInterface* child(const QString& code, acu::Side side) const
    {
        const QList<acu::MarkerItem*> markers = map.currentMarkers();
        for (int i = 0; i < markers.size(); ++i) {
            if (markers[i]->marker().code == code && markers[i]->marker().side == side)
                return iface->child(i);
        }
        ADD_FAILURE() << "no marker " << code.toStdString();
        return nullptr;
    }

    acu::MarkerItem* item(const QString& code, acu::Side side) const
    {
        for (auto* marker : map.currentMarkers()) {
            if (marker->marker().code == code && marker->marker().side == side)
                return marker;
        }
        return nullptr;
    }

    acu::BodyMapView map;
    QAccessibleInterface* iface = nullptr;
};

QString name(const QAccessibleInterface* child)
{
    return child ? child->text(QAccessible::Name) : QString();
}
QString description(const QAccessibleInterface* child)
{
    return child ? child->text(QAccessible::Description) : QString();
}

} // namespace

// The map's children are the markers of the view it shows.
TEST(BodyMapAccessible, childCount_isTheCurrentViewsMarkers)
{
    AccessibleMap m;
    ASSERT_NE(m.iface, nullptr);
    const auto markers = acu::bodyMarkers(*acu::test::shipped());
    const auto onBack = std::count_if(markers.begin(), markers.end(), [](const acu::BodyMarker& marker) {
        return marker.viewId == QLatin1String("back");
    });
    EXPECT_EQ(m.iface->childCount(), onBack);
    m.map.showView(QStringLiteral("sole"));
    const auto onSole = std::count_if(markers.begin(), markers.end(), [](const acu::BodyMarker& marker) {
        return marker.viewId == QLatin1String("sole");
    });
    EXPECT_EQ(m.iface->childCount(), onSole);
}

// Each marker is a button named by its point and the body's side.
TEST(BodyMapAccessible, childNames_sayThePointAndTheSide)
{
    AccessibleMap m;
    EXPECT_EQ(name(m.child(QStringLiteral("BL23"), acu::Side::Left)),
              QStringLiteral("BL23 \u2068Shènshū\u2069 \u2013 \u2068Kidney Transport\u2069, left side"));
    EXPECT_EQ(name(m.child(QStringLiteral("BL23"), acu::Side::Right)),
              QStringLiteral("BL23 \u2068Shènshū\u2069 \u2013 \u2068Kidney Transport\u2069, right side"));
    EXPECT_EQ(name(m.child(QStringLiteral("GV4"), acu::Side::Midline)),
              QStringLiteral("GV4 \u2068Mìngmén\u2069 \u2013 \u2068Gate of Life\u2069, midline"));
    EXPECT_EQ(m.child(QStringLiteral("GV4"), acu::Side::Midline)->role(), QAccessible::Button);
}

// Each marker's description says its pregnancy status.
TEST(BodyMapAccessible, childDescriptions_sayThePregnancyStatus)
{
    AccessibleMap m;
    EXPECT_EQ(description(m.child(QStringLiteral("BL23"), acu::Side::Left)), QStringLiteral("Pregnancy: caution"));
    EXPECT_EQ(description(m.child(QStringLiteral("BL27"), acu::Side::Right)),
              QStringLiteral("Pregnancy: traditionally forbidden"));
    EXPECT_EQ(description(m.child(QStringLiteral("BL40"), acu::Side::Left)),
              QStringLiteral("Pregnancy: no caution known"));
}

// A child is found back by its index, and at its place on the screen.
TEST(BodyMapAccessible, child_indexAndPlaceOnTheScreen)
{
    AccessibleMap m;
    QAccessibleInterface* bl23 = m.child(QStringLiteral("BL23"), acu::Side::Left);
    ASSERT_NE(bl23, nullptr);
    const int index = m.iface->indexOfChild(bl23);
    EXPECT_EQ(m.map.currentMarkers().at(index), m.item(QStringLiteral("BL23"), acu::Side::Left));
    EXPECT_EQ(m.iface->child(index), bl23); // the same interface each time
    EXPECT_EQ(bl23->parent(), m.iface);
    const QPoint centre =
        m.map.viewport()->mapToGlobal(m.map.mapFromScene(m.item(QStringLiteral("BL23"), acu::Side::Left)->scenePos()));
    EXPECT_TRUE(bl23->rect().contains(centre));
    EXPECT_EQ(m.iface->childAt(centre.x(), centre.y()), bl23);
}

// The states say selected, dimmed (disabled) and hidden (invisible).
TEST(BodyMapAccessible, childStates_followTheMarker)
{
    AccessibleMap m;
    m.map.setSelectedCode(QStringLiteral("BL23"));
    EXPECT_TRUE(m.child(QStringLiteral("BL23"), acu::Side::Left)->state().selected);
    EXPECT_FALSE(m.child(QStringLiteral("BL22"), acu::Side::Left)->state().selected);
    m.map.setVisibleCodes({QStringLiteral("BL23")});
    EXPECT_TRUE(m.child(QStringLiteral("BL22"), acu::Side::Left)->state().disabled);
    EXPECT_FALSE(m.child(QStringLiteral("BL23"), acu::Side::Left)->state().disabled);
    m.map.setHideContraindicated(true);
    EXPECT_TRUE(m.child(QStringLiteral("BL27"), acu::Side::Left)->state().invisible);
    EXPECT_FALSE(m.child(QStringLiteral("BL23"), acu::Side::Left)->state().invisible);
}

// Moving the keyboard focus tells accessibility which marker has it: its focus child.
TEST(BodyMapAccessible, arrowKey_sendsAFocusEventForTheMarker)
{
    AccessibleMap m;
    m.map.keyboard()->setFocusedMarker(m.item(QStringLiteral("BL23"), acu::Side::Left));
    QTestAccessibility::clearEvents();
    ASSERT_TRUE(m.map.hasFocus());
    QTest::keyClick(&m.map, Qt::Key_Up);
    const int index = static_cast<int>(m.map.currentMarkers().indexOf(m.item(QStringLiteral("BL22"), acu::Side::Left)));
    // The offscreen platform has no accessibility bridge, so Qt drops the events there; where
    // one is active the move is announced as a focus event on the marker's child.
    if (QAccessible::isActive()) {
        const auto events = focusEvents();
        ASSERT_EQ(events.size(), 1);
        EXPECT_EQ(events.front().first, &m.map);
        EXPECT_EQ(events.front().second, index);
    }
    QAccessibleInterface* focus = m.iface->focusChild();
    ASSERT_NE(focus, nullptr);
    EXPECT_EQ(focus, m.iface->child(index));
    EXPECT_TRUE(focus->state().focused);
    EXPECT_EQ(name(focus), QStringLiteral("BL22 \u2068Sānjiāoshū\u2069 \u2013 \u2068San Jiao Shu\u2069, left side"));
}

// A marker's press action selects its point; its focus action gives it the keyboard focus.
TEST(BodyMapAccessible, pressAndFocusActions)
{
    AccessibleMap m;
    QSignalSpy activated(&m.map, &acu::BodyMapView::pointActivated);
    QAccessibleInterface* bl40 = m.child(QStringLiteral("BL40"), acu::Side::Right);
    ASSERT_NE(bl40->actionInterface(), nullptr);
    bl40->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
    ASSERT_EQ(activated.count(), 1);
    EXPECT_EQ(activated.front().at(0).toString(), QStringLiteral("BL40"));
    bl40->actionInterface()->doAction(QAccessibleActionInterface::setFocusAction());
    EXPECT_EQ(m.map.keyboard()->focusedMarker(), m.item(QStringLiteral("BL40"), acu::Side::Right));
}

// A child of a view no longer shown is invalid.
TEST(BodyMapAccessible, childOfAViewLeft_isInvalid)
{
    AccessibleMap m;
    QAccessibleInterface* bl23 = m.child(QStringLiteral("BL23"), acu::Side::Left);
    m.map.showView(QStringLiteral("front"));
    EXPECT_FALSE(bl23->isValid());
    EXPECT_EQ(m.iface->indexOfChild(bl23), -1);
}

namespace {

/// The StateChanged events for the map sent since the last clearEvents, as (child index,
/// the states that changed).
QList<QPair<int, QAccessible::State>> stateChangeEvents(const QObject* map)
{
    QList<QPair<int, QAccessible::State>> changes;
    for (const QAccessibleEvent* event : QTestAccessibility::events()) {
        if (event->type() == QAccessible::StateChanged && event->object() == map)
            changes.append({event->child(), static_cast<const QAccessibleStateChangeEvent*>(event)->changedStates()});
    }
    return changes;
}

int eventsOfType(const QObject* map, QAccessible::Event type)
{
    return static_cast<int>(
        std::count_if(QTestAccessibility::events().cbegin(), QTestAccessibility::events().cend(),
                      [&](const QAccessibleEvent* event) { return event->type() == type && event->object() == map; }));
}

/// What changes on the map when `change` runs, as markerStateChanges sees it; where an
/// accessibility bridge is active (not on the offscreen platform, where Qt drops the
/// events), the StateChanged events sent must say the same.
template <typename Change> QList<QPair<int, QAccessible::State>> changesOf(acu::BodyMapView& map, Change&& change)
{
    const QList<acu::HeardMarkerState> before = acu::heardMarkerStates(map);
    QTestAccessibility::clearEvents();
    change();
    const auto changes = acu::markerStateChanges(before, acu::heardMarkerStates(map));
    if (QAccessible::isActive()) {
        const auto sent = stateChangeEvents(&map);
        EXPECT_EQ(sent.size(), changes.size());
        for (int i = 0; i < std::min(sent.size(), changes.size()); ++i) {
            EXPECT_EQ(sent[i].first, changes[i].first);
            EXPECT_EQ(sent[i].second, changes[i].second);
        }
    }
    return changes;
}

} // namespace

// Selecting, filtering out and hiding markers changes the states of exactly the markers
// concerned, and each change is what the map announces as StateChanged for that child.
TEST(BodyMapAccessible, selectingDimmingAndHiding_changeTheStatesOfTheMarkersConcerned)
{
    AccessibleMap m;
    const QList<acu::MarkerItem*> markers = m.map.currentMarkers();
    const auto indexOf = [&](const QString& code, acu::Side side) {
        return static_cast<int>(markers.indexOf(m.item(code, side)));
    };
    auto changes = changesOf(m.map, [&] { m.map.setSelectedCode(QStringLiteral("BL23")); });
    ASSERT_EQ(changes.size(), 2); // BL23 left and right
    for (const auto& [index, changed] : changes) {
        EXPECT_EQ(markers.at(index)->marker().code, QStringLiteral("BL23"));
        EXPECT_TRUE(changed.selected);
        EXPECT_FALSE(changed.disabled);
    }
    EXPECT_TRUE(changesOf(m.map, [&] { m.map.setSelectedCode(QStringLiteral("BL23")); }).isEmpty());

    changes = changesOf(m.map, [&] { m.map.setVisibleCodes({QStringLiteral("BL23")}); });
    EXPECT_EQ(changes.size(), markers.size() - 2); // all but BL23's two are dimmed
    EXPECT_TRUE(std::any_of(changes.begin(), changes.end(), [&](const auto& change) {
        return change.first == indexOf(QStringLiteral("BL22"), acu::Side::Left) && change.second.disabled;
    }));

    changes = changesOf(m.map, [&] { m.map.setHideContraindicated(true); });
    ASSERT_FALSE(changes.isEmpty());
    for (const auto& [index, changed] : changes) {
        EXPECT_EQ(markers.at(index)->marker().pregnancy, acu::PregnancyMark::Contraindicated);
        EXPECT_TRUE(changed.invisible);
    }
    EXPECT_TRUE(std::any_of(changes.begin(), changes.end(), [&](const auto& change) {
        return change.first == indexOf(QStringLiteral("BL27"), acu::Side::Left);
    }));
}

// Another view's markers are not compared with the old view's: no state changes, and where
// a bridge is active the map announces its children's reorder.
TEST(BodyMapAccessible, anotherView_isAReorderOfTheChildrenNotStateChanges)
{
    AccessibleMap m;
    const auto changes = changesOf(m.map, [&] { m.map.showView(QStringLiteral("front")); });
    EXPECT_TRUE(changes.isEmpty());
    if (QAccessible::isActive()) {
        EXPECT_EQ(eventsOfType(&m.map, QAccessible::ObjectReorder), 1);
    }
    EXPECT_EQ(m.iface->childCount(), m.map.currentMarkers().size());
    EXPECT_TRUE(acu::markerStateChanges({{}, {}}, {{}}).isEmpty()); // lists of two views
}

// A click that moves the keyboard focus to a marker makes it the map's focus child, and
// where a bridge is active announces it by a focus event for that child.
TEST(BodyMapAccessible, clickOnAMarker_makesItTheFocusChild)
{
    AccessibleMap m;
    m.map.keyboard()->setFocusedMarker(m.item(QStringLiteral("BL22"), acu::Side::Left));
    acu::MarkerItem* bl40 = m.item(QStringLiteral("BL40"), acu::Side::Right);
    QTestAccessibility::clearEvents();
    QTest::mouseClick(m.map.viewport(), Qt::LeftButton, {}, m.map.mapFromScene(bl40->scenePos()));
    if (auto* chooser = m.map.findChild<acu::MarkerChooser*>()) { // crowded there: choose BL40
        for (QAction* action : chooser->actions()) {
            if (action->text().startsWith(QStringLiteral("BL40 ")))
                action->trigger();
        }
        chooser->close();
    }
    const int index = static_cast<int>(m.map.currentMarkers().indexOf(bl40));
    if (QAccessible::isActive()) {
        const auto events = focusEvents();
        ASSERT_EQ(events.size(), 1);
        EXPECT_EQ(events.front().first, &m.map);
        EXPECT_EQ(events.front().second, index);
    }
    // The event's child, as a bridge resolves it, is the marker's interface.
    QAccessibleEvent focus(&m.map, QAccessible::Focus);
    focus.setChild(index);
    EXPECT_EQ(focus.accessibleInterface(), m.child(QStringLiteral("BL40"), acu::Side::Right));
    EXPECT_EQ(m.iface->focusChild(), m.child(QStringLiteral("BL40"), acu::Side::Right));
}
