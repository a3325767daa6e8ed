#pragma once

#include <QColor>
#include <QPalette>

namespace acu {

/// The amber of "take care": the pregnancy caution mark on the map and in the point list,
/// and the medical notice bar under the details.
inline const QColor kCautionColour(0xb0, 0x6a, 0x00);
/// The red of "avoid": points traditionally forbidden in pregnancy.
inline const QColor kForbiddenColour(0xc0, 0x26, 0x26);
/// The blue of "no caution known".
inline const QColor kNoCautionColour(0x1f, 0x5f, 0xa8);

/// A caution hue as text or a mark on `background`: itself where it reads at 4.5:1, else
/// deepened (on light backgrounds) or lightened (on dark ones) just enough to.
[[nodiscard]] QColor cautionText(const QColor& hue, const QColor& background);

/// The pregnancy box at the top of the detail pane: a tint of its hue over the palette's
/// base colour, and text of the same hue that reads on it at 7:1, light or dark palette.
struct BoxColours {
    QColor background;
    QColor text;
};
[[nodiscard]] BoxColours pregnancyBoxColours(const QColor& hue, const QPalette& palette);

} // namespace acu
