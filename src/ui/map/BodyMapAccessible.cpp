#include "ui/map/BodyMapAccessible.h"

#include "ui/map/BodyMapView.h"
#include "ui/map/MapKeyboard.h"
#include "ui/map/MarkerItem.h"

#include <QCoreApplication>
#include <QKeySequence>
#include <QWidget>
#include <QWindow>

#include <limits>

namespace acu {

namespace {

QAccessibleInterface* bodyMapFactory(const QString& className, QObject* object)
{
    if (className != QLatin1String(BodyMapView::staticMetaObject.className()))
        return nullptr;
    auto* map = qobject_cast<BodyMapView*>(object);
    return map ? new BodyMapAccessible(map) : nullptr;
}

/// Where a marker is on the screen: its clickable shape's box.
QRect screenRect(const BodyMapView& map, const MarkerItem& marker)
{
    const QPoint centre = map.viewport()->mapToGlobal(map.mapFromScene(marker.scenePos()));
    return marker.shape().boundingRect().translated(centre).toAlignedRect();
}

} // namespace

QString markerAccessibleName(const BodyMarker& marker)
{
    switch (marker.side) {
    case Side::Left:
        return QCoreApplication::translate("BodyMapAccessible", "%1, left side").arg(marker.label);
    case Side::Right:
        return QCoreApplication::translate("BodyMapAccessible", "%1, right side").arg(marker.label);
    case Side::Midline:
        break;
    }
    return QCoreApplication::translate("BodyMapAccessible", "%1, midline").arg(marker.label);
}

QString markerAccessibleDescription(const BodyMarker& marker)
{
    switch (marker.pregnancy) {
    case PregnancyMark::Caution:
        return QCoreApplication::translate("BodyMapAccessible", "Pregnancy: caution");
    case PregnancyMark::Contraindicated:
        return QCoreApplication::translate("BodyMapAccessible", "Pregnancy: traditionally forbidden");
    case PregnancyMark::None:
        break;
    }
    return QCoreApplication::translate("BodyMapAccessible", "Pregnancy: no caution known");
}

void installBodyMapAccessibility()
{
    static const bool installed = [] {
        QAccessible::installFactory(&bodyMapFactory);
        return true;
    }();
    Q_UNUSED(installed);
}

// ---- what changes

QList<HeardMarkerState> heardMarkerStates(const BodyMapView& map)
{
    QList<HeardMarkerState> states;
    const QList<MarkerItem*> markers = map.currentMarkers();
    states.reserve(markers.size());
    for (const MarkerItem* marker : markers)
        states.append({marker->isSelectedMarker(), marker->isDimmed(), !marker->isVisible()});
    return states;
}

QList<QPair<int, QAccessible::State>> markerStateChanges(const QList<HeardMarkerState>& before,
                                                         const QList<HeardMarkerState>& after)
{
    QList<QPair<int, QAccessible::State>> changes;
    if (before.size() != after.size())
        return changes;
    for (int i = 0; i < after.size(); ++i) {
        QAccessible::State changed;
        changed.selected = before[i].selected != after[i].selected;
        changed.disabled = before[i].disabled != after[i].disabled;
        changed.invisible = before[i].invisible != after[i].invisible;
        if (changed.selected || changed.disabled || changed.invisible)
            changes.append({i, changed});
    }
    return changes;
}

BodyMapEvents::BodyMapEvents(BodyMapView* map)
    : QObject(map)
    , m_map(map)
{
    connect(map, &BodyMapView::markerStatesChanged, this, &BodyMapEvents::statesChanged);
    connect(map, &BodyMapView::viewChanged, this, &BodyMapEvents::viewChanged);
}

void BodyMapEvents::statesChanged()
{
    const QList<HeardMarkerState> now = heardMarkerStates(*m_map);
    if (m_view == m_map->currentView()) {
        for (const auto& [index, changed] : markerStateChanges(m_heard, now)) {
            QAccessibleStateChangeEvent event(m_map, changed);
            event.setChild(index);
            QAccessible::updateAccessibility(&event);
        }
    }
    m_view = m_map->currentView();
    m_heard = now;
}

void BodyMapEvents::viewChanged()
{
    // The children are now another view's markers: what was heard of the old ones is void.
    m_view = m_map->currentView();
    m_heard = heardMarkerStates(*m_map);
    QAccessibleEvent event(m_map, QAccessible::ObjectReorder);
    QAccessible::updateAccessibility(&event);
}

// ---- the map

BodyMapAccessible::BodyMapAccessible(BodyMapView* map)
    : QAccessibleWidget(map, QAccessible::Client)
{
}

BodyMapAccessible::~BodyMapAccessible()
{
    for (const QAccessible::Id id : std::as_const(m_children))
        QAccessible::deleteAccessibleInterface(id);
}

BodyMapView* BodyMapAccessible::map() const
{
    return static_cast<BodyMapView*>(widget());
}

int BodyMapAccessible::childCount() const
{
    return static_cast<int>(map()->currentMarkers().size());
}

QAccessibleInterface* BodyMapAccessible::child(int index) const
{
    if (index < 0 || index >= childCount())
        return nullptr;
    const QPair<QString, int> key(map()->currentView(), index);
    if (const auto found = m_children.constFind(key); found != m_children.cend())
        return QAccessible::accessibleInterface(*found);
    auto* made = new MarkerAccessible(map(), key.first, index);
    m_children.insert(key, QAccessible::registerAccessibleInterface(made));
    return made;
}

int BodyMapAccessible::indexOfChild(const QAccessibleInterface* child) const
{
    const auto* marker = dynamic_cast<const MarkerAccessible*>(child);
    if (!marker || !marker->isValid() || marker->parent() != this)
        return -1;
    return marker->markerIndex();
}

QAccessibleInterface* BodyMapAccessible::childAt(int x, int y) const
{
    // Where markers overlap, the one whose centre is nearest, as a click finds it.
    const QPoint at(x, y);
    const QList<MarkerItem*> markers = map()->currentMarkers();
    int best = -1;
    qint64 bestDistance = std::numeric_limits<qint64>::max();
    for (int i = 0; i < markers.size(); ++i) {
        if (!markers[i]->isVisible())
            continue;
        const QRect box = screenRect(*map(), *markers[i]);
        if (!box.contains(at))
            continue;
        const QPoint offset = box.center() - at;
        const qint64 distance = qint64(offset.x()) * offset.x() + qint64(offset.y()) * offset.y();
        if (distance < bestDistance) {
            best = i;
            bestDistance = distance;
        }
    }
    return best < 0 ? nullptr : child(best);
}

QAccessibleInterface* BodyMapAccessible::focusChild() const
{
    if (map()->hasFocus()) {
        if (MarkerItem* focused = map()->keyboard()->focusedMarker())
            return child(static_cast<int>(map()->currentMarkers().indexOf(focused)));
    }
    return QAccessibleWidget::focusChild();
}

// ---- one marker

MarkerAccessible::MarkerAccessible(BodyMapView* map, QString viewId, int index)
    : m_map(map)
    , m_viewId(std::move(viewId))
    , m_index(index)
{
}

MarkerItem* MarkerAccessible::marker() const
{
    if (!m_map || m_map->currentView() != m_viewId)
        return nullptr;
    return m_map->currentMarkers().value(m_index);
}

bool MarkerAccessible::isValid() const
{
    return marker() != nullptr;
}

QWindow* MarkerAccessible::window() const
{
    return m_map ? m_map->window()->windowHandle() : nullptr;
}

QAccessibleInterface* MarkerAccessible::parent() const
{
    return m_map ? QAccessible::queryAccessibleInterface(m_map.data()) : nullptr;
}

QString MarkerAccessible::text(QAccessible::Text t) const
{
    const MarkerItem* item = marker();
    if (!item)
        return {};
    switch (t) {
    case QAccessible::Name:
        return markerAccessibleName(item->marker());
    case QAccessible::Description:
        return markerAccessibleDescription(item->marker());
    default:
        return {};
    }
}

QRect MarkerAccessible::rect() const
{
    const MarkerItem* item = marker();
    return item ? screenRect(*m_map, *item) : QRect();
}

QAccessible::State MarkerAccessible::state() const
{
    QAccessible::State state;
    const MarkerItem* item = marker();
    if (!item) {
        state.invalid = true;
        return state;
    }
    state.focusable = true;
    state.selectable = true;
    state.focused = m_map->hasFocus() && m_map->keyboard()->focusedMarker() == item;
    state.selected = item->isSelectedMarker();
    state.invisible = !item->isVisible();
    state.disabled = item->isDimmed(); // filtered out: not clickable
    state.offscreen = !m_map->viewport()->rect().contains(m_map->mapFromScene(item->scenePos()));
    return state;
}

void* MarkerAccessible::interface_cast(QAccessible::InterfaceType type)
{
    return type == QAccessible::ActionInterface ? static_cast<QAccessibleActionInterface*>(this) : nullptr;
}

QStringList MarkerAccessible::actionNames() const
{
    return {pressAction(), setFocusAction()};
}

void MarkerAccessible::doAction(const QString& actionName)
{
    MarkerItem* item = marker();
    if (!item || !item->isVisible())
        return;
    if (actionName == pressAction()) {
        if (item->isDimmed())
            return; // as a click on it does nothing
        m_map->keyboard()->activate(item);
    } else if (actionName == setFocusAction()) {
        m_map->setFocus(Qt::OtherFocusReason);
        m_map->keyboard()->setFocusedMarker(item);
    }
}

QStringList MarkerAccessible::keyBindingsForAction(const QString& actionName) const
{
    if (actionName == pressAction())
        return {QKeySequence(Qt::Key_Return).toString(QKeySequence::NativeText),
                QKeySequence(Qt::Key_Space).toString(QKeySequence::NativeText)};
    return {};
}

} // namespace acu
