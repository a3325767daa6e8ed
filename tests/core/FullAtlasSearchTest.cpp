// The resolver over a catalogue that holds every WHO point (tests/support/SyntheticAtlas.h):
// every WHO code, every channel's whole name as charts print it, the older bladder numbering
// beside the WHO one, and China's national-standard GV29.

#include "core/catalogue/CatalogueLoader.h"
#include "core/search/ChannelNotations.h"
#include "core/search/PointCode.h"
#include "core/search/QueryResolver.h"
#include "support/SyntheticAtlas.h"

#include <gtest/gtest.h>

#include <stdexcept>

namespace {

const acu::Catalogue& atlas()
{
    static const acu::Catalogue catalogue = [] {
        auto result = acu::loadCatalogue(acu::test::syntheticAtlasJson().dump());
        if (!result.ok())
            throw std::runtime_error(result.errors().front().toString());
        return result.takeCatalogue();
    }();
    return catalogue;
}

const acu::QueryResolver& resolver()
{
    static const acu::QueryResolver r(atlas());
    return r;
}

std::vector<std::string> codes(const std::vector<acu::QueryMatch>& list)
{
    std::vector<std::string> out;
    for (const auto& m : list)
        out.push_back(m.code);
    return out;
}

std::string pinyin(const std::string& code)
{
    return atlas().findPoint(code)->names.pinyin;
}

/// The first reading's reason, or "" when nothing matched.
std::string firstReason(const std::string& query)
{
    const auto result = resolver().resolve(query);
    return result.matches.empty() ? std::string() : result.matches.front().reason;
}

/// The channels' whole names as charts print them, one or more per channel.
struct NamedChannel {
    const char* prefix;
    std::vector<const char*> names;
};

const std::vector<NamedChannel>& namedChannels()
{
    static const std::vector<NamedChannel> names{
        {"LU", {"Lung"}},
        {"LI", {"Large Intestine"}},
        {"ST", {"Stomach"}},
        {"SP", {"Spleen"}},
        {"HT", {"Heart"}},
        {"SI", {"Small Intestine"}},
        {"BL", {"Bladder", "Urinary Bladder"}},
        {"KI", {"Kidney"}},
        {"PC", {"Pericardium", "Heart Governor", "Heart Protector", "Circulation-Sex"}},
        {"TE", {"Triple Energizer", "Triple Energiser", "Triple Burner", "Triple Warmer", "Triple Heater", "San Jiao"}},
        {"GB", {"Gallbladder", "Gall Bladder"}},
        {"LR", {"Liver"}},
        {"GV", {"Governing Vessel", "Governor Vessel", "Du Mai"}},
        {"CV", {"Conception Vessel", "Ren Mai"}},
    };
    return names;
}

} // namespace

// The synthetic atlas holds the whole channel table and the extra points.
TEST(FullAtlasSearch, atlasHoldsEveryWhoPoint)
{
    EXPECT_EQ(atlas().points().size(), 361u + acu::test::kSyntheticExtraPoints.size());
}

// Every WHO code, typed exactly, gives its own point first, as a WHO code.
TEST(FullAtlasSearch, everyWhoCode_resolvesToItsPointFirst)
{
    int checked = 0;
    for (const auto& channel : acu::channels()) {
        for (int number = 1; number <= channel.pointCount; ++number) {
            const std::string code = std::string(channel.prefix) + std::to_string(number);
            const auto result = resolver().resolve(code);
            ASSERT_FALSE(result.matches.empty()) << code;
            EXPECT_EQ(result.matches.front().code, code);
            EXPECT_EQ(result.matches.front().reason, "WHO code: " + code + " is " + pinyin(code));
            ++checked;
        }
    }
    EXPECT_EQ(checked, 361);
}

// Every channel's whole name, before any of its numbers, names that channel's point.
TEST(FullAtlasSearch, everyChannelName_namesEveryPointOfItsChannel)
{
    ASSERT_EQ(namedChannels().size(), acu::channels().size());
    for (const auto& named : namedChannels()) {
        const acu::Channel* channel = acu::findChannel(named.prefix);
        ASSERT_NE(channel, nullptr) << named.prefix;
        for (const char* name : named.names) {
            for (int number = 1; number <= channel->pointCount; ++number) {
                const std::string code = std::string(named.prefix) + std::to_string(number);
                const std::string typed = std::string(name) + " " + std::to_string(number);
                const auto result = resolver().resolve(typed);
                ASSERT_FALSE(result.matches.empty()) << typed;
                EXPECT_EQ(result.matches.front().code, code) << typed;
            }
        }
    }
}

// The reason writes the name as charts print it, whatever case and spacing was typed.
TEST(FullAtlasSearch, channelName_reasonWritesTheChartsName)
{
    EXPECT_EQ(firstReason("kidney1"), "channel name: Kidney 1 is KI1 " + pinyin("KI1"));
    EXPECT_EQ(firstReason("Stomach 36"), "channel name: Stomach 36 is ST36 " + pinyin("ST36"));
    EXPECT_EQ(firstReason("LARGE INTESTINE 4"), "channel name: Large Intestine 4 is LI4 " + pinyin("LI4"));
    EXPECT_EQ(firstReason("Triple Energizer 3"), "channel name: Triple Energizer 3 is TE3 " + pinyin("TE3"));
    EXPECT_EQ(firstReason("San Jiao 5"), "Chinese name: San Jiao 5 is TE5 " + pinyin("TE5"));
    EXPECT_EQ(firstReason("Governing Vessel 20"), "channel name: Governing Vessel 20 is GV20 " + pinyin("GV20"));
    EXPECT_EQ(firstReason("Conception Vessel 6"), "channel name: Conception Vessel 6 is CV6 " + pinyin("CV6"));
}

