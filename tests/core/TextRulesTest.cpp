// The characters each kind of catalogue text may hold, and source addresses: one row per
// rule, with the exact message.

#include "core/catalogue/TextRules.h"

#include <gtest/gtest.h>

#include <string>

using acu::TextField;

namespace {

struct TextCase {
    std::string text;
    TextField field;
    std::string problem; // empty when the text is fine
};

void PrintTo(const TextCase& c, std::ostream* os)
{
    *os << c.text;
}

class Text : public ::testing::TestWithParam<TextCase> {};

struct UrlCase {
    std::string url;
    std::string problem; // empty when the address is fine
};

void PrintTo(const UrlCase& c, std::ostream* os)
{
    *os << c.url;
}

class Url : public ::testing::TestWithParam<UrlCase> {};

const std::string kCode = ": a code-like label takes ASCII letters, digits, spaces and - . _ / , ' only";
const std::string kPinyin = ": pinyin takes Latin letters with tone marks, spaces, apostrophes and hyphens only";
const std::string kName =
    ": a name takes Latin letters (accents allowed), digits, spaces and ' \u2019 - \u2013 . , ( ) only";
const std::string kHanzi = ": this field takes Chinese characters (CJK ideographs) only";
const std::string kLine = ": one-line text takes printable characters and spaces only: no control characters, "
                          "line breaks, bidirectional controls or invisible characters";
const std::string kParagraph = ": text takes printable characters, spaces and line feeds only: no other control "
                               "characters, bidirectional controls or invisible characters";
const std::string kSpace = ": write a plain space, or U+00A0 NO-BREAK SPACE to keep two words together";
const std::string kAddress = ": an address takes printable ASCII only, without spaces, quotes, angle brackets or "
                             "backslashes; percent-encode anything else (%20 for a space)";
const std::string kBlank = "must not be blank: it holds only spaces";

} // namespace

// Each text is accepted, or refused with exactly this message.
TEST_P(Text, problem)
{
    const auto& c = GetParam();
    EXPECT_EQ(acu::textProblem(c.text, c.field).value_or(""), c.problem);
}

// clang-format off
INSTANTIATE_TEST_SUITE_P(CodeLabel, Text, ::testing::Values(
    TextCase{"LI 4", TextField::CodeLabel, ""},
    TextCase{"UB-47", TextField::CodeLabel, ""},
    TextCase{"B.L. 52", TextField::CodeLabel, ""},
    TextCase{"EX-HN3", TextField::CodeLabel, ""},
    TextCase{"LI\u200B" "4", TextField::CodeLabel, "U+200B ZERO WIDTH SPACE is an invisible character (character 3)" + kCode},
    TextCase{"\u0412" "L23", TextField::CodeLabel, "U+0412 CYRILLIC CAPITAL LETTER VE looks like Latin B (character 1)" + kCode},
    TextCase{"K\u0399" "1", TextField::CodeLabel, "U+0399 GREEK CAPITAL LETTER IOTA looks like Latin I (character 2)" + kCode},
    TextCase{"LI\u2013" "4", TextField::CodeLabel, "U+2013 EN DASH is not a hyphen-minus (character 3)" + kCode},
    TextCase{"B\uFF0D" "23", TextField::CodeLabel, "U+FF0D FULLWIDTH HYPHEN-MINUS is not a hyphen-minus (character 2)" + kCode},
    TextCase{"B\uFE63" "23", TextField::CodeLabel, "U+FE63 SMALL HYPHEN-MINUS is not a hyphen-minus (character 2)" + kCode},
    TextCase{"LI\u00A0" "4", TextField::CodeLabel, "U+00A0 NO-BREAK SPACE is not a plain space (character 3)" + kCode},
    TextCase{"LI\u2009" "4", TextField::CodeLabel, "U+2009 THIN SPACE is not a plain space (character 3)" + kCode},
    TextCase{"LI\u00AD" "4", TextField::CodeLabel, "U+00AD SOFT HYPHEN is an invisible character (character 3)" + kCode},
    TextCase{"\x07" "BL52", TextField::CodeLabel, "U+0007 BEL is a control character (character 1)" + kCode},
    TextCase{"BL52\t", TextField::CodeLabel, "U+0009 TAB is a control character (character 5)" + kCode},
    TextCase{"\u202E" "4IL", TextField::CodeLabel, "U+202E RIGHT-TO-LEFT OVERRIDE is a bidirectional control, which can reorder the text around it (character 1)" + kCode},
    TextCase{"\uFF22" "L52", TextField::CodeLabel, "U+FF22 \"\uFF22\" is not allowed here (character 1)" + kCode},
    TextCase{"   ", TextField::CodeLabel, kBlank},
    TextCase{"", TextField::CodeLabel, ""}));

