// libFuzzer target: any bytes as a query to the resolver over the shipped catalogue, in
// both modes.

#include "core/catalogue/CatalogueLoader.h"
#include "core/search/QueryResolver.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace {

const acu::QueryResolver& resolver()
{
    static const acu::Catalogue catalogue = acu::loadCatalogueFile(ACU_SHIPPED_CATALOGUE).takeCatalogue();
    static const acu::QueryResolver instance(catalogue);
    return instance;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view query(reinterpret_cast<const char*>(data), size);
    for (const auto mode : {acu::MatchMode::Whole, acu::MatchMode::AsYouType}) {
        const acu::Resolution resolution = resolver().resolve(query, mode);
        if (resolution.matches.empty() && resolution.problem.empty())
            __builtin_trap(); // no match must say why
        for (const auto& match : resolution.matches) {
            if (match.point == nullptr || match.reason.empty())
                __builtin_trap();
        }
    }
    return 0;
}
