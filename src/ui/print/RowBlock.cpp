#include "ui/print/RowBlock.h"

#include <QPaintDevice>

#include <algorithm>

namespace acu {

RowBlock::RowBlock(std::unique_ptr<PrintBlock> left, qreal leftWidthMm, std::unique_ptr<PrintBlock> right,
                   QPaintDevice* device)
    : m_left(std::move(left))
    , m_right(std::move(right))
    , m_leftWidth(leftWidthMm * device->logicalDpiX() / 25.4)
    , m_gap(4 * device->logicalDpiX() / 25.4)
{
}

qreal RowBlock::rightWidth(qreal width) const
{
    return std::max<qreal>(1, width - m_leftWidth - m_gap);
}

qreal RowBlock::heightFor(qreal width) const
{
    return std::max(m_left->heightFor(m_leftWidth), m_right->heightFor(rightWidth(width)));
}

void RowBlock::paint(QPainter& painter, const QRectF& rect) const
{
    m_left->paint(painter, QRectF(rect.left(), rect.top(), m_leftWidth, m_left->heightFor(m_leftWidth)));
    const qreal width = rightWidth(rect.width());
    m_right->paint(painter, QRectF(rect.left() + m_leftWidth + m_gap, rect.top(), width, m_right->heightFor(width)));
}

} // namespace acu
