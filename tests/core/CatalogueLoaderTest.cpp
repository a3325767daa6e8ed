// Loader tests on inline JSON: a valid minimal catalogue, changed one way per test.

#include "core/catalogue/CatalogueLoader.h"
#include "support/TestPaths.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

using acu::CatalogueError;
using acu::CatalogueErrors;
using nlohmann::json;

namespace {

json minimal()
{
    std::ifstream in(acu::test::fixture("valid/minimal.json"));
    return json::parse(in);
}

acu::LoadResult load(const json& document)
{
    return acu::loadCatalogue(document.dump());
}

} // namespace

// The minimal catalogue loads, with its points in file order and every field read.
TEST(CatalogueLoader, minimal_loadsEveryField)
{
    const auto result = load(minimal());
    ASSERT_TRUE(result.ok()) << result.errors().front().toString();
    const auto& catalogue = result.catalogue();
    ASSERT_EQ(catalogue.points().size(), 2u);
    const auto& gv4 = catalogue.points()[0];
    EXPECT_EQ(gv4.code, "GV4");
    EXPECT_EQ(gv4.names.pinyin, "Mìngmén");
    EXPECT_EQ(gv4.names.hanziTraditional, "命門");
    ASSERT_EQ(gv4.names.english.size(), 1u);
    EXPECT_EQ(gv4.names.english[0].kind, acu::EnglishNameKind::Article);
    EXPECT_EQ(gv4.aliases[0].scheme, acu::AliasScheme::PrefixVariant);
    EXPECT_EQ(gv4.laterality, acu::Laterality::Midline);
    EXPECT_EQ(gv4.duration[0].min, 60);
    EXPECT_EQ(gv4.positions[0].side, acu::Side::Midline);
    EXPECT_EQ(catalogue.sources()[1].site, "example");
    EXPECT_EQ(catalogue.notices()[0].id, "medical");
    EXPECT_EQ(catalogue.findPoint("BL23"), &catalogue.points()[1]);
    EXPECT_EQ(catalogue.findPoint("BL52"), nullptr);
    EXPECT_EQ(catalogue.findView("back")->height, 1000);
}

// Every problem is reported, not just the first one.
TEST(CatalogueLoader, severalProblems_reportsEachInDocumentOrder)
{
    json doc = minimal();
    doc["points"][0]["meridian"] = 4;
    doc["points"][1]["names"]["colour"] = "red";
    const auto result = load(doc);
    ASSERT_FALSE(result.ok());
    ASSERT_EQ(result.errors().size(), 2u);
    EXPECT_EQ(result.errors()[0], (CatalogueError{"/points/0/meridian", "must be a string, found a whole number"}));
    EXPECT_EQ(result.errors()[1].where, "/points/1/names/colour");
}

// A field name with "/" or "~" is escaped in the JSON pointer.
TEST(CatalogueLoader, unknownFieldWithSlash_escapesPointer)
{
    json doc = minimal();
    doc["points"][0]["a/b~c"] = 1;
    const auto result = load(doc);
    ASSERT_EQ(result.errors().size(), 1u);
    EXPECT_EQ(result.errors()[0].where, "/points/0/a~1b~0c");
}

// An alias two points share loads when both mark it ambiguous.
TEST(CatalogueLoader, sharedAliasMarkedAmbiguousOnBoth_loads)
{
    json doc = minimal();
    doc["points"][0]["aliases"].push_back({{"label", "X 1"}, {"scheme", "name"}, {"ambiguous", true}});
    doc["points"][1]["aliases"].push_back({{"label", "x-1"}, {"scheme", "name"}, {"ambiguous", true}});
    EXPECT_TRUE(load(doc).ok());
}

// An alias marked ambiguous on one point only is reported on the other.
TEST(CatalogueLoader, sharedAliasMarkedOnOneSide_reportsTheOther)
{
    json doc = minimal();
    doc["points"][0]["aliases"].push_back({{"label", "X 1"}, {"scheme", "name"}, {"ambiguous", true}});
    doc["points"][1]["aliases"].push_back({{"label", "x.1"}, {"scheme", "name"}});
    const auto result = load(doc);
    ASSERT_EQ(result.errors().size(), 1u);
    EXPECT_EQ(result.errors()[0].where, "/points/1/aliases/1/label");
    EXPECT_EQ(result.errors()[0].what,
              "\"x.1\" also names GV4 (/points/0); mark it \"ambiguous\": true on every point that uses it");
}

