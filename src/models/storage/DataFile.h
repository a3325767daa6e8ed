#pragma once

// Writing the person's data files (their routines, their run history): the folder they live
// in, atomic writes, and keeping a damaged or oversized file aside instead of overwriting it.

#include "core/catalogue/CatalogueError.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <functional>
#include <optional>

namespace acu {

/// The application's data folder, QStandardPaths::AppDataLocation (on Linux
/// "$XDG_DATA_HOME/Acupoint Atlas/acupoint-atlas", by default under ~/.local/share).
[[nodiscard]] QString defaultDataFolder();

/// An error about a file: where is its path.
[[nodiscard]] CatalogueError fileError(const QString& path, const QString& what);

/// Writes bytes to path through a QSaveFile: all or nothing. The size is checked before the
/// commit because a write cut short by the system (a file-size limit, a full quota) can reach
/// QFile as a short write without an error, and would otherwise replace the file with a part.
[[nodiscard]] std::optional<CatalogueError> writeAtomically(const QString& path, const QByteArray& bytes);

/// Copies the bytes of a damaged file aside as folder/STEM.damaged-HASH.json (HASH: of the
/// bytes, so the same damage is kept once and a backup is never overwritten by different
/// bytes), setting backupPath; on failure clears it and returns the error.
[[nodiscard]] std::optional<CatalogueError> keepDamagedCopy(const QString& folder, const QString& stem,
                                                            const QByteArray& bytes, QString& backupPath);

/// Renames a file too large to read as STEM.too-large-N.json in its folder (the first free
/// N), so that it is kept without being read into memory. aNoun names the file in the error:
/// "a routine file".
[[nodiscard]] std::optional<CatalogueError> moveAsideTooLarge(const QString& path, const QString& stem,
                                                              const QString& aNoun);

/// How the functions below name a kind of data file in their messages and on disk.
struct DataFileKind {
    QString stem;         ///< "routines": backups are routines.damaged-HASH.json
    std::size_t maxBytes; ///< a larger file is not read
    QString yours;        ///< "your routines"
    QString aFile;        ///< "a routine file"
};

/// What reading a data file found: its bytes, or nothing (no file yet), or an error (not a
/// file, larger than kind.maxBytes, unreadable).
struct DataFileRead {
    std::optional<QByteArray> bytes;
    std::optional<CatalogueError> error;
};

[[nodiscard]] DataFileRead readDataFile(const QString& path, const DataFileKind& kind);

/// Makes the folder and clears the way for a new file at path without losing the old one: a
/// file larger than kind.maxBytes is moved aside unread, one that readsCleanly refuses is
/// copied aside. Returns the error that stops the write (folder not creatable, a folder in the
/// file's place, a copy that could not be made), if any.
[[nodiscard]] std::optional<CatalogueError>
prepareToReplace(const QString& path, const DataFileKind& kind,
                 const std::function<bool(const QByteArray&)>& readsCleanly);

} // namespace acu
