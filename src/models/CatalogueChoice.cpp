#include "CatalogueChoice.h"

#include "BuiltInCatalogue.h"
#include "ShownText.h"

#include <QCoreApplication>

namespace acu {

CatalogueChoice chooseCatalogue(const QString& path)
{
    return chooseCatalogue(path, findCompiledResource(kBuiltInCataloguePath));
}

CatalogueChoice chooseCatalogue(const QString& path, const CompiledResource& builtInResource)
{
    CatalogueChoice choice;
    choice.requested = path;
    if (!path.isEmpty()) {
        LoadResult requested = loadCatalogueFile(path.toStdString());
        if (requested.ok()) {
            choice.catalogue = std::make_shared<const Catalogue>(requested.takeCatalogue());
            choice.resolver = makeSharedResolver(choice.catalogue);
            return choice;
        }
        choice.rejected = requested.errors();
    }
    LoadResult builtIn = loadCompiledResource(builtInResource);
    if (!builtIn.ok()) {
        choice.failed = builtIn.errors();
        return choice;
    }
    choice.catalogue = std::make_shared<const Catalogue>(builtIn.takeCatalogue());
    choice.resolver = makeSharedResolver(choice.catalogue);
    choice.builtIn = true;
    return choice;
}

QString CatalogueChoice::label() const
{
    if (!builtIn)
        return requested;
    return rejected.empty()
               ? QCoreApplication::translate("acu::CatalogueChoice", "built-in catalogue")
               : QCoreApplication::translate("acu::CatalogueChoice", "built-in catalogue (%1 could not be loaded)")
                     .arg(isolated(requested));
}

} // namespace acu
