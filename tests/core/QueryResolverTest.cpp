// The resolver on the shipped catalogue: one row per normalisation, prefix family,
// numbering system, ambiguity, range, typo, impossible code and junk.

#include "core/catalogue/CatalogueLoader.h"
#include "core/search/QueryResolver.h"
#include "support/TestCatalogues.h"

#include <gtest/gtest.h>

namespace {

const acu::Catalogue& shipped() { return *acu::test::shipped(); }

const acu::QueryResolver& resolver()
{
    static const acu::QueryResolver r(shipped());
    return r;
}

struct ResolveCase {
    const char* query;
    std::vector<std::string> matches;   // codes, in order
    std::vector<std::string> elsewhere; // codes of readings outside the catalogue
    const char* firstReason;            // a part of the first match's reason, or of the problem
};

void PrintTo(const ResolveCase& c, std::ostream* os) { *os << c.query; }

std::vector<std::string> codes(const std::vector<acu::QueryMatch>& list)
{
    std::vector<std::string> out;
    for (const auto& m : list)
        out.push_back(m.code);
    return out;
}

class Resolve : public ::testing::TestWithParam<ResolveCase> {};

} // namespace

// Each query resolves to exactly these readings, with the reason in words.
TEST_P(Resolve, readings)
{
    const auto& c = GetParam();
    const auto result = resolver().resolve(c.query);
    EXPECT_EQ(codes(result.matches), c.matches);
    EXPECT_EQ(codes(result.elsewhere), c.elsewhere);
    const std::string said = result.matches.empty() ? result.problem : result.matches.front().reason;
    EXPECT_NE(said.find(c.firstReason), std::string::npos) << said;
}

// BL52 is Zhìshì; the older charts' number 52, WHO BL38, is offered after it for the code.
INSTANTIATE_TEST_SUITE_P(
    Normalisation, Resolve,
    ::testing::Values(ResolveCase{"BL52", {"BL52", "BL38"}, {}, "WHO code: BL52 is Zhìshì"},
                      ResolveCase{"bl 52", {"BL52", "BL38"}, {}, "WHO code"}, ResolveCase{"BL-52", {"BL52", "BL38"}, {}, "WHO code"},
                      ResolveCase{"BL\u201352", {"BL52", "BL38"}, {}, "WHO code"}, ResolveCase{"b.l.52", {"BL52", "BL38"}, {}, "WHO"},
                      ResolveCase{"BL052", {"BL52", "BL38"}, {}, "WHO code"},
                      ResolveCase{"\uFF22\uFF2C\uFF15\uFF12", {"BL52", "BL38"}, {}, "WHO code"},
                      ResolveCase{"\u201CBL52\u201D", {"BL52", "BL38"}, {}, "WHO code"},
                      ResolveCase{"\x07" "BL52", {"BL52", "BL38"}, {}, "WHO code"},   // a control character before it
                      ResolveCase{"\u200B" "BL52", {"BL52", "BL38"}, {}, "WHO code"}, // a zero-width space before it
                      ResolveCase{"BL\u00AD" "52", {"BL52", "BL38"}, {}, "WHO code"}, // a soft hyphen inside it
                      ResolveCase{"\u202E" "BL52", {"BL52", "BL38"}, {}, "WHO code"}, // a bidirectional control
                      ResolveCase{"BL\u2009" "52", {"BL52", "BL38"}, {}, "WHO code"}, // a thin space
                      ResolveCase{"BL\uFE63" "52", {"BL52", "BL38"}, {}, "WHO code"}, // a small hyphen-minus
                      ResolveCase{"zhi shi", {"BL52"}, {}, "pinyin name of BL52"},
                      ResolveCase{"Zh\u00ECsh\u00EC", {"BL52"}, {}, "pinyin"},
                      ResolveCase{"志室", {"BL52"}, {}, "Chinese name of BL52"},
                      ResolveCase{"腎俞", {"BL23"}, {}, "Chinese name of BL23"},
                      ResolveCase{"Will\u2019s Chamber", {"BL52"}, {}, "English name Will's Chamber"},
                      ResolveCase{"will's chamber", {"BL52"}, {}, "English name"}));

