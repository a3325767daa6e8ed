// `--lookup QUERY [--json]`: its lines, its JSON and its exit status.

#include "core/catalogue/CatalogueLoader.h"
#include "core/commands/LookupCommand.h"
#include "core/search/PointCode.h"
#include "support/TestCatalogues.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <sstream>

namespace {

const acu::Catalogue& shipped() { return *acu::test::shipped(); }

struct Run {
    int status;
    std::string out;
    std::string err;
};

Run lookup(const std::string& query, acu::LookupFormat format = acu::LookupFormat::Text,
           const acu::Catalogue& catalogue = shipped())
{
    std::ostringstream out;
    std::ostringstream err;
    const int status = acu::runLookupCommand(catalogue, query, format, out, err);
    return {status, out.str(), err.str()};
}

} // namespace

// One tab-separated line per reading, best first.
TEST(LookupCommand, text_oneLinePerReading)
{
    const auto run = lookup("P6");
    EXPECT_EQ(run.status, 0);
    EXPECT_EQ(run.out, "PC6\tNèiguān\tanother prefix for the channel: P6 is PC6 Nèiguān\n"
                       "LU6\tKǒngzuì\tFrench notation: P6 is LU6 Kǒngzuì\n");
    EXPECT_EQ(run.err, "");
}

// In the whole atlas, `--lookup` of every WHO code answers with that point first, with its pinyin.
TEST(LookupCommand, everyWhoCode_answersWithItsPointAndPinyin)
{
    int looked = 0;
    for (const acu::Channel& channel : acu::channels()) {
        for (int number = 1; number <= channel.pointCount; ++number) {
            const std::string code = std::string(channel.prefix) + std::to_string(number);
            const auto run = lookup(code);
            const auto* point = shipped().findPoint(code);
            ASSERT_NE(point, nullptr) << code;
            EXPECT_EQ(run.status, 0) << code;
            EXPECT_FALSE(point->names.pinyin.empty()) << code;
            EXPECT_EQ(run.out.substr(0, run.out.find('\n')),
                      code + "\t" + point->names.pinyin + "\tWHO code: " + code + " is " + point->names.pinyin)
                << code;
            ++looked;
        }
    }
    EXPECT_EQ(looked, 361);
}

// A reading the catalogue does not hold (a catalogue without LU6) comes last, with no name.
TEST(LookupCommand, text_readingOutsideTheCatalogueLast)
{
    const auto run = lookup("P6", acu::LookupFormat::Text, *acu::test::shippedWithoutLu6());
    EXPECT_EQ(run.status, 0);
    EXPECT_EQ(run.out, "PC6\tNèiguān\tanother prefix for the channel: P6 is PC6 Nèiguān\n"
                       "LU6\t\tFrench notation: P6 is LU6, not in this catalogue\n");
}

// A bladder number that the two numberings give to different points, both in the catalogue:
// the WHO point first, the older chart's second.
TEST(LookupCommand, text_olderBladderReadingSecond)
{
    const auto run = lookup("B47");
    EXPECT_EQ(run.status, 0);
    EXPECT_EQ(run.out, "BL47\tHúnmén\tWHO numbering: B47 is BL47 Húnmén\n"
                       "BL52\tZhìshì\tolder chart numbering: B47 is BL52 Zhìshì; older charts number the outer back "
                       "line before the back of the thigh: their 36 to 49 are WHO BL41 to BL54\n");
    EXPECT_EQ(run.err, "");
}

// Nothing found: empty stdout, the reason and the nearest label on stderr, status 1.
TEST(LookupCommand, noMatch_reasonOnStderr)
{
    const auto run = lookup("BL99");
    EXPECT_EQ(run.status, 1);
    EXPECT_EQ(run.out, "");
    EXPECT_EQ(run.err.substr(0, run.err.find('\n')), "BL99 cannot exist: the Bladder channel (BL) has 67 points");
}

// JSON carries code, name, reason and the pregnancy status of each reading.
TEST(LookupCommand, json_hasPregnancyStatus)
{
    const auto run = lookup("P6", acu::LookupFormat::Json);
    ASSERT_EQ(run.status, 0);
    const auto array = nlohmann::json::parse(run.out);
    ASSERT_EQ(array.size(), 2u);
    EXPECT_EQ(array[0]["code"], "PC6");
    EXPECT_EQ(array[0]["name"], "Nèiguān");
    EXPECT_EQ(array[0]["inCatalogue"], true);
    EXPECT_EQ(array[0]["pregnancy"]["level"], "none");
    EXPECT_EQ(array[1]["code"], "LU6");
    EXPECT_EQ(array[1]["inCatalogue"], true);
    const auto li4 = nlohmann::json::parse(lookup("4GI", acu::LookupFormat::Json).out);
    EXPECT_EQ(li4[0]["pregnancy"]["level"], "contraindicated");
    EXPECT_FALSE(li4[0]["pregnancy"]["text"].get<std::string>().empty());
    const auto bl23 = nlohmann::json::parse(lookup("B23", acu::LookupFormat::Json).out);
    EXPECT_EQ(bl23[0]["pregnancy"]["level"], "caution");
}

// A complaint word lists the complaint's points with the reason, as the search field does.
TEST(LookupCommand, complaintWord_listsItsPoints)
{
    const auto run = lookup("sciatica");
    EXPECT_EQ(run.status, 0);
    EXPECT_EQ(run.out, "BL40\tWěizhōng\tused for sciatica [2 sources]\n"
                       "GB30\tHuántiào\tused for sciatica [2 sources]\n"
                       "GB29\tJūliáo\tused for sciatica [1 source]\n");
}

// The start of a name is read as the search field reads it, so "Will" finds Will Chamber.
TEST(LookupCommand, partialName_readAsTheSearchFieldReadsIt)
{
    const auto run = lookup("Will");
    EXPECT_EQ(run.status, 0);
    EXPECT_EQ(run.out.substr(0, run.out.find('\t')), "BL52");
}
