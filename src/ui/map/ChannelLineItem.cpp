#include "ui/map/ChannelLineItem.h"

#include "ui/map/ChannelCourse.h"
#include "ui/map/ChannelStyle.h"

#include <QPainter>

namespace acu {

namespace {

/// How far round the path the pen may paint, in drawing units: half the pen's width in
/// pixels at the least scale a drawing is shown at (a 1000-unit view in a 250-pixel map),
/// and a pixel of antialiasing.
constexpr double kMargin = (kChannelLineWidth / 2 + 1) * 4;

} // namespace

ChannelLineItem::ChannelLineItem(const ChannelCourse& course)
    : m_prefix(course.prefix)
    , m_side(course.side)
    , m_path(coursePath(course))
    , m_pen(channelPen(channelStyle(course.prefix)))
    , m_bounds(m_path.boundingRect().adjusted(-kMargin, -kMargin, kMargin, kMargin))
{
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
    setAcceptTouchEvents(false);
    setFlag(ItemIsFocusable, false);
    setZValue(kZ);
}

QRectF ChannelLineItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath ChannelLineItem::shape() const
{
    return {};
}

void ChannelLineItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    painter->setPen(m_pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_path);
}

} // namespace acu
