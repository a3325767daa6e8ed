// The validator's channel checks: channels declared complete, codes past a channel's end,
// one code twice, every channel point on a whole-body view; and the counts --validate prints.

#include "core/catalogue/ChannelCoverage.h"
#include "core/search/PointCode.h"
#include "core/catalogue/CatalogueLoader.h"
#include "support/CorePrinters.h"
#include "support/SyntheticAtlas.h"
#include "support/TestCatalogues.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using acu::CatalogueError;
using acu::CatalogueErrors;
using nlohmann::json;

namespace {

CatalogueErrors errorsOf(const json& document)
{
    return acu::loadCatalogue(document.dump()).errors();
}

/// The index in /points of the point with this code.
std::size_t indexOf(const json& document, const std::string& code)
{
    const auto& points = document["points"];
    for (std::size_t i = 0; i < points.size(); ++i) {
        if (points[i]["code"] == code)
            return i;
    }
    throw std::out_of_range(code);
}

void removePoint(json& document, const std::string& code)
{
    document["points"].erase(indexOf(document, code));
}

acu::ChannelCoverage coverageOf(const json& document)
{
    auto result = acu::loadCatalogue(document.dump());
    if (!result.ok())
        throw std::runtime_error(result.errors().front().toString());
    return acu::channelCoverage(result.catalogue().points());
}

} // namespace

// All 361 points, every channel declared complete: no error.
TEST(ChannelCoverage, fullAtlas_validates)
{
    EXPECT_EQ(errorsOf(acu::test::syntheticAtlasJson()), CatalogueErrors{});
}

// The summary counts each channel, the meridian points and the extra points.
TEST(ChannelCoverage, fullAtlas_summaryCountsEveryChannel)
{
    EXPECT_EQ(acu::coverageSummary(coverageOf(acu::test::syntheticAtlasJson())),
              "LU 11 of 11, LI 20 of 20, ST 45 of 45, SP 21 of 21, HT 9 of 9, SI 19 of 19, BL 67 of 67, KI 27 of 27, "
              "PC 9 of 9, TE 23 of 23, GB 44 of 44, LR 14 of 14, GV 28 of 28, CV 24 of 24; 361 meridian points of "
              "361, plus 6 extra points");
}

// The shipped catalogue holds every channel whole: each channel's count is its length, with
// nothing missing, and the extra points are counted apart from the channels.
TEST(ChannelCoverage, shippedCatalogue_holdsEveryChannelWhole)
{
    const auto coverage = acu::channelCoverage(acu::test::shipped()->points());
    EXPECT_EQ(coverage.meridianTotal, 361);
    EXPECT_EQ(coverage.meridianPoints, 361);
    EXPECT_EQ(coverage.meridianPoints + coverage.extraPoints, static_cast<int>(acu::test::shipped()->points().size()));
    for (const acu::Channel& channel : acu::channels()) {
        const auto* holding = coverage.find(channel.prefix);
        ASSERT_NE(holding, nullptr) << channel.prefix;
        EXPECT_EQ(holding->count, channel.pointCount) << channel.prefix;
        EXPECT_TRUE(holding->missing().empty()) << channel.prefix;
    }
    EXPECT_EQ(coverage.find("EX"), nullptr);
}

// A gap in a channel declared complete is reported at the declaration, naming what is missing.
TEST(ChannelCoverage, gapInCompleteChannel_isAnError)
{
    json document = acu::test::syntheticAtlasJson();
    removePoint(document, "LU5");
    removePoint(document, "LU6");
    EXPECT_EQ(errorsOf(document), (CatalogueErrors{{"/completeChannels/0",
                                                    "the Lung channel (LU) is declared complete, but /points holds 9 "
                                                    "of its 11 points; missing: LU5, LU6"}}));
}

// A channel not declared complete may have gaps: the catalogue is still being filled.
TEST(ChannelCoverage, gapInUndeclaredChannel_isAllowed)
{
    json document = acu::test::syntheticAtlasJson();
    removePoint(document, "LU5");
    document["completeChannels"].erase(0); // "LU"
    EXPECT_EQ(errorsOf(document), CatalogueErrors{});
    EXPECT_EQ(coverageOf(document).find("LU")->missing(), std::vector<std::string>{"LU5"});
}

