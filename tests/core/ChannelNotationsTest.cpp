// The WHO bladder names used for points the catalogue does not hold.

#include "core/search/ChannelNotations.h"
#include "core/search/PointCode.h"
#include "support/TestCatalogues.h"

#include <gtest/gtest.h>

#include <algorithm>

// Every name carries its tone marks, as the catalogue's own pinyin does.
TEST(ChannelNotations, whoBladderNames_haveToneMarks)
{
    for (int number = 1; number <= 67; ++number) {
        const std::string_view name = acu::whoBladderName(number);
        ASSERT_FALSE(name.empty()) << number;
        EXPECT_TRUE(std::any_of(name.begin(), name.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; }))
            << "BL" << number << " " << name;
    }
    EXPECT_EQ(acu::whoBladderName(47), "Húnmén");
    EXPECT_EQ(acu::whoBladderName(0), "");
    EXPECT_EQ(acu::whoBladderName(68), "");
}

// For each bladder point the shipped catalogue holds, the table spells it as the catalogue does.
TEST(ChannelNotations, whoBladderNames_agreeWithTheCatalogue)
{
    int checked = 0;
    for (const auto& point : acu::test::shipped()->points()) {
        const auto code = acu::splitCode(point.code);
        if (!code || code->prefix != "BL")
            continue;
        EXPECT_EQ(acu::whoBladderName(code->number), point.names.pinyin) << point.code;
        ++checked;
    }
    EXPECT_GT(checked, 10);
}
