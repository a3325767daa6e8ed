// Labels shared between points: checked in one pass over every label, with at most ten
// errors per label and one more that says how many places were left out.

#include "core/catalogue/CatalogueLoader.h"
#include "support/TestPaths.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>

using acu::CatalogueError;
using acu::CatalogueErrors;
using nlohmann::json;

namespace {

json minimal()
{
    std::ifstream in(acu::test::fixture("valid/minimal.json"));
    return json::parse(in);
}

std::string shared(const std::string& label, const std::string& others)
{
    return "\"" + label + "\" also names " + others + "; mark it \"ambiguous\": true on every point that uses it";
}

/// A bilateral point with one marker on each side of the minimal fixture's back view.
json bladderPoint(int number)
{
    json point = minimal()["points"][1];
    point["code"] = "BL" + std::to_string(number);
    point["aliases"] = json::array();
    return point;
}

} // namespace

// 100,000 copies of another point's code on one point: the check finishes (it is linear),
// gives ten errors, then one that counts the rest, besides the aliases' limit.
TEST(SharedLabels, hundredThousandCopies_tenErrorsAndACount)
{
    json doc = minimal();
    json& aliases = doc["points"][1]["aliases"];
    for (int i = 0; i < 100000; ++i)
        aliases.push_back({{"label", "GV 4"}, {"scheme", "who"}});
    const auto result = acu::loadCatalogue(doc.dump());
    ASSERT_FALSE(result.ok());
    CatalogueErrors expected{{"/points/1/aliases", "holds 100001 aliases; the limit is 200"}};
    for (int i = 1; i <= 10; ++i)
        expected.push_back({"/points/1/aliases/" + std::to_string(i) + "/label", shared("GV 4", "GV4 (/points/0)")});
    expected.push_back({"/points/1/aliases/11/label", "\"GV 4\": not marked \"ambiguous\": true at 99990 more places, "
                                                      "from here on (only the first 10 are listed)"});
    EXPECT_EQ(result.errors(), expected);
}

// Exactly ten unmarked uses give ten errors and no count.
TEST(SharedLabels, tenUses_noCount)
{
    json doc = minimal();
    for (int i = 0; i < 10; ++i)
        doc["points"][1]["aliases"].push_back({{"label", "GV-4"}, {"scheme", "who"}});
    const auto result = acu::loadCatalogue(doc.dump());
    ASSERT_EQ(result.errors().size(), 10u);
    EXPECT_EQ(result.errors().back(),
              (CatalogueError{"/points/1/aliases/10/label", shared("GV-4", "GV4 (/points/0)")}));
}

// Eleven unmarked uses: the eleventh is counted, in the singular.
TEST(SharedLabels, elevenUses_oneMorePlace)
{
    json doc = minimal();
    for (int i = 0; i < 11; ++i)
        doc["points"][1]["aliases"].push_back({{"label", "GV-4"}, {"scheme", "who"}});
    const auto result = acu::loadCatalogue(doc.dump());
    ASSERT_EQ(result.errors().size(), 11u);
    EXPECT_EQ(result.errors().back(),
              (CatalogueError{"/points/1/aliases/11/label", "\"GV-4\": not marked \"ambiguous\": true at 1 more "
                                                            "place, from here on (only the first 10 are listed)"}));
}

// A label seven points share names five of the others in each error, then how many more.
TEST(SharedLabels, manyPoints_namesFiveAndCountsTheRest)
{
    json doc = minimal();
    doc["points"] = json::array();
    for (int number = 11; number <= 17; ++number) {
        json point = bladderPoint(number);
        point["aliases"].push_back({{"label", "Back Shu"}, {"scheme", "name"}});
        doc["points"].push_back(point);
    }
    const auto result = acu::loadCatalogue(doc.dump());
    ASSERT_EQ(result.errors().size(), 7u);
    EXPECT_EQ(result.errors()[0],
              (CatalogueError{"/points/0/aliases/0/label",
                              shared("Back Shu", "BL12 (/points/1), BL13 (/points/2), BL14 (/points/3), BL15 "
                                                 "(/points/4), BL16 (/points/5) and 1 more point")}));
    EXPECT_EQ(result.errors()[6],
              (CatalogueError{"/points/6/aliases/0/label",
                              shared("Back Shu", "BL11 (/points/0), BL12 (/points/1), BL13 (/points/2), BL14 "
                                                 "(/points/3), BL15 (/points/4) and 1 more point")}));
}

