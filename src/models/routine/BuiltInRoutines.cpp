#include "models/routine/BuiltInRoutines.h"

#include "core/reading/TextFile.h"

#include <QDir>
#include <QFile>

namespace acu {

RoutineLoad loadBuiltInRoutines(const Catalogue* catalogue)
{
    RoutineLoad all;
    const QDir folder(QString::fromLatin1(kBuiltInRoutinesFolder));
    const QStringList names = folder.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    if (names.isEmpty())
        all.errors.push_back({kBuiltInRoutinesFolder, "the built-in routines are missing from this build"});
    for (const QString& name : names) {
        const QString path = folder.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            all.errors.push_back({path.toStdString(), "could not be read: " + file.errorString().toStdString()});
            continue;
        }
        const QByteArray bytes = file.readAll();
        RoutineLoad load =
            loadRoutines(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())), catalogue);
        for (auto& routine : load.routines)
            all.routines.push_back(std::move(routine));
        const CatalogueErrors errors = reading::inFile(path.toStdString(), load.errors);
        all.errors.insert(all.errors.end(), errors.begin(), errors.end());
    }
    return all;
}

} // namespace acu
