#include "ui/map/BodyMapView.h"

#include "ui/map/BodyMapAccessible.h"
#include "ui/map/ChannelLines.h"
#include "ui/map/FingerTargets.h"
#include "ui/map/MapKeyboard.h"
#include "ui/map/MarkerChooser.h"
#include "ui/map/MarkerItem.h"
#include "ui/map/MarkerLabeller.h"
#include "ui/theme/FocusRing.h"

#include <QContextMenuEvent>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsSvgItem>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QScrollBar>
#include <QSvgRenderer>
#include <QTimer>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace acu {

namespace {

constexpr double kZoomStep = 1.25;

} // namespace

BodyMapView::BodyMapView(QWidget* parent)
    : QGraphicsView(parent)
    , m_drawingDirectory(builtInDrawingDirectory())
{
    installBodyMapAccessibility(); // before anything asks for the map's accessible interface
    setObjectName(QStringLiteral("bodyMap"));
    setAccessibleName(tr("Body map"));
    setAccessibleDescription(tr("Body drawing with point markers. Click a marker to select its point."));
    setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setBackgroundRole(QPalette::Base);
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::StrongFocus);
    new BodyMapEvents(this);
    m_keyboard = new MapKeyboard(this);
    connect(m_keyboard, &MapKeyboard::activated, this, &BodyMapView::pointActivated);
    new FocusRing(this);
    // The ring's band beside the viewport, so that scrolling copies pixels (FocusRing.h).
    setViewportMargins(FocusRing::kWidth, FocusRing::kWidth, FocusRing::kWidth, FocusRing::kWidth);
}

BodyMapView::~BodyMapView()
{
    // QWidget's destructor sends a last FocusOut, by which time this is no longer a view:
    // the keys stop listening first.
    removeEventFilter(m_keyboard);
}

void BodyMapView::setDrawingDirectory(const QString& directory)
{
    m_drawingDirectory = directory;
    m_prepared.clear(); // prepared from the old directory
}

void BodyMapView::adoptDrawings(PreparedDrawings drawings)
{
    for (auto& [viewId, renderer] : drawings) {
        if (renderer && !m_scenes.contains(viewId))
            m_prepared[viewId] = std::move(renderer);
    }
}

void BodyMapView::setViews(const QList<BodyViewInfo>& views)
{
    setScene(nullptr);
    qDeleteAll(m_scenes);
    m_scenes.clear();
    m_markerItems.clear();
    m_places.clear();
    m_views = views;
    m_currentView.clear();
    if (!m_views.isEmpty())
        showView(m_views.constFirst().id);
}

void BodyMapView::setMarkers(const QList<BodyMarker>& markers)
{
    m_markers = markers;
    savePlace(); // the new markers' scene takes up the same zoom and scroll
    const QString current = m_currentView;
    setScene(nullptr);
    qDeleteAll(m_scenes);
    m_scenes.clear();
    m_markerItems.clear();
    m_currentView.clear();
    if (!current.isEmpty())
        showView(current);
}

QStringList BodyMapView::viewsShowing(const QString& code) const
{
    QStringList ids;
    for (const auto& view : m_views) {
        const bool shows = std::any_of(m_markers.begin(), m_markers.end(), [&](const BodyMarker& marker) {
            return marker.code == code && marker.viewId == view.id;
        });
        if (shows)
            ids.append(view.id);
    }
    return ids;
}

QList<MarkerItem*> BodyMapView::currentMarkers() const
{
    return scene() ? m_markerItems.value(m_currentView) : QList<MarkerItem*>();
}

