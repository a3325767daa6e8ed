#include "models/routine/RoutineStore.h"

#include "core/reading/TextFile.h"
#include "core/routine/RoutineLimits.h"
#include "core/routine/RoutineWriter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace acu {

namespace {

const QString kFileName = QStringLiteral("routines.json");

CatalogueError fileError(const QString& path, const QString& what)
{
    return {path.toStdString(), what.toStdString()};
}

/// Writes bytes to path through a QSaveFile: all or nothing. The size is checked before the
/// commit because a write cut short by the system (a file-size limit, a full quota) can reach
/// QFile as a short write without an error, and would otherwise replace the file with a part.
std::optional<CatalogueError> writeAtomically(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fileError(path, QStringLiteral("could not be written: ") + file.errorString());
    const bool written = file.write(bytes) == bytes.size() && file.flush();
    if (!written || file.size() != bytes.size()) {
        const QString problem =
            written ? QStringLiteral("only %1 of %2 bytes reached the disk").arg(file.size()).arg(bytes.size())
                    : file.errorString();
        file.cancelWriting();
        return fileError(path, QStringLiteral("could not be written: ") + problem);
    }
    if (!file.commit())
        return fileError(path, QStringLiteral("could not be saved: ") + file.errorString());
    return std::nullopt;
}

/// Renames a file too large to read as routines.too-large-N.json (the first free N), so
/// that it is kept without being read into memory.
std::optional<CatalogueError> moveAsideTooLarge(const QString& path)
{
    const QDir folder = QFileInfo(path).dir();
    for (int n = 1; n <= 1000; ++n) {
        const QString aside = folder.filePath(QStringLiteral("routines.too-large-%1.json").arg(n));
        if (QFileInfo::exists(aside))
            continue;
        if (QFile::rename(path, aside))
            return std::nullopt;
        break;
    }
    return fileError(path, QStringLiteral("is larger than a routine file may be and could not be moved aside; it "
                                          "is kept as it is and not overwritten"));
}

QByteArray routineBytes(const std::vector<Routine>& routines)
{
    return QByteArray::fromStdString(writeRoutinesJson(routines));
}

} // namespace

RoutineStore::RoutineStore()
    : RoutineStore(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
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
    const QFileInfo info(path);
    if (!info.exists())
        return result;
    if (!info.isFile()) {
        result.errors.push_back(fileError(path, QStringLiteral("is not a file; your routines cannot be read")));
        return result;
    }
    if (static_cast<std::size_t>(info.size()) > limits::kMaxRoutineFileBytes) {
        result.errors.push_back(
            fileError(path, QStringLiteral("is %1 bytes, more than a routine file may be").arg(info.size())));
        // Kept as it is: the next save moves it aside unread (routines.too-large-N.json).
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.errors.push_back(fileError(path, QStringLiteral("could not be read: ") + file.errorString()));
        return result;
    }
    const QByteArray bytes = file.readAll();
    RoutineLoad loaded =
        loadRoutines(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())), nullptr);
    result.routines = std::move(loaded.routines);
    if (loaded.ok())
        return result;
    result.errors = reading::inFile(path.toStdString(), loaded.errors);
    if (const auto problem = keepAside(bytes, result.backupPath))
        result.errors.push_back(*problem);
    else
        result.errors.push_back(
            fileError(result.backupPath, QStringLiteral("a copy of the damaged file is kept here")));
    return result;
}

std::optional<CatalogueError> RoutineStore::save(const std::vector<Routine>& routines) const
{
    if (!QDir().mkpath(m_folder))
        return fileError(m_folder, QStringLiteral("the folder for your routines could not be created"));
    const QString path = filePath();
    const QFileInfo info(path);
    if (info.exists()) {
        if (!info.isFile())
            return fileError(path, QStringLiteral("is not a file, so your routines cannot be saved there"));
        if (static_cast<std::size_t>(info.size()) > limits::kMaxRoutineFileBytes) {
            if (const auto problem = moveAsideTooLarge(path))
                return problem;
            return writeAtomically(path, routineBytes(routines));
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fileError(path, QStringLiteral("could not be read before it is replaced: ") + file.errorString());
        const QByteArray bytes = file.readAll();
        if (!loadRoutines(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())), nullptr).ok()) {
            QString backup;
            if (const auto problem = keepAside(bytes, backup))
                return problem;
        }
    }
    return writeAtomically(path, routineBytes(routines));
}

std::optional<CatalogueError> RoutineStore::keepAside(const QByteArray& bytes, QString& backupPath) const
{
    const QString hash =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().left(12));
    backupPath = QDir(m_folder).filePath(QStringLiteral("routines.damaged-%1.json").arg(hash));
    if (QFileInfo::exists(backupPath))
        return std::nullopt; // the same bytes are kept already
    if (const auto problem = writeAtomically(backupPath, bytes)) {
        backupPath.clear();
        return problem;
    }
    return std::nullopt;
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
