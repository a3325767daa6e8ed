#pragma once

// The compiled catalogue: the built-in catalogue as the build leaves it, read at start
// without parsing JSON. The build compiles data/catalogue.json with the real loader and
// validator (acu_compile_catalogue) and refuses a catalogue with any error, so the compiled
// form holds only catalogues that passed every check; its checksum tells a damaged copy.
// Layout: docs/catalogue-format.md, "The compiled catalogue".

#include "core/catalogue/CatalogueLoader.h"
#include "core/catalogue/CatalogueReader.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <variant>

namespace acu::compiled {

/// The first eight bytes of every compiled catalogue.
inline constexpr std::string_view kMagic{"ACUATLAS", 8};
/// The version of the compiled form this program writes and reads.
inline constexpr std::uint32_t kVersion = 1;
/// Magic, version, data length and checksum.
inline constexpr std::size_t kHeaderBytes = 24;
/// Where the header keeps the data's checksum.
inline constexpr std::size_t kChecksumOffset = 16;

/// The compiled form of data, or why not: a text, list or catalogue longer than 4 GiB,
/// which the loader's limits never let through. Never throws but for memory.
[[nodiscard]] std::variant<std::string, CatalogueError> compileCatalogue(const CatalogueData& data);

/// Reads a compiled catalogue back into the data it was compiled from. Checks the header,
/// the checksum, every length against what remains, every enumerated value, every flag and
/// every number (finite), and that nothing follows the end. Each error names its byte and,
/// once inside the data, the field as a JSON pointer ("byte 1207 (/points/3/code)"). It does
/// not validate: the build did. Never throws.
[[nodiscard]] ReadResult readCompiledCatalogue(std::string_view bytes);

/// readCompiledCatalogue, then indexed into a Catalogue. Never throws.
[[nodiscard]] LoadResult loadCompiledCatalogue(std::string_view bytes);

} // namespace acu::compiled