QGraphicsScene* BodyMapView::sceneFor(const QString& viewId)
{
    if (auto* existing = m_scenes.value(viewId))
        return existing;
    const auto view = std::find_if(m_views.begin(), m_views.end(), [&](const auto& v) { return v.id == viewId; });
    if (view == m_views.end())
        return nullptr;

    auto* scene = new QGraphicsScene(this);
    // A view holds a drawing and a few dozen markers: looking them up one by one is quicker
    // than building a BSP tree before the first paint.
    scene->setItemIndexMethod(QGraphicsScene::NoIndex);
    scene->setSceneRect(QRectF(QPointF(0, 0), view->size));
    if (std::unique_ptr<QSvgRenderer> parsed = takeDrawing(viewId)) {
        auto* renderer = parsed.release();
        renderer->setParent(scene);
        auto* drawing = new QGraphicsSvgItem;
        drawing->setSharedRenderer(renderer);
        // QGraphicsSvgItem caches by default; see paintEvent for why not before the first paint.
        drawing->setCacheMode(m_cacheDrawings ? QGraphicsItem::DeviceCoordinateCache : QGraphicsItem::NoCache);
        const QRectF box = renderer->viewBoxF();
        if (!box.isEmpty() && box.size() != view->size)
            drawing->setTransform(
                QTransform::fromScale(view->size.width() / box.width(), view->size.height() / box.height()));
        scene->addItem(drawing);
    } else {
        scene->addRect(scene->sceneRect(), QPen(palette().color(QPalette::Mid)));
    }
    QList<MarkerItem*>& items = m_markerItems[viewId];
    for (const auto& marker : m_markers) {
        if (marker.viewId == viewId) {
            items.append(new MarkerItem(marker));
            scene->addItem(items.constLast());
        }
    }
    addChannelLines(scene, m_markers, viewId);
    showChannelLines(scene, m_shownChannels);
    m_scenes.insert(viewId, scene);
    return scene;
}

std::unique_ptr<QSvgRenderer> BodyMapView::takeDrawing(const QString& viewId)
{
    const auto prepared = m_prepared.find(viewId);
    if (prepared == m_prepared.end())
        return loadDrawing(drawingPath(m_drawingDirectory, viewId));
    std::unique_ptr<QSvgRenderer> renderer = std::move(prepared->second);
    m_prepared.erase(prepared);
    return renderer;
}

void BodyMapView::showView(const QString& viewId)
{
    if (viewId == m_currentView)
        return;
    QGraphicsScene* next = sceneFor(viewId);
    if (!next)
        return;
    savePlace();
    const double oldZoom = m_zoom;
    m_currentView = viewId;
    setScene(next);
    applyMarkerStates(next);
    restorePlace(viewId);
    centreOnSelection();
    emit viewChanged(viewId);
    if (!qFuzzyCompare(oldZoom, m_zoom))
        emit zoomChanged(m_zoom);
}

void BodyMapView::setSelectedCode(const QString& code)
{
    m_selectedCode = code;
    if (!code.isEmpty()) {
        const QStringList showing = viewsShowing(code);
        if (!showing.isEmpty() && !showing.contains(m_currentView))
            showView(showing.constFirst());
    }
    for (auto* scene : std::as_const(m_scenes))
        applyMarkerStates(scene);
    centreOnSelection();
    placeLabels();
    emit markerStatesChanged();
    emit selectedCodeChanged(code);
}

void BodyMapView::setShownChannels(const QStringList& prefixes)
{
    m_shownChannels = QSet<QString>(prefixes.begin(), prefixes.end());
    for (auto* scene : std::as_const(m_scenes))
        showChannelLines(scene, m_shownChannels);
}

QStringList BodyMapView::drawnChannels() const
{
    return acu::drawnChannels(scene());
}

void BodyMapView::setVisibleCodes(const QStringList& codes)
{
    m_visibleCodes = QSet<QString>(codes.begin(), codes.end());
    m_filtering = true;
    for (auto* scene : std::as_const(m_scenes))
        applyMarkerStates(scene);
    placeLabels();
    emit markerStatesChanged();
}

void BodyMapView::showViewShowingMost(const QStringList& codes)
{
    const QString best = viewShowingMost(m_views, m_markers, codes, m_currentView);
    if (!best.isEmpty() && best != m_currentView)
        showView(best);
}

