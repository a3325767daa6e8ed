// Reading and validating routine files: syntax, fields, ranges, ids, catalogue checks, recovery.

#include "core/routine/RoutineLoader.h"
#include "support/CorePrinters.h"
#include "support/TestCatalogues.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>

namespace {

using acu::CatalogueError;
using acu::CatalogueErrors;

std::string file(const std::string& routines)
{
    return R"({"format": 1, "routines": [)" + routines + "]}";
}

const std::string kGood = R"({"id": "waist", "title": "Waist", "sources": ["art"],
  "steps": [{"code": "BL23", "side": "both", "holdSeconds": {"min": 60, "max": 120},
             "repetitions": {"min": 3}, "restSeconds": {"min": 10, "max": 10}, "technique": "Thumbs.",
             "needsHelper": true, "note": "Others differ.", "sources": ["art"]},
            {"code": "GV4", "side": "midline", "holdSeconds": {"min": 30, "max": null}}]})";

acu::RoutineLoad load(const std::string& json)
{
    return acu::loadRoutines(json, acu::test::minimal().get());
}

} // namespace

// Every field of a step is read: side, ranges (an absent or null max is open), flags, texts, sources.
TEST(RoutineReader, validFile_readsEveryField)
{
    const auto result = load(file(kGood));
    ASSERT_TRUE(result.ok()) << result.errors.front().toString();
    ASSERT_EQ(result.routines.size(), 1u);
    const acu::Routine& routine = result.routines[0];
    EXPECT_EQ(routine.id, "waist");
    EXPECT_EQ(routine.title, "Waist");
    EXPECT_EQ(routine.sources, std::vector<std::string>{"art"});
    ASSERT_EQ(routine.steps.size(), 2u);
    const acu::RoutineStep& step = routine.steps[0];
    EXPECT_EQ(step.code, "BL23");
    EXPECT_EQ(step.side, acu::RoutineSide::Both);
    EXPECT_EQ(step.holdSeconds, (acu::Range{60, 120}));
    EXPECT_EQ(step.repetitions, (acu::Range{3, std::nullopt}));
    EXPECT_EQ(step.restSeconds, (acu::Range{10, 10}));
    EXPECT_EQ(step.technique, "Thumbs.");
    EXPECT_TRUE(step.needsHelper);
    EXPECT_EQ(step.note, "Others differ.");
    EXPECT_EQ(routine.steps[1].side, acu::RoutineSide::Midline);
    EXPECT_EQ(routine.steps[1].holdSeconds, (acu::Range{30, std::nullopt}));
    EXPECT_FALSE(routine.steps[1].repetitions.has_value());
}

// A syntax error names its line and column.
TEST(RoutineReader, syntaxError_namesLineAndColumn)
{
    const auto result = load("{\"format\": 1,\n \"routines\": [}\n");
    ASSERT_EQ(result.errors.size(), 1u);
    EXPECT_EQ(result.errors[0].where, "line 2, column 15");
    EXPECT_TRUE(result.routines.empty());
}

// An empty text says so, naming the routine file.
TEST(RoutineReader, emptyText_saysEmpty)
{
    EXPECT_EQ(load("  \n").errors,
              (CatalogueErrors{{"line 1, column 1", "the routine file is empty: expected a JSON object"}}));
}

// A misspelt field is an error at its pointer, listing the allowed ones.
TEST(RoutineReader, unknownField_isRejected)
{
    const auto result = load(file(R"({"id": "a", "title": "A", "steps": [{"code": "GV4", "side": "midline",
        "holdSeconds": {"min": 5, "max": 5}, "hold": 3}]})"));
    ASSERT_EQ(result.errors.size(), 1u);
    EXPECT_EQ(result.errors[0].where, "/routines/0/steps/0/hold");
    EXPECT_EQ(result.errors[0].what.substr(0, 22), "unknown field \"hold\" (");
}

// A side outside the four words is named with the allowed ones.
TEST(RoutineReader, badSide_listsTheWords)
{
    const auto result = load(file(R"({"id": "a", "title": "A", "steps": [{"code": "GV4", "side": "top",
        "holdSeconds": {"min": 5, "max": 5}}]})"));
    EXPECT_EQ(result.errors,
              (CatalogueErrors{{"/routines/0/steps/0/side", "\"top\" is not one of right, left, both, midline"}}));
}

// A missing required field is reported at its object.
TEST(RoutineReader, missingHold_isReported)
{
    const auto result = load(file(R"({"id": "a", "title": "A", "steps": [{"code": "GV4", "side": "midline"}]})"));
    EXPECT_EQ(result.errors, (CatalogueErrors{{"/routines/0/steps/0", "missing required field \"holdSeconds\""}}));
}