INSTANTIATE_TEST_SUITE_P(
    PrefixFamilies, Resolve,
    ::testing::Values(ResolveCase{"V23", {"BL23"}, {}, "French notation: V23 is BL23"},
                      ResolveCase{"UB23", {"BL23"}, {}, "English charts: UB23 is BL23"},
                      ResolveCase{"Liv3", {"LR3"}, {}, "Liv3 is LR3 Tàichōng"},
                      ResolveCase{"LV3", {"LR3"}, {}, "LR3"}, ResolveCase{"F3", {"LR3"}, {}, "French notation"},
                      ResolveCase{"4GI", {"LI4"}, {}, "French notation: 4GI is LI4 Hégǔ"},
                      ResolveCase{"GI4", {"LI4"}, {}, "French notation"}, ResolveCase{"IC4", {"LI4"}, {}, "English"},
                      ResolveCase{"K 27", {"KI27"}, {}, "KI27 Shūfǔ"}, ResolveCase{"KD1", {"KI1"}, {}, "KI1"},
                      ResolveCase{"R1", {"KI1"}, {}, "French notation: R1 is KI1"},
                      ResolveCase{"TW3", {"TE3"}, {}, "TE3"}, ResolveCase{"SJ3", {"TE3"}, {}, "Chinese name"},
                      ResolveCase{"TH3", {"TE3"}, {}, "TE3"}, ResolveCase{"Du 20", {"GV20"}, {}, "GV20"},
                      ResolveCase{"VG4", {"GV4"}, {}, "French notation"}, ResolveCase{"Ren 6", {"CV6"}, {}, "CV6"},
                      ResolveCase{"VC6", {"CV6"}, {}, "French notation"}, ResolveCase{"HE7", {"HT7"}, {}, "HT7"},
                      ResolveCase{"RP6", {"SP6"}, {}, "French notation"}, ResolveCase{"VB30", {"GB30"}, {}, "GB30"},
                      ResolveCase{"E36", {"ST36"}, {}, "French notation"}, ResolveCase{"IG19", {"SI19"}, {}, "SI19"},
                      ResolveCase{"MC6", {"PC6"}, {}, "French notation"}, ResolveCase{"L7", {"LU7"}, {}, "LU7"}));

INSTANTIATE_TEST_SUITE_P(
    NumberingAndAmbiguity, Resolve,
    ::testing::Values(
        ResolveCase{"B47", {"BL47", "BL52"}, {}, "WHO numbering: B47 is BL47 Húnmén"},
        ResolveCase{"UB 47", {"BL47", "BL52"}, {}, "WHO numbering"},
        ResolveCase{"BL47", {"BL47", "BL52"}, {}, "WHO code: BL47 is Húnmén"},
        ResolveCase{"B54", {"BL54", "BL40"}, {}, "WHO numbering: B54 is BL54"},
        ResolveCase{"B48", {"BL48", "BL53"}, {}, "WHO numbering"},
        ResolveCase{"B53", {"BL53", "BL39"}, {}, "another prefix for the channel: B53 is BL53"},
        ResolveCase{"P6", {"PC6", "LU6"}, {}, "P6 is PC6"},
        ResolveCase{"P7", {"PC7", "LU7"}, {}, "English charts: P7 is PC7"},
        ResolveCase{"GB 10", {"GB10", "BL10"}, {}, "WHO code: GB10 is Fúbái"},
        ResolveCase{"Tai Chone", {"LR3"}, {}, "name Tai Chone for LR3"},
        ResolveCase{"Extra 1", {"EX-HN3"}, {}, "older numbering of extra points"},
        ResolveCase{"EX-HN3", {"EX-HN3"}, {}, "WHO code"}));

