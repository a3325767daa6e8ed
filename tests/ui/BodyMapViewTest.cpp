// Every body view renders, and every marker lies on the drawn body, not on the background.

#include "ui/map/BodyMapView.h"
#include "core/catalogue/CatalogueLoader.h"
#include "models/BodyMarkers.h"
#include "support/QtPrinters.h"
#include "support/TestCatalogues.h"
#include "ui/map/BodyDrawing.h"
#include "ui/map/MarkerItem.h"

#include <QCoreApplication>
#include <QGraphicsScene>
#include <QGraphicsSvgItem>
#include <QImage>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QPointingDevice>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QSvgRenderer>
#include <QWheelEvent>

#include <gtest/gtest.h>

#include <algorithm>
#include <thread>

namespace {

const acu::Catalogue& shipped()
{
    return *acu::test::shipped();
}

QString drawingPath(const QString& viewId)
{
    return QStringLiteral(":/acupoint-atlas/body/%1.svg").arg(viewId);
}

/// The drawing rendered at its own size (one pixel per view unit), on a transparent background.
QImage render(const acu::BodyViewInfo& view)
{
    QSvgRenderer renderer(drawingPath(view.id));
    QImage image(view.size.toSize(), QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    renderer.render(&painter, QRectF(QPointF(0, 0), view.size));
    return image;
}

} // namespace

// Each view's drawing is present, valid, the view's size, and draws something.
TEST(BodyDrawings, everyViewRenders)
{
    const auto views = acu::bodyViews(shipped());
    ASSERT_FALSE(views.isEmpty());
    for (const auto& view : views) {
        QSvgRenderer renderer(drawingPath(view.id));
        ASSERT_TRUE(renderer.isValid()) << view.id.toStdString();
        EXPECT_EQ(renderer.viewBoxF().size(), view.size) << view.id.toStdString();
        const QImage image = render(view);
        int opaque = 0;
        for (int y = 0; y < image.height(); y += 4)
            for (int x = 0; x < image.width(); x += 4)
                opaque += qAlpha(image.pixel(x, y)) > 0;
        EXPECT_GT(opaque, 100) << view.id.toStdString() << " draws almost nothing";
    }
}

// Each marker sits on the body: the drawing is opaque under it.
TEST(BodyDrawings, everyMarkerLiesOnTheBody)
{
    const auto views = acu::bodyViews(shipped());
    const auto markers = acu::bodyMarkers(shipped());
    for (const auto& view : views) {
        const QImage image = render(view);
        for (const auto& marker : markers) {
            if (marker.viewId != view.id)
                continue;
            const QPoint at = marker.position.toPoint();
            ASSERT_TRUE(image.rect().contains(at)) << marker.code.toStdString();
            EXPECT_EQ(qAlpha(image.pixel(at)), 255) << marker.code.toStdString() << " in " << view.id.toStdString()
                                                    << " at (" << at.x() << ", " << at.y() << ") lies off the body";
        }
    }
}

// Every point has a marker in at least one view.
TEST(BodyDrawings, everyPointHasAMarker)
{
    acu::BodyMapView map;
    map.setMarkers(acu::bodyMarkers(shipped()));
    map.setViews(acu::bodyViews(shipped()));
    for (const auto& point : shipped().points())
        EXPECT_FALSE(map.viewsShowing(QString::fromStdString(point.code)).isEmpty()) << point.code;
}

// Showing a view puts its markers in the scene, both sides for a bilateral point.
TEST(BodyMapView, showView_placesMarkersOnBothSides)
{
    acu::BodyMapView map;
    map.resize(400, 600);
    map.setMarkers(acu::bodyMarkers(shipped()));
    map.setViews(acu::bodyViews(shipped()));
    map.showView(QStringLiteral("back"));
    EXPECT_EQ(map.currentView(), QStringLiteral("back"));
    int bl23 = 0;
    for (auto* marker : map.currentMarkers())
        bl23 += marker->marker().code == QStringLiteral("BL23");
    EXPECT_EQ(bl23, 2);
}

namespace {

/// The cache modes of the drawings in every scene the map has built.
QList<QGraphicsItem::CacheMode> drawingCacheModes(const acu::BodyMapView& map)
{
    QList<QGraphicsItem::CacheMode> modes;
    for (auto* scene : map.findChildren<QGraphicsScene*>()) {
        for (QGraphicsItem* item : scene->items()) {
            if (item->type() == QGraphicsSvgItem::Type)
                modes.append(item->cacheMode());
        }
    }
    return modes;
}

} // namespace

// The first paint draws the drawing straight into the window; after it, drawings keep a
// rendered copy for repaints, and views shown later start with one.
TEST(BodyMapView, drawingsAreCachedAfterTheFirstPaint)
{
    acu::BodyMapView map;
    map.resize(400, 600);
    map.setMarkers(acu::bodyMarkers(shipped()));
    map.setViews(acu::bodyViews(shipped()));
    ASSERT_EQ(drawingCacheModes(map), QList<QGraphicsItem::CacheMode>{QGraphicsItem::NoCache});

    QImage target(map.size(), QImage::Format_ARGB32_Premultiplied);
    static_cast<QWidget&>(map).render(&target);
    QCoreApplication::processEvents();
    EXPECT_EQ(drawingCacheModes(map), QList<QGraphicsItem::CacheMode>{QGraphicsItem::DeviceCoordinateCache});

    map.showView(QStringLiteral("back"));
    EXPECT_EQ(drawingCacheModes(map), QList<QGraphicsItem::CacheMode>(2, QGraphicsItem::DeviceCoordinateCache));
}

// A drawing parsed on another thread comes back as a renderer of the main thread; a
// missing file gives none.
TEST(BodyDrawing, loadDrawing_onAnotherThread_givesAMainThreadRenderer)
{
    std::unique_ptr<QSvgRenderer> renderer;
    std::thread worker([&] {
        renderer = acu::loadDrawing(acu::drawingPath(acu::builtInDrawingDirectory(), QStringLiteral("front")));
    });
    worker.join();
    ASSERT_NE(renderer, nullptr);
    EXPECT_TRUE(renderer->isValid());
    EXPECT_EQ(renderer->thread(), QCoreApplication::instance()->thread());
    EXPECT_EQ(acu::loadDrawing(QStringLiteral(":/acupoint-atlas/body/no-such-view.svg")), nullptr);
}

// A view shown for the first time uses the drawing prepared for it; others read their file.
TEST(BodyMapView, adoptDrawings_firstShowingUsesThePreparedDrawing)
{
    acu::PreparedDrawings drawings;
    drawings[QStringLiteral("front")] =
        acu::loadDrawing(acu::drawingPath(acu::builtInDrawingDirectory(), QStringLiteral("front")));
    const QSvgRenderer* prepared = drawings[QStringLiteral("front")].get();
    ASSERT_NE(prepared, nullptr);

    acu::BodyMapView map;
    map.adoptDrawings(std::move(drawings));
    map.setMarkers(acu::bodyMarkers(shipped()));
    map.setViews(acu::bodyViews(shipped())); // shows the first view, the front
    ASSERT_EQ(map.currentView(), QStringLiteral("front"));
    const auto drawingOf = [&map]() -> QGraphicsSvgItem* {
        for (QGraphicsItem* item : map.scene()->items()) {
            if (item->type() == QGraphicsSvgItem::Type)
                return static_cast<QGraphicsSvgItem*>(item);
        }
        return nullptr;
    };
    ASSERT_NE(drawingOf(), nullptr);
    EXPECT_EQ(drawingOf()->renderer(), prepared);

    map.showView(QStringLiteral("back"));
    ASSERT_NE(drawingOf(), nullptr);
    EXPECT_NE(drawingOf()->renderer(), prepared);
    EXPECT_TRUE(drawingOf()->renderer()->isValid());
}

// Zoom stays between fit and the maximum.
TEST(BodyMapView, zoom_isClamped)
{
    acu::BodyMapView map;
    map.setZoom(100);
    EXPECT_DOUBLE_EQ(map.zoom(), acu::BodyMapView::kMaxZoom);
    map.setZoom(0.01);
    EXPECT_DOUBLE_EQ(map.zoom(), acu::BodyMapView::kMinZoom);
}

namespace {

/// A map of the shipped catalogue, 400x600, showing the front view.
void showShipped(acu::BodyMapView& map)
{
    map.resize(400, 600);
    map.setMarkers(acu::bodyMarkers(shipped()));
    map.setViews(acu::bodyViews(shipped()));
    map.show();
}

void wheel(acu::BodyMapView& map, const QPointF& at, int steps)
{
    QWheelEvent event(at, map.viewport()->mapToGlobal(at), QPoint(), QPoint(0, 120 * steps), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(map.viewport(), &event);
}

} // namespace

// The wheel zooms about the cursor: the drawing's point under it stays under it, here a
// point left of and below the centre (where the scroll range lets it stay).
TEST(BodyMapView, wheel_zoomsAboutTheCursor)
{
    acu::BodyMapView map;
    showShipped(map);
    const QPointF cursor(170, 450);
    const QPointF before = map.mapToScene(cursor.toPoint());
    wheel(map, cursor, 5);
    ASSERT_GT(map.zoom(), 3.0);
    const QPointF after = map.mapToScene(cursor.toPoint());
    EXPECT_NEAR(after.x(), before.x(), 1.0);
    EXPECT_NEAR(after.y(), before.y(), 1.0);
    wheel(map, cursor, -1);
    const QPointF back = map.mapToScene(cursor.toPoint());
    EXPECT_NEAR(back.x(), before.x(), 1.0);
    EXPECT_NEAR(back.y(), before.y(), 1.0);
}

// A touchpad's pinch zooms about the fingers, as the wheel does about the cursor.
TEST(BodyMapView, pinch_zoomsAboutItsCentre)
{
    acu::BodyMapView map;
    showShipped(map);
    const QPointF fingers(220, 150);
    const QPointF before = map.mapToScene(fingers.toPoint());
    QNativeGestureEvent pinch(Qt::ZoomNativeGesture, QPointingDevice::primaryPointingDevice(), 2, fingers, fingers,
                              map.viewport()->mapToGlobal(fingers), 1.0, QPointF(), 0);
    QCoreApplication::sendEvent(map.viewport(), &pinch);
    EXPECT_DOUBLE_EQ(map.zoom(), 2.0);
    const QPointF after = map.mapToScene(fingers.toPoint());
    EXPECT_NEAR(after.x(), before.x(), 1.0);
    EXPECT_NEAR(after.y(), before.y(), 1.0);
}

// Each view keeps its own zoom and scroll position: zooming the front view leaves the back
// view fitted, and turning back finds the front view as it was left; fit resets the view shown.
TEST(BodyMapView, eachViewKeepsItsOwnZoomAndScroll)
{
    acu::BodyMapView map;
    showShipped(map);
    QSignalSpy zooms(&map, &acu::BodyMapView::zoomChanged);
    wheel(map, QPointF(170, 450), 4);
    const double frontZoom = map.zoom();
    const QPointF frontCentre = map.mapToScene(map.viewport()->rect().center());
    map.showView(QStringLiteral("back"));
    EXPECT_DOUBLE_EQ(map.zoom(), 1.0);
    EXPECT_DOUBLE_EQ(zooms.last().at(0).toDouble(), 1.0);
    map.showView(QStringLiteral("front"));
    EXPECT_DOUBLE_EQ(map.zoom(), frontZoom);
    const QPointF centre = map.mapToScene(map.viewport()->rect().center());
    EXPECT_NEAR(centre.x(), frontCentre.x(), 1.0);
    EXPECT_NEAR(centre.y(), frontCentre.y(), 1.0);
    map.fitToView();
    EXPECT_DOUBLE_EQ(map.zoom(), 1.0);
    map.showView(QStringLiteral("back"));
    map.showView(QStringLiteral("front"));
    EXPECT_DOUBLE_EQ(map.zoom(), 1.0);
}

// New markers (pregnancy mode, a new catalogue) keep the view's zoom.
TEST(BodyMapView, newMarkersKeepTheZoom)
{
    acu::BodyMapView map;
    showShipped(map);
    map.setZoom(2.0);
    map.setMarkers(acu::bodyMarkers(shipped()));
    EXPECT_DOUBLE_EQ(map.zoom(), 2.0);
}

namespace {

/// A marker painted alone at (50, 50) on a white 100x100 image.
QImage paintedMarker(acu::PregnancyMark mark, bool selected)
{
    QGraphicsScene scene(0, 0, 100, 100);
    auto* item = new acu::MarkerItem(
        {QStringLiteral("CV6"), QStringLiteral("CV6"), QStringLiteral("front"), QPointF(50, 50), mark});
    item->setPregnancyMode(true);
    item->setSelectedMarker(selected);
    scene.addItem(item);
    QImage image(100, 100, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    scene.render(&painter, QRectF(0, 0, 100, 100), QRectF(0, 0, 100, 100));
    return image;
}

} // namespace

// A marker shows its colour at its centre, white around it, and a selected diamond its whole
// dark ring, corners included: nothing is cut off by the marker's bounds.
TEST(MarkerItem, paintsFillEdgeAndWholeSelectionRing)
{
    const QImage plain = paintedMarker(acu::PregnancyMark::None, false);
    EXPECT_EQ(plain.pixelColor(50, 50), QColor(0x1f, 0x5f, 0xa8));

    const QImage selected = paintedMarker(acu::PregnancyMark::Contraindicated, true);
    EXPECT_EQ(selected.pixelColor(50, 50), QColor(0xb4, 0x1f, 0x1f));
    // The ring's corners lie 1.25 x (8 + 4) = 15 pixels above, below and beside the centre.
    const auto darkest = [&](QPoint around) { // within a pixel, for antialiasing
        int gray = 255;
        for (int dy = -1; dy <= 1; ++dy)
            for (int dx = -1; dx <= 1; ++dx)
                gray = std::min(gray, qGray(selected.pixel(around + QPoint(dx, dy))));
        return gray;
    };
    for (const QPoint corner : {QPoint(50, 35), QPoint(50, 65), QPoint(35, 50), QPoint(65, 50)})
        EXPECT_LT(darkest(corner), 60) << corner.x() << "," << corner.y();
}
