#pragma once

// Contrast between colours as WCAG 2.1 measures it, and the least change to a colour that
// gives it a wanted contrast.

#include <QColor>

class QPalette;

namespace acu {

/// WCAG 2.1 relative luminance of an sRGB colour: 0 for black, 1 for white (alpha ignored).
/// #767676 -> 0.181.
[[nodiscard]] double relativeLuminance(const QColor& colour);

/// WCAG 2.1 contrast ratio of two colours, from 1 (the same) to 21 (black on white). A
/// foreground that is partly transparent is first laid over the background.
/// (#767676, white) -> 4.54.
[[nodiscard]] double contrastRatio(const QColor& foreground, const QColor& background);

/// over laid on under with the given opacity (0: under, 1: over), opaque.
[[nodiscard]] QColor blend(const QColor& over, const QColor& under, double amount);

/// colour itself when it already has `ratio` against background; otherwise colour mixed
/// towards black or white (whichever the background contrasts with more) just enough to
/// reach it, or as far as that goes. Keeps the hue as long as it can: an amber stays amber.
[[nodiscard]] QColor withContrast(const QColor& colour, const QColor& background, double ratio);

/// Whether a palette is dark: its window colour is darker than its window text.
[[nodiscard]] bool isDarkPalette(const QPalette& palette);

} // namespace acu