// Another format version is refused, and nothing is read from the file.
TEST(RoutineReader, newerFormat_isRefused)
{
    const auto result = load(R"({"format": 2, "routines": [)" + kGood + "]}");
    EXPECT_EQ(result.errors, (CatalogueErrors{{"/format", "this app reads routine format 1, found 2 (written by a "
                                                          "newer version of the app?)"}}));
    EXPECT_TRUE(result.routines.empty());
}

// min above max, and a hold with no time at all, are errors at the range.
TEST(RoutineValidator, badRanges_areReported)
{
    const auto result = load(file(R"({"id": "a", "title": "A", "steps": [
        {"code": "GV4", "side": "midline", "holdSeconds": {"min": 60, "max": 30}},
        {"code": "GV4", "side": "midline", "holdSeconds": {"min": 0}},
        {"code": "GV4", "side": "midline", "holdSeconds": {"min": 5, "max": 5}, "repetitions": {"min": 0, "max": 2}}]})"));
    EXPECT_EQ(result.errors,
              (CatalogueErrors{
                  {"/routines/0/steps/0/holdSeconds", "max (30) is smaller than min (60)"},
                  {"/routines/0/steps/1/holdSeconds", "gives no time to hold: a hold needs a max, or a min above 0"},
                  {"/routines/0/steps/2/repetitions/min", "must be between 1 and 100, found 0"}}));
}

// Holds longer than an hour are refused.
TEST(RoutineValidator, holdAboveLimit_isReported)
{
    const auto result = load(file(R"({"id": "a", "title": "A", "steps": [
        {"code": "GV4", "side": "midline", "holdSeconds": {"min": 60, "max": 3601}}]})"));
    EXPECT_EQ(result.errors,
              (CatalogueErrors{{"/routines/0/steps/0/holdSeconds/max", "must be between 0 and 3600, found 3601"}}));
}

// Ids follow [a-z0-9-]+ and are unique in a file; the second use names the first.
TEST(RoutineValidator, badAndDuplicateIds_areReported)
{
    const std::string step = R"("steps": [{"code": "GV4", "side": "midline", "holdSeconds": {"min": 5, "max": 5}}])";
    const auto result = load(file(R"({"id": "Waist 1", "title": "A", )" + step + R"(}, {"id": "b", "title": "B", )" +
                                  step + R"(}, {"id": "b", "title": "C", )" + step + "}"));
    EXPECT_EQ(result.errors, (CatalogueErrors{{"/routines/0/id",
                                               "\"Waist 1\" is not an id: use lower-case letters, digits and hyphens"},
                                              {"/routines/2/id", "\"b\" is already the id of /routines/1"}}));
}

// Against the catalogue: unknown point, unknown source, a midline point on a side, a bilateral point on the midline.
TEST(RoutineValidator, catalogueChecks_pointSideAndSources)
{
    const auto result = load(file(R"({"id": "a", "title": "A", "sources": ["nobody"], "steps": [
        {"code": "BL99", "side": "both", "holdSeconds": {"min": 5, "max": 5}},
        {"code": "GV4", "side": "left", "holdSeconds": {"min": 5, "max": 5}},
        {"code": "BL23", "side": "midline", "holdSeconds": {"min": 5, "max": 5}, "sources": ["art", "nobody"]}]})"));
    EXPECT_EQ(
        result.errors,
        (CatalogueErrors{{"/routines/0/sources/0", "no source \"nobody\" in the catalogue"},
                         {"/routines/0/steps/0/code", "no point \"BL99\" in the catalogue"},
                         {"/routines/0/steps/1/side", "GV4 lies on the midline: its side must be midline, found left"},
                         {"/routines/0/steps/2/sources/1", "no source \"nobody\" in the catalogue"},
                         {"/routines/0/steps/2/side",
                          "BL23 is on both sides of the body: its side must be right, left or both, found midline"}}));
}

// Without a catalogue, points and sources are not checked.
TEST(RoutineValidator, withoutCatalogue_pointsAreNotChecked)
{
    const auto result = acu::loadRoutines(file(R"({"id": "a", "title": "A", "steps": [
        {"code": "BL99", "side": "both", "holdSeconds": {"min": 5, "max": 5}}]})"),
                                          nullptr);
    EXPECT_TRUE(result.ok());
    EXPECT_EQ(result.routines.size(), 1u);
}

// A damaged routine is left out; the good ones around it are kept.
TEST(RoutineLoader, damagedRoutine_othersAreRecovered)
{
    const auto result = load(file(R"({"id": "bad", "title": "", "steps": []}, )" + kGood));
    EXPECT_EQ(result.errors, (CatalogueErrors{{"/routines/0/title", "must not be empty"}}));
    ASSERT_EQ(result.routines.size(), 1u);
    EXPECT_EQ(result.routines[0].id, "waist");
}

