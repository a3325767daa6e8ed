#include "core/history/RunLog.h"

#include "core/history/UtcTime.h"

#include <nlohmann/json.hpp>

namespace acu {

std::string writeRunLogJson(std::span<const RunEntry> runs)
{
    using Json = nlohmann::ordered_json;
    Json list = Json::array();
    for (const auto& run : runs) {
        Json out{{"started", formatUtcTime(run.startedMs)},
                 {"ended", formatUtcTime(run.endedMs)},
                 {"routineId", run.routineId},
                 {"routineTitle", run.routineTitle},
                 {"stepsCompleted", run.stepsCompleted},
                 {"stepsTotal", run.stepsTotal}};
        if (run.painBefore)
            out["painBefore"] = *run.painBefore;
        if (run.painAfter)
            out["painAfter"] = *run.painAfter;
        list.push_back(std::move(out));
    }
    const Json document{{"format", kRunLogFormat}, {"runs", std::move(list)}};
    return document.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

} // namespace acu
