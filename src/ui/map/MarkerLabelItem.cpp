#include "ui/map/MarkerLabelItem.h"

#include <QFontMetricsF>
#include <QPainter>

#include <cmath>

namespace acu {

namespace {

constexpr double kPaddingX = 3.0;
constexpr double kPaddingY = 1.0;

} // namespace

MarkerLabelItem::MarkerLabelItem(QString text, QGraphicsItem* parent)
    : QGraphicsItem(parent)
    , m_text(std::move(text))
{
    setFlag(ItemIgnoresParentOpacity); // a dimmed marker's label stays readable
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
    hide();
}

MarkerLabelItem::Colours MarkerLabelItem::colours(bool dimmed)
{
    return {dimmed ? QColor(0x4a, 0x4a, 0x4a) : QColor(0x11, 0x11, 0x11), QColor(0xf7, 0xf7, 0xf7, 225),
            QColor(0x55, 0x55, 0x55, 160)};
}

QFont MarkerLabelItem::labelFont(const QFont& base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() > 0 ? base.pointSizeF() * 0.9 : 8.0);
    font.setWeight(QFont::DemiBold);
    return font;
}

QSizeF MarkerLabelItem::labelSize(const QString& text, const QFont& font)
{
    const QFontMetricsF metrics(font);
    return {std::ceil(metrics.horizontalAdvance(text) + 2 * kPaddingX), std::ceil(metrics.height() + 2 * kPaddingY)};
}

void MarkerLabelItem::place(const QRectF& rect, const QFont& font, bool dimmed)
{
    if (rect != m_rect || font != m_font) {
        prepareGeometryChange();
        m_rect = rect;
        m_font = font;
    }
    if (dimmed != m_dimmed) {
        m_dimmed = dimmed;
        update();
    }
    show();
}

void MarkerLabelItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    const Colours look = colours(m_dimmed);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(look.edge, 1));
    painter->setBrush(look.background);
    painter->drawRoundedRect(m_rect.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
    painter->setFont(m_font);
    painter->setPen(look.text);
    painter->drawText(m_rect, Qt::AlignCenter, m_text);
}

} // namespace acu
