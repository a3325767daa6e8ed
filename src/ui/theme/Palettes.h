#pragma once

// The app's own light and dark palettes, for the Fusion style, and the one change it makes
// to the desktop's palette: placeholder text dark (or light) enough to read.

#include <QPalette>

namespace acu {

/// Light grey window, white fields, near-black text; every text colour reads at 4.5:1.
[[nodiscard]] QPalette lightPalette();
/// Dark grey window, near-black fields, light text; every text colour reads at 4.5:1.
[[nodiscard]] QPalette darkPalette();

/// The palette's placeholder text (the search field's hint, the legends) made readable:
/// at least 4.5:1 against both the base and the window colour, each colour group alike.
/// Qt's own placeholder is the text colour at half opacity, about 4:1 on white.
[[nodiscard]] QColor readablePlaceholder(const QPalette& palette, QPalette::ColorGroup group = QPalette::Active);

} // namespace acu
