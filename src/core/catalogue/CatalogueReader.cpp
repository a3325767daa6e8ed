#include "core/catalogue/CatalogueReader.h"

#include "core/catalogue/CatalogueLimits.h"
#include "core/catalogue/EnumNames.h"
#include "core/catalogue/TextRules.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>
#include <sstream>

namespace acu {

namespace {

using Json = nlohmann::json;

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

std::string lineColumn(std::string_view text, std::size_t offset)
{
    return LineCounter(text).at(offset);
}

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

std::string pointerToken(std::string_view key)
{
    std::string out;
    for (char c : key) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
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
        Json& object = *m_stack.back();
        if (object.contains(key) && m_duplicateCount++ <= kMaxListedDuplicates)
            m_duplicates.push_back({m_keyCount, key, pointer()});
        ++m_keyCount;
        m_element = &object[key];
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

/// A catalogue saved as UTF-16 or UTF-32, told by its byte-order mark or, without one, by
/// the zero bytes around the ASCII character every JSON text starts with.
std::optional<std::string> encodingProblem(std::string_view text)
{
    const auto zero = [&](std::size_t i) { return i < text.size() && text[i] == '\0'; };
    const bool four = text.size() >= 4;
    if (text.starts_with(std::string_view("\0\0\xFE\xFF", 4)) || text.starts_with(std::string_view("\xFF\xFE\0\0", 4)))
        return "the catalogue is encoded as UTF-32; save it as UTF-8";
    if (text.starts_with("\xFF\xFE") || text.starts_with("\xFE\xFF"))
        return "the catalogue is encoded as UTF-16; save it as UTF-8";
    if (four && ((zero(0) && zero(1) && zero(2) && !zero(3)) || (!zero(0) && zero(1) && zero(2) && zero(3))))
        return "the catalogue is encoded as UTF-32 without a byte-order mark (three bytes in four are zero); save "
               "it as UTF-8";
    const bool utf16 = four ? (zero(0) != zero(1) && zero(2) == zero(0) && zero(3) == zero(1))
                            : (text.size() >= 2 && zero(0) != zero(1));
    if (utf16)
        return "the catalogue is encoded as UTF-16 without a byte-order mark (every other byte is zero); save it "
               "as UTF-8";
    return std::nullopt;
}

std::string typeName(const Json& value)
{
    switch (value.type()) {
    case Json::value_t::object:
        return "an object";
    case Json::value_t::array:
        return "an array";
    case Json::value_t::string:
        return "a string";
    case Json::value_t::boolean:
        return "true or false";
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
        return "a whole number";
    case Json::value_t::number_float:
        return "a number with a fraction";
    case Json::value_t::null:
        return "null";
    default:
        return "an unusual value";
    }
}

/// Reads the fields of one JSON object, remembering which ones were read so that the rest
/// can be reported as unknown. Every problem becomes an error at the field's JSON pointer.
class ObjectReader final {
public:
    ObjectReader(const Json& value, std::string pointer, CatalogueErrors& errors)
        : m_value(value)
        , m_pointer(std::move(pointer))
        , m_errors(errors)
    {
        if (!m_value.is_object())
            error(m_pointer.empty() ? "/" : m_pointer, "must be an object, found " + typeName(m_value));
    }
    ObjectReader(const ObjectReader&) = delete;
    ObjectReader& operator=(const ObjectReader&) = delete;

    [[nodiscard]] bool isObject() const { return m_value.is_object(); }

    /// Reports fields that were not read. Call after reading every known field.
    void rejectUnknownFields()
    {
        if (!isObject())
            return;
        for (const auto& [key, value] : m_value.items()) {
            if (!m_known.contains(key))
                error(childPointer(key),
                      "unknown field \"" + visibleText(key) + "\" (allowed here: " + knownList() + ")");
        }
    }

    std::string string(const std::string& key, bool required)
    {
        const Json* value = field(key, required);
        if (!value)
            return {};
        if (!value->is_string()) {
            error(childPointer(key), "must be a string, found " + typeName(*value));
            return {};
        }
        auto text = value->get<std::string>();
        if (text.size() > limits::kMaxStringBytes) {
            error(childPointer(key), "text is " + std::to_string(text.size()) + " bytes long; the limit is " +
                                         std::to_string(limits::kMaxStringBytes));
            return {};
        }
        if (required && text.empty())
            error(childPointer(key), "must not be empty");
        return text;
    }

    /// A string field that must also keep to the characters of its kind (TextRules.h).
    std::string text(const std::string& key, bool required, TextField kind)
    {
        std::string value = string(key, required);
        checkText(key, value, kind);
        return value;
    }

    /// Checks a field already read, for fields whose kind depends on another field.
    void checkText(const std::string& key, const std::string& value, TextField kind)
    {
        if (value.empty())
            return;
        if (const auto problem = textProblem(value, kind))
            error(childPointer(key), *problem);
    }

    std::optional<long long> integer(const std::string& key, bool required)
    {
        const Json* value = field(key, required);
        if (!value)
            return std::nullopt;
        if (value->is_number_float()) {
            // 1.0, 1e2 and integers too long for 64 bits arrive as floating-point numbers.
            const auto number = value->get<double>();
            if (std::isfinite(number) && number == std::floor(number)) {
                if (number > std::numeric_limits<int>::max())
                    error(childPointer(key), "number is too large");
                else if (number < std::numeric_limits<int>::min())
                    error(childPointer(key), "number is too small");
                else
                    error(childPointer(key), "must be written " + std::to_string(static_cast<long long>(number)) +
                                                 ": a whole number has no decimal point or exponent");
                return std::nullopt;
            }
        }
        if (value->is_number_unsigned()) {
            const auto number = value->get<unsigned long long>();
            if (number > static_cast<unsigned long long>(std::numeric_limits<int>::max())) {
                error(childPointer(key), "number is too large");
                return std::nullopt;
            }
            return static_cast<long long>(number);
        }
        if (value->is_number_integer()) {
            const auto number = value->get<long long>();
            if (number < std::numeric_limits<int>::min()) {
                error(childPointer(key), "number is too small");
                return std::nullopt;
            }
            return number;
        }
        error(childPointer(key), "must be a whole number, found " + typeName(*value));
        return std::nullopt;
    }

    std::optional<double> number(const std::string& key, bool required)
    {
        const Json* value = field(key, required);
        if (!value)
            return std::nullopt;
        if (!value->is_number()) {
            error(childPointer(key), "must be a number, found " + typeName(*value));
            return std::nullopt;
        }
        const auto result = value->get<double>();
        if (!std::isfinite(result)) {
            error(childPointer(key), "must be a finite number");
            return std::nullopt;
        }
        return result;
    }

    bool boolean(const std::string& key)
    {
        const Json* value = field(key, false);
        if (!value)
            return false;
        if (!value->is_boolean()) {
            error(childPointer(key), "must be true or false, found " + typeName(*value));
            return false;
        }
        return value->get<bool>();
    }

    template <typename E> E enumeration(const std::string& key, E fallback)
    {
        const Json* value = field(key, true);
        if (!value)
            return fallback;
        if (!value->is_string()) {
            error(childPointer(key), "must be one of " + enumNames<E>() + ", found " + typeName(*value));
            return fallback;
        }
        const auto word = value->get<std::string>();
        const auto parsed = parseEnum<E>(word);
        if (!parsed) {
            error(childPointer(key), "\"" + word + "\" is not one of " + enumNames<E>());
            return fallback;
        }
        return *parsed;
    }

    /// Calls read(element, pointer) for each element of an array field.
    template <typename Read> void array(const std::string& key, bool required, bool nonEmpty, Read&& read)
    {
        const Json* value = field(key, required);
        if (!value)
            return;
        const std::string pointer = childPointer(key);
        if (!value->is_array()) {
            error(pointer, "must be an array, found " + typeName(*value));
            return;
        }
        if (nonEmpty && value->empty())
            error(pointer, "must list at least one entry");
        std::size_t index = 0;
        for (const auto& element : *value)
            read(element, pointer + "/" + std::to_string(index++));
    }

    /// An array of ids, each a code-like label (TextRules.h).
    std::vector<std::string> strings(const std::string& key, bool required, bool nonEmpty)
    {
        std::vector<std::string> out;
        array(key, required, nonEmpty, [&](const Json& element, const std::string& pointer) {
            if (!element.is_string()) {
                error(pointer, "must be a string, found " + typeName(element));
                return;
            }
            const auto& id = element.get_ref<const std::string&>();
            if (id.empty())
                error(pointer, "must not be empty");
            else if (const auto problem = textProblem(id, TextField::CodeLabel))
                error(pointer, *problem);
            else
                out.push_back(id);
        });
        return out;
    }

    /// Reads a nested object field with its own reader.
    template <typename Read> void object(const std::string& key, bool required, Read&& read)
    {
        if (const Json* value = field(key, required))
            read(*value, childPointer(key));
    }

    [[nodiscard]] const std::string& pointer() const { return m_pointer; }

    void error(const std::string& where, std::string what) { m_errors.push_back({where, std::move(what)}); }

private:
    const Json* field(const std::string& key, bool required)
    {
        m_known.insert(key);
        if (!isObject())
            return nullptr;
        const auto it = m_value.find(key);
        if (it == m_value.end()) {
            if (required)
                error(m_pointer.empty() ? "/" : m_pointer, "missing required field \"" + key + "\"");
            return nullptr;
        }
        return &*it;
    }

    [[nodiscard]] std::string childPointer(std::string_view key) const { return m_pointer + "/" + pointerToken(key); }

    [[nodiscard]] std::string knownList() const
    {
        std::string out;
        for (const auto& key : m_known) {
            if (!out.empty())
                out += ", ";
            out += key;
        }
        return out;
    }

    const Json& m_value;
    std::string m_pointer;
    CatalogueErrors& m_errors;
    std::set<std::string> m_known;
};

constexpr bool kRequired = true;
constexpr bool kOptional = false;
constexpr bool kNonEmpty = true;
constexpr bool kMayBeEmpty = false;

/// Reads an array of objects of one kind into out, one reader call per element.
template <typename T, typename Read>
void readList(ObjectReader& parent, const std::string& key, bool required, bool nonEmpty, std::vector<T>& out,
              CatalogueErrors& errors, Read&& read)
{
    parent.array(key, required, nonEmpty, [&](const Json& element, const std::string& pointer) {
        ObjectReader reader(element, pointer, errors);
        T item{};
        read(reader, item);
        reader.rejectUnknownFields();
        out.push_back(std::move(item));
    });
}

void readClaim(ObjectReader& r, Claim& claim)
{
    claim.text = r.text("text", kRequired, TextField::Paragraph);
    claim.sources = r.strings("sources", kRequired, kNonEmpty);
}

void readSource(ObjectReader& r, Source& source)
{
    source.id = r.text("id", kRequired, TextField::CodeLabel);
    source.kind = r.enumeration("kind", SourceKind::Article);
    source.title = r.text("title", kRequired, TextField::Line);
    source.author = r.text("author", kOptional, TextField::Line);
    source.site = r.text("site", kOptional, TextField::Line);
    source.date = r.text("date", kOptional, TextField::Line);
    source.url = r.string("url", kOptional); // checked by the validator: urlProblem
    source.note = r.text("note", kOptional, TextField::Paragraph);
}

void readRegion(ObjectReader& r, Region& region)
{
    region.id = r.text("id", kRequired, TextField::CodeLabel);
    region.name = r.text("name", kRequired, TextField::Line);
}

/// A number as a person writes it: 400, 1.5, 1e+308.
std::string shortNumber(double value)
{
    std::ostringstream out;
    out << value;
    return out.str();
}

/// The optional "sides" of a view: which of the body's sides its drawing shows.
void readViewSides(ObjectReader& r, View& view)
{
    r.array("sides", kOptional, kNonEmpty, [&](const Json& element, const std::string& pointer) {
        if (!element.is_string()) {
            r.error(pointer, "must be one of " + enumNames<Side>() + ", found " + typeName(element));
            return;
        }
        const auto& word = element.get_ref<const std::string&>();
        const auto side = parseEnum<Side>(word);
        if (!side)
            r.error(pointer, "\"" + word + "\" is not one of " + enumNames<Side>());
        else if (std::find(view.sides.begin(), view.sides.end(), *side) != view.sides.end())
            r.error(pointer, "lists side \"" + std::string(enumName(*side)) + "\" twice");
        else
            view.sides.push_back(*side);
    });
}

void readView(ObjectReader& r, View& view)
{
    view.id = r.text("id", kRequired, TextField::CodeLabel);
    view.name = r.text("name", kRequired, TextField::Line);
    const auto readSize = [&r](const char* key) {
        const auto size = r.number(key, kRequired);
        if (size && *size <= 0)
            r.error(r.pointer() + "/" + key, "must be greater than 0");
        else if (size && *size > limits::kMaxViewSize)
            r.error(r.pointer() + "/" + key, "is " + shortNumber(*size) + " units; a view may be at most " +
                                                 shortNumber(limits::kMaxViewSize) + " units");
        return size.value_or(0);
    };
    view.width = readSize("width");
    view.height = readSize("height");
    readViewSides(r, view);
}

void readNotice(ObjectReader& r, Notice& notice)
{
    notice.id = r.text("id", kRequired, TextField::CodeLabel);
    notice.title = r.text("title", kRequired, TextField::Line);
    notice.text = r.text("text", kRequired, TextField::Paragraph);
    notice.sources = r.strings("sources", kRequired, kNonEmpty);
}

void readNames(const Json& value, const std::string& pointer, Names& names, CatalogueErrors& errors)
{
    ObjectReader r(value, pointer, errors);
    names.pinyin = r.text("pinyin", kRequired, TextField::Pinyin);
    names.hanzi = r.text("hanzi", kRequired, TextField::Hanzi);
    names.hanziTraditional = r.text("hanziTraditional", kOptional, TextField::Hanzi);
    readList(r, "english", kOptional, kMayBeEmpty, names.english, errors, [](ObjectReader& e, EnglishName& name) {
        name.text = e.text("text", kRequired, TextField::Name);
        name.kind = e.enumeration("kind", EnglishNameKind::Translation);
        name.sources = e.strings("sources", kRequired, kNonEmpty);
    });
    r.rejectUnknownFields();
}

/// Reads a range of whole numbers no smaller than lowest: "min" required, "max" optional
/// (absent: no upper bound).
void readRange(ObjectReader& r, int lowest, int& min, std::optional<int>& max)
{
    const auto readBound = [&](const char* key, bool required) -> std::optional<int> {
        const auto value = r.integer(key, required);
        if (!value)
            return required ? std::optional<int>(lowest) : std::nullopt;
        if (*value < lowest) {
            r.error(r.pointer() + "/" + key, "must be at least " + std::to_string(lowest) + ", found " +
                                                  std::to_string(*value));
            return lowest;
        }
        return static_cast<int>(*value);
    };
    min = *readBound("min", kRequired);
    max = readBound("max", kOptional);
}

void readPoint(ObjectReader& r, Point& point, CatalogueErrors& errors)
{
    point.code = r.text("code", kRequired, TextField::CodeLabel);
    point.meridian = r.text("meridian", kRequired, TextField::CodeLabel);
    r.object("names", kRequired,
             [&](const Json& value, const std::string& pointer) { readNames(value, pointer, point.names, errors); });
    readList(r, "aliases", kOptional, kMayBeEmpty, point.aliases, errors, [](ObjectReader& a, Alias& alias) {
        alias.label = a.string("label", kRequired);
        alias.scheme = a.enumeration("scheme", AliasScheme::Who);
        a.checkText("label", alias.label, aliasLabelField(alias.scheme));
        alias.sources = a.strings("sources", kOptional, kMayBeEmpty);
        alias.ambiguous = a.boolean("ambiguous");
        alias.note = a.text("note", kOptional, TextField::Paragraph);
    });
    point.regions = r.strings("regions", kRequired, kNonEmpty);
    point.laterality = r.enumeration("laterality", Laterality::Bilateral);
    readList(r, "location", kRequired, kNonEmpty, point.location, errors, readClaim);
    readList(r, "finding", kOptional, kMayBeEmpty, point.finding, errors, readClaim);
    readList(r, "technique", kOptional, kMayBeEmpty, point.technique, errors, readClaim);
    readList(r, "duration", kOptional, kMayBeEmpty, point.duration, errors, [](ObjectReader& d, Duration& duration) {
        readRange(d, 0, duration.min, duration.max);
        duration.text = d.text("text", kOptional, TextField::Line);
        duration.sources = d.strings("sources", kRequired, kNonEmpty);
    });
    readList(r, "repetitions", kOptional, kMayBeEmpty, point.repetitions, errors,
             [](ObjectReader& d, Repetitions& repetitions) {
                 readRange(d, 1, repetitions.min, repetitions.max);
                 repetitions.text = d.text("text", kOptional, TextField::Line);
                 repetitions.sources = d.strings("sources", kRequired, kNonEmpty);
             });
    readList(r, "appliedBy", kOptional, kMayBeEmpty, point.appliedBy, errors, [](ObjectReader& a, AppliedBy& by) {
        by.who = a.enumeration("who", Helper::Self);
        by.text = a.text("text", kOptional, TextField::Line);
        by.sources = a.strings("sources", kRequired, kNonEmpty);
    });
    readList(r, "indications", kOptional, kMayBeEmpty, point.indications, errors, readClaim);
    readList(r, "cautions", kOptional, kMayBeEmpty, point.cautions, errors, [](ObjectReader& c, Caution& caution) {
        caution.topic = c.enumeration("topic", CautionTopic::General);
        caution.level = c.enumeration("level", CautionLevel::Caution);
        caution.text = c.text("text", kRequired, TextField::Paragraph);
        caution.sources = c.strings("sources", kRequired, kNonEmpty);
    });
    readList(r, "disagreements", kOptional, kMayBeEmpty, point.disagreements, errors,
             [](ObjectReader& d, Disagreement& disagreement) {
                 disagreement.topic = d.enumeration("topic", DisagreementTopic::Location);
                 disagreement.text = d.text("text", kRequired, TextField::Paragraph);
                 disagreement.sources = d.strings("sources", kRequired, kNonEmpty);
             });
    readList(r, "notes", kOptional, kMayBeEmpty, point.notes, errors, [](ObjectReader& n, Note& note) {
        note.kind = n.enumeration("kind", NoteKind::Remark);
        note.text = n.text("text", kRequired, TextField::Paragraph);
        note.sources = n.strings("sources", kRequired, kNonEmpty);
    });
    readList(r, "positions", kRequired, kNonEmpty, point.positions, errors, [](ObjectReader& p, Position& position) {
        position.view = p.text("view", kRequired, TextField::CodeLabel);
        position.x = p.number("x", kRequired).value_or(0);
        position.y = p.number("y", kRequired).value_or(0);
        position.side = p.enumeration("side", Side::Midline);
    });
}

/// A complaint and its point links. An empty sources list is left to the validator, which
/// says that the link is uncited.
void readComplaint(ObjectReader& r, Complaint& complaint, CatalogueErrors& errors)
{
    complaint.id = r.string("id", kRequired);
    complaint.name = r.string("name", kRequired);
    complaint.synonyms = r.strings("synonyms", kOptional, kMayBeEmpty);
    readList(r, "points", kRequired, kNonEmpty, complaint.points, errors, [](ObjectReader& p, ComplaintPoint& link) {
        link.code = p.string("code", kRequired);
        link.sources = p.strings("sources", kRequired, kMayBeEmpty);
    });
}

void readDocument(const Json& root, ReadResult& result)
{
    CatalogueErrors& errors = result.errors;
    CatalogueData& data = result.data;
    ObjectReader r(root, "", errors);
    if (!r.isObject())
        return;
    r.string("$schema", kOptional);
    if (const auto format = r.integer("format", kRequired)) {
        data.format = static_cast<int>(*format);
        if (data.format != 1)
            r.error("/format", "this app reads format 1, found " + std::to_string(data.format));
    }
    readList(r, "sources", kRequired, kNonEmpty, data.sources, errors, readSource);
    readList(r, "regions", kRequired, kNonEmpty, data.regions, errors, readRegion);
    readList(r, "views", kRequired, kNonEmpty, data.views, errors, readView);
    readList(r, "notices", kRequired, kMayBeEmpty, data.notices, errors, readNotice);
    readList(r, "points", kRequired, kMayBeEmpty, data.points, errors,
             [&errors](ObjectReader& p, Point& point) { readPoint(p, point, errors); });
    readList(r, "complaints", kOptional, kMayBeEmpty, data.complaints, errors,
             [&errors](ObjectReader& c, Complaint& complaint) { readComplaint(c, complaint, errors); });
    if (data.points.size() > limits::kMaxPoints)
        r.error("/points", "holds " + std::to_string(data.points.size()) + " points; the limit is " +
                               std::to_string(limits::kMaxPoints));
    r.rejectUnknownFields();
}

bool isBlank(std::string_view text)
{
    return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

} // namespace

ReadResult readCatalogueJson(std::string_view text)
{
    ReadResult result;
    try {
        if (isBlank(text)) {
            result.errors.push_back({"line 1, column 1", "the catalogue is empty: expected a JSON object"});
            return result;
        }
        if (const auto problem = encodingProblem(text)) {
            result.errors.push_back({"line 1, column 1", *problem});
            return result;
        }
        if (const auto at = tooDeepAt(text)) {
            result.errors.push_back({lineColumn(text, *at), "objects and arrays nest more than " +
                                                                std::to_string(limits::kMaxNestingDepth) +
                                                                " levels deep; a catalogue needs at most 6"});
            return result;
        }
        Json root;
        DomBuilder builder(root);
        if (!Json::sax_parse(text, &builder) || builder.stop()) {
            const auto stop = builder.stop().value_or(DomBuilder::Stop{text.size(), "", 0, "the parser stopped"});
            if (stop.id == 406) {
                // A number beyond the double range ("1e400"); the token ends where the parser stopped.
                const std::size_t start = stop.position - std::min(stop.position, stop.lastToken.size());
                result.errors.push_back(
                    {lineColumn(text, start), "the number " + stop.lastToken +
                                                  " is too large to read: no number may go beyond about 1.8e308, and "
                                                  "whole numbers in a catalogue must lie within 32 bits (at most "
                                                  "2147483647)"});
                return result;
            }
            const std::size_t offset = stop.position > 0 ? stop.position - 1 : 0;
            const bool atEnd = stop.position >= text.size();
            result.errors.push_back({lineColumn(text, offset), syntaxMessage(stop.what, atEnd)});
            return result;
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
                    result.errors.push_back({where, std::to_string(builder.duplicateCount() - i) +
                                                        " more duplicate keys from here on are not listed"});
                    break;
                }
                const std::string object = duplicate.object.empty() ? "the top-level object (/)"
                                                                    : "the object at " + visibleText(duplicate.object);
                result.errors.push_back(
                    {where, "duplicate key \"" + visibleText(duplicate.key) + "\" in " + object +
                                ": a key may appear only once in an object (otherwise only the last "
                                "would count, silently)"});
            }
            return result;
        }
        readDocument(root, result);
    } catch (const std::bad_alloc&) {
        result.errors.push_back({"", "not enough memory to read the catalogue"});
    } catch (const std::exception& e) {
        result.errors.push_back({"", std::string("could not read the catalogue: ") + e.what()});
    }
    return result;
}

} // namespace acu