// An alias equal to another point's code must be marked ambiguous.
TEST(CatalogueLoader, aliasEqualToOtherCode_mustBeAmbiguous)
{
    json doc = minimal();
    doc["points"][0]["aliases"].push_back({{"label", "BL 23"}, {"scheme", "who"}});
    const auto result = load(doc);
    ASSERT_EQ(result.errors().size(), 1u);
    EXPECT_EQ(result.errors()[0].where, "/points/0/aliases/1/label");
    doc["points"][0]["aliases"][1]["ambiguous"] = true;
    EXPECT_TRUE(load(doc).ok());
}

// A UTF-8 byte-order mark before the document is accepted.
TEST(CatalogueLoader, byteOrderMark_isAccepted)
{
    EXPECT_TRUE(acu::loadCatalogue("\xEF\xBB\xBF" + minimal().dump()).ok());
}

// A NUL byte is a syntax error with its line and column.
TEST(CatalogueLoader, nulByte_isSyntaxErrorWithPosition)
{
    std::string text = "{\n  \"format\": 1,\n  ";
    text += '\0';
    text += "}";
    const auto result = acu::loadCatalogue(text);
    ASSERT_EQ(result.errors().size(), 1u);
    EXPECT_EQ(result.errors()[0].where, "line 3, column 3");
}

// Hundreds of thousands of brackets are refused before parsing, at the first one too deep.
TEST(CatalogueLoader, hugeNesting_isRefusedBeforeParsing)
{
    const std::string text = std::string(300000, '[') + std::string(300000, ']');
    const auto result = acu::loadCatalogue(text);
    ASSERT_EQ(result.errors().size(), 1u);
    EXPECT_EQ(result.errors()[0],
              (CatalogueError{"line 1, column 65", "objects and arrays nest more than 64 levels deep; a catalogue "
                                                   "needs at most 6"}));
}

// Brackets inside strings do not count as nesting.
TEST(CatalogueLoader, bracketsInStrings_doNotCountAsNesting)
{
    json doc = minimal();
    doc["points"][0]["location"][0]["text"] = std::string(200, '[') + "\"" + std::string(200, '{');
    EXPECT_TRUE(load(doc).ok());
}

// A string longer than the limit is refused at its field.
TEST(CatalogueLoader, hugeString_isRefusedAtItsField)
{
    json doc = minimal();
    doc["points"][0]["location"][0]["text"] = std::string(100000, 'a');
    const auto result = load(doc);
    ASSERT_EQ(result.errors().size(), 1u);
    EXPECT_EQ(result.errors()[0],
              (CatalogueError{"/points/0/location/0/text", "text is 100000 bytes long; the limit is 65536"}));
}

// Whole numbers that do not fit are refused instead of wrapping.
TEST(CatalogueLoader, durationTooLarge_isRefused)
{
    json doc = minimal();
    doc["points"][0]["duration"][0]["max"] = 99999999999ULL;
    const auto result = load(doc);
    ASSERT_EQ(result.errors().size(), 1u);
    EXPECT_EQ(result.errors()[0], (CatalogueError{"/points/0/duration/0/max", "number is too large"}));
}

// Source addresses must be http or https, without spaces.
TEST(CatalogueLoader, sourceUrl_mustBeWebAddress)
{
    json doc = minimal();
    doc["sources"][1]["url"] = "https://example.org/a";
    EXPECT_TRUE(load(doc).ok());
    doc["sources"][1]["url"] = "javascript:alert(1)";
    EXPECT_EQ(load(doc).errors(), (CatalogueErrors{{"/sources/1/url", "must be an http:// or https:// address"}}));
    doc["sources"][1]["url"] = "https://example.org/a b";
    EXPECT_EQ(load(doc).errors(),
              (CatalogueErrors{{"/sources/1/url",
                                "U+0020 SPACE is a space (character 22): an address takes printable ASCII only, "
                                "without spaces, quotes, angle brackets or backslashes; percent-encode anything "
                                "else (%20 for a space)"}}));
}

