#pragma once

#include "core/catalogue/CatalogueLoader.h"

namespace acu {

/// The resource path of the catalogue compiled into the program: data/catalogue.json,
/// checked and compiled by the build (core/compiled).
inline constexpr const char* kBuiltInCataloguePath = ":/acupoint-atlas/catalogue.bin";

/// Loads a compiled catalogue from the program's resources. An uncompressed one is read where
/// it lies, without a copy, and nothing is parsed; a missing or damaged one is an error
/// naming the resource. Never throws.
[[nodiscard]] LoadResult loadCompiledResource(const char* path);

/// Loads the catalogue compiled into the program.
[[nodiscard]] inline LoadResult loadBuiltInCatalogue()
{
    return loadCompiledResource(kBuiltInCataloguePath);
}

} // namespace acu