// A channel missing many points names the first ten and how many more.
TEST(ChannelCoverage, manyMissing_namesTheFirstTen)
{
    json document = acu::test::syntheticAtlasJson();
    for (int number = 1; number <= 12; ++number)
        removePoint(document, "KI" + std::to_string(number));
    EXPECT_EQ(errorsOf(document),
              (CatalogueErrors{{"/completeChannels/7",
                                "the Kidney channel (KI) is declared complete, but /points holds 15 of its 27 points; "
                                "missing: KI1, KI2, KI3, KI4, KI5, KI6, KI7, KI8, KI9, KI10 and 2 more"}}));
}

// Only WHO channels can be declared complete, each once.
TEST(ChannelCoverage, unknownOrRepeatedDeclaration_isAnError)
{
    json document = acu::test::syntheticAtlasJson();
    document["completeChannels"].push_back("EX");
    document["completeChannels"].push_back("LU");
    EXPECT_EQ(
        errorsOf(document),
        (CatalogueErrors{{"/completeChannels/14", "\"EX\" is not a channel: use a WHO channel prefix, one of LU LI "
                                                  "ST SP HT SI BL KI PC TE GB LR GV CV"},
                         {"/completeChannels/15", "LU is already declared complete at /completeChannels/0"}}));
}

// One code twice is an error, even in a full channel, and counts once.
TEST(ChannelCoverage, duplicateCode_isAnError)
{
    json document = acu::test::syntheticAtlasJson();
    const std::size_t first = indexOf(document, "BL47");
    document["points"].push_back(document["points"][first]);
    const std::size_t last = document["points"].size() - 1;
    EXPECT_EQ(errorsOf(document), (CatalogueErrors{{"/points/" + std::to_string(last) + "/code",
                                                    "duplicate code BL47: the same point is already at /points/" +
                                                        std::to_string(first)}}));
}

// A code past its channel's end is an error, from the one channel table.
TEST(ChannelCoverage, codePastChannelEnd_isAnError)
{
    json document = acu::test::syntheticAtlasJson();
    document["points"][indexOf(document, "HT9")]["code"] = "HT10";
    const std::string at = "/points/" + std::to_string(indexOf(document, "HT10"));
    EXPECT_EQ(errorsOf(document),
              (CatalogueErrors{{at + "/code", "HT10 cannot exist: the Heart channel (HT) has 9 points"},
                               {"/completeChannels/4", "the Heart channel (HT) is declared complete, but /points holds "
                                                       "8 of its 9 points; missing: HT9"}}));
}

// A channel point drawn only on a close-up is an error: it needs a whole-body marker.
TEST(ChannelCoverage, channelPointOnlyOnCloseUp_isAnError)
{
    json document = acu::test::syntheticAtlasJson();
    const std::size_t lu7 = indexOf(document, "LU7");
    document["points"][lu7]["positions"] = {{{"view", "hand"}, {"x", 100}, {"y", 100}, {"side", "right"}}};
    EXPECT_EQ(errorsOf(document),
              (CatalogueErrors{{"/points/" + std::to_string(lu7) + "/positions",
                                "a channel point needs a marker on a whole-body view (front, back); LU7 has markers on "
                                "close-ups only"}}));
}

// An extra point may be drawn on a close-up only.
TEST(ChannelCoverage, extraPointOnlyOnCloseUp_isAllowed)
{
    json document = acu::test::syntheticAtlasJson();
    document["points"][indexOf(document, "EX-UE7")]["positions"] = {
        {{"view", "hand"}, {"x", 100}, {"y", 100}, {"side", "right"}}};
    EXPECT_EQ(errorsOf(document), CatalogueErrors{});
}

// The shipped catalogue marks its whole-body views, so every one of its channel points is
// checked for a whole-body marker (and has one).
TEST(ChannelCoverage, shippedCatalogue_marksItsWholeBodyViews)
{
    std::vector<std::string> wholeBody;
    for (const auto& view : acu::test::shipped()->views()) {
        if (view.wholeBody)
            wholeBody.push_back(view.id);
    }
    EXPECT_EQ(wholeBody, (std::vector<std::string>{"front", "back", "side"}));
}
