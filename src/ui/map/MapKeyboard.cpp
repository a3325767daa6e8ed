#include "ui/map/MapKeyboard.h"

#include "ui/map/BodyMapView.h"
#include "ui/map/MarkerItem.h"
#include "ui/map/SpatialNavigation.h"

#include <QAccessible>
#include <QGraphicsScene>
#include <QKeyEvent>

namespace acu {

namespace {

/// How far from the viewport's edge, in pixels, a focused marker is kept when scrolled to.
constexpr int kSightMargin = 40;

QList<QPointF> positionsOf(const QList<MarkerItem*>& markers)
{
    QList<QPointF> positions;
    positions.reserve(markers.size());
    for (const auto* marker : markers)
        positions.append(marker->scenePos());
    return positions;
}

} // namespace

MapKeyboard::MapKeyboard(BodyMapView* map)
    : QObject(map)
    , m_map(map)
{
    map->installEventFilter(this);
    connect(map, &BodyMapView::viewChanged, this, [this] { setFocusedMarker(nullptr); });
}

MarkerItem* MapKeyboard::focusedMarker() const
{
    return m_scene && m_scene == m_map->scene() ? m_focused : nullptr;
}

void MapKeyboard::setFocusedMarker(MarkerItem* marker)
{
    if (m_scene && m_focused)
        m_focused->setKeyboardFocused(false); // a marker of a view left a moment ago, too
    m_focused = marker;
    m_scene = marker ? marker->scene() : nullptr;
    if (!marker)
        return;
    updateRing();
    if (m_map->zoom() > BodyMapView::kMinZoom)
        m_map->ensureVisible(QRectF(marker->scenePos(), QSizeF(0, 0)), kSightMargin, kSightMargin);
    announce();
}

void MapKeyboard::activate(const MarkerItem* marker)
{
    if (marker)
        emit activated(marker->marker().code);
}

void MapKeyboard::focusPointAt(const QString& code, const QPointF& viewportPos)
{
    const QPointF at = m_map->viewportTransform().inverted().map(viewportPos);
    QList<MarkerItem*> ofPoint;
    for (auto* marker : m_map->currentMarkers()) {
        if (marker->marker().code == code)
            ofPoint.append(marker);
    }
    const int nearest = nearestTo(positionsOf(ofPoint), at);
    if (nearest >= 0 && ofPoint[nearest] != focusedMarker())
        setFocusedMarker(ofPoint[nearest]);
}

void MapKeyboard::updateRing()
{
    if (MarkerItem* marker = focusedMarker())
        marker->setKeyboardFocused(m_map->hasFocus());
}

void MapKeyboard::announce()
{
    MarkerItem* marker = focusedMarker();
    if (!marker || !m_map->hasFocus())
        return;
    QAccessibleEvent event(m_map, QAccessible::Focus);
    event.setChild(static_cast<int>(m_map->currentMarkers().indexOf(marker)));
    QAccessible::updateAccessibility(&event);
}

bool MapKeyboard::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_map) {
        switch (event->type()) {
        case QEvent::KeyPress:
            if (handleKey(static_cast<QKeyEvent*>(event)))
                return true;
            break;
        case QEvent::FocusIn:
            updateRing();
            announce();
            break;
        case QEvent::FocusOut:
            updateRing();
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

QList<MarkerItem*> MapKeyboard::reachableMarkers() const
{
    QList<MarkerItem*> reachable;
    for (auto* marker : m_map->currentMarkers()) {
        if (marker->isVisible() && !marker->isDimmed())
            reachable.append(marker);
    }
    return reachable;
}

MarkerItem* MapKeyboard::startMarker(const QList<MarkerItem*>& reachable) const
{
    const QPointF centre = m_map->mapToScene(m_map->viewport()->rect().center());
    QList<MarkerItem*> selected;
    for (auto* marker : reachable) {
        if (marker->isSelectedMarker())
            selected.append(marker);
    }
    const QList<MarkerItem*>& from = selected.isEmpty() ? reachable : selected;
    const int nearest = nearestTo(positionsOf(from), centre);
    return nearest < 0 ? nullptr : from[nearest];
}

bool MapKeyboard::handleKey(const QKeyEvent* event)
{
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    if (modifiers != Qt::NoModifier)
        return false; // Ctrl+arrows pan; Alt and the rest belong to shortcuts
    const int key = event->key();
    if (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Space) {
        MarkerItem* marker = focusedMarker();
        if (marker && (!marker->isVisible() || marker->isDimmed()))
            marker = nullptr; // filtered out or hidden since it took the focus: a click cannot reach it either
        activate(marker);
        return marker != nullptr;
    }
    MapDirection direction = MapDirection::Right;
    switch (key) {
    case Qt::Key_Left:
        direction = MapDirection::Left;
        break;
    case Qt::Key_Right:
        direction = MapDirection::Right;
        break;
    case Qt::Key_Up:
        direction = MapDirection::Up;
        break;
    case Qt::Key_Down:
        direction = MapDirection::Down;
        break;
    case Qt::Key_Home:
    case Qt::Key_End:
        break;
    default:
        return false;
    }
    const QList<MarkerItem*> reachable = reachableMarkers();
    if (reachable.isEmpty())
        return false; // a map with nothing to reach scrolls as before
    const QList<QPointF> positions = positionsOf(reachable);
    int next = -1;
    if (key == Qt::Key_Home) {
        next = firstInReadingOrder(positions);
    } else if (key == Qt::Key_End) {
        next = lastInReadingOrder(positions);
    } else if (MarkerItem* current = focusedMarker()) {
        next =
            nearestInDirection(positions, current->scenePos(), direction, static_cast<int>(reachable.indexOf(current)));
    } else {
        setFocusedMarker(startMarker(reachable));
        return true;
    }
    if (next >= 0)
        setFocusedMarker(reachable[next]);
    return true; // at the map's edge the focus stays where it is
}

} // namespace acu
