// Focus rings: round the map and the detail pane while they have keyboard focus, and round
// the map's keyboard-focused marker, in a colour that reads in the light and dark palettes.

#include "ui/theme/FocusRing.h"
#include "models/BodyMarkers.h"
#include "support/QtPrinters.h"
#include "support/TestCatalogues.h"
#include "ui/details/DetailView.h"
#include "ui/map/BodyMapView.h"
#include "ui/map/MapKeyboard.h"
#include "ui/map/MarkerItem.h"
#include "ui/theme/Contrast.h"
#include "ui/theme/Palettes.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QImage>
#include <QLineEdit>
#include <QPaintEvent>
#include <QRegion>
#include <QScrollBar>
#include <QTest>

#include <gtest/gtest.h>

#include <cmath>

namespace {

/// A map and a detail pane side by side in a shown, active window, with a field to hold the
/// focus when neither should.
struct Panes {
    explicit Panes(const QPalette& palette)
    {
        window.setPalette(palette);
        auto* layout = new QHBoxLayout(&window);
        field = new QLineEdit(&window);
        map = new acu::BodyMapView(&window);
        details = new acu::DetailView(&window);
        layout->addWidget(field);
        layout->addWidget(map, 1);
        layout->addWidget(details, 1);
        map->setMarkers(acu::bodyMarkers(*acu::test::shipped()));
        map->setViews(acu::bodyViews(*acu::test::shipped()));
        map->showView(QStringLiteral("back"));
        window.resize(1000, 700);
        window.show();
        QApplication::setActiveWindow(&window);
        EXPECT_TRUE(QTest::qWaitForWindowActive(&window));
        field->setFocus(Qt::TabFocusReason);
    }

    acu::MarkerItem* marker(const QString& code, acu::Side side) const
    {
        for (auto* item : map->currentMarkers()) {
            if (item->marker().code == code && item->marker().side == side)
                return item;
        }
        return nullptr;
    }

