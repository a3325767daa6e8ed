// readCompiledCatalogue: the compiled form back into the catalogue's data, every length and
// value checked against the bytes there are.

#include "core/compiled/CatalogueFields.h"
#include "core/compiled/CompiledCatalogue.h"
#include "core/compiled/CompiledLayout.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>

namespace acu::compiled {

namespace {

/// Fills each field it is shown from the data, until the first problem, which it keeps.
class Reader {
public:
    /// data starts at byte `base` of the compiled catalogue: errors count bytes from its start.
    Reader(std::string_view data, std::size_t base)
        : m_data(data)
        , m_base(base)
    {
    }

    template <typename T> void operator()(const char* name, T& field)
    {
        if (m_error)
            return;
        m_path.push_back({name, 0});
        read(field);
        m_path.pop_back();
    }

    [[nodiscard]] const std::optional<CatalogueError>& error() const { return m_error; }
    [[nodiscard]] std::size_t remaining() const { return m_data.size() - m_at; }
    [[nodiscard]] std::size_t at() const { return m_base + m_at; }

    /// Records the first problem, at byte `offset` of the data.
    void fail(std::size_t offset, std::string what)
    {
        if (m_error)
            return;
        std::string where = "byte " + std::to_string(m_base + offset);
        if (!m_path.empty())
            where += " (" + pointer() + ")";
        m_error = CatalogueError{std::move(where), std::move(what)};
    }

private:
    /// One step of the JSON pointer to the value being read: a field's name, or (name null)
    /// an index in a list.
    struct Step {
        const char* name;
        std::size_t index;
    };

    [[nodiscard]] std::string pointer() const
    {
        std::string out;
        for (const Step& step : m_path)
            out += "/" + (step.name ? std::string(step.name) : std::to_string(step.index));
        return out;
    }

    /// The next `count` bytes, or nullopt (and an error naming `what`) when fewer remain.
    std::optional<std::string_view> take(std::size_t count, const char* what)
    {
        if (count > remaining()) {
            fail(m_at, "the data ends inside " + std::string(what) + ": it needs " + std::to_string(count) +
                           " bytes, " + std::to_string(remaining()) + " remain");
            return std::nullopt;
        }
        const std::string_view bytes = m_data.substr(m_at, count);
        m_at += count;
        return bytes;
    }

    template <typename U> std::optional<U> number(const char* what)
    {
        const auto bytes = take(sizeof(U), what);
        return bytes ? std::optional<U>(readLittleEndian<U>(*bytes)) : std::nullopt;
    }

    /// A byte that must be 0 or 1.
    std::optional<bool> flag(const char* what)
    {
        const std::size_t start = m_at;
        const auto byte = number<std::uint8_t>(what);
        if (byte && *byte > 1) {
            fail(start, std::string(what) + " is " + std::to_string(*byte) + ", where only 0 and 1 are allowed");
            return std::nullopt;
        }
        return byte ? std::optional<bool>(*byte == 1) : std::nullopt;
    }

    /// A length or count: at most what remains, since every byte, text or list entry takes
    /// at least a byte.
    std::optional<std::size_t> length(const char* what)
    {
        const std::size_t start = m_at;
        const auto value = number<std::uint32_t>(what);
        if (!value)
            return std::nullopt;
        if (*value > remaining()) {
            fail(start, std::string(what) + " is " + std::to_string(*value) + ", but only " +
                            std::to_string(remaining()) + " bytes follow it");
            return std::nullopt;
        }
        return static_cast<std::size_t>(*value);
    }

    void read(std::string& text)
    {
        const auto size = length("the length of a text");
        if (!size)
            return;
        if (const auto bytes = take(*size, "a text"))
            text.assign(*bytes);
    }

    void read(int& value)
    {
        if (const auto bits = number<std::uint32_t>("a whole number"))
            value = static_cast<std::int32_t>(*bits);
    }

    void read(std::optional<int>& value)
    {
        const auto present = flag("the flag of an optional number");
        if (!present || !*present) {
            value.reset();
            return;
        }
        value = 0;
        read(*value);
    }

    void read(bool& value)
    {
        if (const auto yes = flag("a yes-or-no value"))
            value = *yes;
    }

