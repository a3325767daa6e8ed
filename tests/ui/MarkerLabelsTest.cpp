// Code labels on the shipped body map: never over each other or a marker, at every zoom
// step of every view; the selected point's always; more as the zoom grows; the listed
// points first; the same each time; readable on any background.

#include "models/BodyMarkers.h"
#include "support/QtPrinters.h"
#include "support/TestCatalogues.h"
#include "ui/map/BodyMapView.h"
#include "ui/map/MarkerItem.h"
#include "ui/map/MarkerLabelItem.h"
#include "ui/map/MarkerLabeller.h"
#include "ui/theme/Contrast.h"

#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <tuple>
#include <vector>

namespace {

struct ShownLabel {
    QString code;
    QRectF rect; ///< viewport coordinates
    bool overMarker = false;
};

/// The zooms the map's buttons and wheel step through: 1, 1.25, 1.25², ... up to 8.
QList<double> zoomSteps()
{
    QList<double> zooms;
    for (double zoom = 1.0; zoom < acu::BodyMapView::kMaxZoom; zoom *= 1.25)
        zooms.append(zoom);
    zooms.append(acu::BodyMapView::kMaxZoom);
    return zooms;
}

/// A map of the shipped catalogue at the size the default window gives it.
void showShipped(acu::BodyMapView& map)
{
    map.resize(410, 690);
    map.setMarkers(acu::bodyMarkers(*acu::test::shipped()));
    map.setViews(acu::bodyViews(*acu::test::shipped()));
    map.show();
}

QList<ShownLabel> shownLabels(const acu::BodyMapView& map)
{
    QList<ShownLabel> labels;
    for (const acu::MarkerItem* marker : map.currentMarkers()) {
        for (const QGraphicsItem* child : marker->childItems()) {
            if (child->type() != acu::MarkerLabelItem::Type || !child->isVisible())
                continue;
            const QPointF centre = map.viewportTransform().map(marker->scenePos());
            labels.append({marker->marker().code,
                           static_cast<const acu::MarkerLabelItem*>(child)->placedRect().translated(centre)});
        }
    }
    return labels;
}

bool overlap(const QRectF& a, const QRectF& b)
{
    const QRectF common = a.intersected(b);
    return common.width() > 1e-6 && common.height() > 1e-6;
}

bool overlap(const QPointF& centre, double radius, const QRectF& rect)
{
    const double x = std::clamp(centre.x(), rect.left(), rect.right());
    const double y = std::clamp(centre.y(), rect.top(), rect.bottom());
    return std::hypot(centre.x() - x, centre.y() - y) < radius - 1e-6;
}

/// Every collision of a shown label with another label or a shown marker, as text.
QStringList collisions(const acu::BodyMapView& map, const QString& except = {})
{
    QStringList found;
    const QList<ShownLabel> labels = shownLabels(map);
    for (int i = 0; i < labels.size(); ++i) {
        for (int j = i + 1; j < labels.size(); ++j) {
            if (overlap(labels[i].rect, labels[j].rect))
                found.append(labels[i].code + QStringLiteral(" label on ") + labels[j].code + QStringLiteral(" label"));
        }
        if (labels[i].code == except)
            continue;
        for (const acu::MarkerItem* marker : map.currentMarkers()) {
            if (marker->isVisible() &&
                overlap(map.viewportTransform().map(marker->scenePos()), marker->drawnRadius(), labels[i].rect))
                found.append(labels[i].code + QStringLiteral(" label on ") + marker->marker().code +
                             QStringLiteral(" marker"));
        }
    }
    return found;
}

int labelsOf(const QList<ShownLabel>& labels, const QString& code)
{
    return static_cast<int>(
        std::count_if(labels.begin(), labels.end(), [&](const ShownLabel& label) { return label.code == code; }));
}

} // namespace

// On every shipped view at every zoom step, no label overlaps another label or a marker.
TEST(MarkerLabels, shippedViews_noLabelOverlapsALabelOrAMarker)
{
    acu::BodyMapView map;
    showShipped(map);
    for (const auto& view : map.views()) {
        map.showView(view.id);
        for (const double zoom : zoomSteps()) {
            map.setZoom(zoom);
            EXPECT_EQ(collisions(map), QStringList()) << view.id.toStdString() << " at zoom " << zoom;
        }
    }
}

// The selected point's labels are shown at every zoom, even at fit amid the lower
// abdomen's crowd, and the other labels still keep clear of each other.
TEST(MarkerLabels, selectedPoint_alwaysLabelled)
{
    acu::BodyMapView map;
    showShipped(map);
    for (const QString& code : {QStringLiteral("CV4"), QStringLiteral("ST25"), QStringLiteral("BL23"),
                                QStringLiteral("GV20"), QStringLiteral("KI1")}) {
        map.setSelectedCode(code);
        for (const double zoom : zoomSteps()) {
            map.setZoom(zoom);
            const QList<ShownLabel> labels = shownLabels(map);
            int markers = 0;
            for (const acu::MarkerItem* marker : map.currentMarkers())
                markers += marker->marker().code == code;
            EXPECT_EQ(labelsOf(labels, code), markers) << code.toStdString() << " at zoom " << zoom;
            // Others never cover it; it may cover a marker only where it had no free place.
            for (const QString& collision : collisions(map, code))
                EXPECT_FALSE(collision.endsWith(QStringLiteral(" label"))) << collision.toStdString();
        }
    }
}

