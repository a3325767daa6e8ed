#include "core/catalogue/TextRules.h"

#include "core/text/CharacterClass.h"
#include "core/text/Utf8.h"

#include <algorithm>
#include <array>

namespace acu {

namespace {

bool isAsciiLetter(char32_t cp)
{
    return (cp >= U'a' && cp <= U'z') || (cp >= U'A' && cp <= U'Z');
}
bool isAsciiDigit(char32_t cp)
{
    return cp >= U'0' && cp <= U'9';
}
bool isCombiningMark(char32_t cp)
{
    return cp >= 0x300 && cp <= 0x36F;
}

/// Letters of Latin-1 Supplement and Latin Extended-A and -B (U+00C0..U+024F), without
/// the multiplication and division signs.
bool isLatinLetter(char32_t cp)
{
    return isAsciiLetter(cp) || (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7);
}

bool isOneOf(char32_t cp, std::u32string_view set)
{
    return set.find(cp) != std::u32string_view::npos;
}

/// Vowels with the four tone marks, ü with and without them, and ê, in both cases.
constexpr std::u32string_view kPinyinVowels = U"āáǎàĀÁǍÀēéěèĒÉĚÈêÊīíǐìĪÍǏÌōóǒòŌÓǑÒūúǔùŪÚǓÙüǖǘǚǜÜǕǗǙǛ";
/// Combining grave, acute, macron, diaeresis and caron: the tone marks written apart.
constexpr std::u32string_view kPinyinMarks = U"\u0300\u0301\u0304\u0308\u030C";

bool isIdeograph(char32_t cp)
{
    return (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x20000 && cp <= 0x2A6DF) ||
           (cp >= 0x2A700 && cp <= 0x2EBEF) || (cp >= 0x30000 && cp <= 0x323AF);
}

bool isCompatibilityIdeograph(char32_t cp)
{
    return (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x2F800 && cp <= 0x2FA1F);
}

/// Private use characters and noncharacters: no two fonts show them alike.
bool isUnshowable(char32_t cp)
{
    return (cp >= 0xE000 && cp <= 0xF8FF) || cp >= 0xF0000 || (cp >= 0xFDD0 && cp <= 0xFDEF) ||
           (cp & 0xFFFE) == 0xFFFE || (cp >= 0xFFF9 && cp <= 0xFFFC);
}

/// The spaces prose may hold: the plain one and the two no-break ones that keep a number
/// with its unit.
bool isProseSpace(char32_t cp)
{
    return cp == U' ' || cp == 0x00A0 || cp == 0x202F;
}

/// Visible characters: letters, digits, punctuation, dashes of every form, symbols.
bool isPrintable(char32_t cp)
{
    const CharKind kind = charKind(cp);
    return (kind == CharKind::Plain || kind == CharKind::Dash) && !isUnshowable(cp) && cp != 0xFFFD;
}

/// Whether field may hold cp; afterLetter: the previous character was a letter or a mark.
bool allowed(TextField field, char32_t cp, bool afterLetter)
{
    switch (field) {
    case TextField::CodeLabel:
        return isAsciiLetter(cp) || isAsciiDigit(cp) || isOneOf(cp, U" -._/,'");
    case TextField::Name:
        return isLatinLetter(cp) || isAsciiDigit(cp) || isOneOf(cp, U" '-.,()\u2019\u2013") ||
               (afterLetter && isCombiningMark(cp));
    case TextField::Pinyin:
        return isAsciiLetter(cp) || isOneOf(cp, kPinyinVowels) || isOneOf(cp, U" '-\u2019") ||
               (afterLetter && isOneOf(cp, kPinyinMarks));
    case TextField::Hanzi:
        return isIdeograph(cp);
    case TextField::Line:
        return isPrintable(cp) || isProseSpace(cp);
    case TextField::Paragraph:
        return isPrintable(cp) || isProseSpace(cp) || cp == U'\n';
    }
    return false;
}

bool latinOnly(TextField field)
{
    return field == TextField::CodeLabel || field == TextField::Name || field == TextField::Pinyin;
}

/// Why cp is refused, as a predicate after its description: "looks like Latin B".
std::string why(char32_t cp, bool latinField)
{
    if (latinField) {
        if (const auto latin = latinLookAlike(cp))
            return std::string("looks like Latin ") + *latin;
    }
    if (cp == U'\n' || cp == U'\r' || cp == 0x2028 || cp == 0x2029)
        return "is a line break";
    if (cp == U' ')
        return "is a space";
    switch (charKind(cp)) {
    case CharKind::Control:
        return "is a control character";
    case CharKind::Bidi:
        return "is a bidirectional control, which can reorder the text around it";
    case CharKind::Invisible:
        return "is an invisible character";
    case CharKind::Space:
        return "is not a plain space";
    case CharKind::Dash:
        return "is not a hyphen-minus";
    case CharKind::Plain:
        break;
    }
    if (isCompatibilityIdeograph(cp))
        return "is a CJK compatibility ideograph, which looks like a unified ideograph but is another character";
    if (cp == 0xFFFD)
        return "is the replacement character, a sign the text was damaged when it was converted";
    if (isUnshowable(cp))
        return "is a private-use character or a noncharacter, which no two fonts show alike";
    return "is not allowed here";
}

std::string advice(TextField field, char32_t cp)
{
    switch (field) {
    case TextField::CodeLabel:
        return "a code-like label takes ASCII letters, digits, spaces and - . _ / , ' only";
    case TextField::Name:
        return "a name takes Latin letters (accents allowed), digits, spaces and ' \u2019 - \u2013 . , ( ) only";
    case TextField::Pinyin:
        return "pinyin takes Latin letters with tone marks, spaces, apostrophes and hyphens only";
    case TextField::Hanzi:
        return "this field takes Chinese characters (CJK ideographs) only";
    case TextField::Line:
    case TextField::Paragraph:
        break;
    }
    if (charKind(cp) == CharKind::Space)
        return "write a plain space, or U+00A0 NO-BREAK SPACE to keep two words together";
    if (field == TextField::Line)
        return "one-line text takes printable characters and spaces only: no control characters, line breaks, "
               "bidirectional controls or invisible characters";
    return "text takes printable characters, spaces and line feeds only: no other control characters, "
           "bidirectional controls or invisible characters";
}

std::string characterProblem(char32_t cp, std::size_t index, const std::string& predicate, const std::string& advice)
{
    return describeChar(cp) + " " + predicate + " (character " + std::to_string(index + 1) + "): " + advice;
}

std::string lower(std::string_view text)
{
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; });
    return out;
}

