#include "core/reading/JsonText.h"

#include "core/catalogue/CatalogueLimits.h"
#include "core/catalogue/TextRules.h"
#include "core/reading/JsonObjectReader.h"

#include <algorithm>

namespace acu::reading {

namespace {

/// "line 3, column 14" for byte offsets (0-based) into text; columns count characters.
/// Offsets asked for in ascending order cost one pass over the text in all.
class LineCounter final {
public:
    explicit LineCounter(std::string_view text)
        : m_text(text)
    {
    }

    std::string at(std::size_t offset)
    {
        offset = std::min(offset, m_text.size());
        if (offset < m_offset) {
            m_offset = 0;
            m_line = 1;
            m_column = 1;
        }
        for (; m_offset < offset; ++m_offset) {
            const auto byte = static_cast<unsigned char>(m_text[m_offset]);
            if (byte == '\n') {
                ++m_line;
                m_column = 1;
            } else if ((byte & 0xC0) != 0x80) {
                ++m_column;
            }
        }
        return "line " + std::to_string(m_line) + ", column " + std::to_string(m_column);
    }

private:
    std::string_view m_text;
    std::size_t m_offset = 0;
    std::size_t m_line = 1;
    std::size_t m_column = 1;
};

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

/// Turns nlohmann's parse message into words for a catalogue author. atEnd: the parser
/// stopped at the end of the text.
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

/// Builds the document as nlohmann's own DOM parser does, and in passing notes every key
/// that its object already holds (the DOM would silently keep only the last one), the JSON
/// pointer of that object, and where and why parsing stopped.
class DomBuilder final {
public:
    static constexpr std::size_t kMaxListedDuplicates = 100;

    struct Duplicate {
        std::size_t keyIndex; ///< how many keys came before it in the document
        std::string key;
        std::string object; ///< JSON pointer of the object holding it
    };
    struct Stop {
        std::size_t position; ///< bytes read when the parser stopped
        std::string lastToken;
        int id; ///< nlohmann's exception id: 1xx syntax, 406 number overflow
        std::string what;
    };

    explicit DomBuilder(Json& root)
        : m_root(root)
    {
    }

    bool null() { return add(nullptr) != nullptr; }
    bool boolean(bool value) { return add(value) != nullptr; }
    bool number_integer(Json::number_integer_t value) { return add(value) != nullptr; }
    bool number_unsigned(Json::number_unsigned_t value) { return add(value) != nullptr; }
    bool number_float(Json::number_float_t value, const Json::string_t& /*raw*/) { return add(value) != nullptr; }
    bool string(Json::string_t& value) { return add(std::move(value)) != nullptr; }
    bool binary(Json::binary_t& /*value*/) { return false; } // JSON text holds none
    bool start_object(std::size_t /*size*/) { return open(Json::value_t::object); }
    bool start_array(std::size_t /*size*/) { return open(Json::value_t::array); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }

    bool key(Json::string_t& key)
    {
        // One look-up finds the key's place, new or already there (a duplicate's value then
        // replaces the first one's, as in nlohmann's DOM).
        const auto [slot, added] = m_stack.back()->get_ref<Json::object_t&>().try_emplace(key);
        if (!added && m_duplicateCount++ <= kMaxListedDuplicates)
            m_duplicates.push_back({m_keyCount, key, pointer()});
        ++m_keyCount;
        m_element = &slot->second;
        m_lastKey = key;
        return true;
    }

    bool parse_error(std::size_t position, const std::string& lastToken, const Json::exception& e)
    {
        m_stop = Stop{position, lastToken, e.id, e.what()};
        return false;
    }

    /// At most kMaxListedDuplicates + 1, so that a flood of them costs little memory.
    [[nodiscard]] const std::vector<Duplicate>& duplicates() const { return m_duplicates; }
    [[nodiscard]] std::size_t duplicateCount() const { return m_duplicateCount; }
    [[nodiscard]] const std::optional<Stop>& stop() const { return m_stop; }

private:
    template <typename Value> Json* add(Value&& value)
    {
        if (m_stack.empty()) {
            m_root = Json(std::forward<Value>(value));
            return &m_root;
        }
        Json& parent = *m_stack.back();
        if (parent.is_array()) {
            parent.emplace_back(std::forward<Value>(value));
            return &parent.back();
        }
        *m_element = Json(std::forward<Value>(value));
        return m_element;
    }

    bool open(Json::value_t type)
    {
        std::string token;
        if (!m_stack.empty())
            token = m_stack.back()->is_array() ? std::to_string(m_stack.back()->size()) : pointerToken(m_lastKey);
        m_stack.push_back(add(type));
        m_tokens.push_back(std::move(token));
        return true;
    }

    bool close()
    {
        m_stack.pop_back();
        m_tokens.pop_back();
        return true;
    }

    /// The JSON pointer of the innermost open object or array.
    [[nodiscard]] std::string pointer() const
    {
        std::string out;
        for (std::size_t i = 1; i < m_tokens.size(); ++i)
            out += "/" + m_tokens[i];
        return out;
    }