INSTANTIATE_TEST_SUITE_P(
    Ranges, Resolve,
    ::testing::Values(ResolveCase{"CV3-CV7", {"CV3", "CV4", "CV5", "CV6", "CV7"}, {}, "in the range CV3-CV7"},
                      ResolveCase{"CV3\u2013CV7", {"CV3", "CV4", "CV5", "CV6", "CV7"}, {}, "range"},
                      ResolveCase{"cv 3 to cv 7", {"CV3", "CV4", "CV5", "CV6", "CV7"}, {}, "range"},
                      ResolveCase{"BL27-34",
                                  {"BL27", "BL28", "BL29", "BL30", "BL31", "BL32", "BL33", "BL34"},
                                  {},
                                  "in the range BL27-BL34"},
                      ResolveCase{"GV1-4", {"GV1", "GV2", "GV3", "GV4"}, {}, "in the range GV1-GV4"},
                      ResolveCase{"BL60-99", {}, {}, "BL99 cannot exist"}));

INSTANTIATE_TEST_SUITE_P(
    TyposImpossibleAndJunk, Resolve,
    ::testing::Values(ResolveCase{"zhisi", {"BL52", "BL67"}, {}, "spelt like Zhìshì (1 letter different)"},
                      ResolveCase{"taichongg", {"LR3"}, {}, "spelt like Tàichōng"},
                      ResolveCase{"hegoo", {"LI4"}, {}, "spelt like Hegu (2 letters different)"},
                      ResolveCase{"zhsi", {}, {}, "nothing in this catalogue is called"},
                      ResolveCase{"BL99", {}, {}, "BL99 cannot exist: the Bladder channel (BL) has 67 points"},
                      ResolveCase{"LU12", {}, {}, "the Lung channel (LU) has 11 points"},
                      ResolveCase{"XX12", {}, {}, "no channel is written \"XX\""},
                      ResolveCase{"???", {}, {}, "no letters, digits or Chinese characters"},
                      ResolveCase{"", {}, {}, "nothing to look up"},
                      ResolveCase{"qwertyuiop", {}, {}, "nothing in this catalogue is called \"qwertyuiop\""}));

namespace {

/// A query whose first reason (or, with no match, whose problem) is known word for word.
struct ExactCase {
    const char* query;
    std::vector<std::string> matches;
    std::vector<std::string> elsewhere;
    const char* said; // the first match's reason, or the problem
};

void PrintTo(const ExactCase& c, std::ostream* os)
{
    *os << c.query;
}

class ResolveExactly : public ::testing::TestWithParam<ExactCase> {};

std::vector<std::string> numbered(const std::string& prefix, std::initializer_list<int> numbers)
{
    std::vector<std::string> out;
    for (int n : numbers)
        out.push_back(prefix + std::to_string(n));
    return out;
}

} // namespace

// Each query gives exactly these readings and says exactly this.
TEST_P(ResolveExactly, readingsAndWords)
{
    const auto& c = GetParam();
    const auto result = resolver().resolve(c.query);
    EXPECT_EQ(codes(result.matches), c.matches);
    EXPECT_EQ(codes(result.elsewhere), c.elsewhere);
    EXPECT_EQ(result.matches.empty() ? result.problem : result.matches.front().reason, c.said);
}

