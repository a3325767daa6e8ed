#pragma once

// UTF-8 decoding and encoding for the core's text rules and search folding.

#include <string>
#include <string_view>

namespace acu {

/// Decodes UTF-8 into code points, dropping invalid bytes (overlong forms, surrogates, bytes
/// that start or continue no sequence).
[[nodiscard]] std::u32string decodeUtf8(std::string_view text);

/// Appends one code point to out as UTF-8.
void appendUtf8(std::string& out, char32_t cp);

} // namespace acu
