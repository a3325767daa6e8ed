#pragma once

#include <QString>

#include <string>

namespace acu {

/// Catalogue text for a rich-text document: escaped, and bidi-isolated (U+2068 FIRST
/// STRONG ISOLATE ... U+2069 POP DIRECTIONAL ISOLATE) so that right-to-left or control
/// text in one field cannot reorder the next. "a<b" -> "\u2068a&lt;b\u2069".
[[nodiscard]] inline QString fieldHtml(const std::string& text)
{
    return QChar(0x2068) + QString::fromStdString(text).toHtmlEscaped() + QChar(0x2069);
}

} // namespace acu
