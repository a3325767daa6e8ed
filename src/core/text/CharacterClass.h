#pragma once

// What kind of character a code point is, for the catalogue's text rules and the search's
// folding, so that both treat invisible characters, odd spaces and dash forms alike.

#include <optional>
#include <string>

namespace acu {

enum class CharKind {
    Plain,     ///< anything not below
    Control,   ///< C0 controls (tab and line breaks included), DEL, C1 controls
    Bidi,      ///< bidirectional marks, embeddings, overrides and isolates
    Invisible, ///< zero-width characters, soft hyphens, joiners, fillers, variation selectors
    Space,     ///< a space other than U+0020: no-break, thin, em, ideographic, line separators
    Dash,      ///< a hyphen or dash other than U+002D: en dash, minus sign, small and full-width forms
};

/// The kind of one code point.
[[nodiscard]] CharKind charKind(char32_t cp);

/// The Latin letter or digit a Cyrillic, Greek or Roman-numeral character looks like
/// (U+0412 CYRILLIC CAPITAL LETTER VE looks like 'B'), or nullopt.
[[nodiscard]] std::optional<char> latinLookAlike(char32_t cp);

/// The code point for a message: "U+202E RIGHT-TO-LEFT OVERRIDE" for the characters this
/// file knows by name (controls, spaces, dashes, invisible and bidirectional characters,
/// look-alikes), otherwise the code point and the character itself: "U+4E00 \"一\"".
[[nodiscard]] std::string describeChar(char32_t cp);

} // namespace acu