INSTANTIATE_TEST_SUITE_P(Pinyin, Text, ::testing::Values(
    TextCase{"Zh\u00ECsh\u00EC", TextField::Pinyin, ""},
    TextCase{"L\u01DA", TextField::Pinyin, ""},
    TextCase{"Zhi\u0300shi\u0300", TextField::Pinyin, ""},
    TextCase{"X\u012B'\u0101n", TextField::Pinyin, ""},
    TextCase{"H\u00E9 G\u01D4", TextField::Pinyin, ""},
    TextCase{"Zh\u0456sh\u00EC", TextField::Pinyin, "U+0456 CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I looks like Latin i (character 3)" + kPinyin},
    TextCase{"zhi4", TextField::Pinyin, "U+0034 \"4\" is not allowed here (character 4)" + kPinyin},
    TextCase{"Zh\u00EC\u2009sh\u00EC", TextField::Pinyin, "U+2009 THIN SPACE is not a plain space (character 4)" + kPinyin},
    TextCase{"\u0300zhi", TextField::Pinyin, "U+0300 \"\u0300\" is not allowed here (character 1)" + kPinyin},
    TextCase{"Sh\x1B" "en", TextField::Pinyin, "U+001B ESC is a control character (character 3)" + kPinyin},
    TextCase{" ", TextField::Pinyin, kBlank}));

INSTANTIATE_TEST_SUITE_P(Name, Text, ::testing::Values(
    TextCase{"Will\u2019s Chamber", TextField::Name, ""},
    TextCase{"Kunlun Mountains", TextField::Name, ""},
    TextCase{"Jose\u0301 (B\u2013 23), a.k.a. Joe's", TextField::Name, ""},
    TextCase{"Tai Ch\u043Ene", TextField::Name, "U+043E CYRILLIC SMALL LETTER O looks like Latin o (character 7)" + kName},
    TextCase{"Hegu\u200D", TextField::Name, "U+200D ZERO WIDTH JOINER is an invisible character (character 5)" + kName},
    TextCase{"Life\u3000Gate", TextField::Name, "U+3000 IDEOGRAPHIC SPACE is not a plain space (character 5)" + kName},
    TextCase{"\u00A0", TextField::Name, "U+00A0 NO-BREAK SPACE is not a plain space (character 1)" + kName}));

INSTANTIATE_TEST_SUITE_P(Hanzi, Text, ::testing::Values(
    TextCase{"\u5FD7\u5BA4", TextField::Hanzi, ""},
    TextCase{"\u3400\U00020000\U00030000", TextField::Hanzi, ""},
    TextCase{"\u5FD7\u200D\u5BA4", TextField::Hanzi, "U+200D ZERO WIDTH JOINER is an invisible character (character 2)" + kHanzi},
    TextCase{"\u5FD7 \u5BA4", TextField::Hanzi, "U+0020 SPACE is a space (character 2)" + kHanzi},
    TextCase{"\uF900", TextField::Hanzi, "U+F900 \"\uF900\" is a CJK compatibility ideograph, which looks like a unified ideograph but is another character (character 1)" + kHanzi},
    TextCase{"\u5FD7x", TextField::Hanzi, "U+0078 \"x\" is not allowed here (character 2)" + kHanzi}));

