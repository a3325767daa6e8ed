// Complaint words in the search: what people type for what hurts lists the complaint's
// points, best supported first, with the reason.

#include "core/search/QueryResolver.h"
#include "support/TestCatalogues.h"

#include <gtest/gtest.h>

namespace {

const acu::QueryResolver& shipped()
{
    static const acu::QueryResolver r(*acu::test::shipped());
    return r;
}

const acu::QueryResolver& small()
{
    static const auto catalogue = acu::test::loadOnce(acu::test::fixture("valid/with-complaints.json"));
    static const acu::QueryResolver r(*catalogue);
    return r;
}

std::vector<std::string> codes(const acu::Resolution& resolution)
{
    std::vector<std::string> out;
    for (const auto& match : resolution.matches)
        out.push_back(match.code);
    return out;
}

} // namespace

// A complaint's name lists its points in its order, each saying how many sources support it.
TEST(ComplaintSearch, name_listsPointsBestSupportedFirst)
{
    const auto result = shipped().resolve("sciatica", acu::MatchMode::AsYouType);
    EXPECT_EQ(codes(result), (std::vector<std::string>{"BL40", "GB30", "GB29"}));
    ASSERT_EQ(result.matches.size(), 3u);
    EXPECT_EQ(result.matches[0].reason, "used for sciatica [2 sources]");
    EXPECT_EQ(result.matches[2].reason, "used for sciatica [1 source]");
}

// A synonym finds its complaint and says which word it read.
TEST(ComplaintSearch, synonym_namesTheComplaintAndTheWord)
{
    const auto result = small().resolve("lumbago", acu::MatchMode::AsYouType);
    EXPECT_EQ(codes(result), (std::vector<std::string>{"BL23", "GV4"}));
    EXPECT_EQ(result.matches[0].reason, "used for lower back pain (lumbago) [2 sources]");
    EXPECT_EQ(result.matches[1].reason, "used for lower back pain (lumbago) [1 source]");
}

// Words of several words match however they are spaced or hyphenated.
TEST(ComplaintSearch, severalWords_matchWithoutSpaces)
{
    EXPECT_EQ(codes(small().resolve("Low-back", acu::MatchMode::Whole)), (std::vector<std::string>{"BL23", "GV4"}));
}

// The words people type for neck, head and sleep troubles find the articles' points.
TEST(ComplaintSearch, everydayWords_findTheirComplaints)
{
    EXPECT_EQ(shipped().resolve("stiff neck").matches.front().reason,
              "used for neck pain and stiffness (stiff neck) [1 source]");
    EXPECT_EQ(shipped().resolve("low back").matches.front().reason, "used for lower back pain (low back) [2 sources]");
    EXPECT_EQ(codes(shipped().resolve("insomnia")), (std::vector<std::string>{"HT7"}));
    EXPECT_EQ(codes(shipped().resolve("headache")),
              (std::vector<std::string>{"BL60", "GB21", "BL10", "TE3", "LI4", "SI15"}));
}

// As you type, the start of a complaint word already lists its points.
TEST(ComplaintSearch, asYouType_prefixMatches)
{
    const auto result = shipped().resolve("sciat", acu::MatchMode::AsYouType);
    EXPECT_EQ(codes(result), (std::vector<std::string>{"BL40", "GB30", "GB29"}));
    EXPECT_EQ(result.matches[0].reason, "used for sciatica [2 sources]");
}

// A whole-query look-up does not read a prefix as a complaint.
TEST(ComplaintSearch, whole_prefixDoesNotMatch)
{
    EXPECT_TRUE(shipped().resolve("sciat", acu::MatchMode::Whole).matches.empty());
}

// A prefix that starts the words of two complaints lists the first complaint's points
// first, then the points only the second has.
TEST(ComplaintSearch, prefixOfTwoComplaints_groupsByComplaint)
{
    const auto result = shipped().resolve("hip", acu::MatchMode::AsYouType);
    ASSERT_GE(result.matches.size(), 2u);
    EXPECT_EQ(result.matches[0].code, "GB30");
    EXPECT_EQ(result.matches[0].reason, "used for hip pain (hip) [2 sources]");
    EXPECT_EQ(result.matches[1].code, "GB29");
}

// A misspelt complaint of five letters or more still finds it, and says so.
TEST(ComplaintSearch, typo_findsComplaint)
{
    const auto result = shipped().resolve("sciatika", acu::MatchMode::AsYouType);
    EXPECT_EQ(codes(result), (std::vector<std::string>{"BL40", "GB30", "GB29"}));
    EXPECT_EQ(result.matches[0].reason, "spelt like Sciatica (1 letter different): used for sciatica [2 sources]");
}

// A complaint name that begins with capitals keeps them in the reason.
TEST(ComplaintSearch, reason_keepsAcronyms)
{
    acu::CatalogueData data;
    data.points.push_back({});
    data.points.back().code = "GV4";
    data.complaints.push_back({"tmj", "TMJ pain", {}, {{"GV4", {"art"}}}});
    const acu::Catalogue catalogue(std::move(data));
    const acu::QueryResolver resolver(catalogue);
    EXPECT_EQ(resolver.resolve("tmj pain").matches.front().reason, "used for TMJ pain [1 source]");
}