void BodyMapView::setPregnancyMode(bool on)
{
    m_pregnancyMode = on;
    for (auto* scene : std::as_const(m_scenes))
        applyMarkerStates(scene);
    placeLabels();
}

void BodyMapView::setHideContraindicated(bool hide)
{
    m_hideContraindicated = hide;
    for (auto* scene : std::as_const(m_scenes))
        applyMarkerStates(scene);
    placeLabels();
    emit markerStatesChanged();
}

void BodyMapView::applyMarkerStates(QGraphicsScene* scene)
{
    if (!scene)
        return;
    for (QGraphicsItem* item : scene->items()) {
        if (item->type() != MarkerItem::Type)
            continue;
        auto* marker = static_cast<MarkerItem*>(item);
        const QString& code = marker->marker().code;
        marker->setSelectedMarker(!m_selectedCode.isEmpty() && code == m_selectedCode);
        marker->setDimmed(m_filtering && !m_visibleCodes.contains(code));
        marker->setPregnancyMode(m_pregnancyMode);
        marker->setVisible(!(m_hideContraindicated && marker->marker().pregnancy == PregnancyMark::Contraindicated));
    }
}

void BodyMapView::centreOnSelection()
{
    if (m_selectedCode.isEmpty() || m_zoom <= kMinZoom)
        return;
    for (auto* marker : currentMarkers()) {
        if (marker->marker().code == m_selectedCode) {
            ensureVisible(marker, 60, 60);
            return;
        }
    }
}

void BodyMapView::setZoom(double zoom)
{
    zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    if (qFuzzyCompare(zoom, m_zoom))
        return;
    m_zoom = zoom;
    applyTransform();
    centreOnSelection();
    emit zoomChanged(m_zoom);
}

void BodyMapView::zoomAbout(double zoom, const QPointF& viewportPos)
{
    zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    if (qFuzzyCompare(zoom, m_zoom))
        return;
    const QPointF anchor = mapToScene(viewportPos.toPoint());
    m_zoom = zoom;
    applyTransform();
    // Scroll so that the anchor is back under the cursor (as far as the scroll range allows).
    const QPointF moved = mapFromScene(anchor) - viewportPos;
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + qRound(moved.x()));
    verticalScrollBar()->setValue(verticalScrollBar()->value() + qRound(moved.y()));
    emit zoomChanged(m_zoom);
}

void BodyMapView::savePlace()
{
    if (!m_currentView.isEmpty() && scene())
        m_places.insert(m_currentView, {m_zoom, mapToScene(viewport()->rect().center())});
}

void BodyMapView::restorePlace(const QString& viewId)
{
    const auto place = m_places.constFind(viewId);
    m_zoom = place == m_places.cend() ? kMinZoom : place->zoom;
    applyTransform();
    if (place != m_places.cend())
        centerOn(place->centre);
}

void BodyMapView::zoomIn()
{
    setZoom(m_zoom * kZoomStep);
}
void BodyMapView::zoomOut()
{
    setZoom(m_zoom / kZoomStep);
}
void BodyMapView::fitToView()
{
    setZoom(kMinZoom);
}

void BodyMapView::applyTransform()
{
    if (!scene())
        return;
    const QRectF rect = scene()->sceneRect();
    const QSizeF area = viewport()->size();
    if (rect.isEmpty() || area.isEmpty())
        return;
    const double fit = std::min(area.width() / rect.width(), area.height() / rect.height()) * 0.96;
    setTransform(QTransform::fromScale(fit * m_zoom, fit * m_zoom));
    placeLabels();
}

void BodyMapView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton) {
        const QPointF at = event->position();
        const bool held = offerTargetsAt(at, event->globalPosition().toPoint(), [this, at](const QString& code) {
            m_keyboard->focusPointAt(code, at); // the keys go on from the point chosen
            emit pointActivated(code);
        });
        if (held) {
            event->accept();
            return;
        }
    }
    QGraphicsView::mousePressEvent(event);
}

