#pragma once

#include "ui/print/PrintBlock.h"

#include <memory>

class QPaintDevice;

namespace acu {

/// Two blocks side by side, kept together: a picture of a fixed width on the left and text
/// beside it (a step of a routine sheet). As tall as the taller of the two.
class RowBlock final : public PrintBlock {
public:
    RowBlock(std::unique_ptr<PrintBlock> left, qreal leftWidthMm, std::unique_ptr<PrintBlock> right,
             QPaintDevice* device);

    [[nodiscard]] qreal heightFor(qreal width) const override;
    void paint(QPainter& painter, const QRectF& rect) const override;

private:
    [[nodiscard]] qreal rightWidth(qreal width) const;

    std::unique_ptr<PrintBlock> m_left;
    std::unique_ptr<PrintBlock> m_right;
    qreal m_leftWidth;
    qreal m_gap;
};

} // namespace acu
