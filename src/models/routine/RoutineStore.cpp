#include "models/routine/RoutineStore.h"

#include "core/reading/TextFile.h"
#include "core/routine/RoutineLimits.h"
#include "core/routine/RoutineWriter.h"
#include "models/storage/DataFile.h"

#include <QCoreApplication>
#include <QDir>

namespace acu {

namespace {

const QString kFileName = QStringLiteral("routines.json");
/// How messages name this file; translated when used, after the translator is installed.
DataFileKind routinesKind()
{
    return {QStringLiteral("routines"), limits::kMaxRoutineFileBytes,
            QCoreApplication::translate("acu::RoutineStore", "your routines"),
            QCoreApplication::translate("acu::RoutineStore", "a routine file")};
}

std::string_view bytesView(const QByteArray& bytes)
{
    return {bytes.constData(), static_cast<std::size_t>(bytes.size())};
}

QByteArray routineBytes(const std::vector<Routine>& routines)
{
    return QByteArray::fromStdString(writeRoutinesJson(routines));
}

} // namespace

RoutineStore::RoutineStore()
    : RoutineStore(defaultDataFolder())
{
}

RoutineStore::RoutineStore(QString folder)
    : m_folder(std::move(folder))
{
}

QString RoutineStore::filePath() const
{
    return QDir(m_folder).filePath(kFileName);
}

StoreLoad RoutineStore::load() const
{
    StoreLoad result;
    const QString path = filePath();
    const DataFileRead read = readDataFile(path, routinesKind());
    if (read.error)
        result.errors.push_back(*read.error); // a file too large is moved aside unread by the next save
    if (!read.bytes)
        return result;
    RoutineLoad loaded = loadRoutines(bytesView(*read.bytes), nullptr);
    result.routines = std::move(loaded.routines);
    if (loaded.ok())
        return result;
    result.errors = reading::inFile(path.toStdString(), loaded.errors);
    if (const auto problem = keepAside(*read.bytes, result.backupPath))
        result.errors.push_back(*problem);
    else
        result.errors.push_back(
            fileError(result.backupPath,
                      QCoreApplication::translate("acu::RoutineStore", "a copy of the damaged file is kept here")));
    return result;
}

std::optional<CatalogueError> RoutineStore::save(const std::vector<Routine>& routines) const
{
    const QString path = filePath();
    if (const auto problem = prepareToReplace(
            path, routinesKind(), [](const QByteArray& bytes) { return loadRoutines(bytesView(bytes), nullptr).ok(); }))
        return problem;
    return writeAtomically(path, routineBytes(routines));
}

std::optional<CatalogueError> RoutineStore::keepAside(const QByteArray& bytes, QString& backupPath) const
{
    return keepDamagedCopy(m_folder, routinesKind().stem, bytes, backupPath);
}

RoutineLoad importRoutines(const QString& path, const Catalogue& catalogue)
{
    RoutineLoad load = loadRoutineFile(path.toStdString(), &catalogue);
    if (load.ok() && load.routines.empty())
        load.errors.push_back({path.toStdString(), "holds no routine"});
    if (!load.ok())
        load.routines.clear();
    return load;
}

std::optional<CatalogueError> exportRoutine(const Routine& routine, const QString& path)
{
    return writeAtomically(path, routineBytes({routine}));
}

} // namespace acu