// A view of zero size is refused.
TEST(CatalogueLoader, viewWithZeroWidth_isRefused)
{
    json doc = minimal();
    doc["views"][0]["width"] = 0;
    const auto result = load(doc);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.errors()[0], (CatalogueError{"/views/0/width", "must be greater than 0"}));
}

// The strongest pregnancy caution wins, whatever its order.
TEST(CatalogueLoader, pregnancyLevel_contraindicatedBeatsCaution)
{
    acu::Point point;
    EXPECT_FALSE(acu::pregnancyLevel(point).has_value());
    point.cautions.push_back({acu::CautionTopic::General, acu::CautionLevel::Contraindicated, "x", {"a"}});
    EXPECT_FALSE(acu::pregnancyLevel(point).has_value());
    point.cautions.push_back({acu::CautionTopic::Pregnancy, acu::CautionLevel::Caution, "x", {"a"}});
    EXPECT_EQ(acu::pregnancyLevel(point), acu::CautionLevel::Caution);
    point.cautions.push_back({acu::CautionTopic::Pregnancy, acu::CautionLevel::Contraindicated, "x", {"a"}});
    point.cautions.push_back({acu::CautionTopic::Pregnancy, acu::CautionLevel::Caution, "x", {"a"}});
    EXPECT_EQ(acu::pregnancyLevel(point), acu::CautionLevel::Contraindicated);
}

// Labels compare as the search folds them, so a name with an en dash is the same label as a
// code-like label with none (code-like labels themselves take the hyphen-minus only).
TEST(CatalogueLoader, sharedAlias_comparedAsSearchFoldsThem)
{
    json doc = minimal();
    doc["points"][0]["aliases"].push_back({{"label", "B\u201323"}, {"scheme", "name"}});
    const auto result = load(doc);
    ASSERT_EQ(result.errors().size(), 2u);
    EXPECT_EQ(result.errors()[0].where, "/points/0/aliases/1/label");
    EXPECT_EQ(result.errors()[1].where, "/points/1/aliases/0/label");
}

// A missing file names the path.
TEST(CatalogueLoaderFile, missingFile_namesThePath)
{
    const auto result = acu::loadCatalogueFile("/nonexistent/catalogue.json");
    ASSERT_EQ(result.errors().size(), 1u);
    EXPECT_EQ(result.errors()[0], (CatalogueError{"/nonexistent/catalogue.json", "no such file"}));
}

// A folder is refused before anything is read.
TEST(CatalogueLoaderFile, folder_isRefused)
{
    const auto result = acu::loadCatalogueFile(acu::test::fixture("valid"));
    ASSERT_EQ(result.errors().size(), 1u);
    EXPECT_EQ(result.errors()[0].what, "is a folder, not a catalogue file");
}

// A device that never ends is refused without reading it.
TEST(CatalogueLoaderFile, endlessDevice_isRefused)
{
    const auto result = acu::loadCatalogueFile("/dev/zero");
    ASSERT_EQ(result.errors().size(), 1u);
    EXPECT_EQ(result.errors()[0].what, "is not a regular file (a device, pipe or socket cannot be a catalogue)");
}

// A file over the size limit is refused from its size alone.
TEST(CatalogueLoaderFile, oversizedFile_isRefusedBeforeReading)
{
    const auto path = std::filesystem::temp_directory_path() / "acu-oversized-catalogue.json";
    {
        std::ofstream out(path, std::ios::binary);
        out.seekp(17 * 1024 * 1024);
        out.put(' ');
    }
    const auto result = acu::loadCatalogueFile(path);
    std::filesystem::remove(path);
    ASSERT_EQ(result.errors().size(), 1u);
    EXPECT_EQ(result.errors()[0].what, "is 17825793 bytes; a catalogue may be at most 16 MiB");
}
