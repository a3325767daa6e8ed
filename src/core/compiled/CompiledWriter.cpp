// compileCatalogue: the catalogue's data in the compiled form.

#include "core/catalogue/EnumNames.h"
#include "core/compiled/CatalogueFields.h"
#include "core/compiled/CompiledCatalogue.h"
#include "core/compiled/CompiledLayout.h"

#include <bit>
#include <limits>

namespace acu::compiled {

namespace {

/// Appends each field it is shown to out, in the compiled form's encoding.
class Writer {
public:
    explicit Writer(std::string& out)
        : m_out(out)
    {
    }

    template <typename T> void operator()(const char* /*name*/, const T& field) { write(field); }

    /// Whether a text or list was too long for its 4-byte length.
    [[nodiscard]] bool overflowed() const { return m_overflowed; }

private:
    void write(const std::string& text)
    {
        writeLength(text.size());
        m_out += text;
    }
    void write(int value) { appendLittleEndian(m_out, static_cast<std::uint32_t>(value)); }
    void write(const std::optional<int>& value)
    {
        write(value.has_value());
        if (value)
            write(*value);
    }
    void write(bool value) { m_out += static_cast<char>(value ? 1 : 0); }
    void write(double value) { appendLittleEndian(m_out, std::bit_cast<std::uint64_t>(value)); }

    template <typename E>
    requires std::is_enum_v<E>
    void write(E value) { m_out += static_cast<char>(enumIndex(value)); }

    template <typename T> void write(const std::vector<T>& items)
    {
        writeLength(items.size());
        for (const T& item : items)
            write(item);
    }

    template <typename T>
    requires std::is_class_v<T>
    void write(const T& object) { visitFields(*this, object); }

    void writeLength(std::size_t length)
    {
        if (length > std::numeric_limits<std::uint32_t>::max())
            m_overflowed = true;
        appendLittleEndian(m_out, static_cast<std::uint32_t>(length));
    }

    std::string& m_out;
    bool m_overflowed = false;
};

} // namespace

std::variant<std::string, CatalogueError> compileCatalogue(const CatalogueData& data)
{
    std::string payload;
    Writer writer(payload);
    visitFields(writer, data);
    if (writer.overflowed() || payload.size() > std::numeric_limits<std::uint32_t>::max())
        return CatalogueError{"", "a text, a list or the whole catalogue is too large for the compiled form (4 GiB)"};
    std::string out(kMagic);
    appendLittleEndian(out, kVersion);
    appendLittleEndian(out, static_cast<std::uint32_t>(payload.size()));
    appendLittleEndian(out, checksum(payload));
    out += payload;
    return out;
}

} // namespace acu::compiled
