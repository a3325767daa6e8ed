#include "ui/routine/RoutineEdits.h"

#include "core/routine/RoutineLimits.h"
#include "models/routine/OwnRoutineSteps.h"
#include "models/routine/RoutineLibrary.h"
#include "ui/routine/RoutineChangeCommand.h"

#include <QUndoStack>

#include <algorithm>

namespace acu {

namespace {

bool holdFits(const Range& hold)
{
    if (hold.min < 0 || hold.min > limits::kMaxStepSeconds)
        return false;
    if (!hold.max)
        return hold.min > 0;
    return *hold.max >= hold.min && *hold.max > 0 && *hold.max <= limits::kMaxStepSeconds;
}

bool repetitionsFit(const Range& repetitions)
{
    if (repetitions.min < 1 || repetitions.min > limits::kMaxRepetitions)
        return false;
    return !repetitions.max || (*repetitions.max >= repetitions.min && *repetitions.max <= limits::kMaxRepetitions);
}

/// Whether a point can be pressed on this side; a code the catalogue lacks can have any.
bool sideFits(const Catalogue& catalogue, const std::string& code, RoutineSide side)
{
    const Point* point = catalogue.findPoint(code);
    if (!point)
        return true;
    return (point->laterality == Laterality::Midline) == (side == RoutineSide::Midline);
}

bool validStep(const Routine& routine, int index)
{
    return index >= 0 && index < static_cast<int>(routine.steps.size());
}

RoutineStep& stepAt(Routine& routine, int index)
{
    return routine.steps[static_cast<std::size_t>(index)];
}

/// Characters a title may hold at most (the format's strings go to 64 KiB; a title is a line).
constexpr qsizetype kMaxTitleLength = 200;

} // namespace

RoutineEdits::RoutineEdits(RoutineLibrary* library, std::shared_ptr<const Catalogue> catalogue,
                           std::vector<Routine> builtIns, QObject* parent)
    : QObject(parent)
    , m_library(library)
    , m_catalogue(std::move(catalogue))
    , m_builtIns(std::move(builtIns))
    , m_stack(new QUndoStack(this))
{
    std::vector<std::string> reserved;
    for (const auto& routine : m_builtIns)
        reserved.push_back(routine.id);
    m_library->setReservedIds(std::move(reserved));
}

StoreLoad RoutineEdits::open(const QString& folder)
{
    m_stack->clear();
    return m_library->open(folder);
}

const Routine* RoutineEdits::findBuiltIn(const QString& id) const
{
    const std::string wanted = id.toStdString();
    const auto found =
        std::find_if(m_builtIns.begin(), m_builtIns.end(), [&](const Routine& r) { return r.id == wanted; });
    return found == m_builtIns.end() ? nullptr : &*found;
}

std::optional<std::string> RoutineEdits::cleanTitle(const QString& title) const
{
    const QString line = title.simplified().left(kMaxTitleLength);
    if (line.isEmpty())
        return std::nullopt;
    return line.toStdString();
}

QString RoutineEdits::newId(const std::string& title) const
{
    return QString::fromStdString(freeRoutineId(title, m_library->takenIds()));
}

bool RoutineEdits::full() const
{
    return m_library->routines().size() >= limits::kMaxRoutines;
}

QString RoutineEdits::createRoutine(const QString& title)
{
    const auto clean = cleanTitle(title);
    if (!clean || full())
        return {};
    Routine routine;
    routine.title = *clean;
    routine.id = newId(*clean).toStdString();
    const QString id = QString::fromStdString(routine.id);
    m_stack->push(new RoutineChangeCommand(m_library, static_cast<int>(m_library->routines().size()), std::nullopt,
                                           std::move(routine),
                                           tr("New Routine \u201C%1\u201D").arg(title.simplified())));
    emit routineMade(id);
    return id;
}

QString RoutineEdits::createRoutineWith(const QString& title, const QString& code)
{
    if (!cleanTitle(title) || !m_catalogue->findPoint(code.toStdString()))
        return {};
    m_stack->beginMacro(tr("New Routine with %1").arg(code));
    const QString id = createRoutine(title);
    addStep(id, code);
    m_stack->endMacro();
    return id;
}

template <typename Change>
bool RoutineEdits::change(const QString& id, const QString& text, Change&& edit, const QString& mergeKey)
{
    const Routine* current = m_library->find(id.toStdString());
    if (!current)
        return false;
    Routine changed = *current;
    if (!edit(changed) || changed == *current)
        return false;
    auto* command =
        new RoutineChangeCommand(m_library, m_library->indexOf(current->id), *current, std::move(changed), text);
    if (!mergeKey.isEmpty())
        command->setMergeKey(id + QLatin1Char('/') + mergeKey);
    m_stack->push(command);
    return true;
}

bool RoutineEdits::rename(const QString& id, const QString& title)
{
    const auto clean = cleanTitle(title);
    return clean && change(id, tr("Rename Routine"), [&](Routine& r) {
               r.title = *clean;
               return true;
           });
}

QString RoutineEdits::duplicate(const QString& id)
{
    const Routine* original = m_library->find(id.toStdString());
    if (!original)
        original = findBuiltIn(id);
    if (!original || full())
        return {};
    Routine copy = *original;
    copy.title = cleanTitle(tr("%1 (copy)").arg(QString::fromStdString(original->title))).value_or(original->title);
    copy.id = newId(original->id).toStdString();
    const QString copyId = QString::fromStdString(copy.id);
    m_stack->push(new RoutineChangeCommand(m_library, static_cast<int>(m_library->routines().size()), std::nullopt,
                                           std::move(copy), tr("Duplicate Routine")));
    emit routineMade(copyId);
    return copyId;
}

bool RoutineEdits::deleteRoutine(const QString& id)
{
    const Routine* routine = m_library->find(id.toStdString());
    if (!routine)
        return false;
    m_stack->push(
        new RoutineChangeCommand(m_library, m_library->indexOf(routine->id), *routine, std::nullopt,
                                 tr("Delete Routine \u201C%1\u201D").arg(QString::fromStdString(routine->title))));
    return true;
}

bool RoutineEdits::addStep(const QString& id, const QString& code)
{
    const Point* point = m_catalogue->findPoint(code.toStdString());
    return point && change(id, tr("Add %1").arg(code), [&](Routine& r) {
               if (r.steps.size() >= limits::kMaxRoutineSteps)
                   return false;
               r.steps.push_back(stepForPoint(*point));
               return true;
           });
}

bool RoutineEdits::removeStep(const QString& id, int index)
{
    return change(id, tr("Remove Step"), [&](Routine& r) {
        if (!validStep(r, index))
            return false;
        r.steps.erase(r.steps.begin() + index);
        return true;
    });
}

bool RoutineEdits::moveStep(const QString& id, int from, int to)
{
    return change(id, tr("Move Step"), [&](Routine& r) {
        if (!validStep(r, from) || !validStep(r, to))
            return false;
        RoutineStep moved = std::move(stepAt(r, from));
        r.steps.erase(r.steps.begin() + from);
        r.steps.insert(r.steps.begin() + to, std::move(moved));
        return true;
    });
}

bool RoutineEdits::setSide(const QString& id, int index, RoutineSide side)
{
    return change(id, tr("Change Side"), [&](Routine& r) {
        if (!validStep(r, index) || !sideFits(*m_catalogue, stepAt(r, index).code, side))
            return false;
        RoutineStep& step = stepAt(r, index);
        step.side = side;
        if (side != RoutineSide::Both)
            step.alternateSides = false; // the format allows it only on both sides
        return true;
    });
}

bool RoutineEdits::setHold(const QString& id, int index, Range hold)
{
    return holdFits(hold) && change(
                                 id, tr("Change Hold"),
                                 [&](Routine& r) {
                                     if (!validStep(r, index) || stepAt(r, index).holdSeconds == hold)
                                         return false;
                                     stepAt(r, index).holdSeconds = hold;
                                     stepAt(r, index).sources.clear();
                                     return true;
                                 },
                                 QStringLiteral("hold/%1").arg(index));
}

bool RoutineEdits::setRepetitions(const QString& id, int index, std::optional<Range> repetitions)
{
    return (!repetitions || repetitionsFit(*repetitions)) &&
           change(
               id, tr("Change Repetitions"),
               [&](Routine& r) {
                   if (!validStep(r, index) || stepAt(r, index).repetitions == repetitions)
                       return false;
                   stepAt(r, index).repetitions = repetitions;
                   stepAt(r, index).sources.clear();
                   return true;
               },
               QStringLiteral("repetitions/%1").arg(index));
}

QStringList RoutineEdits::importRoutines(std::vector<Routine> routines)
{
    QStringList ids;
    if (routines.empty())
        return ids;
    m_stack->beginMacro(routines.size() == 1 ? tr("Import Routine") : tr("Import Routines"));
    for (auto& routine : routines) {
        if (full())
            break;
        const auto taken = m_library->takenIds();
        if (std::find(taken.begin(), taken.end(), routine.id) != taken.end())
            routine.id = newId(routine.title).toStdString();
        ids.append(QString::fromStdString(routine.id));
        m_stack->push(new RoutineChangeCommand(m_library, static_cast<int>(m_library->routines().size()), std::nullopt,
                                               std::move(routine), tr("Import Routine")));
    }
    m_stack->endMacro();
    for (const QString& id : ids)
        emit routineMade(id);
    return ids;
}

} // namespace acu
