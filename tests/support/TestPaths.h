#pragma once

#include <filesystem>
#include <string>

namespace acu::test {

inline std::filesystem::path fixture(const std::string& relative)
{
    return std::filesystem::path(ACU_FIXTURES_DIR) / relative;
}

inline std::filesystem::path shippedCatalogue() { return ACU_SHIPPED_CATALOGUE; }

} // namespace acu::test