// The other points are listed by code, then by place, whatever the order of the file.
TEST(SharedLabels, otherPoints_sortedByCode)
{
    json doc = minimal();
    doc["points"] = json::array();
    for (int number : {30, 12, 4}) {
        json point = bladderPoint(number);
        point["aliases"].push_back({{"label", "Shu"}, {"scheme", "name"}});
        doc["points"].push_back(point);
    }
    const auto result = acu::loadCatalogue(doc.dump());
    ASSERT_EQ(result.errors().size(), 3u);
    EXPECT_EQ(result.errors()[0],
              (CatalogueError{"/points/0/aliases/0/label", shared("Shu", "BL12 (/points/1), BL4 (/points/2)")}));
}

// Errors come label by label, in the order each label first appears in the file.
TEST(SharedLabels, labelsInOrderOfFirstUse)
{
    json doc = minimal();
    doc["points"][0]["aliases"].push_back({{"label", "Zed"}, {"scheme", "name"}});
    doc["points"][0]["aliases"].push_back({{"label", "Alpha"}, {"scheme", "name"}});
    doc["points"][1]["aliases"].push_back({{"label", "alpha"}, {"scheme", "name"}});
    doc["points"][1]["aliases"].push_back({{"label", "zed"}, {"scheme", "name"}});
    const auto result = acu::loadCatalogue(doc.dump());
    ASSERT_EQ(result.errors().size(), 4u);
    EXPECT_EQ(result.errors()[0].where, "/points/0/aliases/1/label");
    EXPECT_EQ(result.errors()[1].where, "/points/1/aliases/2/label");
    EXPECT_EQ(result.errors()[2].where, "/points/0/aliases/2/label");
    EXPECT_EQ(result.errors()[3].where, "/points/1/aliases/1/label");
}

// A label marked ambiguous that reads as another WHO code in some notation is justified.
TEST(SharedLabels, ambiguousLabelReadAsAnotherCode_loads)
{
    json doc = minimal();
    doc["points"][0]["aliases"].push_back({{"label", "GB 10"}, {"scheme", "mislabel"}, {"ambiguous", true}});
    EXPECT_TRUE(acu::loadCatalogue(doc.dump()).ok());
}

// An older-bladder label marked ambiguous is justified where the two numberings differ: read
// with the WHO numbers, "Bladder 54" is BL54.
TEST(SharedLabels, ambiguousOlderBladderLabel_loads)
{
    json doc = minimal();
    doc["points"][1]["code"] = "BL40";
    doc["points"][1]["aliases"] = {{{"label", "Bladder 54"}, {"scheme", "older-bladder"}, {"ambiguous", true}}};
    EXPECT_TRUE(acu::loadCatalogue(doc.dump()).ok());
}

// A label that reads only as its own point's code must not be marked ambiguous.
TEST(SharedLabels, ambiguousLabelReadOnlyAsItsOwnCode_isRefused)
{
    json doc = minimal();
    doc["points"][0]["aliases"][0]["ambiguous"] = true; // "Du 4": GV4 and nothing else
    EXPECT_EQ(acu::loadCatalogue(doc.dump()).errors(),
              (CatalogueErrors{{"/points/0/aliases/0/ambiguous",
                                "\"Du 4\" is marked ambiguous, but it names no other point: no other point uses it, "
                                "and no chart notation reads it as another code"}}));
}
