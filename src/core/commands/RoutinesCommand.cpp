#include "core/commands/RoutinesCommand.h"

#include "core/routine/RoutinePlan.h"

#include <nlohmann/json.hpp>

#include <ostream>

namespace acu {

namespace {

nlohmann::json rangeJson(const Range& range)
{
    return {{"min", range.min}, {"max", range.max ? nlohmann::json(*range.max) : nlohmann::json(nullptr)}};
}

nlohmann::json routineJson(const Routine& routine, bool builtIn)
{
    auto steps = nlohmann::json::array();
    for (const auto& step : routine.steps) {
        steps.push_back({{"code", step.code},
                         {"side", std::string(enumName(step.side))},
                         {"holdSeconds", rangeJson(step.holdSeconds)},
                         {"repetitions", rangeJson(step.repetitions.value_or(Range{1, 1}))},
                         {"sources", step.sources}});
    }
    return {{"id", routine.id},
            {"title", routine.title},
            {"builtIn", builtIn},
            {"sources", routine.sources},
            {"steps", std::move(steps)}};
}

/// The title on one line of a tab-separated list.
std::string oneField(std::string text)
{
    for (char& c : text) {
        if (c == '\t' || c == '\n' || c == '\r')
            c = ' ';
    }
    return text;
}

long long minutes(const Routine& routine)
{
    return (totalSeconds(buildPlan(routine, 0)) + 59) / 60;
}

} // namespace

int runRoutinesCommand(const RoutineLoad& builtIn, const RoutineLoad& own, RoutinesFormat format, std::ostream& out,
                       std::ostream& err)
{
    const std::pair<const RoutineLoad*, bool> lists[] = {{&builtIn, true}, {&own, false}};
    if (format == RoutinesFormat::Json) {
        auto array = nlohmann::json::array();
        for (const auto& [list, isBuiltIn] : lists) {
            for (const auto& routine : list->routines)
                array.push_back(routineJson(routine, isBuiltIn));
        }
        out << array.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
    } else {
        for (const auto& [list, isBuiltIn] : lists) {
            for (const auto& routine : list->routines)
                out << routine.id << '\t' << oneField(routine.title) << '\t' << routine.steps.size() << '\t'
                    << minutes(routine) << '\n';
        }
    }
    for (const auto& [list, isBuiltIn] : lists) {
        for (const auto& error : list->errors)
            err << error.toString() << '\n';
    }
    return builtIn.ok() && own.ok() ? 0 : 1;
}

} // namespace acu
