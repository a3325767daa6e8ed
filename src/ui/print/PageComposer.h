#pragma once

#include "ui/print/PrintBlock.h"

#include <QString>

#include <vector>

class QPagedPaintDevice;

namespace acu {

/// Where one block goes: its page (0-based) and its rectangle on that page.
struct BlockPlacement {
    int page = 0;
    QRectF rect;
    friend bool operator==(const BlockPlacement&, const BlockPlacement&) = default;
};

/// Places blocks of the given heights one under another on pages of pageHeight, with gap
/// between them; a block that does not fit in what is left of a page starts the next one,
/// so no block is ever cut. A block taller than a whole page gets a page of its own (and is
/// clipped there). Linear in the number of blocks.
[[nodiscard]] std::vector<BlockPlacement> placeBlocks(const std::vector<qreal>& heights, qreal width, qreal pageHeight,
                                                      qreal gap);

/// What goes at the foot of every page: "title · page 2 of 3".
struct PageFooter {
    QString title;
};

/// Lays blocks out on the device's pages and paints them, with the footer on each page.
/// Returns the number of pages, or 0 when the device could not be painted on.
/// fitOnOnePage: shrinks everything uniformly so that it fits on the first page (a point
/// card is one page).
int composePages(QPagedPaintDevice& device, const PrintBlocks& blocks, const PageFooter& footer,
                 bool fitOnOnePage = false);

} // namespace acu