// A folder given as a routine file is one error naming the path.
TEST(RoutineLoader, folder_isAFileError)
{
    const auto folder = std::filesystem::temp_directory_path();
    const auto result = acu::loadRoutineFile(folder, nullptr);
    EXPECT_EQ(result.errors, (CatalogueErrors{{folder.string(), "is a folder, not a routine file"}}));
}

// A routine file is told from a catalogue by its routines field.
TEST(RoutineLoader, isRoutineDocument_looksForRoutinesField)
{
    EXPECT_TRUE(acu::isRoutineDocument(file(kGood)));
    EXPECT_FALSE(acu::isRoutineDocument(R"({"format": 1, "points": []})"));
    EXPECT_FALSE(acu::isRoutineDocument(R"({"routines": [], "points": []})"));
    EXPECT_FALSE(acu::isRoutineDocument("{\"routines\": ["));
}

// Absurdly deep nesting is refused before it is parsed, naming where it goes too deep.
TEST(RoutineReader, deepNesting_refusedBeforeParsing)
{
    const std::string text = R"({"format":1,"routines":)" + std::string(100, '[') + std::string(100, ']') + "}";
    EXPECT_EQ(load(text).errors, (CatalogueErrors{{"line 1, column 87", "objects and arrays nest more than 64 levels "
                                                                        "deep; a routine file needs at most 6"}}));
    EXPECT_FALSE(acu::isRoutineDocument(text));
}

// Every cut of a real routine file, and each byte changed to a brace, a quote or a digit, loads
// or reports an error without crashing.
TEST(RoutineReader, damagedShippedFile_alwaysAnErrorOrRoutines)
{
    std::ifstream in(std::filesystem::path(ACU_SHIPPED_ROUTINES_DIR) / "three-points.json", std::ios::binary);
    const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    ASSERT_GT(text.size(), 1000u);
    for (std::size_t cut = 0; cut + 1 < text.size(); cut += 3) { // the last "}" always cut off
        const auto result = acu::loadRoutines(text.substr(0, cut), acu::test::shipped().get());
        EXPECT_FALSE(result.ok()) << "cut at " << cut;
        EXPECT_TRUE(result.routines.empty()) << "cut at " << cut;
    }
    for (std::size_t at = 0; at < text.size(); at += 5) {
        for (const char c : {'{', '"', '7'}) {
            std::string changed = text;
            changed[at] = c;
            const auto result = acu::loadRoutines(changed, acu::test::shipped().get());
            EXPECT_TRUE(result.ok() || !result.errors.empty()) << "byte " << at;
        }
    }
}

// A routine file, like a catalogue, refuses a key given twice in one object: the second
// "holdSeconds" would otherwise silently replace the first.
TEST(RoutineReader, duplicateKey_isRefusedWithItsObject)
{
    const auto result = load(file(R"({"id": "a", "title": "A", "steps": [{"code": "GV4", "side": "midline",
        "holdSeconds": {"min": 5, "max": 5}, "holdSeconds": {"min": 1, "max": 1}}]})"));
    ASSERT_EQ(result.errors.size(), 1u);
    EXPECT_EQ(result.errors[0].what,
              "duplicate key \"holdSeconds\" in the object at /routines/0/steps/0: a key may appear only once in an "
              "object (otherwise only the last would count, silently)");
    EXPECT_TRUE(result.routines.empty());
}

// A routine's texts keep to the catalogue's character rules: a right-to-left override in a
// title, or a zero-width space in a step's code, is refused by code point.
TEST(RoutineReader, invisibleCharacters_areRefusedByCodePoint)
{
    const auto result = load(file("{\"id\": \"a\", \"title\": \"Wai\u202Est\", \"steps\": [{\"code\": \"GV\u200B4\", "
                                  "\"side\": \"midline\", \"holdSeconds\": {\"min\": 5, \"max\": 5}}]}"));
    ASSERT_EQ(result.errors.size(), 2u);
    EXPECT_EQ(result.errors[0].where, "/routines/0/title");
    EXPECT_EQ(result.errors[0].what.rfind("U+202E RIGHT-TO-LEFT OVERRIDE", 0), 0u) << result.errors[0].what;
    EXPECT_EQ(result.errors[1].where, "/routines/0/steps/0/code");
    EXPECT_EQ(result.errors[1].what.rfind("U+200B ZERO WIDTH SPACE", 0), 0u) << result.errors[1].what;
}

// A routine without steps yet (one of the person's own, being made) is read, not refused.
TEST(RoutineReader, emptySteps_areARoutineBeingMade)
{
    const auto result = load(file(R"({"id": "mine", "title": "Mine", "steps": []})"));
    EXPECT_TRUE(result.ok());
    ASSERT_EQ(result.routines.size(), 1u);
    EXPECT_TRUE(result.routines[0].steps.empty());
}
