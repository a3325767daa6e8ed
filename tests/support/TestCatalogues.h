#pragma once

// Catalogues the tests share, each loaded once per test executable.

#include "core/catalogue/CatalogueLoader.h"
#include "support/TestPaths.h"

#include <memory>
#include <stdexcept>

namespace acu::test {

inline std::shared_ptr<const Catalogue> loadOnce(const std::filesystem::path& path)
{
    auto result = loadCatalogueFile(path);
    if (!result.ok())
        throw std::runtime_error(path.string() + ": " + result.errors().front().toString());
    return std::make_shared<const Catalogue>(result.takeCatalogue());
}

/// data/catalogue.json.
inline const std::shared_ptr<const Catalogue>& shipped()
{
    static const auto catalogue = loadOnce(shippedCatalogue());
    return catalogue;
}

/// tests/fixtures/valid/minimal.json: GV4 (midline) and BL23 (bilateral, pregnancy caution).
inline const std::shared_ptr<const Catalogue>& minimal()
{
    static const auto catalogue = loadOnce(fixture("valid/minimal.json"));
    return catalogue;
}

} // namespace acu::test
