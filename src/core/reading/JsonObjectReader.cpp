#include "core/reading/JsonObjectReader.h"

#include "core/catalogue/CatalogueLimits.h"
#include "core/catalogue/TextRules.h"

#include <cmath>
#include <limits>

namespace acu::reading {

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

ObjectReader::ObjectReader(const Json& value, std::string pointer, CatalogueErrors& errors)
    : m_value(value)
    , m_pointer(std::move(pointer))
    , m_errors(errors)
{
    if (!m_value.is_object())
        error(m_pointer.empty() ? "/" : m_pointer, "must be an object, found " + typeName(m_value));
}

bool ObjectReader::isNull(const std::string& key)
{
    const Json* value = field(key, false);
    return value && value->is_null();
}

void ObjectReader::rejectUnknownFields()
{
    if (!isObject())
        return;
    for (const auto& [key, value] : m_value.items()) {
        if (!m_known.contains(key))
            error(childPointer(key),
                  "unknown field \"" + visibleText(key) + "\" (allowed here: " + knownList() + ")");
    }
}

std::string ObjectReader::string(const std::string& key, bool required)
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

std::optional<long long> ObjectReader::integer(const std::string& key, bool required)
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

std::string ObjectReader::text(const std::string& key, bool required, TextField kind)
{
    std::string value = string(key, required);
    checkText(key, value, kind);
    return value;
}

void ObjectReader::checkText(const std::string& key, const std::string& value, TextField kind)
{
    if (value.empty())
        return;
    if (const auto problem = textProblem(value, kind))
        error(childPointer(key), *problem);
}

std::optional<double> ObjectReader::number(const std::string& key, bool required)
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

bool ObjectReader::boolean(const std::string& key)
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

std::vector<std::string> ObjectReader::strings(const std::string& key, bool required, bool nonEmpty)
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

const Json* ObjectReader::field(const std::string& key, bool required)
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

std::string ObjectReader::knownList() const
{
    std::string out;
    for (const auto& key : m_known) {
        if (!out.empty())
            out += ", ";
        out += key;
    }
    return out;
}

} // namespace acu::reading
