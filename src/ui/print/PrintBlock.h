#pragma once

#include <QRectF>

#include <memory>
#include <vector>

class QPainter;

namespace acu {

/// One piece of a printed page that is never split across pages: a heading, a paragraph
/// group, a row of a sheet, a picture. Sizes are in the paint device's pixels.
class PrintBlock {
public:
    PrintBlock() = default;
    PrintBlock(const PrintBlock&) = delete;
    PrintBlock& operator=(const PrintBlock&) = delete;
    virtual ~PrintBlock() = default;

    /// The height the block needs when laid out at this width.
    [[nodiscard]] virtual qreal heightFor(qreal width) const = 0;
    /// Draws the block into rect (rect.height() is heightFor(rect.width())).
    virtual void paint(QPainter& painter, const QRectF& rect) const = 0;
};

using PrintBlocks = std::vector<std::unique_ptr<PrintBlock>>;

} // namespace acu
