#pragma once

#include "core/routine/RoutineTypes.h"

#include <QUndoCommand>

#include <optional>

namespace acu {

class RoutineLibrary;

/// One undoable change of the own routines: a routine made (no before), removed (no after)
/// or changed in place (both, same id). Redo applies before -> after, undo after -> before.
/// index: where a made routine goes, and where an undone removal puts it back.
class RoutineChangeCommand final : public QUndoCommand {
public:
    RoutineChangeCommand(RoutineLibrary* library, int index, std::optional<Routine> before,
                         std::optional<Routine> after, const QString& text);

    void redo() override;
    void undo() override;
    /// Consecutive changes of the same field of the same step (merge key) merge into one,
    /// so that clicking a spin box's arrows ten times is one undo.
    [[nodiscard]] int id() const override { return m_mergeKey.isEmpty() ? -1 : 1; }
    bool mergeWith(const QUndoCommand* other) override;
    void setMergeKey(const QString& key) { m_mergeKey = key; }

private:
    void apply(const std::optional<Routine>& from, const std::optional<Routine>& to);

    RoutineLibrary* m_library;
    int m_index;
    std::optional<Routine> m_before;
    std::optional<Routine> m_after;
    QString m_mergeKey;
};

} // namespace acu
