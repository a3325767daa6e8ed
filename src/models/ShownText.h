#pragma once

#include <QString>

namespace acu {

/// A field of catalogue text (or a path, or typed text) made safe to join with others on one
/// line: wrapped in FIRST STRONG ISOLATE ... POP DIRECTIONAL ISOLATE, so that its direction,
/// or a bidi control inside it, cannot reorder the text around it. Isolates the field leaves
/// open are closed, and a stray POP DIRECTIONAL ISOLATE that would close ours is dropped:
/// isolated("\u202Eabc") -> "\u2068\u202Eabc\u2069"; isolated("a\u2069b") -> "\u2068ab\u2069".
[[nodiscard]] QString isolated(const QString& field);

/// Plain text as a tool tip that Qt always reads as rich text, with every character escaped,
/// so markup in it is shown, not interpreted: "<b>x</b> & y" -> "<p style="margin:0">&lt;b&gt;x
/// &lt;/b&gt; &amp; y</p>". Each line becomes a paragraph of its own, so that the direction of
/// one line cannot reorder the next. (Qt guesses a tool tip's format with Qt::mightBeRichText:
/// plain text that starts with a tag would be drawn as markup, and escaped text without a tag
/// would show its entities.)
[[nodiscard]] QString plainToolTip(const QString& text);

} // namespace acu
