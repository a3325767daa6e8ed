#include "core/routine/RoutineWriter.h"

#include "core/routine/RoutineFile.h"

#include <nlohmann/json.hpp>

namespace acu {

namespace {

using Json = nlohmann::ordered_json;

Json rangeJson(const Range& range)
{
    Json out{{"min", range.min}};
    if (range.max)
        out["max"] = *range.max;
    return out;
}

void putRange(Json& out, const char* key, const std::optional<Range>& range)
{
    if (range)
        out[key] = rangeJson(*range);
}

void putText(Json& out, const char* key, const std::string& text)
{
    if (!text.empty())
        out[key] = text;
}

void putSources(Json& out, const std::vector<std::string>& sources)
{
    if (!sources.empty())
        out["sources"] = sources;
}

Json stepJson(const RoutineStep& step)
{
    Json out{{"code", step.code}, {"side", std::string(enumName(step.side))}};
    out["holdSeconds"] = rangeJson(step.holdSeconds);
    putRange(out, "repetitions", step.repetitions);
    putRange(out, "restSeconds", step.restSeconds);
    if (step.alternateSides)
        out["alternateSides"] = true;
    putText(out, "technique", step.technique);
    if (step.needsHelper)
        out["needsHelper"] = true;
    putText(out, "note", step.note);
    putSources(out, step.sources);
    return out;
}

Json routineJson(const Routine& routine)
{
    Json out{{"id", routine.id}, {"title", routine.title}};
    putSources(out, routine.sources);
    putText(out, "notes", routine.notes);
    if (routine.defaults) {
        Json defaults = Json::object();
        putRange(defaults, "holdSeconds", routine.defaults->holdSeconds);
        putRange(defaults, "repetitions", routine.defaults->repetitions);
        putRange(defaults, "restSeconds", routine.defaults->restSeconds);
        putText(defaults, "text", routine.defaults->text);
        defaults["sources"] = routine.defaults->sources;
        out["defaults"] = std::move(defaults);
    }
    Json steps = Json::array();
    for (const auto& step : routine.steps)
        steps.push_back(stepJson(step));
    out["steps"] = std::move(steps);
    return out;
}

} // namespace

std::string writeRoutinesJson(std::span<const Routine> routines)
{
    Json list = Json::array();
    for (const auto& routine : routines)
        list.push_back(routineJson(routine));
    const Json document{{"format", kRoutineFormat}, {"routines", std::move(list)}};
    return document.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

} // namespace acu