    Json& m_root;
    std::vector<Json*> m_stack;
    std::vector<std::string> m_tokens; ///< each open value's token in its parent's pointer
    Json* m_element = nullptr;         ///< where the value after the last key goes
    std::string m_lastKey;
    std::size_t m_keyCount = 0;
    std::vector<Duplicate> m_duplicates;
    std::size_t m_duplicateCount = 0;
    std::optional<Stop> m_stop;
};

/// Byte offsets of the keys with the given indexes (ascending; the index counts keys in
/// document order), found by one scan of text that the parser has accepted.
std::vector<std::size_t> keyOffsets(std::string_view text, const std::vector<std::size_t>& indexes)
{
    std::vector<std::size_t> out;
    std::vector<char> open;
    bool expectKey = false;
    std::size_t keyIndex = 0;
    for (std::size_t i = 0; i < text.size() && out.size() < indexes.size(); ++i) {
        const char c = text[i];
        if (c == '"') {
            if (expectKey && !open.empty() && open.back() == '{') {
                if (keyIndex == indexes[out.size()])
                    out.push_back(i);
                ++keyIndex;
            }
            for (++i; i < text.size() && text[i] != '"'; ++i) {
                if (text[i] == '\\')
                    ++i;
            }
            expectKey = false;
        } else if (c == '{' || c == '[') {
            open.push_back(c);
            expectKey = c == '{';
        } else if (c == '}' || c == ']') {
            if (!open.empty())
                open.pop_back();
            expectKey = false;
        } else if (c == ',') {
            expectKey = !open.empty() && open.back() == '{';
        } else if (c == ':') {
            expectKey = false;
        }
    }
    return out;
}


/// A document saved as UTF-16 or UTF-32, told by its byte-order mark or, without one, by
/// the zero bytes around the ASCII character every JSON text starts with.
std::optional<std::string> encodingProblem(std::string_view text, const std::string& noun)
{
    const auto zero = [&](std::size_t i) { return i < text.size() && text[i] == '\0'; };
    const bool four = text.size() >= 4;
    if (text.starts_with(std::string_view("\0\0\xFE\xFF", 4)) || text.starts_with(std::string_view("\xFF\xFE\0\0", 4)))
        return "the " + noun + " is encoded as UTF-32; save it as UTF-8";
    if (text.starts_with("\xFF\xFE") || text.starts_with("\xFE\xFF"))
        return "the " + noun + " is encoded as UTF-16; save it as UTF-8";
    if (four && ((zero(0) && zero(1) && zero(2) && !zero(3)) || (!zero(0) && zero(1) && zero(2) && zero(3))))
        return "the " + noun + " is encoded as UTF-32 without a byte-order mark (three bytes in four are zero); save "
               "it as UTF-8";
    const bool utf16 = four ? (zero(0) != zero(1) && zero(2) == zero(0) && zero(3) == zero(1))
                            : (text.size() >= 2 && zero(0) != zero(1));
    if (utf16)
        return "the " + noun + " is encoded as UTF-16 without a byte-order mark (every other byte is zero); save it "
               "as UTF-8";
    return std::nullopt;
}

bool isBlank(std::string_view text)
{
    return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

} // namespace

std::string lineColumn(std::string_view text, std::size_t offset)
{
    return LineCounter(text).at(offset);
}

std::optional<nlohmann::json> parseJsonText(std::string_view text, const DocumentWords& words, CatalogueErrors& errors)
{
    const std::string noun(words.noun);
    if (isBlank(text)) {
        errors.push_back({"line 1, column 1", "the " + noun + " is empty: expected a JSON object"});
        return std::nullopt;
    }
    if (const auto problem = encodingProblem(text, noun)) {
        errors.push_back({"line 1, column 1", *problem});
        return std::nullopt;
    }
    if (const auto at = tooDeepAt(text)) {
        errors.push_back({lineColumn(text, *at), "objects and arrays nest more than " +
                                                     std::to_string(limits::kMaxNestingDepth) + " levels deep; a " +
                                                     noun + " needs at most " + std::to_string(words.depthNeeded)});
        return std::nullopt;
    }
    Json root;
    DomBuilder builder(root);
    if (!Json::sax_parse(text, &builder) || builder.stop()) {
        const auto stop = builder.stop().value_or(DomBuilder::Stop{text.size(), "", 0, "the parser stopped"});
        if (stop.id == 406) {
            // A number beyond the double range ("1e400"); the token ends where the parser stopped.
            const std::size_t start = stop.position - std::min(stop.position, stop.lastToken.size());
            errors.push_back({lineColumn(text, start), "the number " + stop.lastToken +
                                                           " is too large to read: no number may go beyond about "
                                                           "1.8e308, and whole numbers in a " +
                                                           noun + " must lie within 32 bits (at most 2147483647)"});
            return std::nullopt;
        }
        const std::size_t offset = stop.position > 0 ? stop.position - 1 : 0;
        const bool atEnd = stop.position >= text.size();
        errors.push_back({lineColumn(text, offset), syntaxMessage(stop.what, atEnd)});
        return std::nullopt;
    }
    if (!builder.duplicates().empty()) {
        std::vector<std::size_t> indexes;
        for (const auto& duplicate : builder.duplicates())
            indexes.push_back(duplicate.keyIndex);
        const auto offsets = keyOffsets(text, indexes);
        LineCounter lines(text);
        for (std::size_t i = 0; i < builder.duplicates().size(); ++i) {
            const auto& duplicate = builder.duplicates()[i];
            const std::string where = i < offsets.size() ? lines.at(offsets[i]) : "";
            if (i == DomBuilder::kMaxListedDuplicates) {
                errors.push_back({where, std::to_string(builder.duplicateCount() - i) +
                                             " more duplicate keys from here on are not listed"});
                break;
            }
            const std::string object = duplicate.object.empty() ? "the top-level object (/)"
                                                                : "the object at " + visibleText(duplicate.object);
            errors.push_back({where, "duplicate key \"" + visibleText(duplicate.key) + "\" in " + object +
                                         ": a key may appear only once in an object (otherwise only the last "
                                         "would count, silently)"});
        }
        return std::nullopt;
    }
    return root;
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
