#include "MarkerItem.h"

#include <QCursor>
#include <QPainter>

namespace acu {

namespace {

constexpr double kRadius = 5.0;
constexpr double kSelectedRadius = 8.0;
constexpr double kMargin = 5.0; // room for the selection ring

const QColor kFill(0x1f, 0x5f, 0xa8);
const QColor kCautionFill(0xb0, 0x6a, 0x00);
const QColor kForbiddenFill(0xb4, 0x1f, 0x1f);
const QColor kSelectedRing(0x11, 0x11, 0x11);

} // namespace

MarkerItem::MarkerItem(BodyMarker marker)
    : m_marker(std::move(marker))
{
    setPos(m_marker.position);
    setFlag(ItemIgnoresTransformations);
    setAcceptHoverEvents(true);
    setCursor(QCursor(Qt::PointingHandCursor));
    setToolTip(m_marker.label);
    setZValue(1);
}

void MarkerItem::setSelectedMarker(bool selected)
{
    if (m_selected == selected)
        return;
    prepareGeometryChange();
    m_selected = selected;
    setZValue(selected ? 3 : 1);
    update();
}

void MarkerItem::setDimmed(bool dimmed)
{
    if (m_dimmed == dimmed)
        return;
    m_dimmed = dimmed;
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

double MarkerItem::radius() const { return m_selected || m_hovered ? kSelectedRadius : kRadius; }

QRectF MarkerItem::boundingRect() const
{
    const double r = kSelectedRadius + kMargin;
    return {-r, -r, 2 * r, 2 * r};
}

QPainterPath MarkerItem::outline(double r) const
{
    QPainterPath path;
    switch (shownMark()) {
    case PregnancyMark::Contraindicated:
        r *= 1.25;
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

void MarkerItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const double r = radius();
    if (m_selected) {
        painter->setPen(QPen(kSelectedRing, 2.5));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(outline(r + 4));
    }
    const PregnancyMark mark = shownMark();
    const QColor fill = mark == PregnancyMark::Contraindicated ? kForbiddenFill
                        : mark == PregnancyMark::Caution       ? kCautionFill
                                                               : kFill;
    // A white edge two pixels wide, centred on the outline, drawn as two fills: filling is
    // several times faster than stroking a path.
    painter->setPen(Qt::NoPen);
    painter->setBrush(Qt::white);
    painter->drawPath(outline(r + 1));
    painter->setBrush(fill);
    painter->drawPath(outline(r - 1));
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
