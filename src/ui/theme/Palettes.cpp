#include "ui/theme/Palettes.h"

#include "ui/theme/Contrast.h"

namespace acu {

namespace {

/// The colours a palette is made of; the bevels Fusion draws come from window.
struct Scheme {
    QColor window;
    QColor windowText;
    QColor base;
    QColor alternateBase;
    QColor text;
    QColor button;
    QColor placeholder;
    QColor disabledText;
    QColor highlight;
    QColor highlightedText;
    QColor link;
    QColor linkVisited;
    QColor toolTipBase;
};

QPalette paletteOf(const Scheme& s, bool dark)
{
    QPalette p(s.button, s.window);
    p.setColor(QPalette::WindowText, s.windowText);
    p.setColor(QPalette::Base, s.base);
    p.setColor(QPalette::AlternateBase, s.alternateBase);
    p.setColor(QPalette::Text, s.text);
    p.setColor(QPalette::ButtonText, s.windowText);
    p.setColor(QPalette::BrightText, dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xc0, 0x00, 0x00));
    p.setColor(QPalette::PlaceholderText, s.placeholder);
    p.setColor(QPalette::Highlight, s.highlight);
    p.setColor(QPalette::HighlightedText, s.highlightedText);
    p.setColor(QPalette::Link, s.link);
    p.setColor(QPalette::LinkVisited, s.linkVisited);
    p.setColor(QPalette::ToolTipBase, s.toolTipBase);
    p.setColor(QPalette::ToolTipText, s.windowText);
    // Fusion's bevels: lighter and darker shades of the button colour.
    p.setColor(QPalette::Light, s.button.lighter(dark ? 140 : 150));
    p.setColor(QPalette::Midlight, s.button.lighter(dark ? 120 : 125));
    p.setColor(QPalette::Mid, s.button.darker(dark ? 130 : 130));
    p.setColor(QPalette::Dark, s.button.darker(dark ? 160 : 150));
    p.setColor(QPalette::Shadow, dark ? QColor(0x0a, 0x0a, 0x0a) : QColor(0x76, 0x76, 0x76));
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText,
                                           QPalette::PlaceholderText, QPalette::HighlightedText})
        p.setColor(QPalette::Disabled, role, s.disabledText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, dark ? QColor(0x50, 0x50, 0x50) : QColor(0x91, 0x91, 0x91));
    p.setColor(QPalette::Inactive, QPalette::Highlight, s.highlight);
    p.setColor(QPalette::Inactive, QPalette::HighlightedText, s.highlightedText);
    return p;
}

} // namespace

QPalette lightPalette()
{
    return paletteOf({QColor(0xef, 0xef, 0xef), QColor(0x1a, 0x1a, 0x1a), QColor(0xff, 0xff, 0xff),
                      QColor(0xf4, 0xf4, 0xf2), QColor(0x1a, 0x1a, 0x1a), QColor(0xef, 0xef, 0xef),
                      QColor(0x61, 0x61, 0x61), QColor(0x8a, 0x8a, 0x8a), QColor(0x2b, 0x6c, 0xb0),
                      QColor(0xff, 0xff, 0xff), QColor(0x0b, 0x57, 0xa4), QColor(0x6a, 0x3d, 0x9a),
                      QColor(0xff, 0xff, 0xdc)},
                     false);
}

QPalette darkPalette()
{
    return paletteOf({QColor(0x2d, 0x2d, 0x2d), QColor(0xe8, 0xe8, 0xe8), QColor(0x1e, 0x1e, 0x1e),
                      QColor(0x33, 0x33, 0x33), QColor(0xe8, 0xe8, 0xe8), QColor(0x3a, 0x3a, 0x3a),
                      QColor(0xa6, 0xa6, 0xa6), QColor(0x80, 0x80, 0x80), QColor(0x35, 0x6f, 0xb8),
                      QColor(0xff, 0xff, 0xff), QColor(0x8a, 0xb8, 0xff), QColor(0xc3, 0xa6, 0xff),
                      QColor(0x3a, 0x3a, 0x3a)},
                     true);
}

QColor readablePlaceholder(const QPalette& palette, QPalette::ColorGroup group)
{
    const QColor base = palette.color(group, QPalette::Base);
    const QColor window = palette.color(group, QPalette::Window);
    QColor colour = palette.color(group, QPalette::PlaceholderText);
    // The darker (or, on a dark palette, lighter) of the two backgrounds is the harder one.
    const QColor harder = contrastRatio(colour, base) < contrastRatio(colour, window) ? base : window;
    colour = withContrast(colour, harder, 4.5);
    const QColor other = harder == base ? window : base;
    return withContrast(colour.alphaF() < 1 ? blend(colour, harder, colour.alphaF()) : colour, other, 4.5);
}

} // namespace acu