    void read(double& value)
    {
        const std::size_t start = m_at;
        const auto bits = number<std::uint64_t>("a number");
        if (!bits)
            return;
        value = std::bit_cast<double>(*bits);
        if (!std::isfinite(value))
            fail(start, "the number is not finite");
    }

    template <typename E>
    requires std::is_enum_v<E>
    void read(E& value)
    {
        const std::size_t start = m_at;
        const auto index = number<std::uint8_t>("an enumerated value");
        if (!index)
            return;
        const auto found = enumAt<E>(*index);
        if (!found) {
            fail(start, "the value " + std::to_string(*index) + " is not one of the " +
                            std::to_string(EnumTable<E>::entries.size()) + " allowed (" + enumNames<E>() + ")");
            return;
        }
        value = *found;
    }

    template <typename T> void read(std::vector<T>& items)
    {
        const auto count = length("the number of entries of a list");
        if (!count)
            return;
        items.clear();
        // Room for the entries the bytes can hold in memory as well: an entry takes at least
        // a byte here but may take hundreds in memory (a point, 504), so a damaged count
        // sets aside no more than the bytes that follow it; the list grows past that as its
        // entries are read.
        items.reserve(std::min(*count, remaining() / sizeof(T) + 1));
        for (std::size_t i = 0; i < *count && !m_error; ++i) {
            m_path.push_back({nullptr, i});
            read(items.emplace_back());
            m_path.pop_back();
        }
    }

    template <typename T>
    requires std::is_class_v<T>
    void read(T& object) { visitFields(*this, object); }

    std::string_view m_data;
    std::size_t m_base;
    std::size_t m_at = 0;
    std::vector<Step> m_path;
    std::optional<CatalogueError> m_error;
};

ReadResult failure(std::string where, std::string what)
{
    ReadResult result;
    result.errors.push_back({std::move(where), std::move(what)});
    return result;
}

ReadResult readChecked(std::string_view bytes)
{
    if (bytes.size() < kHeaderBytes)
        return failure("byte 0", "the compiled catalogue is " + std::to_string(bytes.size()) +
                                     " bytes long, shorter than its header of " + std::to_string(kHeaderBytes));
    if (bytes.substr(0, kMagic.size()) != kMagic)
        return failure("byte 0", "not a compiled catalogue: it does not begin with \"" + std::string(kMagic) + "\"");
    const auto version = readLittleEndian<std::uint32_t>(bytes.substr(8));
    if (version != kVersion)
        return failure("byte 8", "the compiled catalogue is of version " + std::to_string(version) +
                                     "; this program reads version " + std::to_string(kVersion));
    const std::string_view data = bytes.substr(kHeaderBytes);
    const auto declared = readLittleEndian<std::uint32_t>(bytes.substr(12));
    if (declared != data.size())
        return failure("byte 12", "the header gives " + std::to_string(declared) + " bytes of data, but " +
                                      std::to_string(data.size()) + " follow it");
    if (readLittleEndian<std::uint64_t>(bytes.substr(kChecksumOffset)) != checksum(data))
        return failure("byte 16", "the checksum does not match the data: the compiled catalogue is damaged");

    ReadResult result;
    Reader reader(data, kHeaderBytes);
    visitFields(reader, result.data);
    if (!reader.error() && reader.remaining() > 0)
        reader.fail(data.size() - reader.remaining(),
                    std::to_string(reader.remaining()) + " bytes follow the end of the catalogue");
    if (reader.error())
        return failure(reader.error()->where, reader.error()->what);
    return result;
}

} // namespace

ReadResult readCompiledCatalogue(std::string_view bytes)
{
    try {
        return readChecked(bytes);
    } catch (const std::exception& e) {
        return failure("", std::string("could not read the compiled catalogue: ") + e.what());
    }
}

LoadResult loadCompiledCatalogue(std::string_view bytes)
{
    ReadResult read = readCompiledCatalogue(bytes);
    if (!read.errors.empty())
        return LoadResult(std::move(read.errors));
    try {
        return LoadResult(Catalogue(std::move(read.data)));
    } catch (const std::exception& e) {
        return LoadResult(CatalogueErrors{{"", std::string("could not index the compiled catalogue: ") + e.what()}});
    }
}

} // namespace acu::compiled
