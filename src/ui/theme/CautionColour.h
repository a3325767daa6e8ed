#pragma once

#include <QColor>

namespace acu {

/// The amber of "take care": the pregnancy caution mark on the map and in the point list,
/// and the medical notice bar under the details.
inline const QColor kCautionColour(0xb0, 0x6a, 0x00);

} // namespace acu
