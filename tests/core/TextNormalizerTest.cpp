// Folding what people type: one row per normalisation.

#include "core/search/TextNormalizer.h"

#include <gtest/gtest.h>

namespace {

struct FoldCase {
    const char* input;
    const char* folded;
};

class Fold : public ::testing::TestWithParam<FoldCase> {};

} // namespace

// Each kind of variation folds to the same key.
TEST_P(Fold, foldsToKey)
{
    acu::HanziMap traditional;
    acu::learnHanziPairs("腎俞", "肾俞", traditional);
    EXPECT_EQ(acu::foldText(GetParam().input, traditional), GetParam().folded);
}

INSTANTIATE_TEST_SUITE_P(TextNormalizer, Fold,
                         ::testing::Values(FoldCase{"BL52", "bl52"},                   // case
                                           FoldCase{"bl 52", "bl52"},                  // spaces
                                           FoldCase{"BL-52", "bl52"},                  // hyphen
                                           FoldCase{"BL\u201352", "bl52"},             // en dash
                                           FoldCase{"BL\u201452", "bl52"},             // em dash
                                           FoldCase{"B.L. 52", "bl52"},                // dots
                                           FoldCase{"\uFF22\uFF2C\uFF15\uFF12", "bl52"}, // full-width
                                           FoldCase{"BL\u300052", "bl52"},             // ideographic space
                                           FoldCase{"Zh\u00ECsh\u00EC", "zhishi"},     // tone marks
                                           FoldCase{"Zhi\u0300shi\u0300", "zhishi"},   // combining tone marks
                                           FoldCase{"L\u01DA", "lu"},                  // ü with a tone
                                           FoldCase{"Will\u2019s Chamber", "willschamber"}, // curly apostrophe
                                           FoldCase{"Will's Chamber", "willschamber"}, // straight apostrophe
                                           FoldCase{"\u201CGB30\u201D", "gb30"},       // curly quotes
                                           FoldCase{"\"GB30\"", "gb30"},               // straight quotes
                                           FoldCase{"腎俞", "肾俞"},                    // traditional characters
                                           FoldCase{"志室", "志室"},                    // simplified kept
                                           FoldCase{"B\xFF" "47", "b47"},              // invalid UTF-8 dropped
                                           FoldCase{"a?b", "a?b"},                     // other punctuation kept
                                           FoldCase{"LI\u200B4", "li4"},               // zero width space
                                           FoldCase{"LI\u200C\u200D4", "li4"},         // zero width non-joiner, joiner
                                           FoldCase{"LI\u20604", "li4"},               // word joiner
                                           FoldCase{"\uFEFFLI4", "li4"},               // zero width no-break space
                                           FoldCase{"LI\u00AD4", "li4"},               // soft hyphen
                                           FoldCase{"\u202ELI4\u202C", "li4"},         // bidi override and pop
                                           FoldCase{"\u2066LI4\u2069", "li4"},         // bidi isolate
                                           FoldCase{"\u200FLI4\u061C", "li4"},         // right-to-left marks
                                           FoldCase{"\aBL52", "bl52"},                 // bell
                                           FoldCase{"\x1b" "BL\x1f" "52", "bl52"},     // escape, unit separator
                                           FoldCase{"\u0085BL52", "bl52"},             // C1 control
                                           FoldCase{"LI\u20094", "li4"},               // thin space
                                           FoldCase{"LI\u202F4", "li4"},               // narrow no-break space
                                           FoldCase{"LI\u20034", "li4"},               // em space
                                           FoldCase{"LI\u205F4", "li4"},               // medium mathematical space
                                           FoldCase{"LI\u20284", "li4"},               // line separator
                                           FoldCase{"LI\u16804", "li4"},               // Ogham space mark
                                           FoldCase{"LI\uFE584", "li4"},               // small em dash
                                           FoldCase{"LI\uFE634", "li4"},               // small hyphen-minus
                                           FoldCase{"LI\uFF0D4", "li4"},               // full-width hyphen-minus
                                           FoldCase{"LI\u20114", "li4"},               // non-breaking hyphen
                                           FoldCase{"LI\u2E3A4", "li4"}));             // two-em dash

// Word breaks survive as single spaces in foldWords.
TEST(TextNormalizer, foldWords_keepsSingleSpaces)
{
    EXPECT_EQ(acu::foldWords("  Will\u2019s   Chamber "), "wills chamber");
    EXPECT_EQ(acu::foldWords("CV3\u2013CV7"), "cv3 cv7");
}

// Only pairs of equal length teach characters, and only the ones that differ.
TEST(TextNormalizer, learnHanziPairs_mapsDifferingCharacters)
{
    acu::HanziMap map;
    acu::learnHanziPairs("氣海", "气海", map);
    acu::learnHanziPairs("長強長", "长强", map);
    ASSERT_EQ(map.size(), 1u);
    EXPECT_EQ(map.at(U'氣'), U'气');
}

// Invisible characters vanish from words; other spaces and dash forms break them like ASCII ones.
TEST(TextNormalizer, foldWords_invisibleVanishSpacesBreak)
{
    EXPECT_EQ(acu::foldWords("Will\u200B\u2019s\u2003Chamber"), "wills chamber");
    EXPECT_EQ(acu::foldWords("CV3\uFE58CV7"), "cv3 cv7");
}
