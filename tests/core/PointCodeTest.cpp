// WHO code splitting and the reasons a code cannot exist.

#include "core/search/PointCode.h"

#include <gtest/gtest.h>

// Codes in WHO form split into prefix and number.
TEST(PointCode, splitCode_whoForm)
{
    const auto bl = acu::splitCode("BL52");
    ASSERT_TRUE(bl);
    EXPECT_EQ(bl->prefix, "BL");
    EXPECT_EQ(bl->number, 52);
    EXPECT_EQ(bl->meridian(), "BL");
    const auto ex = acu::splitCode("EX-HN3");
    ASSERT_TRUE(ex);
    EXPECT_EQ(ex->prefix, "EX-HN");
    EXPECT_EQ(ex->meridian(), "EX");
    EXPECT_EQ(ex->toString(), "EX-HN3");
}

// Anything else is not a WHO code.
TEST(PointCode, splitCode_rejectsOtherForms)
{
    for (const char* code : {"bl52", "BL 52", "BL052", "BL", "52", "", "B-L52", "BLX52", "EX-3", "EX-HNX3", "BL0"})
        EXPECT_FALSE(acu::splitCode(code)) << code;
}

// Every channel's first and last point exist; one past the last does not.
TEST(PointCode, codeProblem_rangeOfEveryChannel)
{
    for (const auto& channel : acu::channels()) {
        const std::string prefix(channel.prefix);
        EXPECT_FALSE(acu::codeProblem(prefix + "1")) << prefix;
        EXPECT_FALSE(acu::codeProblem(prefix + std::to_string(channel.pointCount))) << prefix;
        EXPECT_TRUE(acu::codeProblem(prefix + std::to_string(channel.pointCount + 1))) << prefix;
    }
    EXPECT_EQ(acu::channels().size(), 14u);
}

// The reasons say what is wrong in words.
TEST(PointCode, codeProblem_explains)
{
    EXPECT_EQ(acu::codeProblem("BL99"), "BL99 cannot exist: the Bladder channel (BL) has 67 points");
    EXPECT_EQ(acu::codeProblem("EX-HN16"), "EX-HN16 cannot exist: the extra points of the head and neck (EX-HN) "
                                           "number 1 to 15");
    EXPECT_EQ(acu::codeProblem("XX1"), "XX1 is not a WHO code: there is no channel or extra-point group \"XX\"");
    EXPECT_FALSE(acu::codeProblem("EX-HN3"));
    EXPECT_FALSE(acu::codeProblem("CV24"));
}