bool allOf(std::string_view text, std::string_view allowedChars)
{
    return text.find_first_not_of(allowedChars) == std::string_view::npos;
}

std::optional<std::string> hostProblem(std::string_view authority)
{
    if (authority.find('@') != std::string_view::npos)
        return "must not hold a user name or password before the host (user@host): such an address shows one "
               "site and opens another";
    std::string_view host = authority;
    std::string_view port;
    bool bracketed = false;
    if (host.starts_with('[')) {
        const auto close = host.find(']');
        if (close == std::string_view::npos)
            return "has a host that opens with [ but does not close it";
        port = host.substr(close + 1);
        host = host.substr(1, close - 1);
        bracketed = true;
        if (!port.empty() && !port.starts_with(':'))
            return "has text after the bracketed host where a port should be";
        if (!port.empty())
            port.remove_prefix(1);
    } else if (const auto colon = host.rfind(':'); colon != std::string_view::npos) {
        port = host.substr(colon + 1);
        host = host.substr(0, colon);
    }
    if (host.empty())
        return "has no host: write the site after the scheme, as in https://example.org/page";
    constexpr std::string_view kDigits = "0123456789";
    constexpr std::string_view kHex = "0123456789abcdefABCDEF:.";
    constexpr std::string_view kName = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-.";
    if (bracketed ? !allOf(host, kHex) : !allOf(host, kName))
        return "has the host \"" + std::string(host) +
               "\", which may hold only letters, digits, hyphens and dots (or an IPv6 address in brackets)";
    if (!port.empty() && (!allOf(port, kDigits) || port.size() > 5 || std::stoi(std::string(port)) > 65535))
        return "has the port \"" + std::string(port) + "\", which is not a number from 0 to 65535";
    return std::nullopt;
}

} // namespace

