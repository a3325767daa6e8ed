#pragma once

// Catalogues the tests share, each loaded once per test executable.

#include "core/catalogue/CatalogueLoader.h"
#include "support/TestPaths.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
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

/// data/catalogue.json without the point LU6, for readings outside the catalogue (the
/// French notation's P6 is LU6), which the whole atlas otherwise never has.
inline const std::shared_ptr<const Catalogue>& shippedWithoutLu6()
{
    static const auto catalogue = [] {
        std::ifstream in(shippedCatalogue());
        auto document = nlohmann::json::parse(in);
        auto& complete = document["completeChannels"];
        complete.erase(std::remove(complete.begin(), complete.end(), "LU"), complete.end());
        auto& points = document["points"];
        for (auto it = points.begin(); it != points.end(); ++it) {
            if ((*it)["code"] == "LU6") {
                points.erase(it);
                break;
            }
        }
        auto result = loadCatalogue(document.dump());
        if (!result.ok())
            throw std::runtime_error("catalogue without LU6: " + result.errors().front().toString());
        return std::make_shared<const Catalogue>(result.takeCatalogue());
    }();
    return catalogue;
}

/// tests/fixtures/valid/minimal.json: GV4 (midline) and BL23 (bilateral, pregnancy caution).
inline const std::shared_ptr<const Catalogue>& minimal()
{
    static const auto catalogue = loadOnce(fixture("valid/minimal.json"));
    return catalogue;
}

} // namespace acu::test