// A hyphen between a code and a number is a range, also in an extra-point group's code;
// a reversed range holds the same points, lowest first; a one-point range is that point.
INSTANTIATE_TEST_SUITE_P(
    RangesWrittenEveryWay, ResolveExactly,
    ::testing::Values(
        ExactCase{"EX-HN1-15",
                  {"EX-HN3", "EX-HN5"},
                  numbered("EX-HN", {1, 2, 4, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15}),
                  "in the range EX-HN1-EX-HN15"},
        ExactCase{"EX-HN1-EX-HN15",
                  {"EX-HN3", "EX-HN5"},
                  numbered("EX-HN", {1, 2, 4, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15}),
                  "in the range EX-HN1-EX-HN15"},
        ExactCase{"ex hn 2 to ex hn 4", {"EX-HN3"}, {"EX-HN2", "EX-HN4"}, "in the range EX-HN2-EX-HN4"},
        ExactCase{
            "EX-HN3-16", {}, {}, "EX-HN16 cannot exist: the extra points of the head and neck (EX-HN) number 1 to 15"},
        ExactCase{"CV3-CV3", {"CV3"}, {}, "in the range CV3-CV3"},
        ExactCase{"GV3-3", {"GV3"}, {}, "in the range GV3-GV3"},
        ExactCase{"EX-HN2-2", {}, {"EX-HN2"}, "in the range EX-HN2-EX-HN2, not in this catalogue"},
        ExactCase{"CV7-3", {"CV3", "CV4", "CV5", "CV6", "CV7"}, {}, "in the range CV3-CV7"},
        ExactCase{"CV24-CV1",
                  numbered("CV", {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24}),
                  {},
                  "in the range CV1-CV24"},
        ExactCase{"BL67-1", {}, {}, "the range BL67-BL1 spans 67 points; a range may span at most 40"},
        ExactCase{"BL1-41", {}, {}, "the range BL1-BL41 spans 41 points; a range may span at most 40"},
        ExactCase{"CV25-1", {}, {}, "CV25 cannot exist: the Conception Vessel channel (CV) has 24 points"}));

// No point is numbered 0, in a range or alone; every reading of the prefix says so.
INSTANTIATE_TEST_SUITE_P(
    NumberZero, ResolveExactly,
    ::testing::Values(
        ExactCase{
            "CV0-5",
            {},
            {},
            "CV0 cannot exist: no point is numbered 0; the Conception Vessel channel (CV) numbers its points 1 to 24"},
        ExactCase{
            "GV0-2",
            {},
            {},
            "GV0 cannot exist: no point is numbered 0; the Governor Vessel channel (GV) numbers its points 1 to 28"},
        ExactCase{"KI0-1",
                  {},
                  {},
                  "KI0 cannot exist: no point is numbered 0; the Kidney channel (KI) numbers its points 1 to 27"},
        ExactCase{
            "CV5-0",
            {},
            {},
            "CV0 cannot exist: no point is numbered 0; the Conception Vessel channel (CV) numbers its points 1 to 24"},
        ExactCase{
            "CV0",
            {},
            {},
            "CV0 cannot exist: no point is numbered 0; the Conception Vessel channel (CV) numbers its points 1 to 24"},
        ExactCase{"BL00",
                  {},
                  {},
                  "BL0 cannot exist: no point is numbered 0; the Bladder channel (BL) numbers its points 1 to 67"},
        ExactCase{"EX-HN0-3",
                  {},
                  {},
                  "EX-HN0 cannot exist: no point is numbered 0; the extra points of the head and neck (EX-HN) number 1 "
                  "to 15"},
        // P is PC in English charts, the reading said first, and LU in French notation
        ExactCase{"P0-3",
                  {},
                  {},
                  "PC0 cannot exist: no point is numbered 0; the Pericardium channel (PC) numbers its points 1 to 9"},
        ExactCase{"EX-HN0",
                  {},
                  {},
                  "EX-HN0 cannot exist: no point is numbered 0; the extra points of the head and neck (EX-HN) number 1 "
                  "to 15"}));

