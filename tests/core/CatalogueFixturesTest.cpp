// One broken catalogue per failure mode in tests/fixtures/errors/, each with the exact
// errors it must produce.

#include "support/CorePrinters.h"
#include "core/catalogue/CatalogueLoader.h"
#include "support/TestPaths.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <set>

using acu::CatalogueError;
using acu::CatalogueErrors;


namespace {

struct FixtureCase {
    std::string file;
    CatalogueErrors expected;
};

void PrintTo(const FixtureCase& c, std::ostream* os) { *os << c.file; }

const std::vector<FixtureCase>& cases()
{
    static const std::vector<FixtureCase> all{
        {"bad-enum", {{"/points/0/laterality", "\"both\" is not one of midline, bilateral"}}},
        {"bilateral-one-side",
         {{"/points/1/positions", "a bilateral point needs a marker on both sides; the right side has none"}}},
        {"claim-without-source", {{"/points/0/location/0/sources", "must list at least one entry"}}},
        {"deep-nesting",
         {{"line 1, column 89", "objects and arrays nest more than 64 levels deep; a catalogue needs at most 6"}}},
        {"duplicate-code", {{"/points/2/code", "duplicate code BL23: the same point is already at /points/1"}}},
        {"duplicate-source-id", {{"/sources/2/id", "duplicate source id \"art\": already used at /sources/1/id"}}},
        {"empty", {{"line 1, column 1", "the catalogue is empty: expected a JSON object"}}},
        {"fractional-duration",
         {{"/points/0/duration/0/min", "must be a whole number, found a number with a fraction"}}},
        {"impossible-code", {{"/points/1/code", "BL99 cannot exist: the Bladder channel (BL) has 67 points"}}},
        {"invalid-utf8",
         {{"line 21, column 47", "the text is not valid UTF-8: syntax error while parsing value - invalid string: "
                                 "ill-formed UTF-8 byte; last read: '\"Life \xFF'"}}},
        {"malformed-code",
         {{"/points/1/code", "\"BL 23\" is not a WHO code: write the channel prefix and the number without a "
                             "space or leading zero, such as BL52 or EX-HN3"}}},
        {"meridian-mismatch", {{"/points/1/meridian", "is \"KI\" but the code BL23 belongs to BL"}}},
        {"midline-with-side",
         {{"/points/0/positions/0/side", "a midline point has one marker, on the midline; found side \"left\""}}},
        {"missing-code", {{"/points/1", "missing required field \"code\""}}},
        {"missing-points", {{"/", "missing required field \"points\""}}},
        {"negative-duration", {{"/points/0/duration/0/min", "must be at least 0, found -5"}}},
        {"not-an-object", {{"/", "must be an object, found an array"}}},
        {"position-outside-view",
         {{"/points/1/positions/1", "(450, 430) lies outside view \"back\", which is 400 by 1000"}}},
        {"reversed-duration", {{"/points/0/duration/0", "min (120) is greater than max (60) seconds"}}},
        {"shared-alias",
         {{"/points/0/aliases/1/label",
           "\"b-23\" also names BL23 (/points/1); mark it \"ambiguous\": true on every point that uses it"},
          {"/points/1/aliases/0/label",
           "\"B23\" also names GV4 (/points/0); mark it \"ambiguous\": true on every point that uses it"}}},
        {"syntax-missing-comma",
         {{"line 3, column 11", "syntax error while parsing object - unexpected string literal; expected '}' "
                                "(is a comma missing before it?)"}}},
        {"truncated",
         {{"line 25, column 39", "the text ends too early (is the file truncated?): syntax error while parsing "
                                 "value - invalid string: missing closing quote; last read: '\"Below t'"}}},
        {"unknown-field",
         {{"/points/0/colour",
           "unknown field \"colour\" (allowed here: aliases, appliedBy, cautions, code, disagreements, duration, "
           "finding, indications, laterality, location, meridian, names, notes, positions, regions, repetitions, "
           "technique)"}}},
        {"unknown-region", {{"/points/0/regions/0", "region \"tail\" is not in /regions"}}},
        {"unknown-source", {{"/points/0/location/0/sources/1", "cites source \"nowhere\", which is not in /sources"}}},
        {"unknown-view", {{"/points/0/positions/0/view", "view \"top\" is not in /views"}}},
        {"wrong-format-version", {{"/format", "this app reads format 1, found 2"}}},
        {"wrong-type", {{"/format", "must be a whole number, found a string"}}},
        {"nul-byte",
         {{"line 21, column 46", "syntax error while parsing value - invalid string: control character U+0000 "
                                 "(NUL) must be escaped to \\u0000; last read: '\"Life<U+0000>'"}}},
        {"utf16-bom", {{"line 1, column 1", "the catalogue is encoded as UTF-16; save it as UTF-8"}}},
        {"names-not-object", {{"/points/0/names", "must be an object, found a string"}}},
        {"points-not-array", {{"/points", "must be an array, found an object"}}},
        {"unknown-top-level-field",
         {{"/version", "unknown field \"version\" (allowed here: $schema, complaints, completeChannels, format, notices, "
                       "points, regions, sources, views)"}}},
        {"duplicate-view-id", {{"/views/1/id", "duplicate view id \"back\": already used at /views/0/id"}}},
        {"notice-unknown-source", {{"/notices/0/sources/0", "cites source \"nobody\", which is not in /sources"}}},
        {"empty-code", {{"/points/0/code", "must not be empty"}}},
        {"negative-view-size", {{"/views/0/width", "must be greater than 0"}}},
        {"null-value", {{"/points/1/laterality", "must be one of midline, bilateral, found null"}}},
        {"side-not-shown",
         {{"/points/1/positions/2/side", "view \"hand-back\" shows only the right side; found side \"left\""}}},
        {"unknown-view-side", {{"/views/0/sides/1", "\"both\" is not one of left, right, midline"}}},
        {"paired-channel-midline",
         {{"/points/1/laterality",
           "BL points lie on both sides of the body (the Bladder channel is paired); found \"midline\""}}},
        {"single-channel-bilateral",
         {{"/points/0/laterality",
           "GV points lie on the midline (the Governor Vessel is a single channel); found \"bilateral\""}}},
        {"sides-same-spot",
         {{"/points/1/positions/1",
           "the right marker is on the same spot of view \"back\" as the left marker at /points/1/positions/0, "
           "(182, 430)"}}},
        {"huge-view", {{"/views/0/width", "is 1e+308 units; a view may be at most 10000 units"}}},
        {"bad-view-id",
         {{"/views/0/id", "\"../body/front\" is not a valid id: use only lower-case letters a-z, digits and hyphens"}}},
        {"traditional-latin-letters",
         {{"/points/1/names/hanziTraditional", "U+0053 \"S\" is not allowed here (character 2): this field takes "
                                               "Chinese characters (CJK ideographs) only"}}},
        {"lone-ambiguous",
         {{"/points/0/aliases/1/ambiguous",
           "\"Gate of Life\" is marked ambiguous, but it names no other point: no other point uses it, and no "
           "chart notation reads it as another code"}}},
        {"duplicate-key-cautions",
         {{"line 55, column 7", "duplicate key \"cautions\" in the object at /points/2: a key may appear only once in "
                                "an object (otherwise only the last would count, silently)"}}},
        {"duplicate-key-top-level",
         {{"line 17, column 3", "duplicate key \"points\" in the top-level object (/): a key may appear only once in "
                                "an object (otherwise only the last would count, silently)"}}},
        {"duplicate-key-format",
         {{"line 3, column 3", "duplicate key \"format\" in the top-level object (/): a key may appear only once in an "
                               "object (otherwise only the last would count, silently)"}}},
        {"url-right-to-left-override",
         {{"/sources/1/url",
           "U+202E RIGHT-TO-LEFT OVERRIDE is a bidirectional control, which can make an address show one site and open "
           "another (character 21): an address takes printable ASCII only, without spaces, quotes, angle brackets or "
           "backslashes; percent-encode anything else (%20 for a space)"}}},
        {"url-without-host",
         {{"/sources/1/url", "has no host: write the site after the scheme, as in https://example.org/page"}}},
        {"url-no-break-space",
         {{"/sources/1/url",
           "U+00A0 NO-BREAK SPACE is a space (character 22): an address takes printable ASCII only, without spaces, "
           "quotes, angle brackets or backslashes; percent-encode anything else (%20 for a space)"}}},
        {"alias-zero-width-space",
         {{"/points/0/aliases/0/label", "U+200B ZERO WIDTH SPACE is an invisible character (character 3): a code-like "
                                        "label takes ASCII letters, digits, spaces and - . _ / , ' only"}}},
        {"alias-cyrillic-look-alike",
         {{"/points/1/aliases/0/label", "U+0412 CYRILLIC CAPITAL LETTER VE looks like Latin B (character 1): a "
                                        "code-like label takes ASCII letters, digits, spaces and - . _ / , ' only"}}},
        {"code-greek-look-alike",
         {{"/points/1/code", "U+0392 GREEK CAPITAL LETTER BETA looks like Latin B (character 1): a code-like label "
                             "takes ASCII letters, digits, spaces and - . _ / , ' only"}}},
        {"pinyin-control-character",
         {{"/points/1/names/pinyin", "U+0007 BEL is a control character (character 3): pinyin takes Latin letters with "
                                     "tone marks, spaces, apostrophes and hyphens only"}}},
        {"hanzi-latin-letter",
         {{"/points/1/names/hanzi", "U+0078 \"x\" is not allowed here (character 2): this field takes Chinese "
                                    "characters (CJK ideographs) only"}}},
        {"blank-title", {{"/sources/0/title", "must not be blank: it holds only spaces"}}},
        {"location-bidi-override",
         {{"/points/0/location/0/text",
           "U+202E RIGHT-TO-LEFT OVERRIDE is a bidirectional control, which can reorder the text around it (character "
           "34): text takes printable characters, spaces and line feeds only: no other control characters, "
           "bidirectional controls or invisible characters"}}},
        {"number-overflow",
         {{"line 27, column 55", "the number 4.3e999 is too large to read: no number may go beyond about 1.8e308, and "
                                 "whole numbers in a catalogue must lie within 32 bits (at most 2147483647)"}}},
        {"whole-number-with-decimal-point",
         {{"/points/0/duration/0/min", "must be written 1: a whole number has no decimal point or exponent"}}},
        {"utf16-le-no-bom",
         {{"line 1, column 1", "the catalogue is encoded as UTF-16 without a byte-order mark (every other byte is "
                               "zero); save it as UTF-8"}}},
        {"utf16-be-no-bom",
         {{"line 1, column 1", "the catalogue is encoded as UTF-16 without a byte-order mark (every other byte is "
                               "zero); save it as UTF-8"}}},
        {"utf32-le-bom", {{"line 1, column 1", "the catalogue is encoded as UTF-32; save it as UTF-8"}}},
        {"utf32-be-no-bom",
         {{"line 1, column 1", "the catalogue is encoded as UTF-32 without a byte-order mark (three bytes in four are "
                               "zero); save it as UTF-8"}}},
        {"complaint-unknown-point", {{"/complaints/0/points/1/code", "point BL60 is not in /points"}}},
        {"complaint-uncited-link",
         {{"/complaints/0/points/0/sources", "the link to GV4 cites no source: every point of a complaint needs one"}}},
        {"complaint-unknown-source",
         {{"/complaints/0/points/0/sources/1", "cites source \"nobody\", which is not in /sources"}}},
        {"complaint-duplicate-id",
         {{"/complaints/1/id", "duplicate complaint id \"back-pain\": already used at /complaints/0/id"}}},
        {"complaint-duplicate-synonym",
         {{"/complaints/0/synonyms/1", "\"Low-Back\" is already a word for a complaint, at /complaints/0/synonyms/0 "
                                       "(words are compared without case, spaces, hyphens and dots)"}}},
        {"complaint-shared-synonym",
         {{"/complaints/1/synonyms/0", "\"back pain\" is already a word for a complaint, at /complaints/0/name "
                                       "(words are compared without case, spaces, hyphens and dots)"}}},
        {"complaint-duplicate-point",
         {{"/complaints/0/points/1/code", "GV4 is already linked to this complaint at /complaints/0/points/0"}}},
        {"complaint-bad-id", {{"/complaints/0/id", "\"Lower Back\" may hold only a-z, 0-9 and hyphens"}}},
        {"complaint-unknown-field",
         {{"/complaints/0/words", "unknown field \"words\" (allowed here: id, name, points, synonyms)"}}},
        {"complaint-without-points", {{"/complaints/0/points", "must list at least one entry"}}},
    };
    return all;
}

class CatalogueFixture : public ::testing::TestWithParam<FixtureCase> {};

} // namespace

// Each broken fixture produces exactly its expected errors.
TEST_P(CatalogueFixture, producesExactErrors)
{
    const auto& c = GetParam();
    const auto result = acu::loadCatalogueFile(acu::test::fixture("errors/" + c.file + ".json"));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.errors(), c.expected);
}

INSTANTIATE_TEST_SUITE_P(Errors, CatalogueFixture, ::testing::ValuesIn(cases()),
                         [](const ::testing::TestParamInfo<FixtureCase>& param) {
                             std::string name = param.param.file;
                             std::replace(name.begin(), name.end(), '-', '_');
                             return name;
                         });

// Every file in the errors folder has a case, so no fixture goes unchecked.
TEST(CatalogueFixtures, everyErrorFixtureHasACase)
{
    std::set<std::string> listed;
    for (const auto& c : cases())
        listed.insert(c.file);
    for (const auto& entry : std::filesystem::directory_iterator(acu::test::fixture("errors")))
        EXPECT_TRUE(listed.contains(entry.path().stem().string())) << entry.path();
}

// The valid fixture loads.
TEST(CatalogueFixtures, minimalFixture_loads)
{
    EXPECT_TRUE(acu::loadCatalogueFile(acu::test::fixture("valid/minimal.json")).ok());
}
