#include "core/reading/JsonText.h"

#include "core/catalogue/CatalogueLimits.h"

namespace acu::reading {

namespace {

/// Finds the first place where objects and arrays nest deeper than the limit, so that
/// absurdly deep input is refused before it is parsed.
std::optional<std::size_t> tooDeepAt(std::string_view text)
{
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            if (++depth > limits::kMaxNestingDepth)
                return i;
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return std::nullopt;
}

/// Turns nlohmann's parse message into words for an author. atEnd: the parser stopped at
/// the end of the text.
std::string syntaxMessage(const std::string& raw, bool atEnd)
{
    // "[json.exception.parse_error.101] parse error at line 1, column 5: syntax error while
    // parsing value - invalid literal; last read: 'tru,'"
    std::string message = raw;
    if (const auto colon = message.find(": "); colon != std::string::npos && message.starts_with("[json"))
        message = message.substr(colon + 2);
    if (atEnd || message.find("unexpected end of input") != std::string::npos)
        return "the text ends too early (is the file truncated?): " + message;
    if (message.find("ill-formed UTF-8") != std::string::npos)
        return "the text is not valid UTF-8: " + message;
    if (message.find("unexpected string literal") != std::string::npos ||
        message.find("unexpected '{'") != std::string::npos || message.find("unexpected '['") != std::string::npos)
        return message + " (is a comma missing before it?)";
    return message;
}

bool isBlank(std::string_view text)
{
    return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

} // namespace

std::string lineColumn(std::string_view text, std::size_t offset)
{
    offset = std::min(offset, text.size());
    std::size_t line = 1;
    std::size_t column = 1;
    for (std::size_t i = 0; i < offset; ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte == '\n') {
            ++line;
            column = 1;
        } else if ((byte & 0xC0) != 0x80) {
            ++column;
        }
    }
    return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

std::optional<nlohmann::json> parseJsonText(std::string_view text, const DocumentWords& words, CatalogueErrors& errors)
{
    const std::string noun(words.noun);
    if (isBlank(text)) {
        errors.push_back({"line 1, column 1", "the " + noun + " is empty: expected a JSON object"});
        return std::nullopt;
    }
    if (text.starts_with("\xFF\xFE") || text.starts_with("\xFE\xFF")) {
        errors.push_back({"line 1, column 1", "the " + noun + " is encoded as UTF-16; save it as UTF-8"});
        return std::nullopt;
    }
    if (const auto at = tooDeepAt(text)) {
        errors.push_back({lineColumn(text, *at), "objects and arrays nest more than " +
                                                     std::to_string(limits::kMaxNestingDepth) + " levels deep; a " +
                                                     noun + " needs at most " + std::to_string(words.depthNeeded)});
        return std::nullopt;
    }
    try {
        return nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error& e) {
        const std::size_t offset = e.byte > 0 ? e.byte - 1 : 0;
        const bool atEnd = e.byte >= text.size();
        errors.push_back({lineColumn(text, offset), syntaxMessage(e.what(), atEnd)});
        return std::nullopt;
    }
}

void readGuarded(const DocumentWords& words, CatalogueErrors& errors, const std::function<void()>& read)
{
    try {
        read();
    } catch (const std::bad_alloc&) {
        errors.push_back({"", "not enough memory to read the " + std::string(words.noun)});
    } catch (const std::exception& e) {
        errors.push_back({"", "could not read the " + std::string(words.noun) + ": " + e.what()});
    }
}

} // namespace acu::reading
