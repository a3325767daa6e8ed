#include "core/catalogue/CatalogueReader.h"

#include "core/catalogue/CatalogueLimits.h"
#include "core/catalogue/EnumNames.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <limits>
#include <set>

namespace acu {

namespace {

using Json = nlohmann::json;

/// "line 3, column 14" for a byte offset (0-based) into text; columns count characters.
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
                error(childPointer(key), "unknown field \"" + key + "\" (allowed here: " + knownList() + ")");
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

    std::optional<long long> integer(const std::string& key, bool required)
    {
        const Json* value = field(key, required);
        if (!value)
            return std::nullopt;
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
    template <typename Read>
    void array(const std::string& key, bool required, bool nonEmpty, Read&& read)
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

    std::vector<std::string> strings(const std::string& key, bool required, bool nonEmpty)
    {
        std::vector<std::string> out;
        array(key, required, nonEmpty, [&](const Json& element, const std::string& pointer) {
            if (!element.is_string())
                error(pointer, "must be a string, found " + typeName(element));
            else if (element.get_ref<const std::string&>().empty())
                error(pointer, "must not be empty");
            else
                out.push_back(element.get<std::string>());
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
    claim.text = r.string("text", kRequired);
    claim.sources = r.strings("sources", kRequired, kNonEmpty);
}

void readSource(ObjectReader& r, Source& source)
{
    source.id = r.string("id", kRequired);
    source.kind = r.enumeration("kind", SourceKind::Article);
    source.title = r.string("title", kRequired);
    source.author = r.string("author", kOptional);
    source.site = r.string("site", kOptional);
    source.date = r.string("date", kOptional);
    source.url = r.string("url", kOptional);
    source.note = r.string("note", kOptional);
}

void readRegion(ObjectReader& r, Region& region)
{
    region.id = r.string("id", kRequired);
    region.name = r.string("name", kRequired);
}

void readView(ObjectReader& r, View& view)
{
    view.id = r.string("id", kRequired);
    view.name = r.string("name", kRequired);
    const auto readSize = [&r](const char* key) {
        const auto size = r.number(key, kRequired);
        if (size && *size <= 0)
            r.error(r.pointer() + "/" + key, "must be greater than 0");
        return size.value_or(0);
    };
    view.width = readSize("width");
    view.height = readSize("height");
}

void readNotice(ObjectReader& r, Notice& notice)
{
    notice.id = r.string("id", kRequired);
    notice.title = r.string("title", kRequired);
    notice.text = r.string("text", kRequired);
    notice.sources = r.strings("sources", kRequired, kNonEmpty);
}

void readNames(const Json& value, const std::string& pointer, Names& names, CatalogueErrors& errors)
{
    ObjectReader r(value, pointer, errors);
    names.pinyin = r.string("pinyin", kRequired);
    names.hanzi = r.string("hanzi", kRequired);
    names.hanziTraditional = r.string("hanziTraditional", kOptional);
    readList(r, "english", kOptional, kMayBeEmpty, names.english, errors, [](ObjectReader& e, EnglishName& name) {
        name.text = e.string("text", kRequired);
        name.kind = e.enumeration("kind", EnglishNameKind::Translation);
        name.sources = e.strings("sources", kRequired, kNonEmpty);
    });
    r.rejectUnknownFields();
}

/// Reads a {min, max} pair of whole numbers no smaller than lowest.
void readRange(ObjectReader& r, int lowest, int& min, int& max)
{
    const auto readBound = [&](const char* key) {
        const auto value = r.integer(key, kRequired);
        if (value && *value < lowest)
            r.error(r.pointer() + "/" + key, "must be at least " + std::to_string(lowest) + ", found " +
                                                  std::to_string(*value));
        return static_cast<int>(value.value_or(lowest));
    };
    min = readBound("min");
    max = readBound("max");
}

void readPoint(ObjectReader& r, Point& point, CatalogueErrors& errors)
{
    point.code = r.string("code", kRequired);
    point.meridian = r.string("meridian", kRequired);
    r.object("names", kRequired,
             [&](const Json& value, const std::string& pointer) { readNames(value, pointer, point.names, errors); });
    readList(r, "aliases", kOptional, kMayBeEmpty, point.aliases, errors, [](ObjectReader& a, Alias& alias) {
        alias.label = a.string("label", kRequired);
        alias.scheme = a.enumeration("scheme", AliasScheme::Who);
        alias.sources = a.strings("sources", kOptional, kMayBeEmpty);
        alias.ambiguous = a.boolean("ambiguous");
        alias.note = a.string("note", kOptional);
    });
    point.regions = r.strings("regions", kRequired, kNonEmpty);
    point.laterality = r.enumeration("laterality", Laterality::Bilateral);
    readList(r, "location", kRequired, kNonEmpty, point.location, errors, readClaim);
    readList(r, "finding", kOptional, kMayBeEmpty, point.finding, errors, readClaim);
    readList(r, "technique", kOptional, kMayBeEmpty, point.technique, errors, readClaim);
    readList(r, "duration", kOptional, kMayBeEmpty, point.duration, errors, [](ObjectReader& d, Duration& duration) {
        readRange(d, 0, duration.min, duration.max);
        duration.text = d.string("text", kOptional);
        duration.sources = d.strings("sources", kRequired, kNonEmpty);
    });
    readList(r, "repetitions", kOptional, kMayBeEmpty, point.repetitions, errors,
             [](ObjectReader& d, Repetitions& repetitions) {
                 readRange(d, 1, repetitions.min, repetitions.max);
                 repetitions.text = d.string("text", kOptional);
                 repetitions.sources = d.strings("sources", kRequired, kNonEmpty);
             });
    readList(r, "appliedBy", kOptional, kMayBeEmpty, point.appliedBy, errors, [](ObjectReader& a, AppliedBy& by) {
        by.who = a.enumeration("who", Helper::Self);
        by.text = a.string("text", kOptional);
        by.sources = a.strings("sources", kRequired, kNonEmpty);
    });
    readList(r, "indications", kOptional, kMayBeEmpty, point.indications, errors, readClaim);
    readList(r, "cautions", kOptional, kMayBeEmpty, point.cautions, errors, [](ObjectReader& c, Caution& caution) {
        caution.topic = c.enumeration("topic", CautionTopic::General);
        caution.level = c.enumeration("level", CautionLevel::Caution);
        caution.text = c.string("text", kRequired);
        caution.sources = c.strings("sources", kRequired, kNonEmpty);
    });
    readList(r, "disagreements", kOptional, kMayBeEmpty, point.disagreements, errors,
             [](ObjectReader& d, Disagreement& disagreement) {
                 disagreement.topic = d.enumeration("topic", DisagreementTopic::Location);
                 disagreement.text = d.string("text", kRequired);
                 disagreement.sources = d.strings("sources", kRequired, kNonEmpty);
             });
    readList(r, "notes", kOptional, kMayBeEmpty, point.notes, errors, [](ObjectReader& n, Note& note) {
        note.kind = n.enumeration("kind", NoteKind::Remark);
        note.text = n.string("text", kRequired);
        note.sources = n.strings("sources", kRequired, kNonEmpty);
    });
    readList(r, "positions", kRequired, kNonEmpty, point.positions, errors, [](ObjectReader& p, Position& position) {
        position.view = p.string("view", kRequired);
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
        if (text.starts_with("\xFF\xFE") || text.starts_with("\xFE\xFF")) {
            result.errors.push_back({"line 1, column 1", "the catalogue is encoded as UTF-16; save it as UTF-8"});
            return result;
        }
        if (const auto at = tooDeepAt(text)) {
            result.errors.push_back({lineColumn(text, *at), "objects and arrays nest more than " +
                                                                std::to_string(limits::kMaxNestingDepth) +
                                                                " levels deep; a catalogue needs at most 6"});
            return result;
        }
        Json root;
        try {
            root = Json::parse(text);
        } catch (const Json::parse_error& e) {
            const std::size_t offset = e.byte > 0 ? e.byte - 1 : 0;
            const bool atEnd = e.byte >= text.size();
            result.errors.push_back({lineColumn(text, offset), syntaxMessage(e.what(), atEnd)});
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
