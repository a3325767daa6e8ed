#include "ui/map/ChannelStyle.h"

#include <array>
#include <string_view>

namespace acu {

namespace {

// Okabe–Ito hues, each scaled to a relative luminance of about 0.165: 4.9:1 on white,
// 3.4:1 on the dark palette's #1e1e1e and 3.6:1 on the drawings' skin (#efd9c6).
const QColor kBlue(0x00, 0x76, 0xb8);
const QColor kVermillion(0xbb, 0x52, 0x00);
const QColor kOchre(0x98, 0x68, 0x00);
const QColor kGreen(0x00, 0x81, 0x5d);
const QColor kPink(0x9e, 0x5c, 0x80); // Okabe–Ito's reddish purple
const QColor kViolet(0x93, 0x4b, 0xde);
const QColor kGrey(0x71, 0x71, 0x71);

const QList<qreal> kSolid;
const QList<qreal> kDash{4.0, 2.0};
const QList<qreal> kDot{1.0, 1.6};
const QList<qreal> kDashDot{4.0, 1.6, 1.0, 1.6};
const QList<qreal> kDashDotDot{4.0, 1.6, 1.0, 1.6, 1.0, 1.6};

struct Entry {
    std::string_view prefix;
    const QColor* colour;
    const QList<qreal>* dashes;
};

// Lines that share a pattern have hues a colour-blind reader still tells apart (CIE76
// delta E 10 or more under protanopia, deuteranopia and tritanopia, simulated as
// tests/ui/ChannelLinesTest.cpp does): no grey shares a pattern with the green or the pink,
// which those readers see as greys of the same lightness. Lines that run side by side differ
// in pattern: on the inner leg SP (dash), KI (dash-dot) and LR (solid); on the back of the
// arm LI (dash), TE (solid) and SI (dot); on the back BL (dash-dot) and GV (dot).
const std::array<Entry, 14> kStyles{{
    {"LU", &kBlue, &kSolid},
    {"LI", &kVermillion, &kDash},
    {"ST", &kOchre, &kSolid},
    {"SP", &kPink, &kDash},
    {"HT", &kGreen, &kDash},
    {"SI", &kGrey, &kDot},
    {"BL", &kGreen, &kDashDot},
    {"KI", &kBlue, &kDashDot},
    {"PC", &kVermillion, &kDashDot},
    {"TE", &kViolet, &kSolid},
    {"GB", &kBlue, &kDashDotDot},
    {"LR", &kGrey, &kSolid},
    {"GV", &kViolet, &kDot},
    {"CV", &kGrey, &kDashDotDot},
}};

} // namespace

ChannelStyle channelStyle(const QString& prefix)
{
    for (const auto& entry : kStyles) {
        if (prefix == QLatin1String(entry.prefix.data(), static_cast<qsizetype>(entry.prefix.size())))
            return {*entry.colour, *entry.dashes};
    }
    return {kGrey, kSolid};
}

QPen channelPen(const ChannelStyle& style, double width)
{
    QPen pen(style.colour, width);
    pen.setCosmetic(true);
    pen.setCapStyle(Qt::FlatCap);
    pen.setJoinStyle(Qt::RoundJoin);
    if (!style.dashes.isEmpty())
        pen.setDashPattern(style.dashes);
    return pen;
}

} // namespace acu
