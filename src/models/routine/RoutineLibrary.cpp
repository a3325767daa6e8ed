#include "models/routine/RoutineLibrary.h"

#include <algorithm>

namespace acu {

RoutineLibrary::RoutineLibrary(QObject* parent)
    : QObject(parent)
    , m_store(QString())
{
}

StoreLoad RoutineLibrary::open(const QString& folder)
{
    m_store = RoutineStore(folder);
    StoreLoad load = m_store.load();
    m_routines = load.routines;
    m_saveError.reset();
    emit routinesChanged();
    return load;
}

const Routine* RoutineLibrary::find(const std::string& id) const
{
    const int index = indexOf(id);
    return index < 0 ? nullptr : &m_routines[static_cast<std::size_t>(index)];
}

int RoutineLibrary::indexOf(const std::string& id) const
{
    const auto found = std::find_if(m_routines.begin(), m_routines.end(), [&](const Routine& r) { return r.id == id; });
    return found == m_routines.end() ? -1 : static_cast<int>(found - m_routines.begin());
}

std::vector<std::string> RoutineLibrary::takenIds() const
{
    std::vector<std::string> ids = m_reservedIds;
    for (const auto& routine : m_routines)
        ids.push_back(routine.id);
    return ids;
}

void RoutineLibrary::insertRoutine(int index, Routine routine)
{
    index = std::clamp(index, 0, static_cast<int>(m_routines.size()));
    m_routines.insert(m_routines.begin() + index, std::move(routine));
    save();
    emit routinesChanged();
}

bool RoutineLibrary::replaceRoutine(const std::string& id, Routine routine)
{
    const int index = indexOf(id);
    if (index < 0)
        return false;
    routine.id = id;
    m_routines[static_cast<std::size_t>(index)] = std::move(routine);
    save();
    emit routineChanged(QString::fromStdString(id));
    return true;
}

bool RoutineLibrary::removeRoutine(const std::string& id)
{
    const int index = indexOf(id);
    if (index < 0)
        return false;
    m_routines.erase(m_routines.begin() + index);
    save();
    emit routinesChanged();
    return true;
}

void RoutineLibrary::save()
{
    const bool hadFailed = m_saveError.has_value();
    m_saveError = m_store.save(m_routines);
    if (m_saveError)
        emit saveFailed(QString::fromStdString(m_saveError->toString()));
    else if (hadFailed)
        emit saveRecovered();
}

} // namespace acu
