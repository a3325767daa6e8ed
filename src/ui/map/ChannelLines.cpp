#include "ui/map/ChannelLines.h"

#include "models/ChannelNames.h"
#include "ui/map/ChannelCourse.h"
#include "ui/map/ChannelLineItem.h"

#include <QGraphicsScene>

namespace acu {

void addChannelLines(QGraphicsScene* scene, const QList<BodyMarker>& markers, const QString& viewId)
{
    if (!scene)
        return;
    for (const auto& course : channelCourses(markers, viewId)) {
        auto* line = new ChannelLineItem(course);
        line->setVisible(false);
        scene->addItem(line);
    }
}

QList<ChannelLineItem*> channelLineItems(const QGraphicsScene* scene)
{
    QList<ChannelLineItem*> lines;
    if (!scene)
        return lines;
    for (QGraphicsItem* item : scene->items(Qt::AscendingOrder)) {
        if (item->type() == ChannelLineItem::Type)
            lines.append(static_cast<ChannelLineItem*>(item));
    }
    return lines;
}

void showChannelLines(QGraphicsScene* scene, const QSet<QString>& prefixes)
{
    for (ChannelLineItem* line : channelLineItems(scene))
        line->setVisible(prefixes.contains(line->prefix()));
}

QStringList drawnChannels(const QGraphicsScene* scene)
{
    QSet<QString> drawn;
    for (const ChannelLineItem* line : channelLineItems(scene)) {
        if (line->isVisible())
            drawn.insert(line->prefix());
    }
    QStringList ordered;
    for (const QString& prefix : channelPrefixes()) {
        if (drawn.contains(prefix))
            ordered.append(prefix);
    }
    return ordered;
}

} // namespace acu
