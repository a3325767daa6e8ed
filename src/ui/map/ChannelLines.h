#pragma once

// The channel lines of a body view's scene: made once when the scene is made, then shown
// or hidden by channel.

#include "models/BodyMarkers.h"

#include <QSet>
#include <QStringList>

class QGraphicsScene;

namespace acu {

class ChannelLineItem;

/// Adds a line item for every channel course on the view (see channelCourses), hidden.
void addChannelLines(QGraphicsScene* scene, const QList<BodyMarker>& markers, const QString& viewId);
/// Shows the lines of the channels with these prefixes and hides the others.
void showChannelLines(QGraphicsScene* scene, const QSet<QString>& prefixes);
/// The scene's line items, in the order they were added.
[[nodiscard]] QList<ChannelLineItem*> channelLineItems(const QGraphicsScene* scene);
/// The channels whose lines the scene shows now, in WHO order.
[[nodiscard]] QStringList drawnChannels(const QGraphicsScene* scene);

} // namespace acu
