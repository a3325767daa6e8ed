#pragma once

#include "core/catalogue/Catalogue.h"
#include "core/catalogue/CatalogueError.h"

#include <filesystem>
#include <string>
#include <string_view>
#include <system_error>
#include <variant>

namespace acu {

/// Either a valid catalogue or every error that kept it from loading.
class LoadResult final {
public:
    explicit LoadResult(Catalogue catalogue)
        : m_value(std::move(catalogue))
    {
    }
    explicit LoadResult(CatalogueErrors errors)
        : m_value(std::move(errors))
    {
    }

    [[nodiscard]] bool ok() const { return std::holds_alternative<Catalogue>(m_value); }
    /// Only when ok().
    [[nodiscard]] const Catalogue& catalogue() const { return std::get<Catalogue>(m_value); }
    [[nodiscard]] Catalogue takeCatalogue() { return std::move(std::get<Catalogue>(m_value)); }
    /// Empty when ok().
    [[nodiscard]] const CatalogueErrors& errors() const
    {
        static const CatalogueErrors none;
        const auto* errors = std::get_if<CatalogueErrors>(&m_value);
        return errors ? *errors : none;
    }

private:
    std::variant<Catalogue, CatalogueErrors> m_value;
};

/// Reads and validates a catalogue held in memory. Never throws.
[[nodiscard]] LoadResult loadCatalogue(std::string_view json);

/// Reads and validates a catalogue file. A missing file, a folder, a device, an unreadable
/// file or one larger than limits::kMaxCatalogueBytes is an error naming the path; the
/// size is checked before the file is read. Never throws.
[[nodiscard]] LoadResult loadCatalogueFile(const std::filesystem::path& path);

} // namespace acu
