#include "ui/map/MarkerLabeller.h"

#include "ui/map/LabelPlacement.h"
#include "ui/map/MarkerItem.h"
#include "ui/map/MarkerLabelItem.h"

#include <QGraphicsScene>
#include <QHash>
#include <QSet>

namespace acu {

namespace {

enum Priority { kSelected, kListed, kOthers };

MarkerLabelItem* labelOf(MarkerItem& marker)
{
    for (QGraphicsItem* child : marker.childItems()) {
        if (child->type() == MarkerLabelItem::Type)
            return static_cast<MarkerLabelItem*>(child);
    }
    return new MarkerLabelItem(marker.marker().code, &marker);
}

} // namespace

QSizeF LabelSizes::of(const QString& text, const QFont& font)
{
    if (font != m_font) {
        m_sizes.clear();
        m_font = font;
    }
    auto size = m_sizes.constFind(text);
    if (size == m_sizes.cend())
        size = m_sizes.insert(text, MarkerLabelItem::labelSize(text, font));
    return *size;
}

int labelMarkers(QGraphicsScene& scene, const QTransform& transform, const QFont& font, LabelSizes& sizes)
{
    const QFont labelFont = MarkerLabelItem::labelFont(font);
    QList<MarkerItem*> markers; // the shown ones, as requests holds them
    QList<MarkerLabelItem*> labels;
    QList<MarkerDisc> discs;
    QList<LabelRequest> requests;
    for (QGraphicsItem* item : scene.items(Qt::AscendingOrder)) {
        if (item->type() != MarkerItem::Type)
            continue;
        auto* marker = static_cast<MarkerItem*>(item);
        MarkerLabelItem* label = labelOf(*marker);
        labels.append(label);
        if (!marker->isVisible())
            continue;
        const QPointF centre = transform.map(marker->scenePos());
        const double radius = marker->drawnRadius();
        discs.append({centre, radius});
        const Priority priority = marker->isSelectedMarker() ? kSelected : marker->isDimmed() ? kOthers : kListed;
        requests.append({centre, radius, sizes.of(label->text(), labelFont), priority, priority == kSelected});
        markers.append(marker);
    }
    const QList<PlacedLabel> placed = placeLabels(requests, discs, transform.mapRect(scene.sceneRect()));
    QSet<MarkerLabelItem*> shown;
    for (const PlacedLabel& label : placed) {
        MarkerItem* marker = markers[label.request];
        MarkerLabelItem* item = labelOf(*marker);
        item->place(label.rect.translated(-requests[label.request].anchor), labelFont, marker->isDimmed());
        shown.insert(item);
    }
    for (MarkerLabelItem* label : labels) {
        if (!shown.contains(label))
            label->hide();
    }
    return static_cast<int>(placed.size());
}

} // namespace acu