TextField aliasLabelField(AliasScheme scheme)
{
    return scheme == AliasScheme::Name ? TextField::Name : TextField::CodeLabel;
}

namespace {

/// Whether prose is printable ASCII (line feeds too, in a paragraph) with at least one character
/// other than a space: such text passes every rule of a line or paragraph. Most of the
/// catalogue's text is, and the check spares it decoding, a third of loading's text checks.
bool plainAsciiProse(std::string_view text, TextField field)
{
    if (field != TextField::Line && field != TextField::Paragraph)
        return false;
    const bool lineFeeds = field == TextField::Paragraph;
    bool blank = true;
    for (const char c : text) {
        if (c == '\n' && lineFeeds)
            continue;
        if (c < ' ' || c > '~')
            return false;
        blank = blank && c == ' ';
    }
    return !blank;
}

} // namespace

std::optional<std::string> textProblem(std::string_view text, TextField field)
{
    if (plainAsciiProse(text, field))
        return std::nullopt;
    const std::u32string decoded = decodeUtf8(text);
    bool afterLetter = false;
    bool blank = true;
    for (std::size_t i = 0; i < decoded.size(); ++i) {
        const char32_t cp = decoded[i];
        if (!allowed(field, cp, afterLetter))
            return characterProblem(cp, i, why(cp, latinOnly(field)), advice(field, cp));
        afterLetter = isLatinLetter(cp) || isOneOf(cp, kPinyinVowels) || (afterLetter && isCombiningMark(cp));
        blank = blank && (isProseSpace(cp) || cp == U'\n');
    }
    if (!decoded.empty() && blank)
        return std::string("must not be blank: it holds only spaces");
    return std::nullopt;
}

std::string visibleText(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (const char32_t cp : decodeUtf8(text)) {
        const CharKind kind = charKind(cp);
        if (kind == CharKind::Plain || kind == CharKind::Dash)
            appendUtf8(out, cp);
        else {
            const std::string described = describeChar(cp); // "U+202E RIGHT-TO-LEFT OVERRIDE"
            out += "<" + described.substr(0, described.find(' ')) + ">";
        }
    }
    return out;
}

std::optional<std::string> urlProblem(std::string_view url)
{
    if (url.empty())
        return std::nullopt;
    const std::u32string decoded = decodeUtf8(url);
    for (std::size_t i = 0; i < decoded.size(); ++i) {
        const char32_t cp = decoded[i];
        if (cp > U' ' && cp < 0x7F && !isOneOf(cp, U"\"<>\\`"))
            continue;
        std::string predicate = why(cp, true);
        if (charKind(cp) == CharKind::Bidi)
            predicate = "is a bidirectional control, which can make an address show one site and open another";
        else if (predicate == "is not a plain space")
            predicate = "is a space";
        else if (predicate == "is not allowed here")
            predicate = "is not allowed in an address";
        return characterProblem(cp, i, predicate,
                                "an address takes printable ASCII only, without spaces, quotes, angle brackets or "
                                "backslashes; percent-encode anything else (%20 for a space)");
    }
    const std::string scheme = lower(url.substr(0, std::min<std::size_t>(url.size(), 8)));
    std::size_t afterScheme = 0;
    if (scheme.starts_with("https://"))
        afterScheme = 8;
    else if (scheme.starts_with("http://"))
        afterScheme = 7;
    else
        return std::string("must be an http:// or https:// address");
    const std::string_view rest = url.substr(afterScheme);
    return hostProblem(rest.substr(0, rest.find_first_of("/?#")));
}

} // namespace acu
