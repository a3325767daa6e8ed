#pragma once

// Internal to acu_core: include only from .cpp files, since it names nlohmann::json.
// Reads the fields of JSON objects into plain values, reporting every problem (a missing or
// unknown field, a wrong type, an unknown word, an overlong string) at its JSON pointer.

#include "core/catalogue/CatalogueError.h"
#include "core/catalogue/EnumNames.h"
#include "core/catalogue/TextRules.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace acu::reading {

using Json = nlohmann::json;

inline constexpr bool kRequired = true;
inline constexpr bool kOptional = false;
inline constexpr bool kNonEmpty = true;
inline constexpr bool kMayBeEmpty = false;

/// "an object", "a whole number", ... for messages.
[[nodiscard]] std::string typeName(const Json& value);

/// A key escaped for a JSON pointer: "a/b" -> "a~1b".
[[nodiscard]] std::string pointerToken(std::string_view key);

/// Reads the fields of one JSON object, remembering which ones were read so that the rest
/// can be reported as unknown. Every problem becomes an error at the field's JSON pointer.
class ObjectReader final {
public:
    ObjectReader(const Json& value, std::string pointer, CatalogueErrors& errors);
    ObjectReader(const ObjectReader&) = delete;
    ObjectReader& operator=(const ObjectReader&) = delete;

    [[nodiscard]] bool isObject() const { return m_value.is_object(); }

    /// Whether the field is present and null (it counts as known from then on).
    [[nodiscard]] bool isNull(const std::string& key);

    /// Reports fields that were not read. Call after reading every known field.
    void rejectUnknownFields();

    std::string string(const std::string& key, bool required);
    /// A string field that must also keep to the characters of its kind (TextRules.h).
    std::string text(const std::string& key, bool required, TextField kind);
    /// Checks a field already read, for fields whose kind depends on another field.
    void checkText(const std::string& key, const std::string& value, TextField kind);
    /// A whole number within a 32-bit int.
    std::optional<long long> integer(const std::string& key, bool required);
    /// A finite number.
    std::optional<double> number(const std::string& key, bool required);
    bool boolean(const std::string& key);

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

    std::vector<std::string> strings(const std::string& key, bool required, bool nonEmpty);

    /// Reads a nested object field with its own reader.
    template <typename Read> void object(const std::string& key, bool required, Read&& read)
    {
        if (const Json* value = field(key, required))
            read(*value, childPointer(key));
    }

    [[nodiscard]] const std::string& pointer() const { return m_pointer; }
    [[nodiscard]] std::string childPointer(std::string_view key) const { return m_pointer + "/" + pointerToken(key); }

    void error(const std::string& where, std::string what) { m_errors.push_back({where, std::move(what)}); }

private:
    const Json* field(const std::string& key, bool required);
    [[nodiscard]] std::string knownList() const;

    const Json& m_value;
    std::string m_pointer;
    CatalogueErrors& m_errors;
    std::set<std::string> m_known;
};

/// Reads an array of objects of one kind into out, one reader call per element; unknown
/// fields of each element are rejected.
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

} // namespace acu::reading
