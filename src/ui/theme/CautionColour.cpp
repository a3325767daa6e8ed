#include "ui/theme/CautionColour.h"

#include "ui/theme/Contrast.h"

namespace acu {

QColor cautionText(const QColor& hue, const QColor& background)
{
    return withContrast(hue, background, 4.5);
}

BoxColours pregnancyBoxColours(const QColor& hue, const QPalette& palette)
{
    const bool dark = isDarkPalette(palette);
    const QColor base = palette.color(QPalette::Base);
    const QColor background = blend(hue, base, dark ? 0.32 : 0.16);
    const QColor text = withContrast(blend(hue, dark ? QColor(Qt::white) : QColor(Qt::black), 0.5), background, 7.0);
    return {background, text};
}

} // namespace acu
