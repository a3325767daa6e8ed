#include "core/catalogue/CatalogueLoader.h"

#include "core/catalogue/CatalogueLimits.h"
#include "core/catalogue/CatalogueReader.h"
#include "core/catalogue/CatalogueValidator.h"
#include "core/reading/TextFile.h"

namespace acu {

LoadResult loadCatalogue(std::string_view json)
{
    try {
        ReadResult read = readCatalogueJson(json);
        if (!read.errors.empty())
            return LoadResult(std::move(read.errors));
        CatalogueErrors errors = validateCatalogue(read.data);
        if (!errors.empty())
            return LoadResult(std::move(errors));
        return LoadResult(Catalogue(std::move(read.data)));
    } catch (const std::exception& e) {
        return LoadResult(CatalogueErrors{{"", std::string("could not load the catalogue: ") + e.what()}});
    }
}

LoadResult loadCatalogueFile(const std::filesystem::path& path)
{
    auto bytes = reading::readTextFile(path, limits::kMaxCatalogueBytes, {"catalogue file", "a catalogue"});
    if (auto* error = std::get_if<CatalogueError>(&bytes))
        return LoadResult(CatalogueErrors{std::move(*error)});
    return loadCatalogue(std::get<std::string>(bytes));
}

} // namespace acu
