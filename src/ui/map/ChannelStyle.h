#pragma once

#include <QColor>
#include <QList>
#include <QPen>
#include <QString>

namespace acu {

/// How a channel's course is drawn: a colour and a dash pattern. The 14 channels each have
/// their own (colour, pattern) pair, and channels that cross or run side by side differ in
/// both. Every colour has the same middle lightness, so that it reads at 3:1 or more on the
/// map's background in the light and the dark palette and on the drawings' skin; the
/// pattern tells apart lines whose colours a colour-blind reader cannot (the hues come from
/// the Okabe–Ito set, darkened to that lightness).
struct ChannelStyle {
    QColor colour;
    /// Dashes and gaps in pen widths, as QPen::setDashPattern takes them; empty for solid.
    QList<qreal> dashes;

    friend bool operator==(const ChannelStyle&, const ChannelStyle&) = default;
};

/// The style of a WHO channel by prefix ("BL"); a neutral solid line for any other.
[[nodiscard]] ChannelStyle channelStyle(const QString& prefix);

/// A line's width on screen, in pixels, whatever the zoom.
inline constexpr double kChannelLineWidth = 2.5;

/// The cosmetic pen a channel's course is drawn with (its width in pixels at any zoom).
[[nodiscard]] QPen channelPen(const ChannelStyle& style, double width = kChannelLineWidth);

} // namespace acu
