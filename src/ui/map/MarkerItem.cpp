#include "ui/map/MarkerItem.h"

#include "ui/theme/CautionColour.h"
#include "ui/theme/FocusRing.h"

#include "models/ShownText.h"

#include <QApplication>
#include <QCursor>
#include <QPainter>
#include <QPixmap>
#include <QPixmapCache>

namespace acu {

namespace {

constexpr double kRadius = 5.0;
constexpr double kSelectedRadius = 8.0;
constexpr double kDimmedRadius = 3.5;
constexpr double kRingGap = 4.0;       // between the marker and its selection ring
constexpr double kRingWidth = 2.5;
constexpr double kHaloWidth = 1.5;     // on each side of the ring
constexpr double kDiamondScale = 1.25; // a diamond's corners reach this far out
/// Half the side of the box every look fits in: the selected diamond's ring, its mitred
/// corners (half the pen width times the square root of two) and a pixel of antialiasing.
constexpr double kHalfExtent =
    (kSelectedRadius + kRingGap) * kDiamondScale + (kRingWidth + 2 * kHaloWidth) * 0.71 + 1.0;

constexpr double kFocusGap = 4.0;       // between the selection ring's outer edge and the focus ring
constexpr double kFocusWidth = 2.0;
constexpr double kFocusHaloWidth = 1.5; // on each side of the focus ring

/// The focused marker's ring over its neighbours, the selected marker over the rest.
double stackingOrder(bool selected, bool keyboardFocused) { return keyboardFocused ? 4 : selected ? 3 : 1; }

const QColor kFill(0x1f, 0x5f, 0xa8);
const QColor kForbiddenFill(0xb4, 0x1f, 0x1f);
const QColor kSelectedRing(0x11, 0x11, 0x11);
const QColor kRingHalo(0xf4, 0xf4, 0xf4);

} // namespace

MarkerItem::Colours MarkerItem::markColours(PregnancyMark mark)
{
    const QColor fill = mark == PregnancyMark::Contraindicated ? kForbiddenFill
                        : mark == PregnancyMark::Caution       ? kCautionColour
                                                               : kFill;
    return {fill, QColor(Qt::white)};
}

MarkerItem::Colours MarkerItem::ringColours() { return {kSelectedRing, kRingHalo}; }

MarkerItem::MarkerItem(BodyMarker marker)
    : m_marker(std::move(marker))
{
    setPos(m_marker.position);
    setFlag(ItemIgnoresTransformations);
    setAcceptHoverEvents(true);
    setCursor(QCursor(Qt::PointingHandCursor));
    setToolTip(plainToolTip(m_marker.label)); // escaped: a name's markup is shown, not drawn
    setZValue(1);
}

void MarkerItem::setSelectedMarker(bool selected)
{
    if (m_selected == selected)
        return;
    prepareGeometryChange();
    m_selected = selected;
    setZValue(stackingOrder(m_selected, m_keyboardFocused));
    update();
}

void MarkerItem::setDimmed(bool dimmed)
{
    if (m_dimmed == dimmed)
        return;
    m_dimmed = dimmed;
    prepareGeometryChange();
    setOpacity(dimmed ? 0.22 : 1.0);
    setAcceptHoverEvents(!dimmed);
    update();
}

void MarkerItem::setPregnancyMode(bool on)
{
    if (m_pregnancyMode == on)
        return;
    m_pregnancyMode = on;
    update();
}

PregnancyMark MarkerItem::shownMark() const { return m_pregnancyMode ? m_marker.pregnancy : PregnancyMark::None; }

double MarkerItem::radius() const
{
    return m_selected || m_hovered ? kSelectedRadius : m_dimmed ? kDimmedRadius : kRadius;
}

double MarkerItem::drawnRadius() const
{
    // Without the hover's growth, which is brief. The edge is 2 pixels wide, centred on the
    // outline; a diamond's corners reach further.
    const double scale = shownMark() == PregnancyMark::Contraindicated ? kDiamondScale : 1.0;
    if (!m_selected)
        return (m_dimmed ? kDimmedRadius : kRadius) * scale + 1.0;
    return (kSelectedRadius + kRingGap) * scale + kRingWidth / 2 + kHaloWidth;
}

void MarkerItem::setKeyboardFocused(bool focused)
{
    if (m_keyboardFocused == focused)
        return;
    prepareGeometryChange();
    m_keyboardFocused = focused;
    setZValue(stackingOrder(m_selected, m_keyboardFocused));
    update();
}

double MarkerItem::focusRingRadius() const
{
    // Outside the largest marker a look draws (a diamond's corners, hovered or selected, with
    // its selection ring and halo when selected), so that the rings never meet.
    const double outer = m_selected ? (kSelectedRadius + kRingGap) * kDiamondScale + kRingWidth / 2 + kHaloWidth
                                    : kSelectedRadius * kDiamondScale + 1.0;
    return outer + kFocusGap + kFocusWidth / 2 + kFocusHaloWidth;
}

QRectF MarkerItem::boundingRect() const
{
    const double half =
        m_keyboardFocused ? focusRingRadius() + kFocusWidth / 2 + kFocusHaloWidth + 1.0 : kHalfExtent;
    return {-half, -half, 2 * half, 2 * half};
}

QPainterPath MarkerItem::outline(double r) const
{
    QPainterPath path;
    switch (shownMark()) {
    case PregnancyMark::Contraindicated:
        r *= kDiamondScale;
        path.moveTo(0, -r);
        path.lineTo(r, 0);
        path.lineTo(0, r);
        path.lineTo(-r, 0);
        path.closeSubpath();
        break;
    case PregnancyMark::Caution:
        r *= 0.9;
        path.addRect(-r, -r, 2 * r, 2 * r);
        break;
    case PregnancyMark::None:
        path.addEllipse(QPointF(0, 0), r, r);
        break;
    }
    return path;
}

QPainterPath MarkerItem::shape() const { return outline(kSelectedRadius); }

void MarkerItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget* widget)
{
    // Markers of one look share one picture, drawn once at the screen's pixel ratio: a map
    // shows dozens of them, and copying a picture is much faster than filling paths.
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    const QString key = QStringLiteral("acu-marker/%1/%2/%3/%4")
                            .arg(static_cast<int>(shownMark()))
                            .arg(m_selected)
                            .arg(radius())
                            .arg(ratio);
    QPixmap picture;
    const QRectF box(-kHalfExtent, -kHalfExtent, 2 * kHalfExtent, 2 * kHalfExtent);
    if (!QPixmapCache::find(key, &picture)) {
        picture = QPixmap((box.size() * ratio).toSize());
        picture.setDevicePixelRatio(ratio);
        picture.fill(Qt::transparent);
        QPainter onPicture(&picture);
        onPicture.translate(-box.topLeft());
        drawMarker(&onPicture);
        onPicture.end();
        QPixmapCache::insert(key, picture);
    }
    painter->drawPixmap(box.topLeft(), picture);
    if (m_keyboardFocused)
        drawFocusRing(painter, widget ? widget->palette() : QApplication::palette());
}

