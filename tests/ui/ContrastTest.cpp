// WCAG 2.1 luminance and contrast, and the least change to a colour that reaches a contrast.

#include "ui/theme/Contrast.h"
#include "support/QtPrinters.h"

#include <QPalette>

#include <gtest/gtest.h>

/// Found by GoogleTest beside QColor, in the global namespace.
static void PrintTo(const QColor& colour, std::ostream* os) { *os << colour.name(QColor::HexArgb).toStdString(); }

namespace {

const QColor kGrey767676(0x76, 0x76, 0x76); // the lightest grey that reads on white at 4.5:1

} // namespace

// Black is 0, white is 1, and #767676 is the grey WCAG's examples give as 0.181.
TEST(Contrast, relativeLuminance_ofBlackWhiteAndGrey)
{
    EXPECT_DOUBLE_EQ(acu::relativeLuminance(Qt::black), 0.0);
    EXPECT_DOUBLE_EQ(acu::relativeLuminance(Qt::white), 1.0);
    EXPECT_NEAR(acu::relativeLuminance(kGrey767676), 0.1812, 0.0005);
}

// Pure red, green and blue weigh 0.2126, 0.7152 and 0.0722.
TEST(Contrast, relativeLuminance_weighsTheChannels)
{
    EXPECT_NEAR(acu::relativeLuminance(QColor(255, 0, 0)), 0.2126, 1e-6);
    EXPECT_NEAR(acu::relativeLuminance(QColor(0, 255, 0)), 0.7152, 1e-6);
    EXPECT_NEAR(acu::relativeLuminance(QColor(0, 0, 255)), 0.0722, 1e-6);
}

// Black on white is 21:1, either way round; a colour on itself is 1:1.
TEST(Contrast, contrastRatio_blackOnWhiteIs21)
{
    EXPECT_DOUBLE_EQ(acu::contrastRatio(Qt::black, Qt::white), 21.0);
    EXPECT_DOUBLE_EQ(acu::contrastRatio(Qt::white, Qt::black), 21.0);
    EXPECT_DOUBLE_EQ(acu::contrastRatio(kGrey767676, kGrey767676), 1.0);
}

// #767676 on white is 4.54:1, just over the 4.5 that text needs.
TEST(Contrast, contrastRatio_greyOnWhite)
{
    EXPECT_NEAR(acu::contrastRatio(kGrey767676, Qt::white), 4.54, 0.005);
}

// Half-transparent black on white shows as mid grey, and is measured so.
TEST(Contrast, contrastRatio_laysATransparentForegroundOverTheBackground)
{
    QColor halfBlack(Qt::black);
    halfBlack.setAlphaF(0.5);
    EXPECT_NEAR(acu::contrastRatio(halfBlack, Qt::white), acu::contrastRatio(QColor(0x80, 0x80, 0x80), Qt::white),
                0.05);
    EXPECT_LT(acu::contrastRatio(halfBlack, Qt::white), 4.5);
}

// A colour that already reads is kept as it is.
TEST(Contrast, withContrast_keepsAColourThatReads)
{
    EXPECT_EQ(acu::withContrast(QColor(0x1a, 0x1a, 0x1a), Qt::white, 4.5), QColor(0x1a, 0x1a, 0x1a));
}

// Amber on white is deepened, amber on near-black is lightened, each just past 4.5:1,
// and stays amber (more red than blue).
TEST(Contrast, withContrast_movesAmberJustFarEnough)
{
    const QColor amber(0xd0, 0x90, 0x20);
    ASSERT_LT(acu::contrastRatio(amber, Qt::white), 4.5);
    const QColor onWhite = acu::withContrast(amber, Qt::white, 4.5);
    EXPECT_GE(acu::contrastRatio(onWhite, Qt::white), 4.5);
    EXPECT_LT(acu::contrastRatio(onWhite, Qt::white), 4.8);
    EXPECT_LT(onWhite.lightness(), amber.lightness());
    EXPECT_GT(onWhite.red(), onWhite.blue());

    const QColor mid(0x90, 0x60, 0x10);
    ASSERT_LT(acu::contrastRatio(mid, QColor(0x1e, 0x1e, 0x1e)), 4.5);
    const QColor onDark = acu::withContrast(mid, QColor(0x1e, 0x1e, 0x1e), 4.5);
    EXPECT_GE(acu::contrastRatio(onDark, QColor(0x1e, 0x1e, 0x1e)), 4.5);
    EXPECT_GT(onDark.lightness(), mid.lightness());
    EXPECT_GT(onDark.red(), onDark.blue());
}

// A dark palette has a window darker than its text.
TEST(Contrast, isDarkPalette_comparesWindowAndText)
{
    QPalette light(Qt::black, Qt::white);
    light.setColor(QPalette::Window, Qt::white);
    light.setColor(QPalette::WindowText, Qt::black);
    QPalette dark = light;
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    EXPECT_FALSE(acu::isDarkPalette(light));
    EXPECT_TRUE(acu::isDarkPalette(dark));
}
