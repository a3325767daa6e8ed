#include "ui/theme/Contrast.h"

#include <QPalette>

#include <cmath>

namespace acu {

namespace {

/// One sRGB channel (0 to 1) in linear light.
double linear(double channel)
{
    return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

} // namespace

double relativeLuminance(const QColor& colour)
{
    const QColor rgb = colour.toRgb();
    return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF()) + 0.0722 * linear(rgb.blueF());
}

double contrastRatio(const QColor& foreground, const QColor& background)
{
    const QColor shown = foreground.alphaF() < 1 ? blend(foreground, background, foreground.alphaF()) : foreground;
    const double a = relativeLuminance(shown);
    const double b = relativeLuminance(background);
    return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
}

QColor blend(const QColor& over, const QColor& under, double amount)
{
    const QColor a = over.toRgb();
    const QColor b = under.toRgb();
    const auto mix = [amount](float x, float y) { return float(x * amount + y * (1 - amount)); };
    return QColor::fromRgbF(mix(a.redF(), b.redF()), mix(a.greenF(), b.greenF()), mix(a.blueF(), b.blueF()));
}

QColor withContrast(const QColor& colour, const QColor& background, double ratio)
{
    const QColor opaque = colour.alphaF() < 1 ? blend(colour, background, colour.alphaF()) : colour.toRgb();
    if (contrastRatio(opaque, background) >= ratio)
        return colour;
    const QColor target = contrastRatio(Qt::black, background) >= contrastRatio(Qt::white, background)
                              ? QColor(Qt::black)
                              : QColor(Qt::white);
    constexpr int kSteps = 100; // a hundredth of the way at a time: fine enough to see no step
    QColor mixed = opaque;
    for (int step = 1; step <= kSteps; ++step) {
        mixed = blend(target, opaque, double(step) / kSteps);
        if (contrastRatio(mixed, background) >= ratio)
            break;
    }
    return mixed;
}

bool isDarkPalette(const QPalette& palette)
{
    return relativeLuminance(palette.color(QPalette::Window)) < relativeLuminance(palette.color(QPalette::WindowText));
}

} // namespace acu
