#pragma once

// Which channel lines the map draws: the selected point's channel (the default), every
// channel, none, or one channel by its prefix.

#include <QString>
#include <QStringList>

namespace acu {

/// The choices besides a channel's prefix, as settings and the selector keep them.
inline const QString kSelectedPointsChannel = QStringLiteral("selected");
inline const QString kAllChannels = QStringLiteral("all");
inline const QString kNoChannels = QStringLiteral("none");

/// Whether the id is one of the choices: the three above or a WHO channel prefix ("BL").
[[nodiscard]] bool isChannelChoice(const QString& id);

/// The channels the choice draws, in WHO order, when the point with selectedCode is
/// selected ("" for none): for kSelectedPointsChannel the point's channel (none for an
/// extra point). An id that is no choice reads as the default.
[[nodiscard]] QStringList channelsToDraw(const QString& choice, const QString& selectedCode);

} // namespace acu
