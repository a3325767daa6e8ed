// The character classes the text rules and the search share: one row per class and range edge.

#include "core/text/CharacterClass.h"

#include <gtest/gtest.h>

using acu::CharKind;

namespace {

struct KindCase {
    char32_t cp;
    CharKind kind;
};

void PrintTo(const KindCase& c, std::ostream* os)
{
    *os << acu::describeChar(c.cp);
}

class Kind : public ::testing::TestWithParam<KindCase> {};

struct DescribeCase {
    char32_t cp;
    const char* described;
};

void PrintTo(const DescribeCase& c, std::ostream* os)
{
    *os << c.described;
}

class Describe : public ::testing::TestWithParam<DescribeCase> {};

} // namespace

// Each code point falls in its class.
TEST_P(Kind, classifies)
{
    EXPECT_EQ(acu::charKind(GetParam().cp), GetParam().kind);
}

INSTANTIATE_TEST_SUITE_P(
    CharacterClass, Kind,
    ::testing::Values(
        KindCase{U'A', CharKind::Plain}, KindCase{U' ', CharKind::Plain}, KindCase{U'-', CharKind::Plain},
        KindCase{U'~', CharKind::Plain}, KindCase{0x0000, CharKind::Control}, KindCase{0x0007, CharKind::Control},
        KindCase{0x0009, CharKind::Control}, KindCase{0x000A, CharKind::Control}, KindCase{0x001B, CharKind::Control},
        KindCase{0x001F, CharKind::Control}, KindCase{0x007F, CharKind::Control}, KindCase{0x0085, CharKind::Control},
        KindCase{0x009F, CharKind::Control}, KindCase{0x00A0, CharKind::Space}, KindCase{0x00AD, CharKind::Invisible},
        KindCase{0x00E9, CharKind::Plain}, KindCase{0x061C, CharKind::Bidi}, KindCase{0x1680, CharKind::Space},
        KindCase{0x180E, CharKind::Invisible}, KindCase{0x2000, CharKind::Space}, KindCase{0x2009, CharKind::Space},
        KindCase{0x200A, CharKind::Space}, KindCase{0x200B, CharKind::Invisible}, KindCase{0x200C, CharKind::Invisible},
        KindCase{0x200D, CharKind::Invisible}, KindCase{0x200E, CharKind::Bidi}, KindCase{0x200F, CharKind::Bidi},
        KindCase{0x2010, CharKind::Dash}, KindCase{0x2013, CharKind::Dash}, KindCase{0x2015, CharKind::Dash},
        KindCase{0x2016, CharKind::Plain}, KindCase{0x2028, CharKind::Space}, KindCase{0x2029, CharKind::Space},
        KindCase{0x202A, CharKind::Bidi}, KindCase{0x202E, CharKind::Bidi}, KindCase{0x202F, CharKind::Space},
        KindCase{0x205F, CharKind::Space}, KindCase{0x2060, CharKind::Invisible}, KindCase{0x2066, CharKind::Bidi},
        KindCase{0x2069, CharKind::Bidi}, KindCase{0x2212, CharKind::Dash}, KindCase{0x3000, CharKind::Space},
        KindCase{0x4E00, CharKind::Plain}, KindCase{0xFE0F, CharKind::Invisible}, KindCase{0xFE58, CharKind::Dash},
        KindCase{0xFE63, CharKind::Dash}, KindCase{0xFEFF, CharKind::Invisible}, KindCase{0xFF0D, CharKind::Dash},
        KindCase{0xE0001, CharKind::Invisible}));

// Messages name the character: by its Unicode name where this file knows it, otherwise by
// showing it; what cannot be seen is never shown raw.
TEST_P(Describe, namesTheCharacter)
{
    EXPECT_EQ(acu::describeChar(GetParam().cp), GetParam().described);
}

INSTANTIATE_TEST_SUITE_P(CharacterClass, Describe,
                         ::testing::Values(DescribeCase{0x0000, "U+0000 NUL"}, DescribeCase{0x0007, "U+0007 BEL"},
                                           DescribeCase{0x001B, "U+001B ESC"}, DescribeCase{0x007F, "U+007F DEL"},
                                           DescribeCase{0x0085, "U+0085"}, DescribeCase{U'A', "U+0041 \"A\""},
                                           DescribeCase{0x202E, "U+202E RIGHT-TO-LEFT OVERRIDE"},
                                           DescribeCase{0x200B, "U+200B ZERO WIDTH SPACE"},
                                           DescribeCase{0x0412, "U+0412 CYRILLIC CAPITAL LETTER VE"},
                                           DescribeCase{0x4E00, "U+4E00 \"\u4E00\""},
                                           DescribeCase{0x1F600, "U+1F600 \"\U0001F600\""},
                                           DescribeCase{0xE0041, "U+E0041"}));

// Cyrillic, Greek and Roman-numeral look-alikes know their Latin twin; real Latin letters
// and unrelated letters have none.
TEST(CharacterClass, latinLookAlike_knowsTwins)
{
    EXPECT_EQ(acu::latinLookAlike(0x0412), 'B');
    EXPECT_EQ(acu::latinLookAlike(0x0430), 'a');
    EXPECT_EQ(acu::latinLookAlike(0x039F), 'O');
    EXPECT_EQ(acu::latinLookAlike(0x2160), 'I');
    EXPECT_EQ(acu::latinLookAlike(0x0417), '3');
    EXPECT_EQ(acu::latinLookAlike(U'B'), std::nullopt);
    EXPECT_EQ(acu::latinLookAlike(0x0416), std::nullopt); // Ж
    EXPECT_EQ(acu::latinLookAlike(0x202E), std::nullopt);
}