// Labels appear as the zoom makes room: more at each whole-body view's closest zoom than at fit.
TEST(MarkerLabels, zoomingIn_showsMoreLabels)
{
    acu::BodyMapView map;
    showShipped(map);
    for (const QString& view : {QStringLiteral("front"), QStringLiteral("back"), QStringLiteral("side")}) {
        map.showView(view);
        map.setZoom(1.0);
        const auto atFit = shownLabels(map).size();
        map.setZoom(acu::BodyMapView::kMaxZoom);
        const auto closest = shownLabels(map).size();
        EXPECT_GT(closest, 2 * atFit) << view.toStdString() << ": " << atFit << " at fit, " << closest << " at 8";
        EXPECT_GT(atFit, 0) << view.toStdString();
    }
}

// The points the list shows are labelled before the others: with the conception vessel
// listed, more of its points carry a label at fit than without a filter.
TEST(MarkerLabels, listedPoints_labelledFirst)
{
    acu::BodyMapView map;
    showShipped(map);
    QStringList conception;
    for (int number = 1; number <= 24; ++number)
        conception.append(QStringLiteral("CV%1").arg(number));
    const auto countConception = [&] {
        int count = 0;
        for (const ShownLabel& label : shownLabels(map))
            count += conception.contains(label.code);
        return count;
    };
    const int unfiltered = countConception();
    map.setVisibleCodes(conception);
    const int listed = countConception();
    EXPECT_GT(listed, unfiltered);
}

// The placement is the same each time: for the same view, zoom and selection, two maps give
// the same labels, and a map coming back to a zoom gives the labels it had there.
TEST(MarkerLabels, placementIsDeterministic)
{
    acu::BodyMapView first;
    acu::BodyMapView second;
    showShipped(first);
    showShipped(second);
    for (auto* map : {&first, &second}) {
        map->showView(QStringLiteral("back"));
        map->setSelectedCode(QStringLiteral("BL23"));
        map->setZoom(2.0);
    }
    const auto rects = [](const acu::BodyMapView& map) {
        std::vector<std::tuple<QString, double, double>> result; // code and where, from the scene's origin
        const QPointF origin = map.viewportTransform().map(QPointF());
        for (const ShownLabel& label : shownLabels(map))
            result.emplace_back(label.code, std::round((label.rect.x() - origin.x()) * 1000),
                                std::round((label.rect.y() - origin.y()) * 1000));
        std::sort(result.begin(), result.end());
        return result;
    };
    const auto placed = rects(first);
    ASSERT_GT(placed.size(), 10u);
    EXPECT_EQ(rects(second), placed);
    first.setZoom(5.0);
    first.setZoom(2.0);
    EXPECT_EQ(rects(first), placed);
}

// Label text reads at 4.5:1 or more on its chip over any background: the chip is a little
// transparent, so the worst backgrounds are black and white.
TEST(MarkerLabels, textContrastsWithItsChipOnAnyBackground)
{
    for (const bool dimmed : {false, true}) {
        const auto look = acu::MarkerLabelItem::colours(dimmed);
        for (const QColor under : {QColor(Qt::black), QColor(Qt::white), QColor(0xe8, 0xc4, 0xa8)}) {
            const QColor chip = acu::blend(look.background, under, look.background.alphaF());
            EXPECT_GE(acu::contrastRatio(look.text, chip), 4.5) << dimmed << " over " << under.name().toStdString();
        }
    }
}

// A map not shown yet places no labels: it does not know its size. It places them when it
// is shown, once, for the size it is shown at; a change while it is hidden waits for then.
TEST(MarkerLabels, placedWhenTheMapIsShown)
{
    acu::BodyMapView map;
    map.resize(410, 690);
    map.setMarkers(acu::bodyMarkers(*acu::test::shipped()));
    map.setViews(acu::bodyViews(*acu::test::shipped()));
    map.setSelectedCode(QStringLiteral("BL23"));
    EXPECT_TRUE(shownLabels(map).isEmpty());
    map.show();
    const QList<ShownLabel> shown = shownLabels(map);
    EXPECT_FALSE(shown.isEmpty());
    EXPECT_TRUE(std::any_of(shown.begin(), shown.end(),
                            [](const ShownLabel& label) { return label.code == QStringLiteral("BL23"); }));
    map.hide();
    map.setSelectedCode(QStringLiteral("GV4"));
    map.show();
    const QList<ShownLabel> again = shownLabels(map);
    EXPECT_TRUE(std::any_of(again.begin(), again.end(),
                            [](const ShownLabel& label) { return label.code == QStringLiteral("GV4"); }));
}

// Label sizes are kept for each text and font, and measured again for another font.
TEST(MarkerLabels, sizesFollowTheFont)
{
    acu::LabelSizes sizes;
    QFont font = acu::MarkerLabelItem::labelFont(QFont());
    EXPECT_EQ(sizes.of(QStringLiteral("BL23"), font), acu::MarkerLabelItem::labelSize(QStringLiteral("BL23"), font));
    EXPECT_EQ(sizes.of(QStringLiteral("BL23"), font), sizes.of(QStringLiteral("BL23"), font));
    QFont larger = font;
    larger.setPointSizeF(font.pointSizeF() * 2);
    const QSizeF big = sizes.of(QStringLiteral("BL23"), larger);
    EXPECT_EQ(big, acu::MarkerLabelItem::labelSize(QStringLiteral("BL23"), larger));
    EXPECT_GT(big.width(), acu::MarkerLabelItem::labelSize(QStringLiteral("BL23"), font).width());
}
