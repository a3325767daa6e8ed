#include "ui/print/BodyPicture.h"

#include "ui/map/BodyDrawing.h"

#include <QCoreApplication>
#include <QFile>
#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>

#include <algorithm>
#include <set>

namespace acu {

DrawingCache::DrawingCache(QString directory)
    : m_directory(directory.isEmpty() ? builtInDrawingDirectory() : std::move(directory))
{
}

std::shared_ptr<QSvgRenderer> DrawingCache::drawing(const QString& viewId)
{
    auto it = m_drawings.find(viewId);
    if (it == m_drawings.end()) {
        const QString path = drawingPath(m_directory, viewId);
        it =
            m_drawings.emplace(viewId, QFile::exists(path) ? std::shared_ptr<QSvgRenderer>(loadDrawing(path)) : nullptr)
                .first;
    }
    return it->second;
}

std::vector<std::string> viewsToPrint(const Catalogue& catalogue, const Point& point)
{
    struct Shown {
        const View* view;
        std::set<Side> sides;
    };
    std::vector<Shown> shown;
    for (const auto& position : point.positions) {
        const View* view = catalogue.findView(position.view);
        if (!view)
            continue;
        auto it = std::find_if(shown.begin(), shown.end(), [&](const Shown& s) { return s.view == view; });
        if (it == shown.end())
            it = shown.insert(shown.end(), {view, {}});
        it->sides.insert(position.side);
    }
    if (shown.empty())
        return {};
    const auto area = [](const Shown& s) { return s.view->width * s.view->height; };
    // Views are drawn at different scales, so "closest" is the smallest drawing: the
    // close-ups are square crops of a part of the body.
    const auto closest =
        std::min_element(shown.begin(), shown.end(), [&](const Shown& a, const Shown& b) { return area(a) < area(b); });
    std::vector<std::string> ids{closest->view->id};
    const bool bilateral = point.laterality == Laterality::Bilateral;
    if (bilateral && closest->sides.size() < 2) {
        const auto both = std::find_if(shown.begin(), shown.end(), [](const Shown& s) { return s.sides.size() >= 2; });
        if (both != shown.end())
            ids.push_back(both->view->id);
    }
    return ids;
}

std::vector<PicturePanel> pointPictures(const Catalogue& catalogue, const Point& point, DrawingCache& drawings)
{
    std::vector<PicturePanel> panels;
    for (const auto& id : viewsToPrint(catalogue, point)) {
        const View* view = catalogue.findView(id);
        PicturePanel panel;
        panel.drawing = drawings.drawing(QString::fromStdString(id));
        panel.viewSize = QSizeF(view->width, view->height);
        std::set<Side> sides;
        for (const auto& position : point.positions) {
            if (position.view == id) {
                panel.marks.emplace_back(position.x, position.y);
                sides.insert(position.side);
            }
        }
        QString caption = QString::fromStdString(view->name);
        if (sides.size() >= 2)
            caption += QCoreApplication::translate("acu::BodyPicture", ": both sides");
        panel.caption = caption;
        panels.push_back(std::move(panel));
    }
    return panels;
}

PictureBlock::PictureBlock(std::vector<PicturePanel> panels, QPaintDevice* device, qreal heightMm)
    : m_panels(std::move(panels))
    , m_device(device)
    , m_height(heightMm * device->logicalDpiY() / 25.4)
{
}

qreal PictureBlock::heightFor(qreal /*width*/) const
{
    return m_panels.empty() ? 0 : m_height;
}

void PictureBlock::paint(QPainter& painter, const QRectF& rect) const
{
    if (m_panels.empty())
        return;
    QFont font = painter.font();
    font.setPointSizeF(8);
    const QFontMetricsF metrics(font, m_device);
    const qreal captionHeight = metrics.height() * 2.2;
    const qreal pictureHeight = rect.height() - captionHeight;
    const qreal gap = m_height * 0.06;

    std::vector<qreal> widths;
    qreal total = 0;
    for (const auto& panel : m_panels) {
        const qreal aspect = panel.viewSize.height() > 0 ? panel.viewSize.width() / panel.viewSize.height() : 1.0;
        widths.push_back(std::max(pictureHeight * aspect, metrics.averageCharWidth() * 22));
        total += widths.back();
    }
    total += gap * qreal(m_panels.size() - 1);
    const qreal shrink = total > rect.width() ? rect.width() / total : 1.0;
    qreal x = rect.left() + (rect.width() - total * shrink) / 2;

    const qreal radius = m_height * 0.022;
    for (std::size_t i = 0; i < m_panels.size(); ++i) {
        const PicturePanel& panel = m_panels[i];
        const qreal width = widths[i] * shrink;
        const QRectF frame(x, rect.top(), width, pictureHeight * shrink);
        QSizeF drawn = panel.viewSize.scaled(frame.size(), Qt::KeepAspectRatio);
        const QRectF target(frame.center() - QPointF(drawn.width() / 2, drawn.height() / 2), drawn);
        painter.setPen(QPen(QColor(0xbb, 0xbb, 0xbb), m_height * 0.004));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(target);
        if (panel.drawing && panel.drawing->isValid()) {
            panel.drawing->render(&painter, target);
        } else {
            painter.setFont(font);
            painter.setPen(Qt::black);
            painter.drawText(target, Qt::AlignCenter | Qt::TextWordWrap,
                             QCoreApplication::translate("acu::BodyPicture", "(drawing missing)"));
        }
        const qreal sx = target.width() / panel.viewSize.width();
        const qreal sy = target.height() / panel.viewSize.height();
        for (const QPointF& mark : panel.marks) {
            const QPointF at(target.left() + mark.x() * sx, target.top() + mark.y() * sy);
            painter.setPen(QPen(Qt::white, radius * 0.45));
            painter.setBrush(QColor(0x1f, 0x5f, 0xa8));
            painter.drawEllipse(at, radius, radius);
            painter.setPen(QPen(QColor(0x10, 0x10, 0x10), radius * 0.18));
            painter.setBrush(Qt::NoBrush);
            painter.drawEllipse(at, radius * 1.25, radius * 1.25);
        }
        painter.setFont(font);
        painter.setPen(Qt::black);
        painter.drawText(QRectF(x, frame.bottom() + metrics.height() * 0.2, width, captionHeight),
                         Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, panel.caption);
        x += width + gap * shrink;
    }
}

} // namespace acu
