#pragma once

// Compiled catalogue bytes changed on purpose, for the tests and the compiled fuzzer.

#include "core/compiled/CompiledCatalogue.h"
#include "core/compiled/CompiledLayout.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace acu::test {

/// The compiled form of data, which the tests' catalogues always have.
inline std::string compiledForm(const CatalogueData& data)
{
    return std::get<std::string>(compiled::compileCatalogue(data));
}

/// bytes with the header's length and checksum made to fit its data again, as the compiler
/// would have written them, so that a change inside reaches the reader's own checks. Bytes
/// shorter than a header are left as they are.
inline std::string refitted(std::string bytes)
{
    if (bytes.size() < compiled::kHeaderBytes)
        return bytes;
    const std::string_view data = std::string_view(bytes).substr(compiled::kHeaderBytes);
    std::string fields;
    compiled::appendLittleEndian(fields, static_cast<std::uint32_t>(data.size()));
    compiled::appendLittleEndian(fields, compiled::checksum(data));
    bytes.replace(12, fields.size(), fields);
    return bytes;
}

} // namespace acu::test
