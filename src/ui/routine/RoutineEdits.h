#pragma once

#include "core/catalogue/Catalogue.h"
#include "core/routine/RoutineTypes.h"
#include "models/routine/RoutineStore.h"

#include <QObject>

#include <memory>
#include <optional>
#include <vector>

class QUndoStack;

namespace acu {

class RoutineLibrary;

/// The undoable edits of the person's own routines, each one command on one undo stack
/// (Edit > Undo, Redo). A built-in routine is never changed: it is duplicated into an own
/// copy first. Every edit checks what it is given and returns false (or "") for what the
/// routine format would refuse (an empty title, a hold of no time, repetitions outside 1 to
/// 100, a side the point cannot have, a step index out of range), changing nothing.
///
/// Numbers in an own routine are the person's: a step cites the sources of the claims it
/// was made from, and changing its hold or repetitions drops those sources, so that no
/// source is cited for numbers it does not give.
class RoutineEdits final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoutineEdits)

public:
    RoutineEdits(RoutineLibrary* library, std::shared_ptr<const Catalogue> catalogue, std::vector<Routine> builtIns,
                 QObject* parent = nullptr);

    /// Opens the library on folder and forgets the edits made before (they were of other routines).
    StoreLoad open(const QString& folder);
    [[nodiscard]] QUndoStack* undoStack() const { return m_stack; }
    [[nodiscard]] RoutineLibrary* library() const { return m_library; }
    [[nodiscard]] const Catalogue& catalogue() const { return *m_catalogue; }
    [[nodiscard]] const std::vector<Routine>& builtIns() const { return m_builtIns; }
    /// A built-in routine by id, or nullptr.
    [[nodiscard]] const Routine* findBuiltIn(const QString& id) const;

    /// Makes an empty routine; returns its id, or "" for a title with nothing to show.
    QString createRoutine(const QString& title);
    /// Makes a routine holding a first step on code (one undo); "" when either is refused.
    QString createRoutineWith(const QString& title, const QString& code);
    bool rename(const QString& id, const QString& title);
    /// Copies an own or a built-in routine into a new own one, "TITLE (copy)", after the
    /// own routines. Returns the copy's id.
    QString duplicate(const QString& id);
    bool deleteRoutine(const QString& id);
    /// Adds the step stepForPoint makes for a catalogue point at the end.
    bool addStep(const QString& id, const QString& code);
    bool removeStep(const QString& id, int index);
    /// Moves a step to another place; to is the index it has afterwards.
    bool moveStep(const QString& id, int from, int to);
    bool setSide(const QString& id, int index, RoutineSide side);
    bool setHold(const QString& id, int index, Range hold);
    /// nullopt: once.
    bool setRepetitions(const QString& id, int index, std::optional<Range> repetitions);
    /// Adds routines read from a file (one undo). An id already taken gets a new one from
    /// the title instead of replacing anything. Returns the ids they have now (none past
    /// the most routines a file may hold).
    QStringList importRoutines(std::vector<Routine> routines);

signals:
    /// An edit made a routine (also by duplicating or importing); the editor shows it.
    void routineMade(const QString& id);

private:
    /// Pushes the change of the own routine id into change's result.
    template <typename Change>
    bool change(const QString& id, const QString& text, Change&& edit, const QString& mergeKey = {});
    /// Whether the own routines hold as many as a routine file may (limits::kMaxRoutines).
    [[nodiscard]] bool full() const;
    [[nodiscard]] QString newId(const std::string& title) const;
    [[nodiscard]] std::optional<std::string> cleanTitle(const QString& title) const;

    RoutineLibrary* m_library;
    std::shared_ptr<const Catalogue> m_catalogue;
    std::vector<Routine> m_builtIns;
    QUndoStack* m_stack;
};

} // namespace acu