// Typing part of a code or name lists what starts with it (the search field).
TEST(QueryResolver, asYouType_findsPrefixes)
{
    const auto result = resolver().resolve("zhi", acu::MatchMode::AsYouType);
    EXPECT_EQ(codes(result.matches), (std::vector<std::string>{"SI7", "BL52", "BL54", "BL67", "TE6", "GV9"}));
    const auto bl5 = resolver().resolve("bl5", acu::MatchMode::AsYouType);
    EXPECT_EQ(codes(bl5.matches), (std::vector<std::string>{"BL5", "BL50", "BL51", "BL52", "BL53", "BL54", "BL55",
                                                            "BL56", "BL57", "BL58", "BL59"}));
    const auto chamber = resolver().resolve("chamber", acu::MatchMode::AsYouType);
    EXPECT_EQ(codes(chamber.matches), (std::vector<std::string>{"BL52"}));
}

// With nothing found, the nearest label is suggested.
TEST(QueryResolver, noMatch_suggestsNearest)
{
    EXPECT_EQ(resolver().resolve("zhsi").suggestion, "Zhìshì (BL52)");
    EXPECT_EQ(resolver().resolve("qwertyuiop").suggestion, "");
}

// A query longer than the limit is refused with a reason.
TEST(QueryResolver, overlongQuery_isRefused)
{
    const auto result = resolver().resolve(std::string(1000, 'a'));
    EXPECT_TRUE(result.matches.empty());
    EXPECT_EQ(result.problem, "the query is longer than 256 bytes");
}

// A shared resolver keeps its catalogue alive after every other owner has let it go.
TEST(QueryResolver, sharedResolverKeepsItsCatalogueAlive)
{
    EXPECT_EQ(acu::makeSharedResolver(nullptr), nullptr);
    auto catalogue = std::make_shared<const acu::Catalogue>(shipped());
    const acu::Catalogue* address = catalogue.get();
    const auto shared = acu::makeSharedResolver(std::move(catalogue));
    ASSERT_NE(shared, nullptr);
    EXPECT_EQ(&shared->catalogue(), address);
    const acu::Resolution found = shared->resolve("B47");
    ASSERT_FALSE(found.matches.empty());
    EXPECT_EQ(found.matches.front().point->code, "BL47");
}

// Two numbers with only a space between them are a reversed range only when a hyphen, dash
// or "to" says so: "BL5 2" is still the code BL52, "BL5-2" the range BL2-BL5.
TEST(QueryResolver, reversedNumbersNeedASeparatorToBeARange)
{
    const acu::QueryResolver resolver(*acu::test::shipped());
    const auto spaced = resolver.resolve("BL5 2");
    ASSERT_FALSE(spaced.matches.empty());
    EXPECT_EQ(spaced.matches.front().code, "BL52");
    const auto hyphen = resolver.resolve("BL5-2");
    EXPECT_EQ(codes(hyphen.matches), (std::vector<std::string>{"BL2", "BL3", "BL4", "BL5"}));
    EXPECT_EQ(hyphen.matches.front().reason, "in the range BL2-BL5");
    const auto words = resolver.resolve("CV7 to 3");
    ASSERT_FALSE(words.matches.empty());
    EXPECT_EQ(words.matches.front().code, "CV3");
}

// A WHO code typed exactly comes first, before an article's misprint of it: in a catalogue
// that holds both GB10 and the BL10 an article prints as "GB 10".
TEST(QueryResolver, whoCode_comesBeforeAMisprintOfIt)
{
    const auto catalogue = acu::test::loadOnce(acu::test::fixture("valid/misprinted-code.json"));
    const acu::QueryResolver misprints(*catalogue);
    for (const char* typed : {"GB10", "GB 10", "gb-10"}) {
        const auto result = misprints.resolve(typed);
        EXPECT_EQ(codes(result.matches), (std::vector<std::string>{"GB10", "BL10"})) << typed;
        ASSERT_EQ(result.matches.size(), 2u) << typed;
        EXPECT_EQ(result.matches[0].reason, "WHO code: GB10 is Fúbái") << typed;
        EXPECT_EQ(result.matches[1].reason,
                  "an article prints GB 10 for BL10 Tiānzhù, although the code belongs to another point")
            << typed;
    }
}
