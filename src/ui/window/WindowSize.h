#pragma once

// How large the window opens the first time, and how small it may become.

#include <QSize>

namespace acu {

/// The share of the screen's available area the first window takes at most.
inline constexpr double kFirstWindowShare = 0.8;
/// The size the first window wants when the screen has room: 1280x800.
inline constexpr QSize kPreferredWindowSize{1280, 800};

/// The first window's size (no saved geometry) on a screen with this available size in
/// device-independent pixels: the preferred size, or 80% of the screen's width and height
/// where that is smaller, and never under the window's minimum unless the screen is.
/// 1920x1040 -> 1280x800; 1366x728 at a pixel ratio of 2 (683x364) -> 683x364.
[[nodiscard]] QSize firstWindowSize(QSize available);

/// The least size the window takes on that screen: kSmallestWindowSize (where its panes,
/// tool bar and notices are laid out without overlapping), or the whole available area on
/// a screen smaller than that.
[[nodiscard]] QSize minimumWindowSize(QSize available);

} // namespace acu
