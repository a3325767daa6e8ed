#include "core/routine/RoutineValidator.h"

#include "core/routine/RoutineLimits.h"

#include <unordered_map>

namespace acu {

namespace {

bool isId(std::string_view id)
{
    if (id.empty())
        return false;
    for (const char c : id) {
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'))
            return false;
    }
    return true;
}

void checkRange(const std::optional<Range>& range, const std::string& pointer, int lowest, int highest,
                CatalogueErrors& errors)
{
    if (!range)
        return;
    const auto bound = [&](int value, const char* key) {
        if (value < lowest || value > highest)
            errors.push_back({pointer + "/" + key, "must be between " + std::to_string(lowest) + " and " +
                                                       std::to_string(highest) + ", found " + std::to_string(value)});
    };
    bound(range->min, "min");
    if (range->max) {
        bound(*range->max, "max");
        if (*range->max < range->min)
            errors.push_back({pointer, "max (" + std::to_string(*range->max) + ") is smaller than min (" +
                                           std::to_string(range->min) + ")"});
    }
}

void checkSeconds(const std::optional<Range>& range, const std::string& pointer, CatalogueErrors& errors)
{
    checkRange(range, pointer, 0, limits::kMaxStepSeconds, errors);
}

void checkCount(const std::optional<Range>& range, const std::string& pointer, CatalogueErrors& errors)
{
    checkRange(range, pointer, 1, limits::kMaxRepetitions, errors);
}

void validateRoutine(const Routine& routine, const std::string& pointer, CatalogueErrors& errors)
{
    if (!routine.id.empty() && !isId(routine.id))
        errors.push_back(
            {pointer + "/id", "\"" + routine.id + "\" is not an id: use lower-case letters, digits and hyphens"});
    if (routine.defaults) {
        const std::string at = pointer + "/defaults";
        checkSeconds(routine.defaults->holdSeconds, at + "/holdSeconds", errors);
        checkCount(routine.defaults->repetitions, at + "/repetitions", errors);
        checkSeconds(routine.defaults->restSeconds, at + "/restSeconds", errors);
    }
    for (std::size_t i = 0; i < routine.steps.size(); ++i) {
        const RoutineStep& step = routine.steps[i];
        const std::string at = pointer + "/steps/" + std::to_string(i);
        checkSeconds(step.holdSeconds, at + "/holdSeconds", errors);
        if (step.holdSeconds.planned() == 0)
            errors.push_back({at + "/holdSeconds", "gives no time to hold: a hold needs a max, or a min above 0"});
        checkCount(step.repetitions, at + "/repetitions", errors);
        checkSeconds(step.restSeconds, at + "/restSeconds", errors);
        if (step.alternateSides && step.side != RoutineSide::Both)
            errors.push_back({at + "/alternateSides", "only a step on both sides can alternate them"});
    }
}

void checkSources(const std::vector<std::string>& sources, const std::string& pointer, const Catalogue& catalogue,
                  CatalogueErrors& errors)
{
    for (std::size_t i = 0; i < sources.size(); ++i) {
        if (!catalogue.findSource(sources[i]))
            errors.push_back({pointer + "/" + std::to_string(i), "no source \"" + sources[i] + "\" in the catalogue"});
    }
}

} // namespace

void validateRoutines(RoutineFileData& data)
{
    std::unordered_map<std::string, std::size_t> firstById;
    for (std::size_t i = 0; i < data.routines.size(); ++i) {
        const Routine& routine = data.routines[i];
        const std::string pointer = "/routines/" + std::to_string(i);
        CatalogueErrors& errors = data.routineErrors[i];
        if (errors.empty()) // values the reader could not read would give false alarms
            validateRoutine(routine, pointer, errors);
        if (routine.id.empty())
            continue;
        const auto [it, inserted] = firstById.emplace(routine.id, i);
        if (!inserted)
            errors.push_back({pointer + "/id",
                              "\"" + routine.id + "\" is already the id of /routines/" + std::to_string(it->second)});
    }
}

CatalogueErrors checkRoutineAgainst(const Routine& routine, const std::string& pointer, const Catalogue& catalogue)
{
    CatalogueErrors errors;
    checkSources(routine.sources, pointer + "/sources", catalogue, errors);
    if (routine.defaults)
        checkSources(routine.defaults->sources, pointer + "/defaults/sources", catalogue, errors);
    for (std::size_t i = 0; i < routine.steps.size(); ++i) {
        const RoutineStep& step = routine.steps[i];
        const std::string at = pointer + "/steps/" + std::to_string(i);
        checkSources(step.sources, at + "/sources", catalogue, errors);
        if (step.code.empty())
            continue;
        const Point* point = catalogue.findPoint(step.code);
        if (!point) {
            errors.push_back({at + "/code", "no point \"" + step.code + "\" in the catalogue"});
            continue;
        }
        const bool midline = point->laterality == Laterality::Midline;
        if (midline && step.side != RoutineSide::Midline)
            errors.push_back({at + "/side", step.code + " lies on the midline: its side must be midline, found " +
                                                std::string(enumName(step.side))});
        else if (!midline && step.side == RoutineSide::Midline)
            errors.push_back({at + "/side", step.code + " is on both sides of the body: its side must be right, "
                                                        "left or both, found midline"});
    }
    return errors;
}

} // namespace acu