INSTANTIATE_TEST_SUITE_P(Line, Text, ::testing::Values(
    TextCase{"Back of the hand (right)", TextField::Line, ""},
    TextCase{"30\u00A0s, 1.5\u202Fcun", TextField::Line, ""},
    TextCase{"Acupressure \u2013 a guide \u2014 \u5FD7\u5BA4 \u0416", TextField::Line, ""},
    TextCase{"A\tB", TextField::Line, "U+0009 TAB is a control character (character 2)" + kLine},
    TextCase{"A\nB", TextField::Line, "U+000A LF is a line break (character 2)" + kLine},
    TextCase{"A\u2028" "B", TextField::Line, "U+2028 LINE SEPARATOR is a line break (character 2)" + kSpace},
    TextCase{"\u202E" "abc", TextField::Line, "U+202E RIGHT-TO-LEFT OVERRIDE is a bidirectional control, which can reorder the text around it (character 1)" + kLine},
    TextCase{"ab\u2066" "c", TextField::Line, "U+2066 LEFT-TO-RIGHT ISOLATE is a bidirectional control, which can reorder the text around it (character 3)" + kLine},
    TextCase{"a\u2003" "b", TextField::Line, "U+2003 EM SPACE is not a plain space (character 2)" + kSpace},
    TextCase{"a\uFEFF", TextField::Line, "U+FEFF ZERO WIDTH NO-BREAK SPACE is an invisible character (character 2)" + kLine},
    TextCase{"a\uFFFD", TextField::Line, "U+FFFD REPLACEMENT CHARACTER is the replacement character, a sign the text was damaged when it was converted (character 2)" + kLine},
    TextCase{"\uE000", TextField::Line, "U+E000 \"\uE000\" is a private-use character or a noncharacter, which no two fonts show alike (character 1)" + kLine},
    TextCase{std::string("a\0b", 3), TextField::Line, "U+0000 NUL is a control character (character 2)" + kLine},
    TextCase{"  \u00A0 ", TextField::Line, kBlank},
    TextCase{"   ", TextField::Line, kBlank},
    TextCase{"a\x7F", TextField::Line, "U+007F DEL is a control character (character 2)" + kLine},
    TextCase{"a\x1F", TextField::Line, "U+001F US is a control character (character 2)" + kLine}));

INSTANTIATE_TEST_SUITE_P(Paragraph, Text, ::testing::Values(
    TextCase{"One.\nTwo.", TextField::Paragraph, ""},
    TextCase{"One.\r\nTwo.", TextField::Paragraph, "U+000D CR is a line break (character 5)" + kParagraph},
    TextCase{"\x1B[31mred", TextField::Paragraph, "U+001B ESC is a control character (character 1)" + kParagraph},
    TextCase{"a\u00ADb", TextField::Paragraph, "U+00AD SOFT HYPHEN is an invisible character (character 2)" + kParagraph},
    TextCase{"\n \n", TextField::Paragraph, kBlank},
    TextCase{"\n\n", TextField::Paragraph, kBlank},
    TextCase{"One.\tTwo.", TextField::Paragraph, "U+0009 TAB is a control character (character 5)" + kParagraph}));
// clang-format on

// Every printable ASCII character is allowed in a line and in a paragraph, alone or in prose.
TEST(TextRules, printableAsciiIsProse)
{
    std::string all;
    for (char c = ' '; c <= '~'; ++c) {
        all += c;
        if (c == ' ')
            continue;
        EXPECT_EQ(acu::textProblem(std::string(1, c), TextField::Line), std::nullopt) << c;
        EXPECT_EQ(acu::textProblem(std::string(1, c), TextField::Paragraph), std::nullopt) << c;
    }
    EXPECT_EQ(acu::textProblem(all, TextField::Line), std::nullopt);
    EXPECT_EQ(acu::textProblem(all + "\n" + all, TextField::Paragraph), std::nullopt);
}

// Only `name` aliases are names; every other scheme is code-like.
TEST(TextRules, aliasLabelField_nameSchemeOnly)
{
    EXPECT_EQ(acu::aliasLabelField(acu::AliasScheme::Name), TextField::Name);
    for (const auto scheme : {acu::AliasScheme::Who, acu::AliasScheme::PrefixVariant, acu::AliasScheme::OlderBladder,
                              acu::AliasScheme::French, acu::AliasScheme::OlderExtra, acu::AliasScheme::Mislabel})
        EXPECT_EQ(acu::aliasLabelField(scheme), TextField::CodeLabel);
}

