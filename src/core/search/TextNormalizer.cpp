#include "core/search/TextNormalizer.h"

#include "core/text/CharacterClass.h"
#include "core/text/Utf8.h"

#include <array>
#include <utility>
#include <vector>

namespace acu {

namespace {

using namespace std::string_view_literals;

/// Base letters of U+00C0..U+017F (Latin-1 Supplement letters and Latin Extended-A), lower
/// case; '\0' where the character is not a letter with a plain base.
constexpr std::string_view kLatinBase = "aaaaaaaceeeeiiii"    // C0-CF
                                        "dnooooo\0ouuuuy\0s"  // D0-DF
                                        "aaaaaaaceeeeiiii"    // E0-EF
                                        "dnooooo\0ouuuuy\0y"  // F0-FF
                                        "aaaaaaccccccccdd"    // 100-10F
                                        "ddeeeeeeeeeegggg"    // 110-11F
                                        "gggghhhhiiiiiiii"    // 120-12F
                                        "iiiijjkkklllllll"    // 130-13F
                                        "lllnnnnnnnnnoooo"    // 140-14F
                                        "oooorrrrrrssssss"    // 150-15F
                                        "ssttttttuuuuuuuu"    // 160-16F
                                        "uuuuwwyyyzzzzzzs"sv; // 170-17F

enum class Kind { Keep, Drop, Break };

/// What one code point becomes: the folded character (0 when none) and how it acts.
std::pair<char32_t, Kind> fold(char32_t cp, const HanziMap& traditional)
{
    if (cp >= 0xFF01 && cp <= 0xFF5E) // full-width ASCII
        cp -= 0xFEE0;
    if (cp == 0x3000)
        cp = U' ';
    if (cp >= U'A' && cp <= U'Z')
        return {cp - U'A' + U'a', Kind::Keep};
    if (cp < 0x80) {
        switch (cp) {
        case U' ':
        case U'\t':
        case U'\n':
        case U'\r':
        case U'-':
        case U'.':
        case U'_':
        case U'/':
        case U',':
            return {0, Kind::Break};
        case U'\'':
        case U'"':
        case U'`':
            return {0, Kind::Drop};
        default:
            if (charKind(cp) == CharKind::Control)
                return {0, Kind::Drop};
            return {cp, Kind::Keep};
        }
    }
    if (cp >= 0xC0 && cp <= 0x17F) {
        const char base = kLatinBase[cp - 0xC0];
        if (base != '\0')
            return {static_cast<char32_t>(base), Kind::Keep};
    }
    if (cp >= 0x1CD && cp <= 0x1DC) { // pinyin third tones and ü with tones
        static constexpr std::string_view kPinyin = "aaiioouuuuuuuuuu";
        return {static_cast<char32_t>(kPinyin[cp - 0x1CD]), Kind::Keep};
    }
    if (cp >= 0x300 && cp <= 0x36F) // combining marks
        return {0, Kind::Drop};
    switch (cp) {
    case 0x2018: // ‘ ’ ‚ ‛ “ ” „ ´ ′
    case 0x2019:
    case 0x201A:
    case 0x201B:
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x00B4:
    case 0x2032:
        return {0, Kind::Drop};
    case 0x00B7: // middle dot
    case 0x3001: // 、
    case 0x30FB: // ・
        return {0, Kind::Break};
    default:
        break;
    }
    switch (charKind(cp)) {
    case CharKind::Control: // what cannot be seen cannot tell two labels apart
    case CharKind::Bidi:
    case CharKind::Invisible:
        return {0, Kind::Drop};
    case CharKind::Space: // every space and dash form acts as the ASCII one
    case CharKind::Dash:
        return {0, Kind::Break};
    case CharKind::Plain:
        break;
    }
    if (const auto it = traditional.find(cp); it != traditional.end())
        return {it->second, Kind::Keep};
    return {cp, Kind::Keep};
}

std::string foldImpl(std::string_view text, const HanziMap& traditional, bool keepBreaks)
{
    std::string out;
    out.reserve(text.size());
    bool pendingBreak = false;
    for (const char32_t cp : decodeUtf8(text)) {
        const auto [folded, kind] = fold(cp, traditional);
        if (kind == Kind::Drop)
            continue;
        if (kind == Kind::Break) {
            pendingBreak = keepBreaks && !out.empty();
            continue;
        }
        if (pendingBreak) {
            out += ' ';
            pendingBreak = false;
        }
        appendUtf8(out, folded);
    }
    return out;
}

} // namespace

std::string foldText(std::string_view text, const HanziMap& traditional)
{
    return foldImpl(text, traditional, false);
}

std::string foldWords(std::string_view text, const HanziMap& traditional)
{
    return foldImpl(text, traditional, true);
}

void learnHanziPairs(std::string_view traditional, std::string_view simplified, HanziMap& map)
{
    const std::u32string from = decodeUtf8(traditional);
    const std::u32string to = decodeUtf8(simplified);
    if (from.size() != to.size())
        return;
    for (std::size_t i = 0; i < from.size(); ++i) {
        if (from[i] != to[i])
            map.emplace(from[i], to[i]);
    }
}

std::size_t codePointCount(std::string_view text)
{
    return decodeUtf8(text).size();
}

} // namespace acu
