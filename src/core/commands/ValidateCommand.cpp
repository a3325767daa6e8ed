#include "core/commands/ValidateCommand.h"

#include "core/catalogue/CatalogueLoader.h"

#include <ostream>

namespace acu {

int runValidateCommand(const std::filesystem::path& path, std::ostream& out, std::ostream& err)
{
    const LoadResult result = loadCatalogueFile(path);
    if (result.ok()) {
        out << "OK: " << result.catalogue().points().size() << " points\n";
        return 0;
    }
    for (const auto& error : result.errors()) {
        if (error.where == path.string())
            err << error.where << ": " << error.what << '\n';
        else
            err << path.string() << ": " << error.toString() << '\n';
    }
    return 1;
}

} // namespace acu
