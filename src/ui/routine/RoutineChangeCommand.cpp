#include "ui/routine/RoutineChangeCommand.h"

#include "models/routine/RoutineLibrary.h"

namespace acu {

RoutineChangeCommand::RoutineChangeCommand(RoutineLibrary* library, int index, std::optional<Routine> before,
                                           std::optional<Routine> after, const QString& text)
    : QUndoCommand(text)
    , m_library(library)
    , m_index(index)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void RoutineChangeCommand::redo()
{
    apply(m_before, m_after);
}

void RoutineChangeCommand::undo()
{
    apply(m_after, m_before);
}

bool RoutineChangeCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = dynamic_cast<const RoutineChangeCommand*>(other);
    if (!next || next->m_mergeKey != m_mergeKey || !m_after || !next->m_before || !(*m_after == *next->m_before))
        return false;
    m_after = next->m_after;
    return true;
}

void RoutineChangeCommand::apply(const std::optional<Routine>& from, const std::optional<Routine>& to)
{
    if (from && to)
        m_library->replaceRoutine(from->id, *to);
    else if (to)
        m_library->insertRoutine(m_index, *to);
    else if (from)
        m_library->removeRoutine(from->id);
}

} // namespace acu
