#include "core/history/RunEntry.h"

#include "core/catalogue/TextRules.h"
#include "core/history/RunLogLimits.h"
#include "core/history/UtcTime.h"
#include "core/routine/RoutineLimits.h"

namespace acu {

namespace {

void checkText(const std::string& text, std::size_t maxBytes, TextField kind, const std::string& where,
               CatalogueErrors& errors)
{
    if (text.empty())
        errors.push_back({where, "must not be empty"});
    else if (text.size() > maxBytes)
        errors.push_back(
            {where, "is " + std::to_string(text.size()) + " bytes long; the limit is " + std::to_string(maxBytes)});
    else if (const auto problem = textProblem(text, kind))
        errors.push_back({where, *problem});
}

void checkPain(const std::optional<int>& pain, const std::string& where, CatalogueErrors& errors)
{
    if (pain && (*pain < 0 || *pain > limits::kMaxPain))
        errors.push_back({where, "must be a rating from 0 to " + std::to_string(limits::kMaxPain) + ", found " +
                                     std::to_string(*pain)});
}

bool checkTime(std::int64_t ms, const std::string& where, CatalogueErrors& errors)
{
    if (ms >= kEarliestUtcMs && ms <= kLatestUtcMs)
        return true;
    errors.push_back({where, "must be a time in the years 0001 to 9999"});
    return false;
}

} // namespace

CatalogueErrors checkRunEntry(const RunEntry& entry, const std::string& pointer)
{
    CatalogueErrors errors;
    const bool startedOk = checkTime(entry.startedMs, pointer + "/started", errors);
    const bool endedOk = checkTime(entry.endedMs, pointer + "/ended", errors);
    if (startedOk && endedOk && entry.endedMs < entry.startedMs)
        errors.push_back({pointer + "/ended", "is before the run started (" + formatUtcTime(entry.startedMs) +
                                                  "), found " + formatUtcTime(entry.endedMs)});
    checkText(entry.routineId, limits::kMaxRunIdBytes, TextField::CodeLabel, pointer + "/routineId", errors);
    checkText(entry.routineTitle, limits::kMaxRunTitleBytes, TextField::Line, pointer + "/routineTitle", errors);
    const int maxSteps = static_cast<int>(limits::kMaxRoutineSteps);
    if (entry.stepsTotal < 0 || entry.stepsTotal > maxSteps)
        errors.push_back({pointer + "/stepsTotal", "must be from 0 to " + std::to_string(maxSteps) + ", found " +
                                                       std::to_string(entry.stepsTotal)});
    if (entry.stepsCompleted < 0)
        errors.push_back(
            {pointer + "/stepsCompleted", "must not be negative, found " + std::to_string(entry.stepsCompleted)});
    else if (entry.stepsCompleted > entry.stepsTotal)
        errors.push_back({pointer + "/stepsCompleted", "is more than the routine's " +
                                                           std::to_string(entry.stepsTotal) + " steps, found " +
                                                           std::to_string(entry.stepsCompleted)});
    checkPain(entry.painBefore, pointer + "/painBefore", errors);
    checkPain(entry.painAfter, pointer + "/painAfter", errors);
    return errors;
}

} // namespace acu
