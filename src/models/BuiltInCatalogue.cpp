#include "BuiltInCatalogue.h"

#include "core/compiled/CompiledCatalogue.h"

#include <QByteArray>
#include <QLocale>
#include <QResource>
#include <QString>

namespace acu {

LoadResult loadCompiledResource(const char* path)
{
    // The C locale: the default one would read the environment for the system's, and this
    // may run on a second thread while QApplication is being made (CatalogueChoice.h).
    const QResource resource(QString::fromUtf8(path), QLocale::c());
    if (!resource.isValid())
        return LoadResult(CatalogueErrors{{path, "the built-in catalogue is missing from this build"}});
    QByteArray uncompressed; // only for a build that compressed it
    std::string_view bytes;
    if (resource.compressionAlgorithm() == QResource::NoCompression) {
        bytes =
            std::string_view(reinterpret_cast<const char*>(resource.data()), static_cast<std::size_t>(resource.size()));
    } else {
        uncompressed = resource.uncompressedData();
        bytes = std::string_view(uncompressed.constData(), static_cast<std::size_t>(uncompressed.size()));
    }
    LoadResult loaded = compiled::loadCompiledCatalogue(bytes);
    if (loaded.ok())
        return loaded;
    CatalogueErrors errors = loaded.errors();
    for (CatalogueError& error : errors)
        error.where = std::string(path) + (error.where.empty() ? "" : ", " + error.where);
    return LoadResult(std::move(errors));
}

} // namespace acu
