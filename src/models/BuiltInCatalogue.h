#pragma once

#include "core/catalogue/CatalogueLoader.h"

#include <QByteArray>

#include <string>
#include <string_view>

namespace acu {

/// The resource path of the catalogue compiled into the program: data/catalogue.json,
/// checked and compiled by the build (core/compiled).
inline constexpr const char* kBuiltInCataloguePath = ":/acupoint-atlas/catalogue.bin";

/// A compiled catalogue found among the program's resources: where its bytes lie, or that
/// it is missing. Finding it reads the environment (QResource asks for the system's locale),
/// so it is found on the main thread; reading it (loadCompiledResource) touches no Qt object,
/// locale or environment and may run on any thread, even before QApplication exists.
struct CompiledResource {
    std::string path;        ///< the resource's path
    bool found = false;      ///< false: the resource is missing from this build
    std::string_view bytes;  ///< where its bytes lie: in the executable, or in uncompressed
    QByteArray uncompressed; ///< only for a build that compressed it
};

/// Finds the compiled catalogue at a resource path. An uncompressed one is read where it
/// lies, without a copy.
[[nodiscard]] CompiledResource findCompiledResource(const char* path);

/// Reads a compiled catalogue found among the resources; nothing is parsed. A missing or
/// damaged one is an error naming the resource. Never throws.
[[nodiscard]] LoadResult loadCompiledResource(const CompiledResource& resource);

/// Loads the catalogue compiled into the program.
[[nodiscard]] inline LoadResult loadBuiltInCatalogue()
{
    return loadCompiledResource(findCompiledResource(kBuiltInCataloguePath));
}

} // namespace acu