void MarkerItem::drawFocusRing(QPainter* painter, const QPalette& palette) const
{
    // A circle whatever the marker's shape and dashed, where the selection ring follows the
    // shape and is solid: the two differ without relying on colour.
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setBrush(Qt::NoBrush);
    const double r = focusRingRadius();
    painter->setPen(QPen(focusHaloColour(palette), kFocusWidth + 2 * kFocusHaloWidth));
    painter->drawEllipse(QPointF(0, 0), r, r);
    QPen ring(focusRingColour(palette), kFocusWidth, Qt::CustomDashLine, Qt::FlatCap);
    ring.setDashPattern({3.0, 1.5}); // in pen widths
    painter->setPen(ring);
    painter->drawEllipse(QPointF(0, 0), r, r);
    painter->restore();
}

void MarkerItem::drawMarker(QPainter* painter) const
{
    painter->setRenderHint(QPainter::Antialiasing);
    const double r = radius();
    if (m_selected) {
        const Colours ring = ringColours();
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(ring.edge, kRingWidth + 2 * kHaloWidth)); // the halo, under the ring
        painter->drawPath(outline(r + kRingGap));
        painter->setPen(QPen(ring.fill, kRingWidth));
        painter->drawPath(outline(r + kRingGap));
    }
    const Colours colours = markColours(shownMark());
    // An edge two pixels wide, centred on the outline.
    painter->setPen(QPen(colours.edge, 2));
    painter->setBrush(colours.fill);
    painter->drawPath(outline(r));
}

void MarkerItem::hoverEnterEvent(QGraphicsSceneHoverEvent* event)
{
    prepareGeometryChange();
    m_hovered = true;
    update();
    QGraphicsItem::hoverEnterEvent(event);
}

void MarkerItem::hoverLeaveEvent(QGraphicsSceneHoverEvent* event)
{
    prepareGeometryChange();
    m_hovered = false;
    update();
    QGraphicsItem::hoverLeaveEvent(event);
}

} // namespace acu
