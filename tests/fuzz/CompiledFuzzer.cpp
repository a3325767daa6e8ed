// libFuzzer target: any bytes through the compiled catalogue's reader, with the header's
// length and checksum refitted to the bytes (tests/support/CompiledBytes.h) so that the
// mutations reach the reader's own checks instead of the checksum's. It must return data or
// one error naming its byte, never crash, hang or trip a sanitizer; data it returns goes on
// through the validator and into a Catalogue, which must hold whatever the reader can make
// (texts that are not UTF-8, for one, which JSON cannot hold).

#include "core/catalogue/Catalogue.h"
#include "core/catalogue/CatalogueValidator.h"
#include "core/compiled/CompiledCatalogue.h"
#include "support/CompiledBytes.h"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string bytes = acu::test::refitted(std::string(reinterpret_cast<const char*>(data), size));
    acu::ReadResult read = acu::compiled::readCompiledCatalogue(bytes);
    if (!read.errors.empty()) {
        if (read.errors.size() != 1 || !read.errors.front().where.starts_with("byte "))
            __builtin_trap(); // one error, naming its byte
        return 0;
    }
    (void)acu::validateCatalogue(read.data);
    const acu::Catalogue catalogue(std::move(read.data));
    (void)catalogue.findPoint("GV4");
    return 0;
}
