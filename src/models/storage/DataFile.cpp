#include "models/storage/DataFile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace acu {

QString defaultDataFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

CatalogueError fileError(const QString& path, const QString& what)
{
    return {path.toStdString(), what.toStdString()};
}

std::optional<CatalogueError> writeAtomically(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fileError(
            path, QCoreApplication::translate("acu::DataFile", "could not be written: %1").arg(file.errorString()));
    const bool written = file.write(bytes) == bytes.size() && file.flush();
    if (!written || file.size() != bytes.size()) {
        const QString problem =
            written ? QCoreApplication::translate("acu::DataFile", "only %1 of %2 bytes reached the disk")
                          .arg(file.size())
                          .arg(bytes.size())
                    : file.errorString();
        file.cancelWriting();
        return fileError(path, QCoreApplication::translate("acu::DataFile", "could not be written: %1").arg(problem));
    }
    if (!file.commit())
        return fileError(
            path, QCoreApplication::translate("acu::DataFile", "could not be saved: %1").arg(file.errorString()));
    return std::nullopt;
}

std::optional<CatalogueError> keepDamagedCopy(const QString& folder, const QString& stem, const QByteArray& bytes,
                                              QString& backupPath)
{
    const QString hash =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().left(12));
    backupPath = QDir(folder).filePath(QStringLiteral("%1.damaged-%2.json").arg(stem, hash));
    if (QFileInfo::exists(backupPath))
        return std::nullopt; // the same bytes are kept already
    if (const auto problem = writeAtomically(backupPath, bytes)) {
        backupPath.clear();
        return problem;
    }
    return std::nullopt;
}

std::optional<CatalogueError> moveAsideTooLarge(const QString& path, const QString& stem, const QString& aNoun)
{
    const QDir folder = QFileInfo(path).dir();
    for (int n = 1; n <= 1000; ++n) {
        const QString aside = folder.filePath(QStringLiteral("%1.too-large-%2.json").arg(stem).arg(n));
        if (QFileInfo::exists(aside))
            continue;
        if (QFile::rename(path, aside))
            return std::nullopt;
        break;
    }
    return fileError(path, QCoreApplication::translate("acu::DataFile",
                                                       "is larger than %1 may be and could not be moved aside; it "
                                                       "is kept as it is and not overwritten")
                               .arg(aNoun));
}

DataFileRead readDataFile(const QString& path, const DataFileKind& kind)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {};
    if (!info.isFile())
        return {std::nullopt,
                fileError(
                    path,
                    QCoreApplication::translate("acu::DataFile", "is not a file; %1 cannot be read").arg(kind.yours))};
    if (static_cast<std::size_t>(info.size()) > kind.maxBytes)
        return {std::nullopt,
                fileError(path, QCoreApplication::translate("acu::DataFile", "is %1 bytes, more than %2 may be")
                                    .arg(info.size())
                                    .arg(kind.aFile))};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {
            std::nullopt,
            fileError(path,
                      QCoreApplication::translate("acu::DataFile", "could not be read: %1").arg(file.errorString()))};
    return {file.readAll(), std::nullopt};
}

std::optional<CatalogueError> prepareToReplace(const QString& path, const DataFileKind& kind,
                                               const std::function<bool(const QByteArray&)>& readsCleanly)
{
    const QFileInfo info(path);
    const QString folder = info.absolutePath();
    if (!QDir().mkpath(folder))
        return fileError(
            folder,
            QCoreApplication::translate("acu::DataFile", "the folder for %1 could not be created").arg(kind.yours));
    if (!info.exists())
        return std::nullopt;
    if (!info.isFile())
        return fileError(
            path,
            QCoreApplication::translate("acu::DataFile", "is not a file, so %1 cannot be saved there").arg(kind.yours));
    if (static_cast<std::size_t>(info.size()) > kind.maxBytes)
        return moveAsideTooLarge(path, kind.stem, kind.aFile);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fileError(path,
                         QCoreApplication::translate("acu::DataFile", "could not be read before it is replaced: %1")
                             .arg(file.errorString()));
    const QByteArray bytes = file.readAll();
    if (readsCleanly(bytes))
        return std::nullopt;
    QString backup;
    return keepDamagedCopy(folder, kind.stem, bytes, backup);
}

} // namespace acu
