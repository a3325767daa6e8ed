#include "BuiltInCatalogue.h"

#include <QFile>
#include <QString>

namespace acu {

LoadResult loadBuiltInCatalogue()
{
    QFile file(QString::fromLatin1(kBuiltInCataloguePath));
    if (!file.open(QIODevice::ReadOnly))
        return LoadResult(CatalogueErrors{{kBuiltInCataloguePath, "the built-in catalogue is missing from this build"}});
    const QByteArray bytes = file.readAll();
    return loadCatalogue(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
}

} // namespace acu
