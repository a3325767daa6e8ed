#pragma once

// Folding of what people type into comparable keys. All functions take and return UTF-8;
// invalid UTF-8 bytes are dropped, never an error.

#include <string>
#include <string_view>
#include <unordered_map>

namespace acu {

/// Maps traditional Chinese characters to simplified ones, one code point each.
using HanziMap = std::unordered_map<char32_t, char32_t>;

/// Folds text for comparison:
/// - full-width forms become ASCII ("ＢＬ５２" -> "bl52"), the ideographic space a space;
/// - letters lose tone marks and case ("Zhìshì" -> "zhishi", "Lǚ" -> "lu");
/// - curly quotes and apostrophes, dashes, dots, hyphens, underscores and spaces are removed
///   ("Will’s Chamber" -> "willschamber", "BL–52" -> "bl52"); every Unicode space and dash
///   form counts as a space or hyphen (see core/text/CharacterClass.h);
/// - what cannot be seen is dropped: zero-width characters, soft hyphens, bidirectional
///   controls and control characters ("LI\u200B4" -> "li4", "\aBL52" -> "bl52");
/// - Chinese characters are kept, traditional ones mapped through `traditional`
///   ("腎俞" -> "肾俞" when the map knows 腎).
/// Other punctuation is kept, so that junk stays junk.
[[nodiscard]] std::string foldText(std::string_view text, const HanziMap& traditional = {});

/// Like foldText, but keeps word breaks as single spaces: "Will’s  Chamber" -> "wills chamber".
[[nodiscard]] std::string foldWords(std::string_view text, const HanziMap& traditional = {});

/// Adds to map the character pairs of a traditional spelling and its simplified spelling of
/// the same length ("腎俞", "肾俞" adds 腎 -> 肾).
void learnHanziPairs(std::string_view traditional, std::string_view simplified, HanziMap& map);

/// Number of code points in UTF-8 text.
[[nodiscard]] std::size_t codePointCount(std::string_view text);

} // namespace acu
