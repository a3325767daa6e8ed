#pragma once

#include "core/catalogue/CatalogueError.h"
#include "core/routine/RoutineTypes.h"
#include "models/routine/RoutineStore.h"

#include <QObject>

#include <optional>
#include <string>
#include <vector>

namespace acu {

/// The person's own routines, in memory and on disk. Every change is saved at once through a
/// RoutineStore. A save the disk refuses is reported (saveError, saveFailed) and the change
/// is kept in memory; the next change saves everything again, so nothing made is lost while
/// the disk refuses. Changes here are plain; the undoable edits are made on top of these.
class RoutineLibrary final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoutineLibrary)

public:
    explicit RoutineLibrary(QObject* parent = nullptr);

    /// Reads the routines kept in folder, replacing those held. A damaged file is reported
    /// in the result, with where its copy is kept (backupPath); its good routines are held.
    StoreLoad open(const QString& folder);
    [[nodiscard]] QString folder() const { return m_store.folder(); }

    [[nodiscard]] const std::vector<Routine>& routines() const { return m_routines; }
    /// The routine with this id, or nullptr.
    [[nodiscard]] const Routine* find(const std::string& id) const;
    /// Its index in routines(), or -1.
    [[nodiscard]] int indexOf(const std::string& id) const;

    /// Ids that own routines do not take (the built-in routines' ids), so that an id names
    /// one routine on the command line and in the window.
    void setReservedIds(std::vector<std::string> ids) { m_reservedIds = std::move(ids); }
    /// The ids of the own routines and the reserved ones.
    [[nodiscard]] std::vector<std::string> takenIds() const;

    /// Inserts a routine at index (clamped to the list); its id must be free.
    void insertRoutine(int index, Routine routine);
    /// Replaces the routine with this id (the new one keeps that id). False for an unknown id.
    bool replaceRoutine(const std::string& id, Routine routine);
    /// Removes the routine with this id. False for an unknown id.
    bool removeRoutine(const std::string& id);

    /// Why the last save failed, or nothing once a save succeeded.
    [[nodiscard]] const std::optional<CatalogueError>& saveError() const { return m_saveError; }

signals:
    /// After any change of routines() (also after open).
    void routinesChanged();
    /// The routine with this id changed in place.
    void routineChanged(const QString& id);
    /// A save failed: "WHERE: WHAT". The change is kept in memory.
    void saveFailed(const QString& message);
    /// A save succeeded after one had failed.
    void saveRecovered();

private:
    void save();

    RoutineStore m_store;
    std::vector<Routine> m_routines;
    std::vector<std::string> m_reservedIds;
    std::optional<CatalogueError> m_saveError;
};

} // namespace acu
