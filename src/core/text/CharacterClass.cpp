#include "core/text/CharacterClass.h"

#include "core/text/Utf8.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <iterator>
#include <string_view>

namespace acu {

namespace {

struct Range {
    char32_t first;
    char32_t last;
};

template <std::size_t N> bool inRanges(const std::array<Range, N>& ranges, char32_t cp)
{
    return std::any_of(ranges.begin(), ranges.end(), [cp](const Range& r) { return cp >= r.first && cp <= r.last; });
}

constexpr std::array kBidi{Range{0x061C, 0x061C}, Range{0x200E, 0x200F}, Range{0x202A, 0x202E}, Range{0x2066, 0x2069}};

constexpr std::array kInvisible{
    Range{0x00AD, 0x00AD},   // soft hyphen
    Range{0x034F, 0x034F},   // combining grapheme joiner
    Range{0x115F, 0x1160},   // Hangul fillers
    Range{0x17B4, 0x17B5},   // Khmer inherent vowels
    Range{0x180B, 0x180F},   // Mongolian variation selectors and vowel separator
    Range{0x200B, 0x200D},   // zero width space, non-joiner, joiner
    Range{0x2060, 0x2064},   // word joiner, invisible operators
    Range{0x206A, 0x206F},   // deprecated format characters
    Range{0x3164, 0x3164},   // Hangul filler
    Range{0xFE00, 0xFE0F},   // variation selectors
    Range{0xFEFF, 0xFEFF},   // zero width no-break space (byte-order mark)
    Range{0xFFA0, 0xFFA0},   // half-width Hangul filler
    Range{0x1BCA0, 0x1BCA3}, // shorthand format controls
    Range{0xE0000, 0xE007F}, // tags
    Range{0xE0100, 0xE01EF}, // variation selectors supplement
};

constexpr std::array kSpace{Range{0x00A0, 0x00A0}, Range{0x1680, 0x1680}, Range{0x2000, 0x200A}, Range{0x2028, 0x2029},
                            Range{0x202F, 0x202F}, Range{0x205F, 0x205F}, Range{0x3000, 0x3000}};

constexpr std::array kDash{Range{0x058A, 0x058A}, Range{0x05BE, 0x05BE}, Range{0x1806, 0x1806}, Range{0x2010, 0x2015},
                           Range{0x2043, 0x2043}, Range{0x2212, 0x2212}, Range{0x2E17, 0x2E17}, Range{0x2E1A, 0x2E1A},
                           Range{0x2E3A, 0x2E3B}, Range{0x2E40, 0x2E40}, Range{0xFE31, 0xFE32}, Range{0xFE58, 0xFE58},
                           Range{0xFE63, 0xFE63}, Range{0xFF0D, 0xFF0D}};

struct Named {
    char32_t cp;
    std::string_view name;
    char latin; ///< the Latin character it looks like, or '\0'
};

/// Sorted by code point.
constexpr std::array kNamed{
    Named{0x0020, "SPACE", '\0'},
    Named{0x0022, "QUOTATION MARK", '\0'},
    Named{0x003C, "LESS-THAN SIGN", '\0'},
    Named{0x003E, "GREATER-THAN SIGN", '\0'},
    Named{0x005C, "REVERSE SOLIDUS", '\0'},
    Named{0x0060, "GRAVE ACCENT", '\0'},
    Named{0x00A0, "NO-BREAK SPACE", '\0'},
    Named{0x00AD, "SOFT HYPHEN", '\0'},
    Named{0x0391, "GREEK CAPITAL LETTER ALPHA", 'A'},
    Named{0x0392, "GREEK CAPITAL LETTER BETA", 'B'},
    Named{0x0395, "GREEK CAPITAL LETTER EPSILON", 'E'},
    Named{0x0396, "GREEK CAPITAL LETTER ZETA", 'Z'},
    Named{0x0397, "GREEK CAPITAL LETTER ETA", 'H'},
    Named{0x0399, "GREEK CAPITAL LETTER IOTA", 'I'},
    Named{0x039A, "GREEK CAPITAL LETTER KAPPA", 'K'},
    Named{0x039C, "GREEK CAPITAL LETTER MU", 'M'},
    Named{0x039D, "GREEK CAPITAL LETTER NU", 'N'},
    Named{0x039F, "GREEK CAPITAL LETTER OMICRON", 'O'},
    Named{0x03A1, "GREEK CAPITAL LETTER RHO", 'P'},
    Named{0x03A4, "GREEK CAPITAL LETTER TAU", 'T'},
    Named{0x03A5, "GREEK CAPITAL LETTER UPSILON", 'Y'},
    Named{0x03A7, "GREEK CAPITAL LETTER CHI", 'X'},
    Named{0x03B9, "GREEK SMALL LETTER IOTA", 'i'},
    Named{0x03BD, "GREEK SMALL LETTER NU", 'v'},
    Named{0x03BF, "GREEK SMALL LETTER OMICRON", 'o'},
    Named{0x03C1, "GREEK SMALL LETTER RHO", 'p'},
    Named{0x03C5, "GREEK SMALL LETTER UPSILON", 'u'},
    Named{0x0405, "CYRILLIC CAPITAL LETTER DZE", 'S'},
    Named{0x0406, "CYRILLIC CAPITAL LETTER BYELORUSSIAN-UKRAINIAN I", 'I'},
    Named{0x0408, "CYRILLIC CAPITAL LETTER JE", 'J'},
    Named{0x0410, "CYRILLIC CAPITAL LETTER A", 'A'},
    Named{0x0412, "CYRILLIC CAPITAL LETTER VE", 'B'},
    Named{0x0415, "CYRILLIC CAPITAL LETTER IE", 'E'},
    Named{0x0417, "CYRILLIC CAPITAL LETTER ZE", '3'},
    Named{0x041A, "CYRILLIC CAPITAL LETTER KA", 'K'},
    Named{0x041C, "CYRILLIC CAPITAL LETTER EM", 'M'},
    Named{0x041D, "CYRILLIC CAPITAL LETTER EN", 'H'},
    Named{0x041E, "CYRILLIC CAPITAL LETTER O", 'O'},
    Named{0x0420, "CYRILLIC CAPITAL LETTER ER", 'P'},
    Named{0x0421, "CYRILLIC CAPITAL LETTER ES", 'C'},
    Named{0x0422, "CYRILLIC CAPITAL LETTER TE", 'T'},
    Named{0x0423, "CYRILLIC CAPITAL LETTER U", 'Y'},
    Named{0x0425, "CYRILLIC CAPITAL LETTER HA", 'X'},
    Named{0x0430, "CYRILLIC SMALL LETTER A", 'a'},
    Named{0x0435, "CYRILLIC SMALL LETTER IE", 'e'},
    Named{0x043E, "CYRILLIC SMALL LETTER O", 'o'},
    Named{0x0440, "CYRILLIC SMALL LETTER ER", 'p'},
    Named{0x0441, "CYRILLIC SMALL LETTER ES", 'c'},
    Named{0x0443, "CYRILLIC SMALL LETTER U", 'y'},
    Named{0x0445, "CYRILLIC SMALL LETTER HA", 'x'},
    Named{0x0455, "CYRILLIC SMALL LETTER DZE", 's'},
    Named{0x0456, "CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I", 'i'},
    Named{0x0458, "CYRILLIC SMALL LETTER JE", 'j'},
    Named{0x04BB, "CYRILLIC SMALL LETTER SHHA", 'h'},
    Named{0x04C0, "CYRILLIC LETTER PALOCHKA", 'I'},
    Named{0x0501, "CYRILLIC SMALL LETTER KOMI DE", 'd'},
    Named{0x051A, "CYRILLIC CAPITAL LETTER QA", 'Q'},
    Named{0x051B, "CYRILLIC SMALL LETTER QA", 'q'},
    Named{0x051C, "CYRILLIC CAPITAL LETTER WE", 'W'},
    Named{0x051D, "CYRILLIC SMALL LETTER WE", 'w'},
    Named{0x061C, "ARABIC LETTER MARK", '\0'},
    Named{0x1680, "OGHAM SPACE MARK", '\0'},
    Named{0x180E, "MONGOLIAN VOWEL SEPARATOR", '\0'},
    Named{0x2000, "EN QUAD", '\0'},
    Named{0x2001, "EM QUAD", '\0'},
    Named{0x2002, "EN SPACE", '\0'},
    Named{0x2003, "EM SPACE", '\0'},
    Named{0x2004, "THREE-PER-EM SPACE", '\0'},
    Named{0x2005, "FOUR-PER-EM SPACE", '\0'},
    Named{0x2006, "SIX-PER-EM SPACE", '\0'},
    Named{0x2007, "FIGURE SPACE", '\0'},
    Named{0x2008, "PUNCTUATION SPACE", '\0'},
    Named{0x2009, "THIN SPACE", '\0'},
    Named{0x200A, "HAIR SPACE", '\0'},
    Named{0x200B, "ZERO WIDTH SPACE", '\0'},
    Named{0x200C, "ZERO WIDTH NON-JOINER", '\0'},
    Named{0x200D, "ZERO WIDTH JOINER", '\0'},
    Named{0x200E, "LEFT-TO-RIGHT MARK", '\0'},
    Named{0x200F, "RIGHT-TO-LEFT MARK", '\0'},
    Named{0x2010, "HYPHEN", '\0'},
    Named{0x2011, "NON-BREAKING HYPHEN", '\0'},
    Named{0x2012, "FIGURE DASH", '\0'},
    Named{0x2013, "EN DASH", '\0'},
    Named{0x2014, "EM DASH", '\0'},
    Named{0x2015, "HORIZONTAL BAR", '\0'},
    Named{0x2019, "RIGHT SINGLE QUOTATION MARK", '\0'},
    Named{0x2028, "LINE SEPARATOR", '\0'},
    Named{0x2029, "PARAGRAPH SEPARATOR", '\0'},
    Named{0x202A, "LEFT-TO-RIGHT EMBEDDING", '\0'},
    Named{0x202B, "RIGHT-TO-LEFT EMBEDDING", '\0'},
    Named{0x202C, "POP DIRECTIONAL FORMATTING", '\0'},
    Named{0x202D, "LEFT-TO-RIGHT OVERRIDE", '\0'},
    Named{0x202E, "RIGHT-TO-LEFT OVERRIDE", '\0'},
    Named{0x202F, "NARROW NO-BREAK SPACE", '\0'},
    Named{0x205F, "MEDIUM MATHEMATICAL SPACE", '\0'},
    Named{0x2060, "WORD JOINER", '\0'},
    Named{0x2061, "FUNCTION APPLICATION", '\0'},
    Named{0x2062, "INVISIBLE TIMES", '\0'},
    Named{0x2063, "INVISIBLE SEPARATOR", '\0'},
    Named{0x2064, "INVISIBLE PLUS", '\0'},
    Named{0x2066, "LEFT-TO-RIGHT ISOLATE", '\0'},
    Named{0x2067, "RIGHT-TO-LEFT ISOLATE", '\0'},
    Named{0x2068, "FIRST STRONG ISOLATE", '\0'},
    Named{0x2069, "POP DIRECTIONAL ISOLATE", '\0'},
    Named{0x2160, "ROMAN NUMERAL ONE", 'I'},
    Named{0x2164, "ROMAN NUMERAL FIVE", 'V'},
    Named{0x2169, "ROMAN NUMERAL TEN", 'X'},
    Named{0x216C, "ROMAN NUMERAL FIFTY", 'L'},
    Named{0x216D, "ROMAN NUMERAL ONE HUNDRED", 'C'},
    Named{0x216E, "ROMAN NUMERAL FIVE HUNDRED", 'D'},
    Named{0x216F, "ROMAN NUMERAL ONE THOUSAND", 'M'},
    Named{0x2212, "MINUS SIGN", '\0'},
    Named{0x3000, "IDEOGRAPHIC SPACE", '\0'},
    Named{0x3164, "HANGUL FILLER", '\0'},
    Named{0xFE58, "SMALL EM DASH", '\0'},
    Named{0xFE63, "SMALL HYPHEN-MINUS", '\0'},
    Named{0xFEFF, "ZERO WIDTH NO-BREAK SPACE", '\0'},
    Named{0xFF0D, "FULLWIDTH HYPHEN-MINUS", '\0'},
    Named{0xFFFD, "REPLACEMENT CHARACTER", '\0'},
};

static_assert(std::is_sorted(kNamed.begin(), kNamed.end(), [](const Named& a, const Named& b) { return a.cp < b.cp; }));

const Named* findNamed(char32_t cp)
{
    const auto it =
        std::lower_bound(kNamed.begin(), kNamed.end(), cp, [](const Named& n, char32_t value) { return n.cp < value; });
    return it != kNamed.end() && it->cp == cp ? &*it : nullptr;
}

/// Abbreviations of U+0000..U+001F.
constexpr std::array<std::string_view, 32> kC0{
    "NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL", "BS",  "TAB", "LF",  "VT",  "FF", "CR", "SO", "SI",
    "DLE", "DC1", "DC2", "DC3", "DC4", "NAK", "SYN", "ETB", "CAN", "EM",  "SUB", "ESC", "FS", "GS", "RS", "US"};

std::string hex(char32_t cp)
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "U+%04X", static_cast<unsigned>(cp));
    return buffer;
}

} // namespace

CharKind charKind(char32_t cp)
{
    if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F))
        return CharKind::Control;
    if (cp < 0x7F)
        return CharKind::Plain;
    if (inRanges(kBidi, cp))
        return CharKind::Bidi;
    if (inRanges(kInvisible, cp))
        return CharKind::Invisible;
    if (inRanges(kSpace, cp))
        return CharKind::Space;
    if (inRanges(kDash, cp))
        return CharKind::Dash;
    return CharKind::Plain;
}

std::optional<char> latinLookAlike(char32_t cp)
{
    const Named* named = findNamed(cp);
    if (!named || named->latin == '\0')
        return std::nullopt;
    return named->latin;
}

std::string describeChar(char32_t cp)
{
    if (cp < 0x20)
        return hex(cp) + " " + std::string(kC0[cp]);
    if (cp == 0x7F)
        return hex(cp) + " DEL";
    if (const Named* named = findNamed(cp))
        return hex(cp) + " " + std::string(named->name);
    if (charKind(cp) != CharKind::Plain || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
        return hex(cp);
    std::string out = hex(cp) + " \"";
    appendUtf8(out, cp);
    return out + "\"";
}

} // namespace acu
