// The limit of every list in the format (CatalogueLimits.h): a list at its limit loads, one
// entry more is refused with the list's JSON pointer, its count and the limit.

#include "core/catalogue/CatalogueLimits.h"
#include "core/catalogue/CatalogueLoader.h"
#include "support/TestPaths.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <functional>

using acu::CatalogueError;
using acu::CatalogueErrors;
using nlohmann::json;

namespace {

json minimal()
{
    std::ifstream in(acu::test::fixture("valid/minimal.json"));
    return json::parse(in);
}

struct LimitCase {
    std::string name;    ///< test name
    std::string pointer; ///< the list, in the minimal fixture (created when absent)
    std::size_t limit;
    std::string counted;                    ///< "holds 201 aliases": "holds" and "aliases"
    std::function<json(std::size_t)> entry; ///< a valid new entry, different for each i
};

void PrintTo(const LimitCase& c, std::ostream* os)
{
    *os << c.pointer;
}

json claim(std::size_t i)
{
    return {{"text", "Claim " + std::to_string(i)}, {"sources", {"std"}}};
}

const std::vector<LimitCase>& cases()
{
    using namespace acu::limits;
    const auto id = [](const char* prefix, std::size_t i) { return prefix + std::to_string(i); };
    static const std::vector<LimitCase> all{
        {"sources", "/sources", kMaxSources, "holds 10001 sources",
         [=](std::size_t i) {
             return json{{"id", id("s", i)}, {"kind", "article"}, {"title", "T"}};
         }},
        {"regions", "/regions", kMaxRegions, "holds 1001 regions",
         [=](std::size_t i) {
             return json{{"id", id("r", i)}, {"name", "R"}};
         }},
        {"views", "/views", kMaxViews, "holds 1001 views",
         [=](std::size_t i) {
             return json{{"id", id("v", i)}, {"name", "V"}, {"width", 10}, {"height", 10}};
         }},
        {"notices", "/notices", kMaxNotices, "holds 101 notices",
         [=](std::size_t i) {
             return json{{"id", id("n", i)}, {"title", "T"}, {"text", "X"}, {"sources", {"art"}}};
         }},
        {"noticeSources", "/notices/0/sources", kMaxSourcesPerStatement, "cites 51 sources",
         [](std::size_t) { return json("art"); }},
        {"aliases", "/points/1/aliases", kMaxAliases, "holds 201 aliases",
         [=](std::size_t i) {
             return json{{"label", id("Name ", i)}, {"scheme", "name"}};
         }},
        {"aliasSources", "/points/1/aliases/0/sources", kMaxSourcesPerStatement, "cites 51 sources",
         [](std::size_t) { return json("art"); }},
        {"englishNames", "/points/1/names/english", kMaxEnglishNames, "holds 21 English names",
         [=](std::size_t i) {
             return json{{"text", id("Name ", i)}, {"kind", "translation"}, {"sources", {"std"}}};
         }},
        {"pointRegions", "/points/1/regions", kMaxPointRegions, "holds 21 regions",
         [](std::size_t) { return json("lower-back"); }},
        {"location", "/points/1/location", kMaxClaims, "holds 51 claims", claim},
        {"locationSources", "/points/1/location/0/sources", kMaxSourcesPerStatement, "cites 51 sources",
         [](std::size_t) { return json("std"); }},
        {"finding", "/points/1/finding", kMaxClaims, "holds 51 claims", claim},
        {"technique", "/points/1/technique", kMaxClaims, "holds 51 claims", claim},
        {"indications", "/points/1/indications", kMaxClaims, "holds 51 claims", claim},
        {"duration", "/points/1/duration", kMaxDurations, "holds 51 durations",
         [](std::size_t i) {
             return json{{"min", i}, {"sources", {"art"}}};
         }},
        {"repetitions", "/points/1/repetitions", kMaxRepetitions, "holds 51 repetition counts",
         [](std::size_t i) {
             return json{{"min", i + 1}, {"max", i + 2}, {"sources", {"art"}}};
         }},
        {"appliedBy", "/points/1/appliedBy", kMaxAppliedBy, "holds 51 entries",
         [](std::size_t) {
             return json{{"who", "self"}, {"sources", {"art"}}};
         }},
        {"cautions", "/points/1/cautions", kMaxCautions, "holds 51 cautions",
         [](std::size_t) {
             return json{{"topic", "general"}, {"level", "caution"}, {"text", "X"}, {"sources", {"art"}}};
         }},
        {"disagreements", "/points/1/disagreements", kMaxDisagreements, "holds 51 disagreements",
         [](std::size_t) {
             return json{{"topic", "location"}, {"text", "X"}, {"sources", {"art", "std"}}};
         }},
        {"notes", "/points/1/notes", kMaxNotes, "holds 51 notes",
         [](std::size_t) {
             return json{{"kind", "remark"}, {"text", "X"}, {"sources", {"art"}}};
         }},
        {"positions", "/points/1/positions", kMaxPositions, "holds 101 positions",
         [](std::size_t i) {
             return json{{"view", "back"}, {"x", 10 + 3 * i}, {"y", 700}, {"side", i % 2 ? "right" : "left"}};
         }},
    };
    return all;
}

/// The minimal catalogue with the case's list grown to `count` entries.
json withEntries(const LimitCase& c, std::size_t count)
{
    json doc = minimal();
    json& list = doc[json::json_pointer(c.pointer)];
    if (list.is_null())
        list = json::array();
    for (std::size_t i = list.size(); i < count; ++i)
        list.push_back(c.entry(i));
    return doc;
}

class CatalogueLimit : public ::testing::TestWithParam<LimitCase> {};

} // namespace

// A list with as many entries as its limit allows loads.
TEST_P(CatalogueLimit, atTheLimit_loads)
{
    const auto result = acu::loadCatalogue(withEntries(GetParam(), GetParam().limit).dump());
    EXPECT_TRUE(result.ok()) << (result.ok() ? "" : result.errors().front().toString());
}

// One entry more gives exactly one error, at the list, with the count and the limit.
TEST_P(CatalogueLimit, overTheLimit_isRefusedAtTheList)
{
    const auto& c = GetParam();
    const auto result = acu::loadCatalogue(withEntries(c, c.limit + 1).dump());
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.errors(), (CatalogueErrors{{c.pointer, c.counted + "; the limit is " + std::to_string(c.limit)}}));
}

INSTANTIATE_TEST_SUITE_P(Lists, CatalogueLimit, ::testing::ValuesIn(cases()),
                         [](const ::testing::TestParamInfo<LimitCase>& param) { return param.param.name; });

// A view's width and height may be as large as the limit, not larger.
TEST(CatalogueLimits, viewSize_atMostTheLimit)
{
    json doc = minimal();
    doc["views"][0]["height"] = acu::limits::kMaxViewSize;
    EXPECT_TRUE(acu::loadCatalogue(doc.dump()).ok());
    doc["views"][0]["height"] = acu::limits::kMaxViewSize + 0.5;
    EXPECT_EQ(acu::loadCatalogue(doc.dump()).errors(),
              (CatalogueErrors{{"/views/0/height", "is 10000.5 units; a view may be at most 10000 units"}}));
}

// A view lists each side at most once.
TEST(CatalogueLimits, viewSides_eachOnce)
{
    json doc = minimal();
    doc["views"][0]["sides"] = {"right", "midline", "right"};
    EXPECT_EQ(acu::loadCatalogue(doc.dump()).errors(),
              (CatalogueErrors{{"/views/0/sides/2", "lists side \"right\" twice"}}));
}
