#pragma once

#include "core/catalogue/Catalogue.h"
#include "core/catalogue/CatalogueError.h"
#include "core/routine/RoutineLoader.h"
#include "core/routine/RoutineTypes.h"

#include <QString>

#include <optional>
#include <vector>

namespace acu {

/// What loading the person's own routines found: every routine that could be read (also
/// from a damaged file), and what was wrong with the file (nothing when it was fine or did not
/// exist yet; for a damaged file, last, where its copy is kept).
struct StoreLoad : RoutineLoad {
    /// Where a damaged file was copied before anything could overwrite it; empty when not damaged.
    QString backupPath;
};

/// The person's own routines, in routines.json in a folder of their own (by default the
/// application's data folder, QStandardPaths::AppDataLocation), in the routine format of
/// docs/routine-format.md. Writes are atomic (QSaveFile): a write that fails leaves the
/// previous file as it was. A file that cannot be read cleanly is first copied aside as
/// routines.damaged-HASH.json (HASH: of its bytes, so the same damage is kept once and a
/// backup is never overwritten by different bytes).
class RoutineStore final {
public:
    /// The store in the application's data folder.
    RoutineStore();
    explicit RoutineStore(QString folder);

    [[nodiscard]] const QString& folder() const { return m_folder; }
    [[nodiscard]] QString filePath() const;

    /// No file yet is no routines and no error. A damaged file is reported, copied aside, and
    /// the routines that are good in it are returned. Routines are not checked against a
    /// catalogue here, so that a routine on a point of another catalogue is never dropped.
    [[nodiscard]] StoreLoad load() const;

    /// Replaces the stored routines. A file on disk that does not read cleanly is copied aside
    /// first; one larger than a routine file may be is renamed routines.too-large-N.json. On failure (folder not
    /// creatable, disk refusing the write) returns the error and keeps the previous file.
    [[nodiscard]] std::optional<CatalogueError> save(const std::vector<Routine>& routines) const;

private:
    /// Copies a damaged file aside; returns the backup's path, or an error.
    [[nodiscard]] std::optional<CatalogueError> keepAside(const QByteArray& bytes, QString& backupPath) const;

    QString m_folder;
};

/// Reads the routines of a file to import, checked against the catalogue with the same errors
/// as --validate; a file without any routine is an error too. Nothing is imported unless
/// result.ok().
[[nodiscard]] RoutineLoad importRoutines(const QString& path, const Catalogue& catalogue);

/// Writes one routine as a routine file at path, atomically. Returns the error, if any.
[[nodiscard]] std::optional<CatalogueError> exportRoutine(const Routine& routine, const QString& path);

} // namespace acu
