// libFuzzer target: any bytes through the catalogue loader. It must return a catalogue or
// errors, never crash, hang or trip a sanitizer.

#include "core/catalogue/CatalogueLoader.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    const acu::LoadResult result = acu::loadCatalogue(bytes);
    if (!result.ok() && result.errors().empty())
        __builtin_trap(); // a failure must say why
    return 0;
}