// A number past the channel's end cannot exist, under the whole name too.
TEST(FullAtlasSearch, channelName_pastTheEnd_cannotExist)
{
    const auto result = resolver().resolve("Kidney 28");
    EXPECT_TRUE(result.matches.empty());
    EXPECT_EQ(result.problem, "KI28 cannot exist: the Kidney channel (KI) has 27 points");
}

// A range under a whole name: "Kidney 1-3".
TEST(FullAtlasSearch, channelName_range)
{
    EXPECT_EQ(codes(resolver().resolve("Kidney 1-3").matches), (std::vector<std::string>{"KI1", "KI2", "KI3"}));
}

// For every number where the two bladder numberings differ (36 to 54), each bladder prefix
// gives the WHO point first and the older chart's point second, with the note that says why.
TEST(FullAtlasSearch, everyDifferingBladderNumber_whoFirstThenOlder)
{
    int checked = 0;
    for (int number = 36; number <= 54; ++number) {
        const auto older = acu::olderBladderToWho(number);
        ASSERT_TRUE(older) << number;
        const std::string who = "BL" + std::to_string(number);
        const std::string meant = "BL" + std::to_string(*older);
        for (const std::string prefix : {"BL", "B", "UB", "Bladder ", "Urinary Bladder "}) {
            const std::string typed = prefix + std::to_string(number);
            const auto result = resolver().resolve(typed);
            EXPECT_EQ(codes(result.matches), (std::vector<std::string>{who, meant})) << typed;
            ASSERT_EQ(result.matches.size(), 2u) << typed;
            EXPECT_EQ(result.matches[1].reason, "older chart numbering: " + typed + " is " + meant + " " +
                                                    pinyin(meant) + "; " + acu::olderBladderNote(number))
                << typed;
        }
        ++checked;
    }
    EXPECT_EQ(checked, 19);
}

// The note says which way the older charts count.
TEST(FullAtlasSearch, olderBladderNote_saysWhy)
{
    const auto result = resolver().resolve("BL47");
    ASSERT_EQ(result.matches.size(), 2u);
    EXPECT_EQ(result.matches[0].reason, "WHO code: BL47 is Húnmén");
    EXPECT_EQ(result.matches[1].reason, "older chart numbering: BL47 is BL52 Zhìshì; older charts number the outer "
                                        "back line before the back of the thigh: their 36 to 49 are WHO BL41 to BL54");
    const auto knee = resolver().resolve("Bladder 54");
    ASSERT_EQ(knee.matches.size(), 2u);
    EXPECT_EQ(knee.matches[0].reason, "WHO numbering: Bladder 54 is BL54 Zhìbiān");
    EXPECT_EQ(knee.matches[1].reason, "older chart numbering: Bladder 54 is BL40 Wěizhōng; older charts number the "
                                      "back of the thigh and knee after the outer back line: their 50 to 54 are WHO "
                                      "BL36 to BL40");
}

// Where both numberings agree, a bladder label has one reading only.
TEST(FullAtlasSearch, agreeingBladderNumbers_haveOneReading)
{
    for (int number : {1, 23, 35, 55, 60, 67}) {
        for (const std::string prefix : {"BL", "B", "Bladder "}) {
            const std::string typed = prefix + std::to_string(number);
            EXPECT_EQ(codes(resolver().resolve(typed).matches), std::vector<std::string>{"BL" + std::to_string(number)})
                << typed;
        }
    }
}

// French notation (V) keeps the WHO numbers only.
TEST(FullAtlasSearch, frenchBladderPrefix_hasNoOlderReading)
{
    EXPECT_EQ(codes(resolver().resolve("V47").matches), std::vector<std::string>{"BL47"});
}

// GB/T 12346-2006 numbers Yintang GV29: the code finds it, saying whose number it is.
TEST(FullAtlasSearch, nationalStandardGV29_findsYintang)
{
    const auto result = resolver().resolve("GV29");
    EXPECT_EQ(codes(result.matches), std::vector<std::string>{"EX-HN3"});
    ASSERT_FALSE(result.matches.empty());
    EXPECT_EQ(result.matches.front().reason,
              "China's national standard GB/T 12346-2006: GV29 is EX-HN3 " + pinyin("EX-HN3") +
                  "; it numbers Yìntáng GV29 on the Governor Vessel, where the WHO standards list it among the extra "
                  "points");
    EXPECT_EQ(codes(resolver().resolve("Du 29").matches), std::vector<std::string>{"EX-HN3"});
}

// Past GV29 the Governor Vessel has no points in either standard.
TEST(FullAtlasSearch, gv30_cannotExist)
{
    EXPECT_EQ(resolver().resolve("GV30").problem, "GV30 cannot exist: the Governor Vessel channel (GV) has 28 points");
}
