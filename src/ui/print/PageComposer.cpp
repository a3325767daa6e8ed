#include "ui/print/PageComposer.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>

#include <algorithm>

namespace acu {

std::vector<BlockPlacement> placeBlocks(const std::vector<qreal>& heights, qreal width, qreal pageHeight, qreal gap)
{
    std::vector<BlockPlacement> placements;
    placements.reserve(heights.size());
    int page = 0;
    qreal y = 0;
    for (const qreal height : heights) {
        if (y > 0 && y + height > pageHeight) {
            ++page;
            y = 0;
        }
        placements.push_back({page, QRectF(0, y, width, height)});
        y += height + gap;
    }
    return placements;
}

namespace {

/// Millimetres to device pixels.
qreal mm(const QPagedPaintDevice& device, qreal millimetres)
{
    return millimetres * device.logicalDpiY() / 25.4;
}

} // namespace

int composePages(QPagedPaintDevice& device, const PrintBlocks& blocks, const PageFooter& footer, bool fitOnOnePage)
{
    const QRectF paper = device.pageLayout().paintRectPixels(device.logicalDpiX());
    QFont footerFont;
    footerFont.setPointSizeF(8);
    const qreal footerHeight = QFontMetricsF(footerFont, &device).height() + mm(device, 3);
    const QSizeF area(paper.width(), paper.height() - footerHeight);
    const qreal gap = mm(device, 2.5);

    std::vector<qreal> heights;
    heights.reserve(blocks.size());
    for (const auto& block : blocks)
        heights.push_back(block->heightFor(area.width()));

    qreal scale = 1.0;
    const auto total = [&] {
        qreal sum = 0;
        for (const qreal h : heights)
            sum += h + gap;
        return heights.empty() ? 0 : sum - gap;
    };
    // Laid out wider and drawn smaller: the text reflows at each scale, so shrink by the
    // overflow a few times until it fits.
    for (int attempt = 0; fitOnOnePage && attempt < 8 && total() > area.height() / scale; ++attempt) {
        scale *= std::max(0.5, 0.98 * area.height() / scale / total());
        for (std::size_t i = 0; i < blocks.size(); ++i)
            heights[i] = blocks[i]->heightFor(area.width() / scale);
    }
    const auto placements = placeBlocks(heights, area.width() / scale, area.height() / scale, gap);
    const int pages = placements.empty() ? 1 : placements.back().page + 1;

    QPainter painter;
    if (!painter.begin(&device))
        return 0;
    int block = 0;
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device.newPage();
        painter.save();
        painter.scale(scale, scale);
        for (; block < int(placements.size()) && placements[block].page == page; ++block) {
            const QRectF rect = placements[block].rect;
            painter.save();
            painter.setClipRect(rect.intersected(QRectF(0, 0, area.width() / scale, area.height() / scale)));
            blocks[block]->paint(painter, rect);
            painter.restore();
        }
        painter.restore();
        painter.setFont(footerFont);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        const QString text = pages > 1 ? QCoreApplication::translate("acu::PageComposer", "%1 \u00B7 page %2 of %3")
                                             .arg(footer.title)
                                             .arg(page + 1)
                                             .arg(pages)
                                       : footer.title;
        painter.drawText(QRectF(0, paper.height() - footerHeight + mm(device, 3), paper.width(), footerHeight),
                         Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine, text);
    }
    painter.end();
    return pages;
}

} // namespace acu