// Each address is accepted, or refused with exactly this message.
TEST_P(Url, problem)
{
    EXPECT_EQ(acu::urlProblem(GetParam().url).value_or(""), GetParam().problem);
}

// clang-format off
INSTANTIATE_TEST_SUITE_P(TextRules, Url, ::testing::Values(
    UrlCase{"", ""},
    UrlCase{"https://example.org/a", ""},
    UrlCase{"HTTPS://EXAMPLE.ORG/", ""},
    UrlCase{"Http://example.org", ""},
    UrlCase{"http://example.org:8080/x?y=1#z", ""},
    UrlCase{"https://[2001:db8::1]:443/", ""},
    UrlCase{"https://example.org/a%20b", ""},
    UrlCase{"https://", "has no host: write the site after the scheme, as in https://example.org/page"},
    UrlCase{"https:///etc/passwd", "has no host: write the site after the scheme, as in https://example.org/page"},
    UrlCase{"https://:443/", "has no host: write the site after the scheme, as in https://example.org/page"},
    UrlCase{"https://?q", "has no host: write the site after the scheme, as in https://example.org/page"},
    UrlCase{"https://bank.example@evil.example/", "must not hold a user name or password before the host (user@host): such an address shows one site and opens another"},
    UrlCase{"ftp://example.org/", "must be an http:// or https:// address"},
    UrlCase{"javascript:alert(1)", "must be an http:// or https:// address"},
    UrlCase{"https:/example.org", "must be an http:// or https:// address"},
    UrlCase{"https://exa_mple.org/", "has the host \"exa_mple.org\", which may hold only letters, digits, hyphens and dots (or an IPv6 address in brackets)"},
    UrlCase{"https://[2001:db8::1/", "has a host that opens with [ but does not close it"},
    UrlCase{"https://example.org:99999/", "has the port \"99999\", which is not a number from 0 to 65535"},
    UrlCase{"https://example.org:http/", "has the port \"http\", which is not a number from 0 to 65535"},
    UrlCase{"https://example.org/\u202E" "fdp.exe", "U+202E RIGHT-TO-LEFT OVERRIDE is a bidirectional control, which can make an address show one site and open another (character 21)" + kAddress},
    UrlCase{"https://example.org/\u2066" "a", "U+2066 LEFT-TO-RIGHT ISOLATE is a bidirectional control, which can make an address show one site and open another (character 21)" + kAddress},
    UrlCase{"https://exa\u200B" "mple.org", "U+200B ZERO WIDTH SPACE is an invisible character (character 12)" + kAddress},
    UrlCase{"https://ex\u0430mple.org", "U+0430 CYRILLIC SMALL LETTER A looks like Latin a (character 11)" + kAddress},
    UrlCase{"https://example.org/a\u00A0" "b", "U+00A0 NO-BREAK SPACE is a space (character 22)" + kAddress},
    UrlCase{"https://example.org/\u2028", "U+2028 LINE SEPARATOR is a line break (character 21)" + kAddress},
    UrlCase{"https://example.org/a b", "U+0020 SPACE is a space (character 22)" + kAddress},
    UrlCase{"https://example.org/\x01", "U+0001 SOH is a control character (character 21)" + kAddress},
    UrlCase{"https://example.org\\@evil.example", "U+005C REVERSE SOLIDUS is not allowed in an address (character 20)" + kAddress},
    UrlCase{"https://example.org/\"", "U+0022 QUOTATION MARK is not allowed in an address (character 21)" + kAddress},
    UrlCase{"https://example.org/\u00E9", "U+00E9 \"\u00E9\" is not allowed in an address (character 21)" + kAddress}));
// clang-format on

// Quoted text shows what cannot be seen as code points, and keeps everything else.
TEST(TextRules, visibleText_writesInvisibleAsCodePoints)
{
    EXPECT_EQ(acu::visibleText("caut\u202Eions\u200B\n\x07 \u2013\u5FD7\u00A0"),
              "caut<U+202E>ions<U+200B><U+000A><U+0007> \u2013\u5FD7<U+00A0>");
}
