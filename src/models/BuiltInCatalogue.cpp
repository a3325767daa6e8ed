#include "BuiltInCatalogue.h"

#include "core/compiled/CompiledCatalogue.h"

#include <QResource>
#include <QString>

namespace acu {

CompiledResource findCompiledResource(const char* path)
{
    CompiledResource found;
    found.path = path;
    const QResource resource(QString::fromUtf8(path));
    if (!resource.isValid())
        return found;
    found.found = true;
    if (resource.compressionAlgorithm() == QResource::NoCompression) {
        found.bytes =
            std::string_view(reinterpret_cast<const char*>(resource.data()), static_cast<std::size_t>(resource.size()));
    } else {
        found.uncompressed = resource.uncompressedData();
        found.bytes =
            std::string_view(found.uncompressed.constData(), static_cast<std::size_t>(found.uncompressed.size()));
    }
    return found;
}

LoadResult loadCompiledResource(const CompiledResource& resource)
{
    if (!resource.found)
        return LoadResult(CatalogueErrors{{resource.path, "the built-in catalogue is missing from this build"}});
    LoadResult loaded = compiled::loadCompiledCatalogue(resource.bytes);
    if (loaded.ok())
        return loaded;
    CatalogueErrors errors = loaded.errors();
    for (CatalogueError& error : errors)
        error.where = resource.path + (error.where.empty() ? "" : ", " + error.where);
    return LoadResult(std::move(errors));
}

} // namespace acu
