#pragma once

// Which characters each kind of catalogue text may hold (docs/catalogue-format.md, "Text and
// characters"). Each check returns the first problem in words, naming the character's code
// point, or nullopt when the text is fine. Pure functions, linear in the text.

#include "core/catalogue/PointTypes.h"

#include <optional>
#include <string>
#include <string_view>

namespace acu {

enum class TextField {
    CodeLabel, ///< a point's code and code-like alias labels: ASCII letters, digits, space, - . _ / , '
    Name,      ///< English names and name aliases: Latin letters with accents, digits, space, ' ’ - – . , ( )
    Pinyin,    ///< Latin letters with tone marks, space, apostrophe, hyphen
    Hanzi,     ///< CJK unified ideographs only
    Line,      ///< one line of prose: printable text, no controls, line breaks, bidi or invisible characters
    Paragraph, ///< like Line, and line feeds (U+000A) may separate paragraphs
};

/// The field kind of an alias label: `name` aliases are names, every other scheme is code-like.
[[nodiscard]] TextField aliasLabelField(AliasScheme scheme);

/// The first character the field may not hold, or blank text (only spaces), in words.
/// Empty text is fine here; whether a field may be empty is the reader's rule.
[[nodiscard]] std::optional<std::string> textProblem(std::string_view text, TextField field);

/// text with every control, bidirectional, invisible and non-ASCII space character written
/// as its code point, "<U+202E>", so that a message can quote any text safely.
[[nodiscard]] std::string visibleText(std::string_view text);

/// A source address: printable ASCII only, http:// or https:// (any case), a host, no user
/// name or password before the host, a numeric port. Empty is fine (the field is optional).
[[nodiscard]] std::optional<std::string> urlProblem(std::string_view url);

} // namespace acu
