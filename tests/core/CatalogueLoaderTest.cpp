// Loader tests on inline JSON: a valid minimal catalogue, changed one way per test.

#include "core/catalogue/CatalogueLoader.h"
#include "core/catalogue/CatalogueReader.h"
#include "core/catalogue/CatalogueValidator.h"
#include "core/reading/TextFile.h"
#include "support/SyntheticAtlas.h"
#include "support/TestPaths.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
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

// A name of the acupressure tradition loads as such, so the app can say whose name it is;
// an unknown kind is refused where it stands.
TEST(CatalogueLoader, acupressureName_loadsWithItsKind)
{
    json doc = minimal();
    doc["points"][1]["names"]["english"] =
        json::array({{{"text", "Sea of Vitality"}, {"kind", "acupressure"}, {"sources", {"art"}}}});
    const auto result = load(doc);
    ASSERT_TRUE(result.ok()) << result.errors().front().toString();
    EXPECT_EQ(result.catalogue().points()[1].names.english[0].kind, acu::EnglishNameKind::Acupressure);

    doc["points"][1]["names"]["english"][0]["kind"] = "gach";
    const auto refused = load(doc);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.errors().front().where, "/points/1/names/english/0/kind");
}

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

// The traditional characters are recorded even where they are the same as the simplified
// ones: a point whose two forms agree says so instead of leaving the field out.
TEST(CatalogueLoader, traditionalSameAsSimplified_loads)
{
    json doc = minimal();
    doc["points"][0]["names"]["hanzi"] = "腰俞";
    doc["points"][0]["names"]["hanziTraditional"] = "腰俞";
    const auto result = load(doc);
    ASSERT_TRUE(result.ok()) << result.errors().front().toString();
    EXPECT_EQ(result.catalogue().points()[0].names.hanziTraditional, "腰俞");
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

// A long points list is read in two halves at once; its points and its problems still come
// out in document order, from both halves.
TEST(CatalogueLoader, longPointsList_keepsDocumentOrderAcrossItsHalves)
{
    json doc = acu::test::syntheticAtlasJson();
    const std::size_t count = doc["points"].size();
    ASSERT_GE(count, 300u);
    doc["points"][2]["meridian"] = 4;
    doc["points"][count / 2 + 10]["names"]["colour"] = "red";
    doc["points"][count - 1]["meridian"] = false;
    const auto read = acu::readCatalogueJson(doc.dump());
    ASSERT_EQ(read.errors.size(), 3u);
    EXPECT_EQ(read.errors[0], (CatalogueError{"/points/2/meridian", "must be a string, found a whole number"}));
    EXPECT_EQ(read.errors[1].where, "/points/" + std::to_string(count / 2 + 10) + "/names/colour");
    EXPECT_EQ(read.errors[2].where, "/points/" + std::to_string(count - 1) + "/meridian");
    ASSERT_EQ(read.data.points.size(), count);
    for (std::size_t i = 0; i < count; ++i)
        ASSERT_EQ(read.data.points[i].code, doc["points"][i]["code"].get<std::string>()) << i;
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

// A duration without max is an open range: at least min seconds, no upper bound.
TEST(CatalogueLoader, durationWithoutMax_isOpenRange)
{
    json doc = minimal();
    doc["points"][0]["duration"][0] = {{"min", 120}, {"sources", {"art"}}};
    const auto result = load(doc);
    ASSERT_TRUE(result.ok()) << result.errors().front().toString();
    const auto& duration = result.catalogue().points()[0].duration[0];
    EXPECT_EQ(duration.min, 120);
    EXPECT_EQ(duration.max, std::nullopt);
}

// A duration with max keeps it.
TEST(CatalogueLoader, durationWithMax_keepsIt)
{
    json doc = minimal();
    doc["points"][0]["duration"][0]["max"] = 90;
    const auto result = load(doc);
    ASSERT_TRUE(result.ok()) << result.errors().front().toString();
    EXPECT_EQ(result.catalogue().points()[0].duration[0].max, 90);
}

// Repetitions without max are an open range too; with one, min may not exceed it.
TEST(CatalogueLoader, repetitionsWithoutMax_isOpenRange)
{
    json doc = minimal();
    doc["points"][0]["repetitions"] = {{{"min", 3}, {"sources", {"art"}}}};
    const auto result = load(doc);
    ASSERT_TRUE(result.ok()) << result.errors().front().toString();
    EXPECT_EQ(result.catalogue().points()[0].repetitions[0].min, 3);
    EXPECT_EQ(result.catalogue().points()[0].repetitions[0].max, std::nullopt);
    doc["points"][0]["repetitions"][0]["max"] = 2;
    EXPECT_EQ(load(doc).errors(),
              (CatalogueErrors{{"/points/0/repetitions/0", "min (3) is greater than max (2) times"}}));
}

// An open range still needs its min.
TEST(CatalogueLoader, durationWithoutMin_isRefused)
{
    json doc = minimal();
    doc["points"][0]["duration"][0] = {{"max", 120}, {"sources", {"art"}}};
    EXPECT_EQ(load(doc).errors(), (CatalogueErrors{{"/points/0/duration/0", "missing required field \"min\""}}));
}

// A view's sides are read in order; a view without them lists none (it shows every side).
TEST(CatalogueLoader, viewSides_areRead)
{
    json doc = minimal();
    EXPECT_TRUE(load(doc).catalogue().views()[0].sides.empty());
    doc["views"][0]["sides"] = {"left", "right", "midline"};
    const auto result = load(doc);
    ASSERT_TRUE(result.ok()) << result.errors().front().toString();
    EXPECT_EQ(result.catalogue().views()[0].sides,
              (std::vector<acu::Side>{acu::Side::Left, acu::Side::Right, acu::Side::Midline}));
}

// A view that shows only the right side and the midline says so when a left marker is on it.
TEST(CatalogueLoader, leftMarkerOnRightProfile_namesTheSidesShown)
{
    json doc = minimal();
    doc["views"][0]["sides"] = {"midline", "right"};
    EXPECT_EQ(load(doc).errors(),
              (CatalogueErrors{{"/points/1/positions/0/side",
                                "view \"back\" shows only the right side and the midline; found side \"left\""}}));
}

// A left and a right marker less than one unit apart are on the same spot; one unit apart they are not.
TEST(CatalogueLoader, sidesApart_oneUnitIsEnough)
{
    json doc = minimal();
    doc["points"][1]["positions"][1]["x"] = 183;
    EXPECT_TRUE(load(doc).ok());
    doc["points"][1]["positions"][1]["x"] = 182.5;
    ASSERT_EQ(load(doc).errors().size(), 1u);
    EXPECT_EQ(load(doc).errors()[0].where, "/points/1/positions/1");
}

// Ids of sources, regions and notices are spelt [a-z0-9-]+ too, not only views'.
TEST(CatalogueLoader, idSpelling_checkedInEveryList)
{
    json doc = minimal();
    doc["sources"][0]["id"] = "Std";
    doc["regions"][0]["id"] = "lower back";
    doc["notices"][0]["id"] = "medical/1";
    for (auto& point : doc["points"]) {
        point["regions"] = {"lower back"};
        for (auto& claim : point["location"])
            claim["sources"] = {"Std"};
    }
    const std::string rule = " is not a valid id: use only lower-case letters a-z, digits and hyphens";
    EXPECT_EQ(load(doc).errors(), (CatalogueErrors{{"/sources/0/id", "\"Std\"" + rule},
                                                   {"/regions/0/id", "\"lower back\"" + rule},
                                                   {"/notices/0/id", "\"medical/1\"" + rule}}));
}

// CV points lie on the midline too.
TEST(CatalogueLoader, conceptionVesselBilateral_isRefused)
{
    json doc = minimal();
    doc["points"][1]["code"] = "CV6";
    doc["points"][1]["meridian"] = "CV";
    EXPECT_EQ(load(doc).errors(),
              (CatalogueErrors{{"/points/1/laterality", "CV points lie on the midline (the Conception Vessel is a "
                                                        "single channel); found \"bilateral\""}}));
}

// An extra point may be midline or bilateral.
TEST(CatalogueLoader, extraPoint_eitherLaterality)
{
    json doc = minimal();
    doc["points"][1]["code"] = "EX-B2";
    doc["points"][1]["meridian"] = "EX";
    EXPECT_TRUE(load(doc).ok());
    doc["points"][0]["code"] = "EX-HN3";
    doc["points"][0]["meridian"] = "EX";
    EXPECT_TRUE(load(doc).ok());
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

namespace {

/// The minimal catalogue's text as written, for changes json cannot express (duplicate keys,
/// number literals).
std::string minimalText()
{
    std::ifstream in(acu::test::fixture("valid/minimal.json"), std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::string replaced(std::string text, const std::string& from, const std::string& to)
{
    const auto at = text.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    return at == std::string::npos ? text : text.replace(at, from.size(), to);
}

/// A folder in the temporary directory, removed with everything in it at the end of a test.
class TempFolder final {
public:
    explicit TempFolder(const std::string& name)
        : m_path(std::filesystem::temp_directory_path() / name)
    {
        std::filesystem::remove_all(m_path);
        std::filesystem::create_directories(m_path);
    }
    ~TempFolder()
    {
        std::error_code ec;
        std::filesystem::permissions(m_path, std::filesystem::perms::owner_all, ec);
        for (const auto& entry : std::filesystem::recursive_directory_iterator(m_path, ec))
            std::filesystem::permissions(entry.path(), std::filesystem::perms::owner_all, ec);
        std::filesystem::remove_all(m_path, ec);
    }
    TempFolder(const TempFolder&) = delete;
    TempFolder& operator=(const TempFolder&) = delete;

    [[nodiscard]] const std::filesystem::path& path() const { return m_path; }

private:
    std::filesystem::path m_path;
};

} // namespace

// Every duplicate key is reported where it stands, with the pointer of the object that holds
// it, in document order; nothing else is read from such a document.
TEST(CatalogueLoader, duplicateKeys_eachReportedWithItsObject)
{
    std::string text = replaced(minimalText(), "\"site\": \"example\",", "\"site\": \"example\", \"site\": \"x\",");
    text = replaced(text, "\"pinyin\": \"Mìngmén\",", "\"pinyin\": \"Mìngmén\", \"pinyin\": \"X\",");
    const auto result = acu::loadCatalogue(text);
    EXPECT_EQ(
        result.errors(),
        (CatalogueErrors{{"line 5, column 81", "duplicate key \"site\" in the object at /sources/1: a key may "
                                               "appear only once in an object (otherwise only the last would "
                                               "count, silently)"},
                         {"line 20, column 39", "duplicate key \"pinyin\" in the object at /points/0/names: a key "
                                                "may appear only once in an object (otherwise only the last "
                                                "would count, silently)"}}));
}

// The object's pointer counts array elements and escapes "/" and "~" in keys.
TEST(CatalogueLoader, duplicateKey_pointerEscapesKeysAndCountsElements)
{
    const auto result = acu::loadCatalogue(R"({"a/b~": [0, {"k": 1, "k": 2}]})");
    ASSERT_EQ(result.errors().size(), 1u);
    EXPECT_EQ(result.errors()[0].where, "line 1, column 23");
    EXPECT_NE(result.errors()[0].what.find("\"k\" in the object at /a~1b~0/1:"), std::string::npos)
        << result.errors()[0].what;
}

// The same key in two objects, even side by side, is no duplicate; nor is a key that only
// looks like one inside a string.
TEST(CatalogueLoader, sameKeyInSiblingObjects_isNoDuplicate)
{
    json doc = minimal();
    doc["points"][0]["location"].push_back({{"text", "\"text\": {\"text\""}, {"sources", {"std"}}});
    EXPECT_TRUE(load(doc).ok()) << load(doc).errors().front().toString();
}

// A whole number too long for 64 bits is too large, not "a number with a fraction".
TEST(CatalogueLoader, hugeIntegerLiteral_isTooLarge)
{
    const auto result = acu::loadCatalogue(replaced(minimalText(), "\"max\": 60", "\"max\": 99999999999999999999"));
    EXPECT_EQ(result.errors(), (CatalogueErrors{{"/points/0/duration/0/max", "number is too large"}}));
}

// A whole number written with an exponent says how to write it.
TEST(CatalogueLoader, wholeNumberWithExponent_saysHowToWriteIt)
{
    const auto result = acu::loadCatalogue(replaced(minimalText(), "\"max\": 60", "\"max\": 1e2"));
    EXPECT_EQ(result.errors(), (CatalogueErrors{{"/points/0/duration/0/max",
                                                 "must be written 100: a whole number has no decimal point or "
                                                 "exponent"}}));
}

// A negative number beyond the double range is reported where it starts.
TEST(CatalogueLoader, negativeOverflow_reportedWhereItStarts)
{
    const auto result = acu::loadCatalogue("{\n  \"format\": -1e400 }");
    ASSERT_EQ(result.errors().size(), 1u);
    EXPECT_EQ(result.errors()[0].where, "line 2, column 13");
    EXPECT_TRUE(result.errors()[0].what.starts_with("the number -1e400 is too large to read"))
        << result.errors()[0].what;
}

// A two-byte text with a zero byte is UTF-16 too.
TEST(CatalogueLoader, shortUtf16_isRecognised)
{
    const auto result = acu::loadCatalogue(std::string("\0{", 2));
    ASSERT_EQ(result.errors().size(), 1u);
    EXPECT_EQ(result.errors()[0].what, "the catalogue is encoded as UTF-16 without a byte-order mark (every other "
                                       "byte is zero); save it as UTF-8");
}

// An alias label follows the rule of its scheme: names take Latin text, other schemes are code-like.
TEST(CatalogueLoader, aliasLabel_ruleFollowsScheme)
{
    json doc = minimal();
    doc["points"][0]["aliases"][0] = {{"label", "Tai Ch\u043Ene"}, {"scheme", "name"}};
    doc["points"][1]["aliases"][0] = {{"label", "B\u201323"}, {"scheme", "prefix-variant"}};
    EXPECT_EQ(load(doc).errors(),
              (CatalogueErrors{{"/points/0/aliases/0/label",
                                "U+043E CYRILLIC SMALL LETTER O looks like Latin o (character 7): a name takes Latin "
                                "letters (accents allowed), digits, spaces and ' \u2019 - \u2013 . , ( ) only"},
                               {"/points/1/aliases/0/label",
                                "U+2013 EN DASH is not a hyphen-minus (character 2): a code-like label takes ASCII "
                                "letters, digits, spaces and - . _ / , ' only"}}));
}

// A cited id with a look-alike letter is named as such where it is cited.
TEST(CatalogueLoader, citedIdWithLookAlike_isNamedWhereCited)
{
    json doc = minimal();
    doc["points"][0]["location"][0]["sources"] = {"\u0430rt"};
    EXPECT_EQ(load(doc).errors(),
              (CatalogueErrors{{"/points/0/location/0/sources/0",
                                "U+0430 CYRILLIC SMALL LETTER A looks like Latin a (character 1): a code-like label "
                                "takes ASCII letters, digits, spaces and - . _ / , ' only"}}));
}

// Blank names are refused like blank titles.
TEST(CatalogueLoader, blankNames_areRefused)
{
    json doc = minimal();
    doc["regions"][0]["name"] = "   ";
    doc["points"][0]["names"]["english"][0]["text"] = " ";
    doc["points"][1]["names"]["pinyin"] = "  ";
    EXPECT_EQ(load(doc).errors(),
              (CatalogueErrors{{"/regions/0/name", "must not be blank: it holds only spaces"},
                               {"/points/0/names/english/0/text", "must not be blank: it holds only spaces"},
                               {"/points/1/names/pinyin", "must not be blank: it holds only spaces"}}));
}

// Long texts may hold line feeds; one-line texts may not, nor may any text hold a tab.
TEST(CatalogueLoader, lineFeeds_onlyInLongTexts)
{
    json doc = minimal();
    doc["points"][0]["location"][0]["text"] = "First.\nSecond.";
    EXPECT_TRUE(load(doc).ok());
    doc["views"][0]["name"] = "Back\nside";
    doc["points"][0]["location"][0]["text"] = "First.\tSecond.";
    const auto result = load(doc);
    ASSERT_EQ(result.errors().size(), 2u);
    EXPECT_EQ(result.errors()[0].where, "/views/0/name");
    EXPECT_TRUE(result.errors()[0].what.starts_with("U+000A LF is a line break (character 5)"));
    EXPECT_EQ(result.errors()[1].where, "/points/0/location/0/text");
    EXPECT_TRUE(result.errors()[1].what.starts_with("U+0009 TAB is a control character (character 7)"));
}

// Labels that differ only by invisible characters are the same label to the validator, as
// to the search: "LI\u200B4" beside "LI 4".
TEST(CatalogueValidator, labelsDifferingByInvisibleCharacters_areShared)
{
    acu::CatalogueData data;
    data.points.resize(2);
    data.points[0].code = "GV4";
    data.points[0].aliases.push_back({"LI\u200B4", acu::AliasScheme::Who, {}, false, ""});
    data.points[1].code = "LI4";
    data.points[1].aliases.push_back({"LI 4", acu::AliasScheme::Who, {}, false, ""});
    data.points[1].aliases.push_back({"\u202ELI\u00AD\u20604\u202C", acu::AliasScheme::Who, {}, false, ""});
    std::vector<std::string> where;
    for (const auto& error : acu::validateCatalogue(data))
        where.push_back(error.where);
    EXPECT_EQ(where, (std::vector<std::string>{"/points/0/aliases/0/label", "/points/1/aliases/0/label",
                                               "/points/1/aliases/1/label"}));
}

// File errors in words: a missing file, a permission problem, anything else as the system says it.
TEST(CatalogueLoaderFile, describeFileError_saysWhatHappened)
{
    using std::errc;
    EXPECT_EQ(acu::reading::describeFileError(std::make_error_code(errc::no_such_file_or_directory)), "no such file");
    EXPECT_EQ(acu::reading::describeFileError(std::make_error_code(errc::not_a_directory)), "no such file");
    const std::string denied = "permission denied: this user may not read the file, or may not open a folder on its "
                               "path";
    EXPECT_EQ(acu::reading::describeFileError(std::make_error_code(errc::permission_denied)), denied);
    EXPECT_EQ(acu::reading::describeFileError(std::make_error_code(errc::operation_not_permitted)), denied);
    EXPECT_EQ(acu::reading::describeFileError(std::make_error_code(errc::too_many_symbolic_link_levels)),
              "cannot be read: " + std::make_error_code(errc::too_many_symbolic_link_levels).message());
}

// A loop of symbolic links is not "no such file".
TEST(CatalogueLoaderFile, symlinkLoop_saysSo)
{
    const TempFolder folder("acu-symlink-loop");
    std::filesystem::create_symlink(folder.path() / "b.json", folder.path() / "a.json");
    std::filesystem::create_symlink(folder.path() / "a.json", folder.path() / "b.json");
    const auto result = acu::loadCatalogueFile(folder.path() / "a.json");
    ASSERT_EQ(result.errors().size(), 1u);
    EXPECT_EQ(result.errors()[0].what,
              "cannot be read: " + std::make_error_code(std::errc::too_many_symbolic_link_levels).message());
}

/// Loads path in a child process that, when the tests run as root, first drops to the user
/// nobody, so that permissions apply; prints the first error's text on stderr.
void loadUnprivileged(const std::filesystem::path& path)
{
    if (::getuid() == 0 && (::setgid(65534) != 0 || ::setuid(65534) != 0))
        std::_Exit(2);
    const auto result = acu::loadCatalogueFile(path);
    std::fprintf(stderr, "%s\n", result.errors().empty() ? "loaded" : result.errors()[0].what.c_str());
    std::_Exit(0);
}

// A file nobody may read says "permission denied", not "no such file".
TEST(CatalogueLoaderFile, unreadableFile_saysPermissionDenied)
{
    GTEST_FLAG_SET(death_test_style, "threadsafe");
    const TempFolder folder("acu-unreadable-file");
    const auto path = folder.path() / "catalogue.json";
    std::ofstream(path) << minimalText();
    std::filesystem::permissions(path, std::filesystem::perms::none);
    EXPECT_EXIT(loadUnprivileged(path), ::testing::ExitedWithCode(0),
                "^permission denied: this user may not read the file, or may not open a folder on its path\n$");
}

// A file in a folder nobody may open says "permission denied", not "no such file".
TEST(CatalogueLoaderFile, fileInClosedFolder_saysPermissionDenied)
{
    GTEST_FLAG_SET(death_test_style, "threadsafe");
    const TempFolder folder("acu-closed-folder");
    const auto inner = folder.path() / "closed";
    std::filesystem::create_directory(inner);
    std::ofstream(inner / "catalogue.json") << minimalText();
    std::filesystem::permissions(inner, std::filesystem::perms::none);
    EXPECT_EXIT(loadUnprivileged(inner / "catalogue.json"), ::testing::ExitedWithCode(0),
                "^permission denied: this user may not read the file, or may not open a folder on its path\n$");
}

// A flood of duplicate keys lists the first hundred and counts the rest.
TEST(CatalogueLoader, floodOfDuplicateKeys_listsAHundred)
{
    std::string text = "{";
    for (int i = 0; i < 100000; ++i)
        text += "\"a\":1,\n";
    text += "\"a\":1}";
    const auto result = acu::loadCatalogue(text);
    ASSERT_EQ(result.errors().size(), 101u);
    EXPECT_EQ(result.errors()[0].where, "line 2, column 1");
    EXPECT_EQ(result.errors()[100], (CatalogueError{"line 102, column 1", "99900 more duplicate keys from here on "
                                                                          "are not listed"}));
}

// A key quoted in a message shows its invisible characters as code points.
TEST(CatalogueLoader, keysInMessages_showInvisibleCharacters)
{
    json doc = minimal();
    doc["points"][0]["cau\u202Etions"] = json::array();
    const auto result = load(doc);
    ASSERT_EQ(result.errors().size(), 1u);
    EXPECT_TRUE(result.errors()[0].what.starts_with("unknown field \"cau<U+202E>tions\" (allowed here: "))
        << result.errors()[0].what;
    const auto duplicate = acu::loadCatalogue("{\"a\u200B\": {\"k\u2066\": 1, \"k\u2066\": 2}}");
    ASSERT_EQ(duplicate.errors().size(), 1u);
    EXPECT_TRUE(duplicate.errors()[0].what.starts_with("duplicate key \"k<U+2066>\" in the object at /a<U+200B>:"))
        << duplicate.errors()[0].what;
}