    QWidget window;
    QLineEdit* field = nullptr;
    acu::BodyMapView* map = nullptr;
    acu::DetailView* details = nullptr;
};

QImage picture(QWidget* widget)
{
    QImage image(widget->size(), QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    widget->render(&image);
    return image;
}

/// How many pixels along the picture's edge (its outermost pixel all round) are `colour`.
int edgePixelsOf(const QImage& image, const QColor& colour)
{
    int count = 0;
    const QRgb wanted = colour.rgb();
    for (int x = 0; x < image.width(); ++x)
        count += (image.pixel(x, 0) == wanted) + (image.pixel(x, image.height() - 1) == wanted);
    for (int y = 1; y < image.height() - 1; ++y)
        count += (image.pixel(0, y) == wanted) + (image.pixel(image.width() - 1, y) == wanted);
    return count;
}

bool near(const QColor& pixel, const QColor& colour)
{
    return std::abs(pixel.red() - colour.red()) < 3 && std::abs(pixel.green() - colour.green()) < 3 &&
           std::abs(pixel.blue() - colour.blue()) < 3;
}

/// How many pixels within `radius` of `centre` are near `colour` in `after` but were not in `before`.
int newPixelsNear(const QImage& before, const QImage& after, const QPoint& centre, int radius, const QColor& colour)
{
    int count = 0;
    for (int y = centre.y() - radius; y <= centre.y() + radius; ++y) {
        for (int x = centre.x() - radius; x <= centre.x() + radius; ++x) {
            if (after.rect().contains(x, y))
                count += near(after.pixelColor(x, y), colour) && !near(before.pixelColor(x, y), colour);
        }
    }
    return count;
}

int perimeter(const QWidget* widget)
{
    return 2 * (widget->width() + widget->height()) - 4;
}

} // namespace

// The ring colour has 3:1 against the base and the window colour, and against its halo, in
// both of the app's palettes.
TEST(FocusRing, colour_hasThreeToOneInTheLightAndDarkPalettes)
{
    for (const QPalette& palette : {acu::lightPalette(), acu::darkPalette()}) {
        const QColor ring = acu::focusRingColour(palette);
        EXPECT_GE(acu::contrastRatio(ring, palette.color(QPalette::Base)), 3.0) << ring.name().toStdString();
        EXPECT_GE(acu::contrastRatio(ring, palette.color(QPalette::Window)), 3.0) << ring.name().toStdString();
        EXPECT_GE(acu::contrastRatio(ring, acu::focusHaloColour(palette)), 3.0) << ring.name().toStdString();
    }
}

// The map's edge is ringed while it has focus, and not otherwise, light and dark.
TEST(FocusRing, map_isRingedOnlyWhileFocused)
{
    for (const QPalette& palette : {acu::lightPalette(), acu::darkPalette()}) {
        Panes p(palette);
        const QColor ring = acu::focusRingColour(palette);
        EXPECT_EQ(edgePixelsOf(picture(p.map), ring), 0);
        p.map->setFocus(Qt::TabFocusReason);
        EXPECT_EQ(edgePixelsOf(picture(p.map), ring), perimeter(p.map));
        p.field->setFocus(Qt::TabFocusReason);
        EXPECT_EQ(edgePixelsOf(picture(p.map), ring), 0);
    }
}

// The detail pane's edge is ringed while it has focus, and not otherwise, light and dark.
TEST(FocusRing, detailPane_isRingedOnlyWhileFocused)
{
    for (const QPalette& palette : {acu::lightPalette(), acu::darkPalette()}) {
        Panes p(palette);
        const QColor ring = acu::focusRingColour(palette);
        EXPECT_EQ(edgePixelsOf(picture(p.details), ring), 0);
        p.details->setFocus(Qt::TabFocusReason);
        EXPECT_EQ(edgePixelsOf(picture(p.details), ring), perimeter(p.details));
        p.field->setFocus(Qt::TabFocusReason);
        EXPECT_EQ(edgePixelsOf(picture(p.details), ring), 0);
    }
}

// The keyboard-focused marker wears a ring in the focus colour; the selected marker's ring
// is another colour.
TEST(FocusRing, focusedMarker_isRingedInTheFocusColour_theSelectedOneIsNot)
{
    for (const QPalette& palette : {acu::lightPalette(), acu::darkPalette()}) {
        Panes p(palette);
        const QColor ring = acu::focusRingColour(palette);
        acu::MarkerItem* bl40 = p.marker(QStringLiteral("BL40"), acu::Side::Left);
        ASSERT_NE(bl40, nullptr);
        const QPoint at = p.map->viewport()->mapTo(p.map, p.map->mapFromScene(bl40->scenePos()));
        const int reach = static_cast<int>(std::ceil(bl40->focusRingRadius())) + 2;
        const QImage plain = picture(p.map);
        p.map->setSelectedCode(QStringLiteral("BL40"));
        p.map->setFocus(Qt::TabFocusReason);
        const QImage selected = picture(p.map);
        EXPECT_EQ(newPixelsNear(plain, selected, at, reach, ring), 0) << "selected only";
        p.map->keyboard()->setFocusedMarker(bl40);
        EXPECT_GT(newPixelsNear(selected, picture(p.map), at, reach, ring), 10) << "keyboard focus";
        p.field->setFocus(Qt::TabFocusReason);
        EXPECT_EQ(newPixelsNear(selected, picture(p.map), at, reach, ring), 0) << "the map without focus";
    }
}

namespace {

/// The viewport area repainted, recorded from its paint events.
class PaintedArea final : public QObject {
public:
    QRegion painted;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint)
            painted += static_cast<QPaintEvent*>(event)->region();
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

// Scrolling a focused, zoomed map repaints only the strip uncovered, not the whole viewport:
// the ring does not stop the viewport's pixels being copied.
TEST(FocusRing, focusedMapScrolls_repaintingOnlyTheUncoveredStrip)
{
    acu::BodyMapView map;
    map.setMarkers(acu::bodyMarkers(*acu::test::shipped()));
    map.setViews(acu::bodyViews(*acu::test::shipped()));
    map.resize(400, 600);
    map.show();
    QApplication::setActiveWindow(&map);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&map));
    map.setFocus(Qt::TabFocusReason);
    map.setZoom(3.0);
    QApplication::processEvents();
    PaintedArea area;
    map.viewport()->installEventFilter(&area);
    map.verticalScrollBar()->setValue(map.verticalScrollBar()->value() + 10);
    QApplication::processEvents();
    const QRect painted = area.painted.boundingRect();
    const QRect viewport = map.viewport()->rect();
    EXPECT_FALSE(painted.isEmpty());
    EXPECT_LT(painted.height(), viewport.height() / 2) << "painted " << painted.height() << " of " << viewport.height();
}