bool BodyMapView::offerTargetsAt(const QPointF& at, const QPoint& globalPos,
                                 const std::function<void(const QString&)>& choose)
{
    // Where targets overlap, the map offers their points rather than guess (FingerTargets.h).
    const QList<ClickTarget> held = targetsAt(clickTargets(*this), at);
    if (held.size() == 1)
        choose(held.constFirst().code);
    if (held.size() > 1) {
        auto* chooser = new MarkerChooser(held, this);
        connect(chooser, &MarkerChooser::chosen, this, choose);
        chooser->popup(globalPos);
    }
    return !held.isEmpty();
}

void BodyMapView::placeLabels()
{
    if (!isVisible()) {
        m_labelsPending = true;
        return;
    }
    m_labelsPending = false;
    if (scene())
        labelMarkers(*scene(), transform(), font(), m_labelSizes);
}

void BodyMapView::contextMenuEvent(QContextMenuEvent* event)
{
    // The menu key asks about the marker with the keyboard focus; the mouse, as a click does.
    if (event->reason() == QContextMenuEvent::Keyboard) {
        if (const MarkerItem* focused = m_keyboard->focusedMarker();
            focused && focused->isVisible() && !focused->isDimmed()) {
            const QPoint centre = viewport()->mapToGlobal(mapFromScene(focused->scenePos()));
            emit addToRoutineRequested(focused->marker().code, centre);
            event->accept();
            return;
        }
    }
    const QPoint globalPos = event->globalPos();
    // The position is in viewport coordinates, as a click's.
    const bool held = offerTargetsAt(QPointF(event->pos()), globalPos, [this, globalPos](const QString& code) {
        emit addToRoutineRequested(code, globalPos);
    });
    if (!held) {
        QGraphicsView::contextMenuEvent(event);
        return;
    }
    event->accept();
}

void BodyMapView::wheelEvent(QWheelEvent* event)
{
    const int steps = event->angleDelta().y() / 120;
    if (steps == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    zoomAbout(m_zoom * std::pow(kZoomStep, steps), event->position());
    event->accept();
}

bool BodyMapView::viewportEvent(QEvent* event)
{
    // A touchpad's pinch (where the platform reports it) zooms about the fingers' centre.
    if (event->type() == QEvent::NativeGesture) {
        const auto* gesture = static_cast<QNativeGestureEvent*>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            zoomAbout(m_zoom * (1.0 + gesture->value()), gesture->position());
            return true;
        }
    }
    return QGraphicsView::viewportEvent(event);
}

void BodyMapView::resizeEvent(QResizeEvent* event)
{
    QGraphicsView::resizeEvent(event);
    applyTransform();
}

void BodyMapView::showEvent(QShowEvent* event)
{
    QGraphicsView::showEvent(event);
    if (m_labelsPending)
        placeLabels();
}

void BodyMapView::paintEvent(QPaintEvent* event)
{
    QGraphicsView::paintEvent(event);
    // The first paint draws the drawing straight into the window, which is quicker than
    // rendering it into a cache and copying that. Repaints (a marker's patch when the
    // selection changes, scrolling) are several times quicker from a cache, so drawings
    // keep a rendered copy from then on (tests/bench/BodyMapBenchmark.cpp), as long as
    // it is within QGraphicsSvgItem's cache size, 1024x768 pixels: zoomed in further, a
    // drawing is drawn directly each time.
    if (!m_cacheDrawings) {
        m_cacheDrawings = true;
        QTimer::singleShot(0, this, &BodyMapView::cacheDrawings);
    }
}

void BodyMapView::cacheDrawings()
{
    for (auto* scene : std::as_const(m_scenes)) {
        for (QGraphicsItem* item : scene->items()) {
            if (item->type() == QGraphicsSvgItem::Type)
                item->setCacheMode(QGraphicsItem::DeviceCoordinateCache);
        }
    }
}

} // namespace acu
